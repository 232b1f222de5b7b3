package maps

import "github.com/paulmach/orb"

// ringContains reports whether p lies inside ring r by the even-odd rule (a ray cast
// to the east, W. R. Franklin's PNPOLY). It is planar.RingContains without the ring's
// bounding box, which that function works out on every call at four times the cost of
// the test itself; callers here have checked the bound already (the index keeps it).
func ringContains(r orb.Ring, p orb.Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

// polygonContains reports whether p lies inside the polygon's outer ring and outside
// its holes.
func polygonContains(pg orb.Polygon, p orb.Point) bool {
	if len(pg) == 0 || !ringContains(pg[0], p) {
		return false
	}
	for _, h := range pg[1:] {
		if ringContains(h, p) {
			return false
		}
	}
	return true
}

// multiPolygonContains reports whether p lies inside any of the polygons.
func multiPolygonContains(mp orb.MultiPolygon, p orb.Point) bool {
	for _, pg := range mp {
		if polygonContains(pg, p) {
			return true
		}
	}
	return false
}
