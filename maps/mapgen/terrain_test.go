package mapgen

import (
	"math"
	"math/rand/v2"
	"testing"

	"drillsim/maps"
	"github.com/paulmach/orb"
)

// testCounty returns an n×n county of valleys drawn from seed.
func testCounty(n int, seed uint64) *county {
	rng := rand.New(rand.NewPCG(seed, 1))
	noise := valueNoise{seed: seed}
	c := &county{n: n, proj: maps.NewLocal(TownLon, TownLat)}
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			west := lowestBed + bedDropPerTile*float64(n-i)
			c.valleys = append(c.valleys, newValley(rng, tileCentre(n, i, j), west, west-bedDropPerTile, noise))
		}
	}
	return c
}

func TestRasterizeCoversTheCountyWithFineCells(t *testing.T) {
	c := testCounty(2, 5)
	dem := c.rasterize(2)
	if dem.CRS != maps.WGS84 || dem.Cell > 0.0003 {
		t.Fatalf("DEM in %s with %g° cells, want WGS84 and ≤30 m cells", dem.CRS.Name(), dem.Cell)
	}
	for _, p := range []orb.Point{{-2 * tileHalfWidth, -2 * tileHalfHeight}, {2 * tileHalfWidth, 2 * tileHalfHeight}} {
		lon, lat := c.proj.ToLonLat(p[0], p[1])
		if lon < dem.X0 || lat < dem.Y0 || lon > dem.X0+float64(dem.Cols-1)*dem.Cell || lat > dem.Y0+float64(dem.Rows-1)*dem.Cell {
			t.Errorf("corner %v (%.5f, %.5f) is outside the DEM", p, lon, lat)
		}
	}
	for i, h := range dem.Heights {
		if math.IsNaN(float64(h)) || h < 200 || h > 1400 {
			t.Fatalf("cell %d height %g, want 200-1400 m", i, h)
		}
	}
}

func TestRasterizeIsTheSameForAnyNumberOfWorkers(t *testing.T) {
	c := testCounty(1, 9)
	a, b := c.rasterize(1), c.rasterize(3)
	for i := range a.Heights {
		if a.Heights[i] != b.Heights[i] {
			t.Fatalf("cell %d differs: %g with 1 worker, %g with 3", i, a.Heights[i], b.Heights[i])
		}
	}
}

func TestTileAtClampsToTheNearestTile(t *testing.T) {
	c := testCounty(3, 1)
	cases := []struct {
		p    orb.Point
		want int
	}{
		{orb.Point{0, 0}, 4},
		{orb.Point{-1e6, -1e6}, 0},
		{orb.Point{1e6, 0}, 5},
		{orb.Point{-tileHalfWidth - 1, tileHalfHeight + 1}, 6},
	}
	for _, tc := range cases {
		if got := c.tileAt(tc.p); got != c.valleys[tc.want] {
			t.Errorf("tileAt(%v) is not tile %d", tc.p, tc.want)
		}
	}
}

func TestCountyRiversJoinAcrossTiles(t *testing.T) {
	c := testCounty(2, 4)
	west, east := c.valleys[0], c.valleys[1]
	a := orb.Point{west.at(tileHalfWidth, 0)[0] + west.centre[0], west.at(tileHalfWidth, 0)[1] + west.centre[1]}
	b := orb.Point{east.at(-tileHalfWidth, 0)[0] + east.centre[0], east.at(-tileHalfWidth, 0)[1] + east.centre[1]}
	if a != b {
		t.Errorf("river leaves the west tile at %v but enters the east tile at %v", a, b)
	}
	if west.bed(tileHalfWidth) != east.bed(-tileHalfWidth) {
		t.Errorf("river bed jumps at the tile edge: %g then %g", west.bed(tileHalfWidth), east.bed(-tileHalfWidth))
	}
}

func BenchmarkRasterizeTown(b *testing.B) {
	c := testCounty(1, 1)
	b.ReportAllocs()
	var serial, parallel float64
	b.Run("serial", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c.rasterize(1)
		}
		serial = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("parallel", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c.rasterize(2)
		}
		parallel = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		if serial > 0 {
			b.ReportMetric(serial/parallel, "x_vs_serial")
		}
	})
}

func TestCountyHasNoCliffBetweenTileRows(t *testing.T) {
	c := testCounty(2, 1)
	for x := -9900.0; x < 9900; x += 10 {
		a, b := c.heightAt(orb.Point{x, -0.01}), c.heightAt(orb.Point{x, 0.01})
		if math.Abs(a-b) > 0.5 {
			t.Fatalf("height steps %.1f m across the boundary between tile rows at x=%g", math.Abs(a-b), x)
		}
	}
	v := c.valleys[0]
	inside := orb.Point{0, v.centre[1]}
	if got, want := c.heightAt(inside), v.height(orb.Point{inside[0] - v.centre[0], 0}); got != want {
		t.Errorf("height away from the seam %g, want the tile's own %g", got, want)
	}
}
