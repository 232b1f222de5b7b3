package maps

import (
	"errors"
	"strings"
	"testing"
)

func TestPlacesFindByNameAndID(t *testing.T) {
	town, err := Open("testdata/osm/village.osm", OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p := town.Places
	cases := []struct {
		name  string
		kinds []Kind
		kind  Kind
		id    string
	}{
		{"way/210", nil, KindStation, "way/210"},             // the unnamed hospital, by its id
		{"way/200", nil, KindShelter, "way/200"},             // one of two schools of one name
		{"福宝路", nil, KindRoad, "way/100"},                    // a road cut in two by the edge is one place
		{"白杨村", []Kind{KindVillage}, KindVillage, "node/20"}, // a village drawn around its point
		{"福宝镇", nil, KindVillage, "relation/300"},            // the boundary, not its seat's point
		{"习水河", nil, KindRiver, "way/220"},
	}
	for _, c := range cases {
		pl, err := p.Find(c.name, c.kinds...)
		if err != nil || pl.Kind != c.kind || pl.Ref.ID != c.id {
			t.Errorf("Find(%q) = %v %v, %v; want %v %s", c.name, pl.Kind, pl.Ref.ID, err, c.kind, c.id)
		}
	}
	_, err = p.Find("中心小学")
	var amb *AmbiguousError
	if !errors.As(err, &amb) || len(amb.Places) != 2 || !strings.Contains(err.Error(), "node/31") || !strings.Contains(err.Error(), "way/200") {
		t.Errorf("Find(中心小学) = %v, want ambiguous between node/31 and way/200", err)
	}
	var unknown *UnknownPlaceError
	if _, err := p.Find("白杨村", KindShelter); !errors.As(err, &unknown) {
		t.Errorf("a village asked for as a shelter: %v", err)
	}
	if _, err := p.Find("way/210", KindShelter); !errors.As(err, &unknown) {
		t.Errorf("a hospital's id asked for as a shelter: %v", err)
	}
	found := false
	for _, pr := range town.Problems {
		found = found || strings.Contains(pr.Message, `2 shelters are named "中心小学" (node/31, way/200): an order naming it is refused as ambiguous`)
	}
	if !found {
		t.Errorf("check does not warn of the two 中心小学: %v", town.Problems)
	}
}

// The engine's precedence: a facility before an area before a road.
func TestPlacesPrecedenceAcrossKinds(t *testing.T) {
	town, err := Load(fc(
		`{"type":"Feature","properties":{"highway":"residential","name":"河街"},"geometry":{"type":"LineString","coordinates":[[106.07,28.56],[106.072,28.56]]}}`,
		`{"type":"Feature","properties":{"highway":"residential","name":"河街"},"geometry":{"type":"LineString","coordinates":[[106.072,28.56],[106.074,28.56]]}}`,
		`{"type":"Feature","properties":{"kind":"depot","name":"河街"},"geometry":{"type":"Point","coordinates":[106.071,28.5601]}}`,
		`{"type":"Feature","properties":{"building":"yes","name":"河街"},"geometry":{"type":"Point","coordinates":[106.073,28.5601]}}`), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if pl, err := town.Places.Find("河街"); err != nil || pl.Kind != KindDepot {
		t.Errorf("Find(河街) = %v, %v; want the depot", pl.Kind, err)
	}
	if pl, err := town.Places.Find("河街", KindRoad); err != nil || pl.Kind != KindRoad || pl.Index != 0 {
		t.Errorf("Find(河街, road) = %+v, %v; want the first of its two ways", pl, err)
	}
	if d := town.Places.Duplicates(); len(d) != 0 {
		t.Errorf("duplicates %v: a street of two ways is one place", d)
	}
}
