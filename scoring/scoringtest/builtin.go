package scoringtest

import (
	"testing"

	"drillsim/drill"
	"drillsim/drill/drilltest"
	"drillsim/observation"
	"drillsim/scoring"
	"drillsim/sim"
)

// BuiltinRun plays built-in scenario id on the demo town to its end, with its
// reference orders when reference is true and with no orders otherwise, and returns
// the drill, the world's event log header and every event.
func BuiltinRun(t testing.TB, id string, reference bool) (*drill.Drill, sim.EventLogHeader, []sim.Event) {
	t.Helper()
	d := drilltest.Builtin(t, id, reference)
	w := drilltest.World(t, d)
	var events []sim.Event
	sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
	return d, w.Header(), events
}

// BuiltinAssessment plays built-in scenario id as BuiltinRun does and assesses it for
// the town as `drillsim score` does, with no observations.
func BuiltinAssessment(t testing.TB, id string, reference bool) *scoring.Assessment {
	t.Helper()
	d, h, events := BuiltinRun(t, id, reference)
	name := id + ".none.jsonl"
	if reference {
		name = id + ".reference.jsonl"
	}
	a := scoring.Assess(d.Plan, d.Scenario, h, name, events, observation.DefaultItems, nil)
	return &a
}
