package scenarios

import "testing"

func TestUnitKinds(t *testing.T) {
	seen := map[UnitKind]bool{}
	for _, k := range UnitKinds() {
		if seen[k] || !k.Valid() {
			t.Errorf("unit kind %q repeated or invalid", k)
		}
		seen[k] = true
	}
	for _, k := range []UnitKind{"", "firefighters", "Rescue_team"} {
		if k.Valid() {
			t.Errorf("%q must not be Valid", k)
		}
	}
}
