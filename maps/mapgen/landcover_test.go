package mapgen

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestTownForestParkCoversTheUpperSlopes(t *testing.T) {
	g := town(t)
	fuels := map[string]bool{fuelConifer: true, fuelBroadleaf: true, fuelBamboo: true, fuelShrub: true, fuelGrass: true, fuelFarmland: true}
	var forest []orb.Polygon
	terraces := 0
	for _, f := range g.kinds["landcover"] {
		fuel, _ := f.Properties["fuel"].(string)
		if !fuels[fuel] {
			t.Errorf("landcover %v has fuel %q", f.Properties["name"], fuel)
		}
		name := f.Properties["name"].(string)
		poly := f.Geometry.(orb.Polygon)
		switch {
		case strings.Contains(name, "森林公园"):
			forest = append(forest, poly)
		case strings.HasSuffix(name, "梯田"):
			terraces++
			if fuel != fuelFarmland {
				t.Errorf("terrace %s has fuel %s", name, fuel)
			}
		}
	}
	if terraces < 20 {
		t.Errorf("%d farmland terraces, want one by most hamlets", terraces)
	}
	// Points near the township's north and south edges are upper slopes: in the park.
	for x := -4900.0; x <= 4900; x += 350 {
		for _, y := range []float64{-3900, 3900} {
			lon, lat := g.proj.ToLonLat(x, y)
			in := false
			for _, p := range forest {
				in = in || planar.PolygonContains(p, orb.Point{lon, lat})
			}
			if !in {
				t.Errorf("upper slope at (%g, %g) m is not in the forest park", x, y)
			}
		}
	}
}

func TestForestOffsetStaysAboveTheVillages(t *testing.T) {
	tl := emptyTile(4)
	for x := -5000.0; x <= 5000; x += 50 {
		for _, side := range []float64{-1, 1} {
			if f := tl.forestOffset(x, side); f < forestLine-forestLineSwing || f > forestLine+forestLineSwing {
				t.Fatalf("forest line at x=%g side %g is %g, want within %g±%g", x, side, f, forestLine, forestLineSwing)
			}
		}
	}
}
