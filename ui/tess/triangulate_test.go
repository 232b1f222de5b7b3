package tess

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// trianglesArea sums the areas of the triangles tri over ring's points.
func trianglesArea(ring orb.Ring, tri []int32) float64 {
	s := 0.0
	for i := 0; i+2 < len(tri); i += 3 {
		s += math.Abs(cross(ring[tri[i]], ring[tri[i+1]], ring[tri[i+2]])) / 2
	}
	return s
}

func TestEarClipCoversThePolygonExactly(t *testing.T) {
	for _, tc := range []struct {
		name string
		ring orb.Ring
	}{
		{"square", orb.Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}},
		{"clockwise square", orb.Ring{{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}},
		{"L shape", orb.Ring{{0, 0}, {20, 0}, {20, 5}, {5, 5}, {5, 20}, {0, 20}, {0, 0}}},
		{"comb", orb.Ring{{0, 0}, {30, 0}, {30, 20}, {25, 20}, {25, 5}, {20, 5}, {20, 20}, {15, 20}, {15, 5}, {10, 5}, {10, 20}, {0, 20}}},
	} {
		tri, _ := EarClip(tc.ring, nil, nil)
		pts := tc.ring
		if pts[0] == pts[len(pts)-1] {
			pts = pts[:len(pts)-1]
		}
		want := math.Abs(signedArea(pts)) / 2
		if got := trianglesArea(tc.ring, tri); math.Abs(got-want) > 1e-9 {
			t.Errorf("%s: triangles cover %v m², the polygon %v m² (overlap or gap)", tc.name, got, want)
		}
		if len(tri) != 3*(len(pts)-2) {
			t.Errorf("%s: %d triangles, want n-2 = %d", tc.name, len(tri)/3, len(pts)-2)
		}
	}
}

func TestEarClipSurvivesDegenerateRings(t *testing.T) {
	for _, ring := range []orb.Ring{
		nil,
		{{0, 0}, {1, 1}},
		{{0, 0}, {1, 0}, {2, 0}, {0, 0}}, // collinear
		{{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}},  // bow tie
		{{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}}, // repeated point
		{{0, 0}, {math.NaN(), 0}, {10, 10}, {0, 10}},  // NaN
	} {
		tri, _ := EarClip(ring, nil, nil)
		for _, k := range tri {
			if int(k) >= len(ring) {
				t.Fatalf("ring %v: index %d out of range", ring, k)
			}
		}
	}
}
