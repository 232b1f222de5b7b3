package observation

import (
	"slices"
	"strings"
	"testing"

	"drillsim/scenarios"
)

func TestDefaultObservationItems(t *testing.T) {
	seen := map[string]bool{}
	for _, it := range DefaultItems {
		if seen[it.ID] {
			t.Errorf("item id %s is used twice", it.ID)
		}
		seen[it.ID] = true
		if !slices.Contains(scenarios.Categories, it.Category) {
			t.Errorf("item %s has category %q, not one of the plan's", it.ID, it.Category)
		}
		if it.Scale != ScalePSMU && it.Scale != ScaleYesNo || it.Title == "" || it.English == "" {
			t.Errorf("item %s is incomplete: %+v", it.ID, it)
		}
	}
	if _, err := FindItem(DefaultItems, "E05"); err != nil {
		t.Errorf("no item E05 (转移路线是否安全): %v", err)
	}
	if _, err := FindItem(DefaultItems, "E99"); err == nil || !strings.Contains(err.Error(), "E01, E02") {
		t.Errorf("E99 gives %v, want an error listing the items", err)
	}
}
