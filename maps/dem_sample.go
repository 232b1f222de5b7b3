package maps

import (
	"math"

	"github.com/paulmach/orb"
)

// Bound returns the grid's extent in its CRS: the outer edges of its outer cells, half a
// cell beyond the centres.
func (d *DEM) Bound() orb.Bound {
	half := d.Cell / 2
	return orb.Bound{
		Min: orb.Point{d.X0 - half, d.Y0 - half},
		Max: orb.Point{d.X0 + (float64(d.Cols)-0.5)*d.Cell, d.Y0 + (float64(d.Rows)-0.5)*d.Cell},
	}
}

// HeightAt returns the ground height at x/y in the grid's CRS, interpolated bilinearly
// between the centres of the four surrounding cells. Within the outer half cell, beyond
// the outermost centres, it takes the edge cells' values. ok is false outside Bound and
// where a cell the interpolation needs (one with a non-zero weight) is void.
// It does not allocate.
func (d *DEM) HeightAt(x, y float64) (h float64, ok bool) {
	c0, c1, r0, r1, tx, ty, ok := d.cellsAround(x, y)
	if !ok {
		return 0, false
	}
	cols := d.Cols
	h = lerp(
		lerp(float64(d.Heights[r0*cols+c0]), float64(d.Heights[r0*cols+c1]), tx),
		lerp(float64(d.Heights[r1*cols+c0]), float64(d.Heights[r1*cols+c1]), tx),
		ty)
	if math.IsNaN(h) {
		return 0, false
	}
	return h, true
}

// HeightAtLonLat returns the height at WGS84 lon/lat by converting through d.CRS; ok is
// false when the grid has no CRS (a projected grid whose system the caller never set) and
// wherever HeightAt says so.
func (d *DEM) HeightAtLonLat(lon, lat float64) (h float64, ok bool) {
	if d.CRS == nil {
		return 0, false
	}
	return d.HeightAt(d.CRS.FromLonLat(lon, lat))
}

// Slope returns the steepest ground slope at x/y in degrees from horizontal: the
// gradient of the bilinear surface HeightAt interpolates, with the cell measured in true
// metres. For a grid in degrees (WGS84, GCJ-02) a degree is converted to metres at the
// point's latitude on the WGS84 ellipsoid; any other grid, or one with no CRS, is taken
// to be in metres. ok is false outside Bound, where one of the four surrounding cells is
// void, and on grids less than two cells wide or tall.
func (d *DEM) Slope(x, y float64) (degrees float64, ok bool) {
	if d.Cols < 2 || d.Rows < 2 {
		return 0, false
	}
	c0, c1, r0, r1, tx, ty, ok := d.cellsAround(x, y)
	if !ok {
		return 0, false
	}
	cols := d.Cols
	sw := float64(d.Heights[r0*cols+c0])
	se := float64(d.Heights[r0*cols+c1])
	nw := float64(d.Heights[r1*cols+c0])
	ne := float64(d.Heights[r1*cols+c1])
	cellX, cellY := d.Cell, d.Cell
	if isDegreesCRS(d.CRS) {
		l := NewLocal(x, y)
		cellX, cellY = d.Cell*l.kx, d.Cell*l.ky
	}
	gx := lerp(se-sw, ne-nw, ty) / cellX
	gy := lerp(nw-sw, ne-se, tx) / cellY
	s := math.Atan(math.Hypot(gx, gy)) * 180 / math.Pi
	if math.IsNaN(s) {
		return 0, false
	}
	return s, true
}

// cellsAround finds the cells around x/y for bilinear interpolation: columns c0 <= c1,
// rows r0 (south) and r1 (north) as indices from the top of Heights, and the weights
// tx, ty in [0, 1] of c1 and r1. On a grid one cell wide or tall c1 == c0 (r1 == r0).
func (d *DEM) cellsAround(x, y float64) (c0, c1, r0, r1 int, tx, ty float64, ok bool) {
	if d.Cols < 1 || d.Rows < 1 || len(d.Heights) != d.Cols*d.Rows || !(d.Cell > 0) {
		return 0, 0, 0, 0, 0, 0, false
	}
	fx := (x - d.X0) / d.Cell
	fy := (y - d.Y0) / d.Cell // rows from the south
	if !(fx >= -0.5 && fx <= float64(d.Cols)-0.5 && fy >= -0.5 && fy <= float64(d.Rows)-0.5) {
		return 0, 0, 0, 0, 0, 0, false
	}
	c0, c1, tx = gridSpan(fx, d.Cols)
	s0, s1, ty := gridSpan(fy, d.Rows)
	return c0, c1, d.Rows - 1 - s0, d.Rows - 1 - s1, tx, ty, true
}

