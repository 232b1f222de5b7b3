package journal

import (
	"strings"
	"testing"

	"drillsim/scenarios"
)

func TestHeaderCheck(t *testing.T) {
	d := loadFlood(t)
	h := newHeader(newWorld(t, d))
	if err := h.Check(d.Scenario, d.Town); err != nil {
		t.Errorf("the flood journal's header against the flood drill: %v", err)
	}
	landslide, err := scenarios.LoadBuiltin("landslide")
	if err != nil {
		t.Fatal(err)
	}
	edited := *d.Scenario
	edited.Title += " (edited)"
	otherMap := *d.Town
	otherMap.Hash = "0123456789abcdef"
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"another scenario", h.Check(landslide, d.Town), `the journal is of scenario "flood", not "landslide"`},
		{"an edited scenario", h.Check(&edited, d.Town), `the journal is of another version of scenario "flood"`},
		{"another map", h.Check(d.Scenario, &otherMap), "not on this map (0123456789abcdef)"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, tc.err, tc.want)
		}
	}
}
