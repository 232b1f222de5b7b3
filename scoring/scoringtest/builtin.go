package scoringtest

import (
	"sync"
	"testing"

	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// defaultTown loads the demo town once for every test of a package: drills only read it.
var defaultTown = sync.OnceValues(maps.Default)

// DefaultTown returns the demo town, failing the test when it does not load.
func DefaultTown(t testing.TB) *maps.Town {
	t.Helper()
	town, err := defaultTown()
	if err != nil {
		t.Fatal(err)
	}
	return town
}

// BuiltinAssessment runs built-in scenario id on the demo town to its end, with its
// reference orders when reference is true and with no orders otherwise, checking
// everything as `drillsim run` does, and assesses it as `drillsim score` does, with
// no observations.
func BuiltinAssessment(t testing.TB, id string, reference bool) *scoring.Assessment {
	t.Helper()
	town := DefaultTown(t)
	scn, err := scenarios.LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		t.Fatal(err)
	}
	if err := scn.Validate(town, plan); err != nil {
		t.Fatalf("scenario %s: %v", id, err)
	}
	var cmds []sim.Command
	if reference {
		orders, err := scenarios.LoadReferenceOrders(id)
		if err != nil {
			t.Fatal(err)
		}
		if err := orders.Validate(scn, town); err != nil {
			t.Fatalf("reference orders of %s: %v", id, err)
		}
		cmds = sim.CommandsOf(orders.Orders, scn.Tick.Seconds())
	}
	w, err := sim.New(town, scn, sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var events []sim.Event
	sim.Run(w, cmds, func(e sim.Event) { events = append(events, e) }, nil)
	name := id + ".none.jsonl"
	if reference {
		name = id + ".reference.jsonl"
	}
	a := scoring.Assess(plan, scn, w.Header(), name, events, observation.DefaultItems, nil)
	return &a
}
