package tess

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// BridgeHoles joins the holes of polygon p to its outer ring and returns the one ring
// (not closed) that EarClip then fills with the holes left empty: each hole, taken from
// the rightmost first, is cut into the ring along a pair of coincident edges from its
// rightmost point to the nearest point of the ring that it sees without crossing an
// edge. A hole that sees no point of the ring (a broken polygon) is left out: filled.
func BridgeHoles(p orb.Polygon) orb.Ring {
	if len(p) == 0 {
		return nil
	}
	outer := openRing(p[0])
	if len(outer) < 3 {
		return outer
	}
	ccw := signedArea(outer) > 0
	var holes []orb.Ring
	for _, h := range p[1:] {
		h = openRing(h)
		if len(h) < 3 {
			continue
		}
		if (signedArea(h) > 0) == ccw { // a hole winds against its outer ring
			h = slices.Clone(h)
			slices.Reverse(h)
		}
		holes = append(holes, h)
	}
	slices.SortStableFunc(holes, func(a, b orb.Ring) int { return -cmpFloat(maxX(a), maxX(b)) })
	for k, h := range holes {
		m := rightmost(h)
		q := visibleFrom(h[m], outer, holes[k+1:])
		if q < 0 {
			continue
		}
		joined := make(orb.Ring, 0, len(outer)+len(h)+2)
		joined = append(joined, outer[:q+1]...)
		joined = append(joined, h[m:]...)
		joined = append(joined, h[:m+1]...)
		joined = append(joined, outer[q:]...)
		outer = joined
	}
	return outer
}

// openRing returns ring r without its closing point.
func openRing(r orb.Ring) orb.Ring {
	if n := len(r); n > 1 && r[0] == r[n-1] {
		return r[:n-1]
	}
	return r
}

// rightmost is the index of the point of r furthest east.
func rightmost(r orb.Ring) int {
	best := 0
	for i, p := range r {
		if p[0] > r[best][0] {
			best = i
		}
	}
	return best
}

// maxX is the easternmost x of r.
func maxX(r orb.Ring) float64 { return r[rightmost(r)][0] }

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// visibleFrom is the index of the point of ring nearest to m that the segment from m
// reaches crossing no edge of ring or of holes, or -1 when none does.
func visibleFrom(m orb.Point, ring orb.Ring, holes []orb.Ring) int {
	order := make([]int, len(ring))
	for i := range order {
		order[i] = i
	}
	dist := func(i int) float64 { return math.Hypot(ring[i][0]-m[0], ring[i][1]-m[1]) }
	slices.SortStableFunc(order, func(a, b int) int { return cmpFloat(dist(a), dist(b)) })
	for _, i := range order {
		q := ring[i]
		if !crossesAny(m, q, ring) && !slices.ContainsFunc(holes, func(h orb.Ring) bool { return crossesAny(m, q, h) }) {
			return i
		}
	}
	return -1
}

// crossesAny reports whether segment a-b properly crosses an edge of ring r: meeting
// an edge only at a or b does not count.
func crossesAny(a, b orb.Point, r orb.Ring) bool {
	for i := range r {
		c, d := r[i], r[(i+1)%len(r)]
		if c == a || c == b || d == a || d == b {
			continue
		}
		if properCross(a, b, c, d) {
			return true
		}
	}
	return false
}

// properCross reports whether segments a-b and c-d cross or touch away from a and b.
func properCross(a, b, c, d orb.Point) bool {
	d1, d2 := cross(a, b, c), cross(a, b, d)
	d3, d4 := cross(c, d, a), cross(c, d, b)
	if (d1 > 0) != (d2 > 0) && d1 != 0 && d2 != 0 && (d3 > 0) != (d4 > 0) && d3 != 0 && d4 != 0 {
		return true
	}
	// A ring point lying on the segment blocks it too.
	return d1 == 0 && onSegment(a, b, c) || d2 == 0 && onSegment(a, b, d)
}

// onSegment reports whether p, collinear with a-b, lies between them.
func onSegment(a, b, p orb.Point) bool {
	return min(a[0], b[0]) <= p[0] && p[0] <= max(a[0], b[0]) && min(a[1], b[1]) <= p[1] && p[1] <= max(a[1], b[1])
}
