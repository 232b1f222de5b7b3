package hazard

import "math"

// fireRayCells is the longest straight run, in cells, along which Fire times a fire
// front from one cell (its anchor) to another. Rays as long as this let the front
// advance in any direction, not only the eight of the grid, so an elongated fire
// keeps its head speed and shape whatever the wind's bearing; longer rays cost time in
// proportion. At 24 cells the head of a fire with a length-to-breadth ratio of 4 runs
// within 1 % of its ellipse in any wind direction (see TestFireEllipseInAnyWindDirection).
const fireRayCells = 24

// rayTime returns the minutes fire takes to run in a straight line from the centre of
// cell a to the centre of cell b, and false when the line is blocked: the time across
// each cell it passes through, at the rate that cell's ellipse gives in the line's
// direction, summed over the exact length of the line inside the cell (an
// Amanatides–Woo grid traversal kept in integers, so that a line through a cell corner
// is seen as one). A cell without fuel or spread blocks the line, and so does a cell a
// fire crew holds at second now, but for b itself (a front reaches a held line; whether
// it stops there is for the crew's means to say); so does a corner between two such
// cells.
func (f *Fire) rayTime(a, b int, now float32) (float64, bool) {
	cols := f.cols
	x, y := a%cols, a/cols
	dx, dy := b%cols-x, b/cols-y
	adx, ady := iabs(dx), iabs(dy)
	sx, sy := isign(dx), isign(dy)
	length := math.Hypot(float64(dx), float64(dy)) * f.cell // metres
	// The direction as a compass unit vector (east, north), to turn each cell's ellipse.
	ue, un := float64(dx)*f.cell/length, float64(dy)*f.cell/length
	// The line leaves x-cells at t = (2i+1)/(2·adx) and y-cells at t = (2j+1)/(2·ady);
	// ix and iy are the odd numerators of the next crossings, compared exactly.
	ix, iy := 1, 1
	t, minutes := 0.0, 0.0
	for {
		tx, ty := math.Inf(1), math.Inf(1)
		if adx > 0 {
			tx = float64(ix) / float64(2*adx)
		}
		if ady > 0 {
			ty = float64(iy) / float64(2*ady)
		}
		next := min(tx, ty, 1)
		c := y*cols + x
		var s float64
		if c == b {
			s = f.slownessFree(c, ue, un)
		} else {
			s = f.slowness(c, ue, un, now)
		}
		if math.IsInf(s, 1) {
			return 0, false
		}
		minutes += (next - t) * length * s
		if next >= 1 {
			return minutes, true
		}
		t = next
		// Compare ix/(2adx) with iy/(2ady) in integers: equal means a corner.
		cx, cy := ix*ady, iy*adx
		switch {
		case adx == 0 || (ady > 0 && cy < cx):
			y += sy
			iy += 2
		case ady == 0 || cx < cy:
			x += sx
			ix += 2
		default: // through a corner: blocked when both cells beside it are
			if !f.passable(y*cols+x+sx, now) && !f.passable((y+sy)*cols+x, now) {
				return 0, false
			}
			x, y = x+sx, y+sy
			ix, iy = ix+2, iy+2
		}
	}
}

// passable reports whether fire can run through cell c at second now: it holds fuel
// and no crew holds it.
func (f *Fire) passable(c int, now float32) bool {
	return f.fuel[c] != 0 && !(f.holdUntil[c] > now)
}

// slowness returns the minutes per metre fire takes to cross cell c in the compass
// direction (ue, un), a unit vector (east, north): the inverse of the rate its ellipse
// gives that way; +Inf where it cannot spread or a crew holds it at second now.
func (f *Fire) slowness(c int, ue, un float64, now float32) float64 {
	if f.holdUntil[c] > now {
		return math.Inf(1)
	}
	return f.slownessFree(c, ue, un)
}

// slownessFree is slowness without the crews' holds: the fire's own pace across cell c.
func (f *Fire) slownessFree(c int, ue, un float64) float64 {
	if f.fuel[c] == 0 {
		return math.Inf(1)
	}
	e := f.ellipse(c)
	// cos and sin of the angle between the direction and the head's bearing (ue, un
	// are sin and cos of the direction's bearing).
	cr, sr := float64(e.cosRAZ), float64(e.sinRAZ)
	r := ellipseRate(float64(e.ros), float64(e.bros), float64(e.fros), un*cr+ue*sr, ue*cr-un*sr)
	if !(r > 0) {
		return math.Inf(1)
	}
	return 1 / r
}

func iabs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func isign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}
