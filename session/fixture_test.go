package session

import (
	"sync"
	"testing"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// demoTown is the demo town, loaded once: worlds only read their town.
var demoTown = sync.OnceValues(maps.Default)

// defaultTown returns the demo town or stops the test.
func defaultTown(t testing.TB) *maps.Town {
	t.Helper()
	town, err := demoTown()
	if err != nil {
		t.Fatal(err)
	}
	return town
}

// newSession starts built-in scenario id on the demo town for a seat of role.
func newSession(t testing.TB, id string, role scenarios.Role) *Local {
	t.Helper()
	scn, err := scenarios.LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(defaultTown(t), scn, sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return NewLocal(w, role)
}
