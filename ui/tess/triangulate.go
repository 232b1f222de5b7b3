// Package tess tessellates the map's areas for drawing: polygons with holes cut into
// one ring, and rings cut into triangles by ear clipping. It draws nothing, so it is
// tested without a display.
package tess

import "github.com/paulmach/orb"

// EarClip triangulates the simple polygon ring (closed or not, either winding) by ear
// clipping and appends to dst the triangles as index triples into ring's points, in
// O(n²) for n points (BridgeHoles turns a polygon with holes into one ring). A ring
// that is not simple (self-touching, degenerate) is finished as a fan, so every input gives
// triangles covering it.
func EarClip(ring orb.Ring, dst []int32, work []int32) ([]int32, []int32) {
	n := len(ring)
	if n > 1 && ring[0] == ring[n-1] {
		n--
	}
	if n < 3 {
		return dst, work
	}
	work = work[:0]
	for i := range n {
		work = append(work, int32(i))
	}
	ccw := signedArea(ring[:n]) > 0
	for guard := 0; len(work) > 3 && guard < 2*n*n; guard++ {
		m := len(work)
		clipped := false
		for i := range m {
			a, b, c := work[(i+m-1)%m], work[i], work[(i+1)%m]
			if !isEar(ring, work, a, b, c, ccw) {
				continue
			}
			dst = append(dst, a, b, c)
			work = append(work[:i], work[i+1:]...)
			clipped = true
			break
		}
		if !clipped {
			break
		}
	}
	for i := 1; i+1 < len(work); i++ {
		dst = append(dst, work[0], work[i], work[i+1])
	}
	return dst, work
}

// signedArea is twice the signed area of the points, positive counter-clockwise.
func signedArea(pts []orb.Point) float64 {
	s := 0.0
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		s += p[0]*q[1] - q[0]*p[1]
	}
	return s
}

// cross is the z of (b-a)×(c-a): positive when a, b, c turn counter-clockwise.
func cross(a, b, c orb.Point) float64 {
	return (b[0]-a[0])*(c[1]-a[1]) - (b[1]-a[1])*(c[0]-a[0])
}

// isEar reports whether the corner a-b-c of the remaining polygon is convex and holds
// no other remaining point.
func isEar(ring orb.Ring, rest []int32, a, b, c int32, ccw bool) bool {
	pa, pb, pc := ring[a], ring[b], ring[c]
	turn := cross(pa, pb, pc)
	if (ccw && turn <= 0) || (!ccw && turn >= 0) {
		return false
	}
	for _, k := range rest {
		if k == a || k == b || k == c {
			continue
		}
		p := ring[k]
		if p == pa || p == pb || p == pc {
			continue
		}
		d1, d2, d3 := cross(pa, pb, p), cross(pb, pc, p), cross(pc, pa, p)
		if ccw && d1 >= 0 && d2 >= 0 && d3 >= 0 || !ccw && d1 <= 0 && d2 <= 0 && d3 <= 0 {
			return false
		}
	}
	return true
}