// gridSpan clamps a fractional cell position f to [0, n-1] and returns the cells i0 <= i1
// on either side and the weight t of i1.
func gridSpan(f float64, n int) (i0, i1 int, t float64) {
	f = min(max(f, 0), float64(n-1))
	i0 = min(int(f), max(n-2, 0))
	i1 = min(i0+1, n-1)
	return i0, i1, f - float64(i0)
}

// lerp interpolates from a (t = 0) to b (t = 1); the end with weight zero is not read, so
// a void there does not spoil the result.
func lerp(a, b, t float64) float64 {
	switch t {
	case 0:
		return a
	case 1:
		return b
	}
	return a + t*(b-a)
}

// isDegreesCRS reports whether the CRS measures x/y in degrees of longitude/latitude.
func isDegreesCRS(c CRS) bool {
	switch c.(type) {
	case wgs84, gcj02:
		return true
	}
	return false
}

// FillVoids replaces every void (NaN) cell that has valid cells somewhere in the grid
// and returns how many it filled. It works in passes from the edges of each void inwards:
// a pass gives each void cell touching valid cells the mean of its valid 8-neighbours
// as they stood before the pass, so the result does not depend on scan order. A grid
// with no valid cell at all is left unchanged. DEM.Voids keeps the count as read.
// Each pass costs O(voids left); a void W cells across takes about W/2 passes.
func (d *DEM) FillVoids() int {
	if len(d.Heights) != d.Cols*d.Rows {
		return 0
	}
	var voids []int
	for i, h := range d.Heights {
		if h != h {
			voids = append(voids, i)
		}
	}
	next := make([]float32, len(voids))
	filled := 0
	for len(voids) > 0 {
		for k, i := range voids {
			next[k] = d.neighbourMean(i/d.Cols, i%d.Cols)
		}
		left := voids[:0]
		for k, i := range voids {
			if v := next[k]; v == v {
				d.Heights[i] = v
				filled++
			} else {
				left = append(left, i)
			}
		}
		if len(left) == len(voids) {
			break
		}
		voids = left
	}
	return filled
}

// neighbourMean returns the mean of the valid 8-neighbours of cell r/c, NaN if none.
func (d *DEM) neighbourMean(r, c int) float32 {
	sum, n := 0.0, 0
	for rr := max(r-1, 0); rr <= min(r+1, d.Rows-1); rr++ {
		for cc := max(c-1, 0); cc <= min(c+1, d.Cols-1); cc++ {
			if h := d.Heights[rr*d.Cols+cc]; h == h && (rr != r || cc != c) {
				sum += float64(h)
				n++
			}
		}
	}
	if n == 0 {
		return float32(math.NaN())
	}
	return float32(sum / float64(n))
}

// Covers returns the share, from 0 to 1, of the bound b (in the grid's CRS) that lies
// within the grid's extent, so a loader can say "the DEM covers 40% of the map". It
// measures extent only: void cells inside the grid count as covered. A bound that is a
// line or a point counts as covered along its zero-width side when it lies within the grid.
func (d *DEM) Covers(b orb.Bound) (fraction float64) {
	g := d.Bound()
	return overlapShare(b.Min[0], b.Max[0], g.Min[0], g.Max[0]) *
		overlapShare(b.Min[1], b.Max[1], g.Min[1], g.Max[1])
}

// overlapShare returns the share of the interval lo..hi inside glo..ghi.
func overlapShare(lo, hi, glo, ghi float64) float64 {
	if lo == hi {
		if lo >= glo && lo <= ghi {
			return 1
		}
		return 0
	}
	o := min(hi, ghi) - max(lo, glo)
	if !(o > 0 && hi > lo) {
		return 0
	}
	return o / (hi - lo)
}

// MinMax returns the lowest and highest valid heights; ok is false when every cell is void.
func (d *DEM) MinMax() (lo, hi float64, ok bool) {
	lo32, hi32 := float32(math.Inf(1)), float32(math.Inf(-1))
	for _, h := range d.Heights {
		if h < lo32 {
			lo32 = h
		}
		if h > hi32 {
			hi32 = h
		}
	}
	if lo32 > hi32 {
		return 0, 0, false
	}
	return float64(lo32), float64(hi32), true
}
