package session

import (
	"testing"

	"drillsim/drill/drilltest"
	"drillsim/maps"
	"drillsim/scenarios"
)

// defaultTown returns the demo town or stops the test.
func defaultTown(t testing.TB) *maps.Town { return drilltest.Town(t) }

// newSession starts built-in scenario id on the demo town for a seat of role.
func newSession(t testing.TB, id string, role scenarios.Role) *Local {
	t.Helper()
	return NewLocal(drilltest.World(t, drilltest.Builtin(t, id, false)), role)
}
