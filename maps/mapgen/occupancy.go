package mapgen

import (
	"math"

	"github.com/paulmach/orb"
)

// occupancyCell is the resolution, in metres, at which occupancy records used ground.
const occupancyCell = 2.5

// occupancy is a bitmap over a tile recording ground already taken by roads, streams,
// squares and buildings, so new buildings neither overlap nor sit on a road.
type occupancy struct {
	x0, y0     float64 // tile-local south-west corner
	cols, rows int
	bits       []uint64
}

// newOccupancy returns an empty bitmap over the tile-local rectangle centred on 0.
func newOccupancy(halfW, halfH float64) *occupancy {
	cols := int(math.Ceil(2 * halfW / occupancyCell))
	rows := int(math.Ceil(2 * halfH / occupancyCell))
	return &occupancy{x0: -halfW, y0: -halfH, cols: cols, rows: rows, bits: make([]uint64, (cols*rows+63)/64)}
}

// reset clears the bitmap for reuse on the next tile.
func (o *occupancy) reset() { clear(o.bits) }

func (o *occupancy) cellOf(p orb.Point) (c, r int) {
	return int(math.Floor((p[0] - o.x0) / occupancyCell)), int(math.Floor((p[1] - o.y0) / occupancyCell))
}

// cellCentre returns the tile-local centre of cell (c, r).
func (o *occupancy) cellCentre(c, r int) orb.Point {
	return orb.Point{o.x0 + (float64(c)+0.5)*occupancyCell, o.y0 + (float64(r)+0.5)*occupancyCell}
}

func (o *occupancy) get(c, r int) bool {
	if c < 0 || r < 0 || c >= o.cols || r >= o.rows {
		return true // outside the tile counts as taken
	}
	k := r*o.cols + c
	return o.bits[k>>6]&(1<<(k&63)) != 0
}

func (o *occupancy) set(c, r int) {
	if c < 0 || r < 0 || c >= o.cols || r >= o.rows {
		return
	}
	k := r*o.cols + c
	o.bits[k>>6] |= 1 << (k & 63)
}

// rect visits the cells whose centres lie in the rectangle centred on c, with half
// extents hw along the direction angle and hh across it; visit returns false to stop.
func (o *occupancy) rect(c orb.Point, hw, hh, angle float64, visit func(c, r int) bool) bool {
	cos, sin := math.Cos(angle), math.Sin(angle)
	ext := math.Abs(hw*cos) + math.Abs(hh*sin)
	eyt := math.Abs(hw*sin) + math.Abs(hh*cos)
	c0, r0 := o.cellOf(orb.Point{c[0] - ext, c[1] - eyt})
	c1, r1 := o.cellOf(orb.Point{c[0] + ext, c[1] + eyt})
	for r := r0; r <= r1; r++ {
		y := o.y0 + (float64(r)+0.5)*occupancyCell - c[1]
		for cc := c0; cc <= c1; cc++ {
			x := o.x0 + (float64(cc)+0.5)*occupancyCell - c[0]
			if math.Abs(x*cos+y*sin) > hw || math.Abs(-x*sin+y*cos) > hh {
				continue
			}
			if !visit(cc, r) {
				return false
			}
		}
	}
	return true
}

// free reports whether the rectangle is untaken and inside the tile.
func (o *occupancy) free(c orb.Point, hw, hh, angle float64) bool {
	return o.rect(c, hw, hh, angle, func(cc, r int) bool { return !o.get(cc, r) })
}

// take marks the rectangle as used.
func (o *occupancy) take(c orb.Point, hw, hh, angle float64) {
	o.rect(c, hw, hh, angle, func(cc, r int) bool { o.set(cc, r); return true })
}

// takeLine marks every cell within radius of the polyline.
func (o *occupancy) takeLine(ls orb.LineString, radius float64) {
	for i := 1; i < len(ls); i++ {
		a, b := ls[i-1], ls[i]
		dx, dy := b[0]-a[0], b[1]-a[1]
		length := math.Hypot(dx, dy)
		if length == 0 {
			continue
		}
		mid := orb.Point{(a[0] + b[0]) / 2, (a[1] + b[1]) / 2}
		o.take(mid, length/2+radius, radius, math.Atan2(dy, dx))
	}
}
