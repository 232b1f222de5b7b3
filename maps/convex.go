package maps

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// convexHull returns the convex hull of pts as a closed counter-clockwise ring, by
// Andrew's monotone chain (A. M. Andrew, "Another efficient algorithm for convex hulls
// in two dimensions", Information Processing Letters 9(5), 1979), O(n log n). Fewer
// than three distinct points not all on a line give nil. pts is reordered.
func convexHull(pts []orb.Point) orb.Ring {
	slices.SortFunc(pts, func(a, b orb.Point) int {
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		return cmp.Compare(a[1], b[1])
	})
	pts = slices.Compact(pts)
	if len(pts) < 3 {
		return nil
	}
	hull := make(orb.Ring, 0, 2*len(pts))
	for _, p := range pts { // lower hull
		for len(hull) >= 2 && cross(hull[len(hull)-2], hull[len(hull)-1], p) <= 0 {
			hull = hull[:len(hull)-1]
		}
		hull = append(hull, p)
	}
	lower := len(hull) + 1
	for i := len(pts) - 2; i >= 0; i-- { // upper hull
		p := pts[i]
		for len(hull) >= lower && cross(hull[len(hull)-2], hull[len(hull)-1], p) <= 0 {
			hull = hull[:len(hull)-1]
		}
		hull = append(hull, p)
	}
	if len(hull) < 4 { // all on one line
		return nil
	}
	return hull // the last point is the first again
}

// cross is the z component of (b-a)×(c-a): positive when a, b, c turn left.
func cross(a, b, c orb.Point) float64 {
	return (b[0]-a[0])*(c[1]-a[1]) - (b[1]-a[1])*(c[0]-a[0])
}

// clipHalfPlane keeps the part of the convex ring r where (p-a)·n <= 0 (the side of the
// line through a with normal n that n points away from), by one Sutherland-Hodgman step
// (I. E. Sutherland and G. W. Hodgman, "Reentrant polygon clipping", CACM 17(1), 1974).
// The result is a closed ring, or nil when nothing is left.
func clipHalfPlane(r orb.Ring, a, n orb.Point) orb.Ring {
	if len(r) < 4 {
		return nil
	}
	side := func(p orb.Point) float64 { return (p[0]-a[0])*n[0] + (p[1]-a[1])*n[1] }
	out := make(orb.Ring, 0, len(r)+1)
	for i := 0; i+1 < len(r); i++ {
		p, q := r[i], r[i+1]
		sp, sq := side(p), side(q)
		if sp <= 0 {
			out = append(out, p)
		}
		if (sp < 0 && sq > 0) || (sp > 0 && sq < 0) {
			t := sp / (sp - sq)
			out = append(out, orb.Point{p[0] + t*(q[0]-p[0]), p[1] + t*(q[1]-p[1])})
		}
	}
	if len(out) < 3 {
		return nil
	}
	return append(out, out[0])
}

// clipConvex returns the part of the convex ring r inside the convex counter-clockwise
// ring clip.
func clipConvex(r, clip orb.Ring) orb.Ring {
	for i := 0; i+1 < len(clip) && r != nil; i++ {
		a, b := clip[i], clip[i+1]
		// Inside a counter-clockwise ring is to the left of each edge: the outward
		// normal of edge a→b is (dy, -dx).
		r = clipHalfPlane(r, a, orb.Point{b[1] - a[1], -(b[0] - a[0])})
	}
	return r
}

// regularPolygon is a closed counter-clockwise ring of n corners at radius r around c.
func regularPolygon(c orb.Point, r float64, n int) orb.Ring {
	ring := make(orb.Ring, n+1)
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		ring[i] = orb.Point{c[0] + r*math.Cos(a), c[1] + r*math.Sin(a)}
	}
	ring[n] = ring[0]
	return ring
}
