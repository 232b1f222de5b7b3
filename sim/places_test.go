package sim

import (
	"testing"

	"drillsim/maps"
	"drillsim/scenarios"
)

// An order naming a place that two features of the kind it wants share is refused as
// ambiguous, with their ids; the same place named by its OpenStreetMap id is not, and
// an unnamed hospital is a place by its id.
func TestOrdersRefuseAmbiguousNamesAndTakeIDs(t *testing.T) {
	town, err := maps.Open("../maps/testdata/manifest/town.yaml", maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	scn, err := scenarios.LoadBuiltin("tabletop")
	if err != nil {
		t.Fatal(err)
	}
	scn.Units, scn.Reinforcements, scn.Hazards = []scenarios.Unit{{ID: "med-1", Kind: scenarios.UnitMedicalTeam, Name: "医疗队", Base: "way/210", Count: 4}}, nil, scenarios.Hazards{}
	w, err := New(town, scn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	open := func(shelter string) scenarios.Order {
		return scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderOpenShelter, Shelter: shelter}
	}
	w.Apply(Command{Order: open("中心小学")})
	w.Apply(Command{Order: open("way/200")})
	w.Apply(Command{Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "med-1", To: "way/210", Task: scenarios.TaskTreat}})
	var rejected []Reason
	for _, e := range stepUntil(w, w.Now()+60) {
		if e.Kind == scenarios.EventRejected {
			rejected = append(rejected, e.Reason)
		}
	}
	if len(rejected) != 1 || rejected[0].Code != ReasonAmbiguousPlace || len(rejected[0].List) != 2 || rejected[0].List[0] != "node/31" {
		t.Errorf("rejected %v; want only the order naming 中心小学, as ambiguous between node/31 and way/200", rejected)
	}
}
