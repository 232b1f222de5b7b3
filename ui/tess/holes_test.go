package tess

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// square is the closed ring of the axis-aligned square from (x, y) of side s, wound
// counter-clockwise, or clockwise when cw.
func square(x, y, s float64, cw bool) orb.Ring {
	r := orb.Ring{{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}, {x, y}}
	if cw {
		r = orb.Ring{{x, y}, {x, y + s}, {x + s, y + s}, {x + s, y}, {x, y}}
	}
	return r
}

// covered reports whether point p lies inside one of the triangles tri over ring.
func covered(ring orb.Ring, tri []int32, p orb.Point) bool {
	for i := 0; i+2 < len(tri); i += 3 {
		a, b, c := ring[tri[i]], ring[tri[i+1]], ring[tri[i+2]]
		d1, d2, d3 := cross(a, b, p), cross(b, c, p), cross(c, a, p)
		if d1 >= 0 && d2 >= 0 && d3 >= 0 || d1 <= 0 && d2 <= 0 && d3 <= 0 {
			return true
		}
	}
	return false
}

func TestHolesAreLeftEmpty(t *testing.T) {
	for _, tc := range []struct {
		name    string
		poly    orb.Polygon
		area    float64
		inHoles []orb.Point
		filled  []orb.Point
	}{
		{"courtyard", orb.Polygon{square(0, 0, 10, false), square(3, 3, 4, true)}, 100 - 16,
			[]orb.Point{{5, 5}}, []orb.Point{{1, 1}, {9, 5}, {5, 9}}},
		{"hole wound like its ring", orb.Polygon{square(0, 0, 10, true), square(3, 3, 4, true)}, 100 - 16,
			[]orb.Point{{5, 5}}, []orb.Point{{1, 9}}},
		{"two ponds in a field", orb.Polygon{square(0, 0, 30, false), square(4, 4, 6, true), square(18, 10, 8, true)}, 900 - 36 - 64,
			[]orb.Point{{7, 7}, {22, 14}}, []orb.Point{{15, 15}, {28, 2}, {2, 28}}},
		{"hole behind a hole", orb.Polygon{square(0, 0, 40, false), square(25, 15, 10, true), square(5, 16, 10, true)}, 1600 - 200,
			[]orb.Point{{30, 20}, {10, 21}}, []orb.Point{{20, 20}, {38, 20}, {2, 20}}},
	} {
		ring := BridgeHoles(tc.poly)
		tri, _ := EarClip(ring, nil, nil)
		if got := trianglesArea(ring, tri); math.Abs(got-tc.area) > 1e-6 {
			t.Errorf("%s: the triangles cover %v m², want %v (the ring less its holes)", tc.name, got, tc.area)
		}
		for _, p := range tc.inHoles {
			if covered(ring, tri, p) {
				t.Errorf("%s: %v, in a hole, is filled", tc.name, p)
			}
		}
		for _, p := range tc.filled {
			if !covered(ring, tri, p) {
				t.Errorf("%s: %v, outside the holes, is not filled", tc.name, p)
			}
		}
	}
}

func TestBridgeHolesSurvivesBrokenPolygons(t *testing.T) {
	for _, p := range []orb.Polygon{
		{},
		{square(0, 0, 10, false), {{1, 1}, {2, 2}}},                  // a hole of two points
		{square(0, 0, 10, false), square(20, 20, 4, true)},           // a hole outside its ring
		{square(0, 0, 10, false), square(0, 0, 10, true)},            // a hole as big as its ring
		{square(0, 0, 10, false), {{5, 5}, {math.NaN(), 5}, {6, 6}}}, // NaN
	} {
		ring := BridgeHoles(p)
		tri, _ := EarClip(ring, nil, nil)
		for _, k := range tri {
			if int(k) >= len(ring) {
				t.Fatalf("polygon %v: index %d out of range", p, k)
			}
		}
	}
}
