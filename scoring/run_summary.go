package scoring

import (
	"time"

	"drillsim/scenarios"
	"drillsim/sim"
)

// RunSummary is what a headless run of a drill comes to: the final figures, each
// requirement's window, the commands the world refused, and the state hash that
// identifies the run.
type RunSummary struct {
	ScenarioID string
	Title      string
	// Start is the scenario's start: clock times are Start plus scenario seconds.
	Start    time.Time
	Duration scenarios.Duration
	Seed     uint64
	Counts   sim.Counts
	// Outcome is what the drill came to, read from its events as scoring reads them,
	// so that the run and the score give the same figures.
	Outcome Outcome
	Windows []Window
	// Rejected are the rejected events, each naming the command and the reason.
	Rejected  []sim.Event
	StateHash uint64
}

// SummarizeRun gathers the summary of a finished run graded against plan: world is
// the world at the end and events every event of the run, in order.
func SummarizeRun(plan *scenarios.Plan, world *sim.World, events []sim.Event) RunSummary {
	scn := world.Scenario()
	s := RunSummary{
		ScenarioID: scn.ID,
		Title:      scn.Title,
		Start:      scn.Start.Time,
		Duration:   scn.Duration,
		Seed:       world.Header().Seed,
		Counts:     world.Counts(),
		Outcome:    Outcomes(events),
		Windows:    Windows(plan, scn, events),
		StateHash:  world.StateHash(),
	}
	for _, e := range events {
		if e.Kind == scenarios.EventRejected {
			s.Rejected = append(s.Rejected, e)
		}
	}
	return s
}

// Met returns how many windows were met.
func (s RunSummary) Met() int {
	n := 0
	for _, w := range s.Windows {
		if w.Met {
			n++
		}
	}
	return n
}
