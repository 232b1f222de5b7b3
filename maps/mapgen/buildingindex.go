package mapgen

import (
	"math"

	"github.com/paulmach/orb"
)

// buildingIndexCell is the side, in metres, of the cells a buildingIndex files
// buildings in; larger than any footprint, so a point's own and neighbouring cells
// hold every building that can contain it.
const buildingIndexCell = 40.0

// buildingIndex files a tile's buildings by the cell of their centre, so lanes can be
// checked exactly against the footprints they pass rather than the coarser
// occupancy grid.
type buildingIndex struct {
	buildings  []building
	x0, y0     float64
	cols, rows int
	head, next []int32      // per cell: first building, -1 when empty; per building: the next
	turn       [][2]float64 // per building: the cosine and sine of its angle
}

// newBuildingIndex indexes bs over the tile-local rectangle centred on 0.
func newBuildingIndex(bs []building, halfW, halfH float64) *buildingIndex {
	x := &buildingIndex{buildings: bs, x0: -halfW, y0: -halfH,
		cols: int(math.Ceil(2 * halfW / buildingIndexCell)), rows: int(math.Ceil(2 * halfH / buildingIndexCell))}
	x.head = make([]int32, x.cols*x.rows)
	for i := range x.head {
		x.head[i] = -1
	}
	x.next = make([]int32, len(bs))
	x.turn = make([][2]float64, len(bs))
	for i := len(bs) - 1; i >= 0; i-- {
		x.turn[i] = [2]float64{math.Cos(bs[i].angle), math.Sin(bs[i].angle)}
		if k, ok := x.cell(bs[i].centre); ok {
			x.next[i] = x.head[k]
			x.head[k] = int32(i)
		}
	}
	return x
}

func (x *buildingIndex) cell(p orb.Point) (int, bool) {
	c := int(math.Floor((p[0] - x.x0) / buildingIndexCell))
	r := int(math.Floor((p[1] - x.y0) / buildingIndexCell))
	if c < 0 || r < 0 || c >= x.cols || r >= x.rows {
		return 0, false
	}
	return r*x.cols + c, true
}

// hit reports whether p lies within margin metres of a building's footprint other
// than building except (-1 for none).
func (x *buildingIndex) hit(p orb.Point, margin float64, except int) bool {
	c := int(math.Floor((p[0] - x.x0) / buildingIndexCell))
	r := int(math.Floor((p[1] - x.y0) / buildingIndexCell))
	for rr := max(r-1, 0); rr <= min(r+1, x.rows-1); rr++ {
		for cc := max(c-1, 0); cc <= min(c+1, x.cols-1); cc++ {
			for i := x.head[rr*x.cols+cc]; i >= 0; i = x.next[i] {
				if int(i) != except && x.buildings[i].holdsTurned(p, margin, x.turn[i][0], x.turn[i][1]) {
					return true
				}
			}
		}
	}
	return false
}

// holds reports whether p lies in the building's footprint grown by margin metres.
func (b *building) holds(p orb.Point, margin float64) bool {
	return b.holdsTurned(p, margin, math.Cos(b.angle), math.Sin(b.angle))
}

// holdsTurned is holds with the cosine and sine of the building's angle given.
func (b *building) holdsTurned(p orb.Point, margin, cos, sin float64) bool {
	x, y := p[0]-b.centre[0], p[1]-b.centre[1]
	return math.Abs(x*cos+y*sin) <= b.halfW+margin && math.Abs(-x*sin+y*cos) <= b.halfH+margin
}
