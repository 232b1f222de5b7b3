package session

import (
	"testing"

	"drillsim/drill"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// defaultTown returns the demo town or stops the test.
func defaultTown(t testing.TB) *maps.Town {
	t.Helper()
	town, err := drill.DemoTown()
	if err != nil {
		t.Fatal(err)
	}
	return town
}

// builtinDrill loads built-in scenario id on the demo town, with its reference orders
// when reference is set.
func builtinDrill(t testing.TB, id string, reference bool) *drill.Drill {
	t.Helper()
	d, err := drill.Builtin(id, reference)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// newSession starts built-in scenario id on the demo town for a seat of role.
func newSession(t testing.TB, id string, role scenarios.Role) *Local {
	t.Helper()
	w, err := builtinDrill(t, id, false).NewWorld(sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return NewLocal(w, role)
}
