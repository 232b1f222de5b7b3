package sim

import (
	"testing"

	"drillsim/scenarios"
)

// TestEveryOrderKindIsCarriedOut requires the engine's carriers and the order-kind
// table of scenarios to list the same kinds: a kind added to one but not the other
// would be refused as unknown, or never given.
func TestEveryOrderKindIsCarriedOut(t *testing.T) {
	for _, k := range scenarios.OrderKinds() {
		if carriers[k] == nil {
			t.Errorf("order kind %s has no carrier", k)
		}
	}
	if len(carriers) != len(scenarios.OrderKinds()) {
		t.Errorf("%d carriers for %d order kinds", len(carriers), len(scenarios.OrderKinds()))
	}
}
