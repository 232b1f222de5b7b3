package ui

import (
	"math"
	"testing"
)

func TestSmallSymbolCirclesTakeHalfTheTriangles(t *testing.T) {
	for _, c := range []struct {
		r         float32
		triangles int
	}{{2.5, smallCircleSegments}, {smallCircleRadius, smallCircleSegments}, {9, circleSegments}} {
		var s Symbols
		s.Circle(100, 50, c.r, colorUnit)
		if got := len(s.batch.indices) / 3; got != c.triangles {
			t.Errorf("a circle of radius %v px has %d triangles, want %d", c.r, got, c.triangles)
		}
		if len(s.batch.vertices) != c.triangles+1 {
			t.Errorf("a circle of radius %v px has %d vertices, want its centre and %d corners", c.r, len(s.batch.vertices), c.triangles)
		}
		for i, v := range s.batch.vertices[1:] {
			if d := math.Hypot(float64(v.DstX-100), float64(v.DstY-50)); math.Abs(d-float64(c.r)) > 1e-3 {
				t.Errorf("corner %d of a circle of radius %v px is %.4f px from its centre", i, c.r, d)
			}
		}
		for _, i := range s.batch.indices {
			if int(i) >= len(s.batch.vertices) {
				t.Fatalf("a circle of radius %v px indexes vertex %d of %d", c.r, i, len(s.batch.vertices))
			}
		}
	}
}
