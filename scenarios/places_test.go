package scenarios

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"drillsim/maps"
)

func TestPlacesIndexNamedFeatures(t *testing.T) {
	pl := NewPlaces(loadDefaultTown(t))
	tests := []struct {
		name string
		kind maps.Kind
	}{
		{"玉兰村", maps.KindVillage},
		{"福宝中学", maps.KindShelter},
		{"镇应急物资储备库", maps.KindDepot},
		{"森林防火专业队", maps.KindStation},
		{"南岸街洪水风险区", maps.KindHazardZone},
		{"滨河路", maps.KindRoad},
		{"大漕河", maps.KindRiver},
	}
	for _, tt := range tests {
		if !pl.Is(tt.name, tt.kind) {
			t.Errorf("%s is not indexed as a %s", tt.name, tt.kind)
		}
	}
	if pl.Is("福宝中学", maps.KindVillage) || pl.Is("北京", maps.KindVillage, maps.KindShelter) {
		t.Error("is must match the kind and the name")
	}
	if z, ok := pl.hazardZone("南岸街洪水风险区"); !ok || z.Hazard != "flood" {
		t.Errorf("hazardZone = %+v, %v", z, ok)
	}
	if d, ok := pl.depot("镇应急物资储备库"); !ok || len(d.Stock) == 0 {
		t.Errorf("depot = %+v, %v", d, ok)
	}
	if _, ok := pl.station("福宝中学"); ok {
		t.Error("a shelter is not a station")
	}
	if msg := pl.unknown(NounVillage, "福宝村", maps.KindVillage).Error(); !strings.Contains(msg, `unknown village "福宝村"`) || !strings.Contains(msg, "天堂坝村") {
		t.Errorf("unknown must list the villages: %s", msg)
	}
	if msg := pl.unknown(NounShelter, "福宝小学", maps.KindShelter).Error(); !strings.Contains(msg, "福宝中学") || !strings.HasSuffix(msg, ", …") {
		t.Errorf("unknown lists a dozen names and elides the rest: %s", msg)
	}
}

// TestPlacesFindBySpecificKind checks the one precedence rule and the villages the
// places lie in.
func TestPlacesFindBySpecificKind(t *testing.T) {
	town := loadDefaultTown(t)
	pl := NewPlaces(town)
	if p, ok := pl.Find("福宝中学"); !ok || p.Kind != maps.KindShelter || town.Shelters[p.Index].Name != "福宝中学" {
		t.Errorf("Find(福宝中学) = %+v, %v; want the shelter", p, ok)
	}
	if p, ok := pl.Find("玉兰村"); !ok || p.Kind != maps.KindVillage || p.Village != p.Index {
		t.Errorf("Find(玉兰村) = %+v, %v; want the village, lying in itself", p, ok)
	}
	if _, ok := pl.Find("北京"); ok {
		t.Error("found a place the map does not have")
	}
	for z, zone := range town.HazardZones {
		p, _ := pl.Find(zone.Name)
		if p.Zone != z || p.Village != pl.ZoneVillage(z) {
			t.Errorf("zone %s is found as %+v; its village is %d", zone.Name, p, pl.ZoneVillage(z))
		}
		if v := pl.ZoneVillage(z); v >= 0 && pl.VillageOf(zone.Name) != town.Villages[v].Name {
			t.Errorf("VillageOf(%s) = %q, want %q", zone.Name, pl.VillageOf(zone.Name), town.Villages[v].Name)
		}
	}
	// A name two kinds share resolves to the more specific one.
	shared := *town
	shared.Roads = append(slices.Clone(town.Roads), maps.Road{Name: "福宝中学", Line: town.Roads[0].Line})
	if p, _ := NewPlaces(&shared).Find("福宝中学"); p.Kind != maps.KindShelter {
		t.Errorf("a road named as a shelter is found as a %s, want the shelter", p.Kind)
	}
	seen := map[string]bool{}
	for _, p := range pl.First() {
		if seen[p.Name] {
			t.Errorf("First lists %s twice", p.Name)
		}
		seen[p.Name] = true
	}
}

// Places are named by OpenStreetMap id too, and a name two shelters share is refused
// with where it is written and the ids to name instead.
func TestPlacesByIDAndAmbiguousNames(t *testing.T) {
	town, err := maps.Open("../maps/testdata/manifest/town.yaml", maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pl := NewPlaces(town)
	if p, ok := pl.Find("way/210"); !ok || p.Kind != maps.KindStation || !pl.Is("way/210", maps.KindStation) {
		t.Errorf("the unnamed hospital by its id: %+v %v", p, ok)
	}
	if pl.Is("中心小学", maps.KindShelter) || !strings.Contains(pl.unknown(NounShelter, "中心小学", maps.KindShelter).Error(), `shelter "中心小学" is ambiguous: 2 shelters of the map bear that name (node/31, way/200)`) {
		t.Errorf("中心小学 is not refused as ambiguous: %s", pl.unknown(NounShelter, "中心小学", maps.KindShelter).Error())
	}
	if !pl.Is("way/200", maps.KindShelter) {
		t.Error("one of the two schools by its id is refused")
	}
	s, err := ReadScenario("../maps/testdata/manifest/xishui.yaml") // its unit based at way/210
	if err != nil {
		t.Fatal(err)
	}
	plan, err := s.ResolvePlan()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(town, plan); err != nil {
		t.Fatalf("a unit based at way/210: %v", err)
	}
	orders := filepath.Join(t.TempDir(), "xishui.orders.yaml")
	os.WriteFile(orders, []byte("scenario: xishui\norders:\n  - {at: \"22:10\", order: open_shelter, shelter: 中心小学}\n  - {at: \"22:11\", order: open_shelter, shelter: way/200}\n"), 0o644)
	o, err := ReadOrders(orders, s.Start.Time)
	if err != nil {
		t.Fatal(err)
	}
	err = o.Validate(s, town)
	if err == nil || !strings.Contains(err.Error(), "xishui.orders.yaml:3:") || !strings.Contains(err.Error(), "is ambiguous") || strings.Contains(err.Error(), ":4:") {
		t.Errorf("orders: %v; want the first refused as ambiguous at line 3, the second (by id) accepted", err)
	}
}

// A place inside a hamlet drawn within its parish's boundary belongs to the hamlet,
// as the houses around it do (maps.Town.VillageAt), not to the parish.
func TestPlacesLieInTheMostSpecificVillage(t *testing.T) {
	town, err := maps.Open("../maps/testdata/osm/encamp.osm.pbf", maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	inHamlet := 0
	for _, pl := range NewPlaces(town).First() {
		if pl.Kind == maps.KindVillage || pl.Village < 0 {
			continue
		}
		if v := town.Villages[pl.Village]; v.Origin == maps.VillageAroundPoint {
			inHamlet++
		} else if w := town.VillageAt(pl.At); w != pl.Village {
			t.Errorf("%s lies in %s, but the houses there are in %s", pl.Name, v.Name, town.Villages[w].Name)
		}
	}
	if inHamlet == 0 {
		t.Error("no named place lies in a village drawn around its point")
	}
}
