package scenarios

import (
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
