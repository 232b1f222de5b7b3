package mapgen

import (
	"math"
	"testing"

	"drillsim/maps"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

func TestLonLatRoundsToSevenDecimalsAndKeepsSharedVertices(t *testing.T) {
	e := &emitter{proj: maps.NewLocal(TownLon, TownLat), fc: geojson.NewFeatureCollection()}
	p := e.lonLat(orb.Point{1234.5678, -987.654})
	for _, c := range p {
		if s := c * 1e7; math.Abs(s-math.Round(s)) > 1e-6 {
			t.Errorf("coordinate %v keeps more than 7 decimals", c)
		}
	}
	back := e.proj
	x, y := back.FromLonLat(p[0], p[1])
	if math.Hypot(x-1234.5678, y+987.654) > 0.02 {
		t.Errorf("rounded point is %.3f m off", math.Hypot(x-1234.5678, y+987.654))
	}
	a := e.line(orb.Point{10000, 0}, orb.LineString{{-5000, 320}})
	b := e.line(orb.Point{0, 0}, orb.LineString{{5000, 320}})
	if a[0] != b[0] {
		t.Errorf("the same county point from two tiles differs: %v vs %v", a[0], b[0])
	}
}

func TestRoadPropertiesAreWhatTheLoaderReads(t *testing.T) {
	p := roadProperties(road{name: "滨河路", class: classTown, speedKmh: 30, bridge: true})
	want := geojson.Properties{"name": "滨河路", "class": "tertiary", "speed_kmh": 30.0, "oneway": false, "bridge": true}
	for k, v := range want {
		if p[k] != v {
			t.Errorf("%s = %v, want %v", k, p[k], v)
		}
	}
}

func TestEveryFeatureHasAKnownKind(t *testing.T) {
	g := town(t)
	for i, f := range g.fc.Features {
		k, _ := f.Properties["kind"].(string)
		if kind, ok := maps.ParseKind(k); !ok || kind == maps.Background {
			t.Fatalf("feature %d has kind %q, which the loader does not know", i, k)
		}
		if _, named := f.Properties["name"]; !named && k != "building" {
			t.Errorf("feature %d (%s) has no name", i, k)
		}
	}
}
