package scenarios

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"drillsim/maps"
)

var defaultTown = sync.OnceValues(maps.Default)

// loadDefaultTown returns the embedded demo town, loaded once per test binary.
func loadDefaultTown(t *testing.T) *maps.Town {
	t.Helper()
	town, err := defaultTown()
	if err != nil {
		t.Fatalf("maps.Default: %v", err)
	}
	return town
}

func TestLibraryListsTheSixScenarios(t *testing.T) {
	var ids []string
	for _, e := range Library() {
		ids = append(ids, e.ID)
		if e.Title == "" || e.Duration <= 0 || len(e.Hazards) == 0 {
			t.Errorf("entry %+v lacks a title, duration or hazards", e)
		}
	}
	if want := []string{"combined", "fire", "flood", "flood2d", "landslide", "tabletop"}; !slices.Equal(ids, want) {
		t.Errorf("Library ids = %v, want %v", ids, want)
	}
}

func TestBuiltinScenariosValidateAgainstTheDefaultTown(t *testing.T) {
	town := loadDefaultTown(t)
	for _, e := range Library() {
		t.Run(e.ID, func(t *testing.T) {
			s, err := LoadBuiltin(e.ID)
			if err != nil {
				t.Fatal(err)
			}
			plan, err := s.ResolvePlan()
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(town, plan); err != nil {
				t.Fatalf("Validate:\n%v", err)
			}
			orders, err := LoadReferenceOrders(e.ID)
			if err != nil {
				t.Fatal(err)
			}
			if err := orders.Validate(s, town); err != nil {
				t.Fatalf("reference orders:\n%v", err)
			}
			if len(orders.Orders) < 5 {
				t.Errorf("reference response has %d orders; a command post gives more", len(orders.Orders))
			}
		})
	}
}

func TestBuiltinPlanCoversEveryCategory(t *testing.T) {
	p, err := LoadPlan("fubao")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "福宝镇突发事件总体应急预案（示意）" {
		t.Errorf("title %q", p.Title)
	}
	for _, c := range Categories[:8] {
		if !slices.ContainsFunc(p.Requirements, func(r Requirement) bool { return r.Category == c }) {
			t.Errorf("no requirement of category %s", c)
		}
	}
	if got := len(p.RequirementsAt(LevelIII)); got <= len(p.RequirementsAt(LevelIV)) {
		t.Errorf("level III must add requirements to IV's: %d", got)
	}
	if p.Scoring != DefaultScoringRules {
		t.Errorf("scoring %+v, want the defaults written out", p.Scoring)
	}
}

func TestLibraryNamesUnknownIDs(t *testing.T) {
	if _, err := LoadBuiltin("tsunami"); err == nil || !strings.Contains(err.Error(), "flood") {
		t.Errorf("LoadBuiltin(tsunami) = %v, want an error listing the built-in ids", err)
	}
	if _, err := LoadBuiltin("../library/flood"); err == nil {
		t.Error("a path must not load as an id")
	}
	if _, err := LoadPlan("nowhere"); err == nil || !strings.Contains(err.Error(), "fubao") {
		t.Errorf("LoadPlan(nowhere) = %v", err)
	}
	if _, err := LoadReferenceOrders("tsunami"); err == nil {
		t.Error("LoadReferenceOrders of an unknown id must fail")
	}
}
