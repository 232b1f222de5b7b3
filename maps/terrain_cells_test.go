package maps

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/internal/realdata"
)

// onEdge reports whether p lies within tol of an edge of area.
func onEdge(area orb.MultiPolygon, p orb.Point, tol float64) bool {
	for _, poly := range area {
		for _, ring := range poly {
			for k := range ring {
				a, b := ring[k], ring[(k+1)%len(ring)]
				if planar.DistanceFromSegment(a, b, p) <= tol {
					return true
				}
			}
		}
	}
	return false
}

// checkCellsIn compares CellsIn with a point-in-polygon test of every cell of the
// area's bound: they may differ only on cells whose centre lies on an edge, and no
// cell is visited twice.
func checkCellsIn(t *testing.T, g *Terrain, name string, area orb.MultiPolygon) {
	t.Helper()
	in := map[int]int{}
	g.CellsIn(area, func(c, r int) { in[g.Index(c, r)]++ })
	b := area.Bound()
	c0, r0 := g.ClampCell(b.Min)
	c1, r1 := g.ClampCell(b.Max)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			i := g.Index(c, r)
			p := g.Centre(c, r)
			want := planar.MultiPolygonContains(area, p)
			if (in[i] > 0) != want && !onEdge(area, p, 1e-6*g.Cell) {
				t.Fatalf("%s: cell (%d, %d) at %v: CellsIn says inside=%v, a point-in-polygon test %v", name, c, r, p, in[i] > 0, want)
			}
			if in[i] > 1 {
				t.Fatalf("%s: cell (%d, %d) visited %d times", name, c, r, in[i])
			}
			delete(in, i)
		}
	}
	if len(in) > 0 {
		t.Fatalf("%s: %d cells visited outside the area's bound", name, len(in))
	}
}

// TestCellsInMatchesAPointInPolygonTest lays the villages and land cover of the demo
// town and of the Andorra extract (real OpenStreetMap multipolygons with holes, and
// villages the extract's edge closed) over their terrain, and a square with a square
// hole and an overlapping second square over a small grid.
func TestCellsInMatchesAPointInPolygonTest(t *testing.T) {
	g := &Terrain{Cols: 20, Rows: 20, Cell: 1}
	sq := func(x0, y0, x1, y1 float64) orb.Ring {
		return orb.Ring{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
	}
	holed := orb.MultiPolygon{{sq(-3.5, 2.5, 10.5, 12.5), sq(4.5, 5.5, 6.5, 8.5)}, {sq(8.3, 8.3, 25, 15.7)}}
	checkCellsIn(t, g, "squares", holed)
	n := 0
	g.CellsIn(holed, func(int, int) { n++ })
	if want := 11*10 - 2*3 + (19-8)*7 - 2*4; n != want {
		t.Errorf("the squares cover %d cells, want %d", n, want)
	}

	demo, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	andorra, err := Open(realdata.Path(t, "andorra/andorra.geojson"), OpenOptions{DEM: realdata.Path(t, "andorra/andorra-srtm.asc")})
	if err != nil {
		t.Fatal(err)
	}
	for _, town := range []*Town{demo, andorra} {
		g := town.Terrain(90)
		if g == nil {
			t.Fatalf("%s has no terrain", town.Name)
		}
		for _, v := range town.Villages {
			checkCellsIn(t, g, v.Name, v.Area)
		}
		for _, lc := range town.Landcover {
			checkCellsIn(t, g, lc.Name, lc.Area)
		}
	}
}
