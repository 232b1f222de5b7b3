package drill

import (
	"fmt"

	"drillsim/scenarios"
	"drillsim/sim"
)

// ScenarioDirs are where scenario files are listed (the start screen) and where the
// scenario file of a journaled drill is looked for: the working directory and its
// scenarios folder.
var ScenarioDirs = []string{".", "scenarios"}

// Journaled is a journaled drill as its journal names it: the journal (for messages),
// the drill's header (its scenario's id and version) and the program that wrote it.
type Journaled struct {
	Journal string
	Drill   sim.EventLogHeader
	Program string
}

// ScenarioName names the scenario the drill was started with, as Load takes it: the
// built-in scenario of the header's id, or else the scenario file of the header's id
// and version (its hash) in ScenarioDirs. The header records the scenario's id and
// hash but not its file, so a drill of a file kept elsewhere is refused, saying to
// name the file as namingIt shows.
func (j Journaled) ScenarioName(namingIt string) (string, error) {
	id, hash := j.Drill.Scenario, j.Drill.ScenarioHash
	builtin, err := scenarios.LoadBuiltin(id)
	if err == nil && sim.ScenarioHash(builtin) == hash {
		return id, nil
	}
	var sameID []string
	for _, e := range scenarios.FindFiles(ScenarioDirs...) {
		if e.ID != id {
			continue
		}
		if scn, err := scenarios.ReadScenario(e.Path); err == nil && sim.ScenarioHash(scn) == hash {
			return e.Path, nil
		}
		sameID = append(sameID, e.Path)
	}
	switch {
	case len(sameID) > 0:
		return "", fmt.Errorf("%w: %s", j.otherVersion(sameID[0]), namingIt)
	case builtin != nil:
		return id, nil // another version of the built-in: resuming it says so
	}
	return "", fmt.Errorf("%s journals scenario %s, which is not built in and is in no scenario file in this folder or scenarios/: name the file the drill was started with: %s",
		j.Journal, id, namingIt)
}

// Load loads the journaled drill as Load does (demPath is the terrain of a scenario's
// own map): the scenario named, when one is (a built-in id or a file), which must be
// the journal's, else the one ScenarioName finds.
func (j Journaled) Load(named, demPath, namingIt string) (*Drill, error) {
	name := named
	if name == "" {
		var err error
		if name, err = j.ScenarioName(namingIt); err != nil {
			return nil, err
		}
	}
	d, err := Load(name, Options{DEM: demPath})
	if err != nil {
		return nil, err
	}
	id := j.Drill.Scenario
	switch {
	case d.Scenario.ID != id && d.Builtin:
		return nil, fmt.Errorf("%s journals scenario %s, not %s: name no scenario, or the one the drill was started with", j.Journal, id, name)
	case d.Scenario.ID != id:
		return nil, fmt.Errorf("%s journals scenario %s, but %s is scenario %s: name the file the drill was started with", j.Journal, id, name, d.Scenario.ID)
	case sim.ScenarioHash(d.Scenario) == j.Drill.ScenarioHash:
		return d, nil
	case d.Builtin:
		return nil, fmt.Errorf("%s journals another version of scenario %s than this drillsim has built in: open it with the drillsim that wrote it (%s)", j.Journal, id, j.Program)
	}
	return nil, j.otherVersion(name)
}

// otherVersion says that the journal is of another version of its scenario than the
// scenario file at path, and what to do.
func (j Journaled) otherVersion(path string) error {
	return fmt.Errorf("%s journals another version of scenario %s than the file %s: the file changed since the drill started, or the drill was started with it named another way (./, a full path: a scenario's version includes its file's name as given); name the file as the drill was started with it",
		j.Journal, j.Drill.Scenario, path)
}
