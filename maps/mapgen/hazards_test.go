package mapgen

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestSlideThreatensItsCorridorDownhill(t *testing.T) {
	s := slide{centre: orb.Point{0, 0}, down: orb.Point{0, -1}, halfLength: 50, halfWidth: 40, runout: 200}
	cases := []struct {
		p    orb.Point
		want bool
	}{
		{orb.Point{0, 0}, true},      // in the source
		{orb.Point{30, -240}, true},  // near the end of the runout
		{orb.Point{0, -260}, false},  // past the runout
		{orb.Point{0, 60}, false},    // uphill of the source
		{orb.Point{45, -100}, false}, // beside the path
	}
	for _, c := range cases {
		if got := s.threatens(c.p); got != c.want {
			t.Errorf("threatens(%v) = %v, want %v", c.p, got, c.want)
		}
	}
	r := s.ring()
	if r[0] != r[len(r)-1] || !planar.RingContains(r, orb.Point{0, -45}) || planar.RingContains(r, orb.Point{0, -55}) {
		t.Error("source ring must be a closed ellipse 50 m long down the slope")
	}
}

func TestTownLandslidesSitAboveTheHousesTheyCount(t *testing.T) {
	g := town(t)
	zones := 0
	for _, z := range g.kinds["hazard_zone"] {
		if z.Properties["hazard"] != "landslide" {
			continue
		}
		zones++
		name := z.Properties["name"].(string)
		runout, households, people := number(z, "runout"), int(number(z, "households")), int(number(z, "people"))
		if runout < 100 || runout > 400 || households < 1 || people < households {
			t.Errorf("%s: runout %g m, %d households, %d people", name, runout, households, people)
		}
		c := centroid(z.Geometry.(orb.Polygon))
		cm, top := g.metres(c), demAt(g.dem, c)
		below := 0
		for _, b := range g.kinds["building"] {
			bc := centroid(b.Geometry.(orb.Polygon))
			if d := dist(g.metres(bc), cm); d <= runout+100 && demAt(g.dem, bc) < top {
				below++
			}
		}
		if below < households {
			t.Errorf("%s counts %d households but only %d buildings lie below it within its runout", name, households, below)
		}
		if grade := demGrade(g, c); grade < 0.25 {
			t.Errorf("%s sits on a slope of %.2f, want a steep one", name, grade)
		}
	}
	if zones < 6 {
		t.Errorf("%d landslide zones, want ≥6", zones)
	}
}

// demGrade returns the slope of the DEM at a lon/lat point from its neighbouring cells.
func demGrade(g *generated, p orb.Point) float64 {
	d := g.dem
	h := func(dx, dy float64) float64 { return demAt(d, orb.Point{p[0] + dx*d.Cell, p[1] + dy*d.Cell}) }
	m := g.metres(orb.Point{p[0] + d.Cell, p[1] + d.Cell})
	o := g.metres(p)
	sx := (h(1, 0) - h(-1, 0)) / (2 * (m[0] - o[0]))
	sy := (h(0, 1) - h(0, -1)) / (2 * (m[1] - o[1]))
	return math.Hypot(sx, sy)
}

func TestTownFloodZonesCoverTheLowRiversideHouses(t *testing.T) {
	g := town(t)
	river := g.kinds["river"][0].Geometry.(orb.LineString)
	floods := 0
	for _, z := range g.kinds["hazard_zone"] {
		if z.Properties["hazard"] != "flood" {
			continue
		}
		floods++
		poly := z.Geometry.(orb.Polygon)
		households, people := 0, 0
		for _, b := range g.kinds["building"] {
			c := centroid(b.Geometry.(orb.Polygon))
			if b.Properties["use"] != "house" || !planar.PolygonContains(poly, c) {
				continue
			}
			households++
			people += int(number(b, "population"))
			cm := g.metres(c)
			near := math.Inf(1)
			for i := 1; i < len(river); i++ {
				near = math.Min(near, segmentDistance(cm, g.metres(river[i-1]), g.metres(river[i])))
			}
			if near > 250 {
				t.Fatalf("%v: a house %.0f m from the river is in the flood zone", z.Properties["name"], near)
			}
		}
		if households == 0 || households != int(number(z, "households")) || people != int(number(z, "people")) {
			t.Errorf("%v says %v households, %v people; its polygon holds %d and %d", z.Properties["name"],
				z.Properties["households"], z.Properties["people"], households, people)
		}
	}
	if floods < 2 {
		t.Errorf("%d flood zones, want ≥2", floods)
	}
}
