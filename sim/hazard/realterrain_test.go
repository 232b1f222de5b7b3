package hazard

import (
	"math"
	"sync"
	"testing"

	"drillsim/internal/realdata"
	"drillsim/maps"
)

// loadAndorra returns the real Andorra SRTM clip resampled to 30 m cells over the town
// of the Andorra OSM export (Pyrenean valleys, slopes to 45°, the SRTM's pits), loaded
// once for the package's tests; it skips the test when the real maps are absent.
func loadAndorra(t *testing.T) *maps.Terrain {
	t.Helper()
	mapPath := realdata.Path(t, "andorra/andorra.geojson")
	demPath := realdata.Path(t, "andorra/andorra-srtm.asc")
	g, err := andorraOnce(mapPath, demPath)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// andorraCache holds the Andorra terrain once loaded.
var andorraCache struct {
	sync.Mutex
	g *maps.Terrain
}

// andorraOnce loads the Andorra terrain, or returns it loaded.
func andorraOnce(mapPath, demPath string) (*maps.Terrain, error) {
	andorraCache.Lock()
	defer andorraCache.Unlock()
	if andorraCache.g != nil {
		return andorraCache.g, nil
	}
	dem, err := maps.ReadDEMFile(demPath)
	if err != nil {
		return nil, err
	}
	dem.FillVoids()
	town, err := maps.LoadFile(mapPath, maps.LoadOptions{DEM: dem})
	if err != nil {
		return nil, err
	}
	andorraCache.g = town.Terrain(30)
	return andorraCache.g, nil
}

// TestFireOnRealTerrain burns C-2 over the Andorra terrain from a valley cell, calm and
// in a west wind: nowhere does the front arrive sooner than the fastest rate on the grid
// allows (no cell is reached by a shortcut), the wind drives it farther east than west,
// and the steps allocate nothing.
func TestFireOnRealTerrain(t *testing.T) {
	g := loadAndorra(t)
	ignition := g.Index(g.Cols/2, g.Rows/2)
	for _, ws := range []float64{0, 25} {
		f := fuelledFire(t, g, NewFuel(C2), c2Weather(ws, 270))
		if err := f.Ignite(ignition, 0); err != nil {
			t.Fatal(err)
		}
		for h := int64(1); h <= 3; h++ {
			f.Advance(h * 3600)
		}
		// The fastest head rate of any cell the front crossed or borders.
		fastest := 0.0
		for i := range g.Elev {
			if _, ok := f.Arrival(i); ok {
				for d := range d8Directions {
					if n, ok := d8Neighbour(g.Cols, g.Rows, i%g.Cols, i/g.Cols, d); ok {
						fastest = max(fastest, f.HeadRate(n))
					}
				}
			}
		}
		c0, r0 := ignition%g.Cols, ignition/g.Cols
		east, west := 0, 0
		for i := range g.Elev {
			at, ok := f.Arrival(i)
			if !ok {
				continue
			}
			d := math.Hypot(float64(i%g.Cols-c0), float64(i/g.Cols-r0)) * g.Cell
			if d/fastest*60 > at+1 {
				t.Fatalf("wind %v: cell %d, %.0f m from the ignition, reached at %.0f s; the fastest rate (%.1f m/min) needs %.0f s", ws, i, d, at, fastest, d/fastest*60)
			}
			east, west = max(east, i%g.Cols-c0), max(west, c0-i%g.Cols)
		}
		if ws > 0 && east <= 2*west {
			t.Errorf("west wind on real terrain: %d cells east, %d west", east, west)
		}
		if f.BurntCells()+f.Burning() < 50 {
			t.Errorf("wind %v: only %d cells reached in 3 h", ws, f.BurntCells()+f.Burning())
		}
	}
}

// TestRunoutOnRealTerrainCrossesPits slides 3 m of ground from steep cells high on the
// Andorra terrain whose steepest-descent path ends in a pit of the SRTM surface within
// 300 m: the debris carries on past the pit, its toe lies under the energy line from the
// crown, and the deposit holds the volume.
func TestRunoutOnRealTerrainCrossesPits(t *testing.T) {
	g := loadAndorra(t)
	r, err := NewRunouts(g)
	if err != nil {
		t.Fatal(err)
	}
	tried := 0
	for c := g.Cols + 1; c < len(g.Elev)-g.Cols-1 && tried < 5; c += 97 {
		if tan, _ := hornSlope(g.Elev, g.Cols, g.Rows, g.Cell, c); tan < 0.6 {
			continue
		}
		pit, steps := steepestDescentEnd(g, c)
		if steps == 0 || steps > 10 {
			continue
		}
		tried++
		d, err := r.Run([]SlideSource{{c, 3}, {c + 1, 3}, {c + g.Cols, 3}}, RunoutOptions{ReachAngleDeg: 15})
		if err != nil {
			t.Fatal(err)
		}
		pitDist := math.Hypot(float64(pit%g.Cols-d.Crown%g.Cols), float64(pit/g.Cols-d.Crown/g.Cols)) * g.Cell
		if d.RunoutM <= pitDist+g.Cell {
			t.Errorf("source at cell %d: runout %.0f m stops at the pit %.0f m down", c, d.RunoutM, pitDist)
		}
		drop := float64(g.Elev[d.Crown] - g.Elev[d.Toe])
		if drop < math.Tan(15*math.Pi/180)*d.RunoutM-2*g.Cell {
			t.Errorf("source at cell %d: toe %.0f m below the crown, %.0f m away: above the 15° energy line", c, drop, d.RunoutM)
		}
		sum := 0.0
		for k := range d.Cells {
			sum += float64(d.DepthM[k]) * g.Cell * g.Cell
		}
		if math.Abs(sum/d.VolumeM3-1) > 0.01 {
			t.Errorf("source at cell %d: deposit %.0f m³ of %.0f", c, sum, d.VolumeM3)
		}
	}
	if tried == 0 {
		t.Fatal("no steep source with a pit below it on the real terrain")
	}
}

// steepestDescentEnd follows the steepest descent from cell c and returns the pit it
// ends in and how many steps it took.
func steepestDescentEnd(g *maps.Terrain, c int) (int, int) {
	for steps := 0; ; steps++ {
		next, drop := -1, 0.0
		for d := range d8Directions {
			n, ok := d8Neighbour(g.Cols, g.Rows, c%g.Cols, c/g.Cols, d)
			if !ok {
				return c, 0 // off the edge, not a pit
			}
			if dz := float64(g.Elev[c]-g.Elev[n]) / d8Length[d]; dz > drop {
				next, drop = n, dz
			}
		}
		if next < 0 {
			return c, steps
		}
		c = next
	}
}
