package scenarios

import "testing"

func TestEventKindsAreDistinctAndValid(t *testing.T) {
	seen := map[EventKind]bool{}
	for _, k := range EventKinds() {
		if seen[k] {
			t.Errorf("event kind %q listed twice", k)
		}
		seen[k] = true
		if !k.Valid() {
			t.Errorf("%q is listed but not Valid", k)
		}
	}
	if len(seen) != 21 {
		t.Errorf("%d event kinds, want the 21 the engine emits", len(seen))
	}
	for _, k := range []EventKind{"", "Warned", "warning", "fire"} {
		if k.Valid() {
			t.Errorf("%q must not be Valid", k)
		}
	}
}
