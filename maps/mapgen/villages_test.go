package mapgen

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestVillagePlanHasACommunityAndTenVillages(t *testing.T) {
	areas := villagePlan("")
	communities := 0
	for _, a := range areas {
		if a.community {
			communities++
		}
	}
	if communities != 1 || len(areas)-communities < 8 {
		t.Errorf("%d communities and %d villages, want 1 and ≥8", communities, len(areas)-communities)
	}
	if p := villagePlan("2-3·")[4].name; p != "2-3·白鹿村" {
		t.Errorf("county village name %q, want the tile prefix", p)
	}
}

func TestVillageAtAgreesWithTheRings(t *testing.T) {
	v := testCounty(1, 6).valleys[0]
	areas := villagePlan("")
	rings := make([]orb.Polygon, len(areas))
	total := 0.0
	for i := range areas {
		rings[i] = orb.Polygon{areas[i].ring(v)}
		a := planar.Area(rings[i])
		if a <= 0 {
			t.Errorf("%s ring is clockwise or empty", areas[i].name)
		}
		total += a
	}
	if want := 4 * tileHalfWidth * tileHalfHeight; math.Abs(total-want) > want*1e-3 {
		t.Errorf("areas cover %.0f m², want the tile's %.0f m²", total, want)
	}
	for x := -4950.0; x < 4950; x += 97 {
		for y := -3950.0; y < 3950; y += 89 {
			p := orb.Point{x, y}
			i, margin := villageAt(areas, x, v.offset(p))
			if i < 0 {
				t.Fatalf("point %v is in no village", p)
			}
			if margin > 5 && !planar.PolygonContains(rings[i], p) {
				t.Fatalf("villageAt puts %v in %s but its ring does not contain it", p, areas[i].name)
			}
		}
	}
	if i, _ := villageAt(areas, 6000, 100); i != -1 {
		t.Errorf("a point beyond the tile is in village %d, want -1", i)
	}
}
