package hazard

import (
	"math"
	"testing"
)

func TestShallowLevelBoundaryHoldsALakeAtItsLevel(t *testing.T) {
	// A lake at 5 m over ground from 0 to 4 m, closed but for its west edge, beyond
	// which the water stands at the lake's own level: nothing may move, come in or go
	// out.
	t.Parallel()
	g := gridOf(30, 20, 10, func(c, r int) float64 { return float64((c*7+r*13)%40) / 10 })
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		t.Run(scheme.String(), func(t *testing.T) {
			s := newShallow(t, g, 0.03, ShallowOptions{Scheme: scheme, ClosedEdges: true})
			for i, z := range g.Elev {
				if err := s.SetDepth(i, 5-float64(z)); err != nil {
					t.Fatal(err)
				}
			}
			k, err := s.AddLevelBoundary(West, 0, g.Rows-1)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.SetLevel(k, 5); err != nil {
				t.Fatal(err)
			}
			s.Advance(3600)
			for i, z := range g.Elev {
				if d := math.Abs(float64(z) + float64(s.Depth(i)) - 5); d > 1e-6 || s.Speed(i) > 1e-6 {
					t.Fatalf("cell %d: level off 5 m by %.2g m, speed %.2g m/s after 1 h", i, d, s.Speed(i))
				}
			}
			if in, out := s.Inflowed(); in > 1e-6 || out > 1e-6 {
				t.Errorf("%.3g m³ came in and %.3g m³ went out across a boundary at the lake's level", in, out)
			}
		})
	}
}

func TestShallowLevelBoundaryFillsABasinToItsLevel(t *testing.T) {
	// A dry closed bowl 1 to 3 m deep, a channel 1.5 m deep running from it to its east
	// edge, which opens on water rising from 1 m to 2.5 m in 10 min: the bowl fills
	// until its water stands level with the water outside, and what came in is what the
	// ground holds below 2.5 m.
	t.Parallel()
	const cell, level = 10.0, 2.5
	g := gridOf(40, 30, cell, func(c, r int) float64 {
		if c >= 20 && r >= 12 && r < 18 {
			return 1.5
		}
		x, y := (float64(c)-20)/20, (float64(r)-15)/15
		return 1 + 2*math.Min(1, x*x+y*y)
	})
	holds := 0.0
	for _, z := range g.Elev {
		holds += math.Max(0, level-float64(z)) * cell * cell
	}
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		t.Run(scheme.String(), func(t *testing.T) {
			s := newShallow(t, g, 0.03, ShallowOptions{Scheme: scheme, ClosedEdges: true})
			k, err := s.AddLevelBoundary(East, 12, 17)
			if err != nil {
				t.Fatal(err)
			}
			for now := 0.0; now < 6*3600; now += 30 {
				if err := s.SetLevel(k, math.Min(level, 1+1.5*now/600)); err != nil {
					t.Fatal(err)
				}
				s.Advance(now + 30)
			}
			assertMass(t, s)
			in, out := s.Inflowed()
			if got := in - out; math.Abs(got-holds) > 0.002*holds {
				t.Errorf("%.0f m³ net came in; the bowl holds %.0f m³ below %.1f m", got, holds, level)
			}
			for i, z := range g.Elev {
				if float64(z) < level-0.01 {
					if l := float64(z) + float64(s.Depth(i)); math.Abs(l-level) > 0.002 {
						t.Fatalf("cell %d: water at %.4f m, want the boundary's %.1f m", i, l, level)
					}
				}
			}
			t.Logf("%.0f m³ in, %.0f m³ out, the bowl holds %.0f m³; %d steps", in, out, holds, s.Steps())
		})
	}
}

func TestShallowLevelBoundaryErrors(t *testing.T) {
	t.Parallel()
	g := gridOf(5, 4, 10, func(c, r int) float64 { return 0 })
	s := newShallow(t, g, 0.03, ShallowOptions{})
	if _, err := s.AddLevelBoundary(West, 0, 4); err == nil {
		t.Error("a level boundary past the west edge's 4 rows was taken")
	}
	if _, err := s.AddLevelBoundary(South, 3, 1); err != nil {
		t.Errorf("columns 3 to 1 of the south edge: %v", err)
	}
	if _, err := s.AddLevelBoundary(South, 0, 1); err == nil {
		t.Error("a cell on two level boundaries was taken")
	}
	if err := s.SetLevel(1, 2); err == nil {
		t.Error("the level of a boundary never added was set")
	}
	if err := s.SetLevel(0, math.NaN()); err == nil {
		t.Error("a NaN level was taken")
	}
}
