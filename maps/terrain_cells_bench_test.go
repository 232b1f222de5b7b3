package maps

import (
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/internal/realdata"
)

// BenchmarkCellsIn lays every village of the Andorra extract (65, some of them the
// size of a parish) over its terrain at 90 m with CellsIn, against a point-in-polygon test of every cell of each
// area's bound (the baseline), in the same run, and reports the ratio.
func BenchmarkCellsIn(b *testing.B) {
	town, err := Open(realdata.Path(b, "andorra/andorra.geojson"), OpenOptions{DEM: realdata.Path(b, "andorra/andorra-srtm.asc")})
	if err != nil {
		b.Fatal(err)
	}
	g := town.Terrain(90)
	var areas []orb.MultiPolygon
	for _, v := range town.Villages {
		areas = append(areas, v.Area)
	}
	var scan, each time.Duration
	cells := 0 // CellsIn's count less the baseline's: the same cells, bar edge cases
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		for _, a := range areas {
			g.CellsIn(a, func(int, int) { cells++ })
		}
		scan += time.Since(start)
		start = time.Now()
		for _, a := range areas {
			bd := a.Bound()
			c0, r0 := g.ClampCell(bd.Min)
			c1, r1 := g.ClampCell(bd.Max)
			for r := r0; r <= r1; r++ {
				for c := c0; c <= c1; c++ {
					if planar.MultiPolygonContains(a, g.Centre(c, r)) {
						cells--
					}
				}
			}
		}
		each += time.Since(start)
	}
	b.StopTimer()
	b.ReportMetric(float64(scan.Microseconds())/1000/float64(b.N), "scanline_ms")
	b.ReportMetric(float64(each.Microseconds())/1000/float64(b.N), "per_cell_ms")
	b.ReportMetric(float64(each)/float64(scan), "x_faster_than_per_cell")
}
