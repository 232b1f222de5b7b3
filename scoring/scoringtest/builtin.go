package scoringtest

import (
	"testing"

	"drillsim/drill"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scoring"
	"drillsim/sim"
)

// DefaultTown returns the demo town, failing the test when it does not load.
func DefaultTown(t testing.TB) *maps.Town {
	t.Helper()
	town, err := drill.DemoTown()
	if err != nil {
		t.Fatal(err)
	}
	return town
}

// BuiltinRun runs built-in scenario id on the demo town to its end, with its
// reference orders when reference is true and with no orders otherwise, and returns
// the drill, the world's event log header and every event.
func BuiltinRun(t testing.TB, id string, reference bool) (*drill.Drill, sim.EventLogHeader, []sim.Event) {
	t.Helper()
	d, err := drill.Builtin(id, reference)
	if err != nil {
		t.Fatal(err)
	}
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var events []sim.Event
	sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
	return d, w.Header(), events
}

// BuiltinAssessment runs built-in scenario id as BuiltinRun does and assesses it for
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
