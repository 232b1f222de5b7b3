package journal

import (
	"strings"
	"testing"

	"drillsim/scenarios"
)

func TestHeaderCheck(t *testing.T) {
	d := loadFlood(t)
	h := newHeader(d.newWorld(t))
	if err := h.Check(d.scn, d.town); err != nil {
		t.Errorf("the flood journal's header against the flood drill: %v", err)
	}
	landslide, err := scenarios.LoadBuiltin("landslide")
	if err != nil {
		t.Fatal(err)
	}
	edited := *d.scn
	edited.Title += " (edited)"
	otherMap := *d.town
	otherMap.Hash = "0123456789abcdef"
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"another scenario", h.Check(landslide, d.town), `the journal is of scenario "flood", not "landslide"`},
		{"an edited scenario", h.Check(&edited, d.town), `the journal is of another version of scenario "flood"`},
		{"another map", h.Check(d.scn, &otherMap), "not on this map (0123456789abcdef)"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, tc.err, tc.want)
		}
	}
}
