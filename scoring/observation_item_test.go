package scoring

import (
	"slices"
	"testing"

	"drillsim/scenarios"
)

func TestDefaultObservationItems(t *testing.T) {
	seen := map[string]bool{}
	for _, it := range DefaultObservationItems {
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
	if _, ok := findItem(DefaultObservationItems, "E05"); !ok {
		t.Error("no item E05 (转移路线是否安全)")
	}
	if _, ok := findItem(DefaultObservationItems, "E99"); ok {
		t.Error("found an item E99 that does not exist")
	}
}
