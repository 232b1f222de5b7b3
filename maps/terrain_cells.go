package maps

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// CellsIn calls visit, once each, for every cell of g whose centre lies in area: inside
// one of its polygons' outer rings and outside that polygon's holes (the even-odd rule
// over a polygon's rings), row by row from the south, west to east. It crosses each row
// with the edges that span it (a scanline), so its cost grows with the edges and the
// cells inside, not with their product as a point-in-polygon test of every cell of
// the bound does. A centre exactly on an edge may fall either side.
func (g *Terrain) CellsIn(area orb.MultiPolygon, visit func(c, r int)) {
	b := area.Bound()
	r0 := max(0, int(math.Ceil((b.Min[1]-g.Y0)/g.Cell)))
	r1 := min(g.Rows-1, int(math.Ceil((b.Max[1]-g.Y0)/g.Cell)))
	if r0 > r1 {
		return
	}
	xs := make([][]float64, r1-r0+1)   // crossings of one polygon's edges, per row
	spans := make([][][2]int, r1-r0+1) // columns inside, per row, of every polygon
	for _, poly := range area {
		for _, ring := range poly {
			for k := range ring {
				a, e := ring[k], ring[(k+1)%len(ring)]
				lo, hi := min(a[1], e[1]), max(a[1], e[1])
				if lo == hi {
					continue
				}
				// Rows whose centre y has lo <= y < hi: the edge crosses them.
				for r := max(r0, int(math.Ceil((lo-g.Y0)/g.Cell))); r <= r1; r++ {
					y := g.Y0 + float64(r)*g.Cell
					if y >= hi {
						break
					}
					if y < lo {
						continue
					}
					xs[r-r0] = append(xs[r-r0], a[0]+(y-a[1])*(e[0]-a[0])/(e[1]-a[1]))
				}
			}
		}
		for i, row := range xs {
			slices.Sort(row)
			for k := 0; k+1 < len(row); k += 2 {
				c0 := max(0, int(math.Ceil((row[k]-g.X0)/g.Cell)))
				c1 := min(g.Cols-1, int(math.Ceil((row[k+1]-g.X0)/g.Cell))-1)
				if c0 <= c1 {
					spans[i] = append(spans[i], [2]int{c0, c1})
				}
			}
			xs[i] = row[:0]
		}
	}
	for i, row := range spans {
		slices.SortFunc(row, func(p, q [2]int) int { return p[0] - q[0] })
		next := 0 // the first column not visited yet in this row
		for _, s := range row {
			for c := max(s[0], next); c <= s[1]; c++ {
				visit(c, r0+i)
			}
			next = max(next, s[1]+1)
		}
	}
}
