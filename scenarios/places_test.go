package scenarios

import (
	"strings"
	"testing"

	"drillsim/maps"
)

func TestPlacesIndexNamedFeatures(t *testing.T) {
	pl := newPlaces(loadDefaultTown(t))
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
		if !pl.is(tt.name, tt.kind) {
			t.Errorf("%s is not indexed as a %s", tt.name, tt.kind)
		}
	}
	if pl.is("福宝中学", maps.KindVillage) || pl.is("北京", maps.KindVillage, maps.KindShelter) {
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
	if msg := pl.unknown("village", "福宝村", maps.KindVillage); !strings.Contains(msg, `unknown village "福宝村"`) || !strings.Contains(msg, "天堂坝村") {
		t.Errorf("unknown must list the villages: %s", msg)
	}
	if msg := pl.unknown("shelter", "福宝小学", maps.KindShelter); !strings.Contains(msg, "福宝中学") || !strings.HasSuffix(msg, ", …") {
		t.Errorf("unknown lists a dozen names and elides the rest: %s", msg)
	}
}
