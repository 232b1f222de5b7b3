package scenarios

import (
	"strings"
	"testing"
)

func TestTriggerCheckForm(t *testing.T) {
	tests := []struct {
		name string
		tr   Trigger
		want string // "" for a well-formed trigger
	}{
		{"warned share", Trigger{Event: EventWarned, Village: "玉兰村", Share: 0.9}, ""},
		{"response level", Trigger{Event: EventResponseActivated, Level: "III"}, ""},
		{"order with level", Trigger{Event: EventOrder, Order: OrderActivateResponse, Level: "IV"}, ""},
		{"rain colour", Trigger{Event: EventRainWarning, Level: "red"}, ""},
		{"no event", Trigger{Village: "玉兰村"}, "event is missing"},
		{"unknown event", Trigger{Event: "earthquake"}, `unknown event "earthquake"`},
		{"filter not taken", Trigger{Event: EventInfoReleased, Village: "玉兰村"}, "event info_released takes no village filter: it takes no filters"},
		{"share above one", Trigger{Event: EventWarned, Share: 1.5}, "share 1.5 must be a fraction"},
		{"colour as a level", Trigger{Event: EventResponseActivated, Level: "red"}, `unknown response level "red"`},
		{"level as a colour", Trigger{Event: EventRainWarning, Level: "IV"}, `unknown warning colour "IV"`},
		{"unit kind", Trigger{Event: EventUnitOnScene, UnitKind: "tank"}, `unknown unit_kind "tank"`},
		{"both all_of and all_threatened", Trigger{Event: EventEvacuated, AllOf: []string{"a"}, AllThreatened: true}, "give all_of or all_threatened, not both"},
	}
	for _, tt := range tests {
		var probs Problems
		tt.tr.checkForm("$.t", nil, &probs, false)
		got := probs.Error()
		switch {
		case tt.want == "" && len(probs) > 0:
			t.Errorf("%s: unexpected problems: %v", tt.name, got)
		case tt.want != "" && !strings.Contains(got, tt.want):
			t.Errorf("%s: problems %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEveryEventKindHasFilters(t *testing.T) {
	for _, k := range EventKinds() {
		if _, ok := triggerFilters[k]; !ok {
			t.Errorf("event %s has no filter list", k)
		}
	}
	if len(triggerFilters) != len(EventKinds()) {
		t.Errorf("filter lists for %d events, want %d", len(triggerFilters), len(EventKinds()))
	}
}

func TestColourAtLeast(t *testing.T) {
	tests := []struct {
		have, want string
		ok         bool
	}{{"red", "orange", true}, {"orange", "orange", true}, {"yellow", "orange", false}, {"blue", "purple", false}, {"", "red", false}}
	for _, tt := range tests {
		if got := ColourAtLeast(tt.have, tt.want); got != tt.ok {
			t.Errorf("ColourAtLeast(%q, %q) = %v", tt.have, tt.want, got)
		}
	}
}
