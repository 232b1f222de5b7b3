package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// Ribbon is lines of one width triangulated once, in town metres, as strips of two
// vertices per point whose offsets across the line are kept in pixels: a frame places
// them at its zoom with the width unchanged, so lines are never stroked again as the
// map zooms. Joins are mitred (limited to twice the width), ends are cut square.
// Vertices are kept in batches of nearby lines, each with its bound, so a frame moves
// and draws only the batches it shows; callers add lines in spatial order (see
// zOrder) to keep batches compact.
type Ribbon struct {
	halfPx  float64
	batches []ribbonBatch
	scratch []orb.Point
	// expect is how many more vertices the caller said may come, to size batches.
	expect int
}

// ribbonBatch is a run of ribbon vertices drawn in one call.
type ribbonBatch struct {
	at       []ribbonPoint
	vertices []ebiten.Vertex // colours kept; positions written by each Draw
	indices  []uint16
	bound    orb.Bound
}

// ribbonPoint is a vertex's line point (town metres) and its offset across the line
// in pixels (x right, y north).
type ribbonPoint struct{ x, y, ox, oy float32 }

// ribbonBatchVertices is how many vertices a batch takes before the next starts: a
// few thousand points of line, small enough to cull, large enough to draw in few calls.
const ribbonBatchVertices = 1 << 14

// miterLimit caps a join's offset at this many half-widths.
const miterLimit = 2

// newRibbon returns an empty ribbon of lines widthPx pixels wide, for lines of about
// points points in all (more may come, at the cost of growing a batch).
func newRibbon(widthPx float64, points int) *Ribbon {
	return &Ribbon{halfPx: widthPx / 2, expect: 2 * points}
}

// AddLine adds the line through pts (a ring when closed) in colour c, simplified
// (Douglas-Peucker) so that it strays at most tol metres from pts: a straight road
// keeps its two ends however finely it was drawn.
func (r *Ribbon) AddLine(pts []orb.Point, closed bool, tol float64, c color.RGBA) {
	kept := r.scratch[:0]
	for _, p := range pts {
		if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.IsInf(p[0], 0) || math.IsInf(p[1], 0) {
			continue
		}
		if n := len(kept); n == 0 || p != kept[n-1] {
			kept = append(kept, p)
		}
	}
	if closed && len(kept) > 2 && kept[0] != kept[len(kept)-1] {
		kept = append(kept, kept[0])
	}
	r.scratch = kept
	if tol > 0 && len(kept) > 2 {
		kept = simplify.DouglasPeucker(tol).LineString(kept)
	}
	// A line too long for one batch's indices goes in pieces sharing their ends.
	const maxPoints = ribbonBatchVertices / 2
	for len(kept) >= 2 {
		n := min(len(kept), maxPoints)
		r.addStrip(kept[:n], closed && n == len(kept) && kept[0] == kept[n-1], c)
		if n == len(kept) {
			break
		}
		kept = kept[n-1:]
	}
}

// addStrip appends the strip of one line of distinct consecutive points; ring says
// its first and last points are the same and join.
func (r *Ribbon) addStrip(pts []orb.Point, ring bool, c color.RGBA) {
	if len(r.batches) == 0 || len(r.batches[len(r.batches)-1].at)+2*len(pts) > ribbonBatchVertices {
		// Each batch is allocated once, as large as what is still to come needs.
		size := min(ribbonBatchVertices, max(r.expect, 2*len(pts)))
		r.batches = append(r.batches, ribbonBatch{
			at:       make([]ribbonPoint, 0, size),
			vertices: make([]ebiten.Vertex, 0, size),
			indices:  make([]uint16, 0, 3*size),
			bound:    orb.Bound{Min: pts[0], Max: pts[0]},
		})
	}
	r.expect = max(r.expect-2*len(pts), 0)
	b := &r.batches[len(r.batches)-1]
	base := len(b.at)
	n := len(pts)
	cr, cg, cb, ca := float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, float32(c.A)/255
	for i, p := range pts {
		var prev, next orb.Point
		hasPrev, hasNext := i > 0, i+1 < n
		if hasPrev {
			prev = pts[i-1]
		}
		if hasNext {
			next = pts[i+1]
		}
		if ring && (i == 0 || i == n-1) {
			prev, next, hasPrev, hasNext = pts[n-2], pts[1], true, true
		}
		ox, oy := joinOffset(prev, p, next, hasPrev, hasNext)
		ox, oy = ox*r.halfPx, oy*r.halfPx
		b.bound = b.bound.Extend(p)
		for _, side := range [2]float64{1, -1} {
			b.at = append(b.at, ribbonPoint{float32(p[0]), float32(p[1]), float32(side * ox), float32(side * oy)})
			b.vertices = append(b.vertices, ebiten.Vertex{SrcX: 1, SrcY: 1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca})
		}
	}
	for i := range n - 1 {
		a := uint16(base + 2*i)
		b.indices = append(b.indices, a, a+1, a+2, a+2, a+1, a+3)
	}
}

// joinOffset is the offset, in half-widths, of the left edge of a line at point p
// between prev and next: the segment's normal at an end, the mitre at a join.
func joinOffset(prev, p, next orb.Point, hasPrev, hasNext bool) (float64, float64) {
	normal := func(a, b orb.Point) (float64, float64) {
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		if l == 0 {
			return 0, 0
		}
		return -dy / l, dx / l
	}
	switch {
	case !hasPrev && !hasNext:
		return 0, 0
	case !hasPrev:
		return normal(p, next)
	case !hasNext:
		return normal(prev, p)
	}
	n1x, n1y := normal(prev, p)
	n2x, n2y := normal(p, next)
	mx, my := n1x+n2x, n1y+n2y
	l := math.Hypot(mx, my)
	if l < 1e-9 { // the line turns right back
		return n1x, n1y
	}
	mx, my = mx/l, my/l
	scale := min(1/max(mx*n1x+my*n1y, 1e-9), miterLimit)
	return mx * scale, my * scale
}

// Empty reports whether the ribbon has no lines.
func (r *Ribbon) Empty() bool { return len(r.batches) == 0 }

// Draw draws the batches camera c shows onto dst.
func (r *Ribbon) Draw(dst *ebiten.Image, c *Camera) {
	ox, oy := float32(c.X0+c.W/2), float32(c.Y0+c.H/2)
	cx, cy, s := float32(c.Center[0]), float32(c.Center[1]), float32(c.Scale)
	view := c.Visible().Pad(miterLimit * r.halfPx / c.Scale)
	for i := range r.batches {
		b := &r.batches[i]
		if !b.bound.Intersects(view) {
			continue
		}
		for j, a := range b.at {
			v := &b.vertices[j]
			v.DstX = ox + (a.x-cx)*s + a.ox
			v.DstY = oy - (a.y-cy)*s - a.oy
		}
		dst.DrawTriangles(b.vertices, b.indices, whitePixel, trianglesOptions)
	}
}
