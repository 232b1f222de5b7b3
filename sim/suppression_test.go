package sim

import (
	"slices"
	"testing"

	"drillsim/scenarios"
)

// TestEveryFireUnitHasAnAttackLimit checks each kind of unit that can take the
// suppress_fire task has the fire intensity it can work against, and no other kind.
func TestEveryFireUnitHasAnAttackLimit(t *testing.T) {
	for _, kind := range scenarios.UnitKinds() {
		fights := slices.Contains(unitSpecs[kind].tasks, scenarios.TaskSuppressFire)
		limit, ok := attackLimitKWm[kind]
		if fights != ok || ok && !(limit > 0) {
			t.Errorf("%s: suppresses fire %v, attack limit %v kW/m (%v)", kind, fights, limit, ok)
		}
	}
	if attackLimitKWm[scenarios.UnitFireTeam] != 2000 {
		t.Errorf("a forest fire team works to %v kW/m, want the hand crews' 2,000", attackLimitKWm[scenarios.UnitFireTeam])
	}
}
