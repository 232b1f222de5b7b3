package journal

import (
	"fmt"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Format names the journal format and its version; it is the header's first field.
const Format = "drillsim journal 1"

// Header is the first line of a journal: which drill it records (scenario, scenario
// and map hashes, seed, start, tick) and which program wrote it.
type Header struct {
	Format  string             `json:"format"`
	Program string             `json:"program"`
	Drill   sim.EventLogHeader `json:"drill"`
	// Hash is the SHA-256 of the header line without its hash field, in hex: the
	// start of the chain.
	Hash string `json:"hash,omitempty"`
}

// newHeader returns the header of a journal of the world's drill.
func newHeader(w *sim.World) Header {
	return Header{Format: Format, Program: ProgramVersion(), Drill: w.Header()}
}

// Check reports whether the journal is of this scenario on this town, saying which
// drill it is of when not.
func (h Header) Check(scn *scenarios.Scenario, town *maps.Town) error {
	if h.Drill.Scenario != scn.ID {
		return fmt.Errorf("the journal is of scenario %q, not %q: resume or check it with the scenario it was started with", h.Drill.Scenario, scn.ID)
	}
	if hash := sim.ScenarioHash(scn); h.Drill.ScenarioHash != hash {
		return fmt.Errorf("the journal is of another version of scenario %q (hash %s, this one is %s): the scenario file changed since the drill started; resume it with the file it was started with", scn.ID, h.Drill.ScenarioHash, hash)
	}
	if h.Drill.MapHash != town.Hash {
		return fmt.Errorf("the journal was written on map %s, not on this map (%s): resume or check it with the map it was started on", h.Drill.MapHash, town.Hash)
	}
	return nil
}
