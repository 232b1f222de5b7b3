package hazard

import (
	"math"
	"testing"

	"drillsim/maps"
)

// TestSlopeDegPlane checks the slope of planes of known gradient: z = x·tan θ rises at θ
// at every cell off the grid's edge.
func TestSlopeDegPlane(t *testing.T) {
	for _, want := range []float64{0, 10, 25, 45, 60} {
		g := &maps.Terrain{Cols: 5, Rows: 4, Cell: 30}
		g.Elev = make([]float32, g.Cols*g.Rows)
		for r := range g.Rows {
			for c := range g.Cols {
				g.Elev[g.Index(c, r)] = float32(float64(c) * g.Cell * math.Tan(want*math.Pi/180))
			}
		}
		for _, c := range []int{g.Index(1, 1), g.Index(2, 1), g.Index(3, 2)} {
			if got := SlopeDeg(g, c); math.Abs(got-want) > 1e-3 {
				t.Errorf("plane of %g°: cell %d has slope %.4f°", want, c, got)
			}
		}
	}
}
