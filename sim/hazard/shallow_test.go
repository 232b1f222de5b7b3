package hazard

import (
	"math"
	"math/rand/v2"
	"testing"

	"drillsim/maps"
)

// gridOf returns a cols×rows terrain of cell metres whose ground is z(col, row).
func gridOf(cols, rows int, cell float64, z func(c, r int) float64) *maps.Terrain {
	g := &maps.Terrain{Cols: cols, Rows: rows, Cell: cell, Elev: make([]float32, cols*rows)}
	for r := range rows {
		for c := range cols {
			g.Elev[r*cols+c] = float32(z(c, r))
		}
	}
	return g
}

func newShallow(t testing.TB, g *maps.Terrain, n float32, opt ShallowOptions) *Shallow {
	t.Helper()
	s, err := NewShallow(g, []float32{n}, nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// assertMass fails the test when the water unaccounted for is 0.1% or more.
func assertMass(t *testing.T, s *Shallow) {
	t.Helper()
	if e := s.MassError(); math.Abs(e) >= 0.001 {
		t.Errorf("mass error %.3g%%, want under 0.1%%", 100*e)
	}
}

func TestShallowLakeAtRestOverSteepTerrain(t *testing.T) {
	// Spiky ground from 0 to 30 m (slopes up to 3:1 between 10 m cells) under a lake at
	// 12 m, islands above it: the water must not move at all.
	rng := rand.New(rand.NewPCG(4, 2))
	g := gridOf(40, 30, 10, func(c, r int) float64 { return float64(rng.IntN(3000)) / 100 })
	s := newShallow(t, g, 0.03, ShallowOptions{ClosedEdges: true})
	for i, z := range g.Elev {
		if z < 12 {
			if err := s.SetDepth(i, 12-float64(z)); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.Advance(3600)
	for i, z := range g.Elev {
		want := max(0, 12-float64(z))
		if math.Abs(float64(s.Depth(i))-want) > 1e-6 || s.Speed(i) > 1e-6 {
			t.Fatalf("cell %d: depth %v m (was %v), speed %v m/s; a lake at rest must stay still", i, s.Depth(i), want, s.Speed(i))
		}
	}
	assertMass(t, s)
}

func TestShallowRitterDamBreakNegativeWave(t *testing.T) {
	// Ritter's dam break (1892) on a dry frictionless bed: 1 m of water behind a dam at
	// x = 500 m of a 1 km channel, released at t = 0. Upstream the water falls in a
	// rarefaction whose front travels at √(g·h0): where the depth is h it stands at
	// x = 500 − t·(3√(g·h) − 2√(g·h0)). The local-inertial scheme leaves out advection,
	// so (as Neal et al. 2012 and de Almeida & Bates 2013 found) it does not follow the
	// supercritical tongue downstream of the dam nor the rarefaction's shape near it:
	// the front of the upstream wave is what it must place.
	g := gridOf(2000, 1, 0.5, func(c, r int) float64 { return 0 })
	s := newShallow(t, g, 0, ShallowOptions{ClosedEdges: true, Theta: 1, Alpha: 0.5})
	for c := range 1000 {
		_ = s.SetDepth(c, 1)
	}
	const at = 20.0
	s.Advance(at)
	c0 := math.Sqrt(gravity)
	for _, level := range []float64{0.99} {
		x := 0.0
		for c := range 1000 {
			if float64(s.Depth(c)) < level {
				x = (float64(c) + 0.5) * 0.5
				break
			}
		}
		want := 500 - at*(3*math.Sqrt(gravity*level)-2*c0)
		if travel := 500 - x; math.Abs(travel-(500-want))/(500-want) > 0.05 {
			t.Errorf("the wave front (depth %v m) at %.1f m, %.1f m from the dam; Ritter: %.1f m (within 5%%)", level, x, travel, 500-want)
		}
	}
	assertMass(t, s)
}

func TestShallowFrontOverFrictionalPlaneMatchesHunter(t *testing.T) {
	// Bates et al. (2010, section 4.1): a front driven at u = 1 m/s over a horizontal
	// plane with Manning's n = 0.01 has, behind it, the depth of Hunter et al. (2005)
	// h(x, t) = [(7/3)·n²·u²·(u·t − x)]^(3/7); at x = 0 that is the boundary's depth,
	// given here as the inflow u·h(0, t) per metre of width.
	const n, u, cell = 0.01, 1.0, 10.0
	g := gridOf(600, 1, cell, func(c, r int) float64 { return 0 })
	s := newShallow(t, g, n, ShallowOptions{ClosedEdges: true})
	src, err := s.AddInflowCells([]int{0})
	if err != nil {
		t.Fatal(err)
	}
	hunter := func(x, t float64) float64 {
		if x >= u*t {
			return 0
		}
		return math.Pow(7.0/3*n*n*u*u*(u*t-x), 3.0/7)
	}
	for step := 0.0; step < 3600; step += 5 {
		_ = s.SetInflow(src, u*hunter(0, step+2.5)*cell)
		s.Advance(step + 5)
	}
	for _, x := range []float64{500, 1500, 2500, 3000} {
		c := int(x / cell)
		want := hunter(x, 3600)
		if got := float64(s.Depth(c)); math.Abs(got-want) > 0.05*want+0.005 {
			t.Errorf("at %v m after 1 h: depth %.3f m, Hunter's %.3f m", x, got, want)
		}
	}
	assertMass(t, s)
}

func TestShallowStepAllocatesNothing(t *testing.T) {
	g := gridOf(64, 64, 5, func(c, r int) float64 { return 0.001 * float64(c) })
	s := newShallow(t, g, 0.05, ShallowOptions{})
	src, _ := s.AddInflow(g.Index(32, 32), 10)
	_ = s.SetInflow(src, 5)
	_ = s.SetRain(30)
	s.Advance(60)
	now := s.Time()
	allocs := testing.AllocsPerRun(50, func() {
		now += 10
		s.Advance(now)
	})
	if allocs != 0 {
		t.Errorf("a step allocates %v times, want 0", allocs)
	}
}

func TestShallowIsDeterministicAndClonesApart(t *testing.T) {
	g := gridOf(50, 40, 10, func(c, r int) float64 { return math.Sin(float64(c)/5) + 0.01*float64(r) })
	run := func() *Shallow {
		s := newShallow(t, g, 0.04, ShallowOptions{})
		src, _ := s.AddInflow(g.Index(25, 30), 15)
		_ = s.SetInflow(src, 20)
		s.Advance(900)
		return s
	}
	a, b := run(), run()
	c := a.Clone()
	c.Advance(1800)
	for i := range g.Elev {
		if a.Depth(i) != b.Depth(i) || a.Speed(i) != b.Speed(i) {
			t.Fatalf("cell %d differs between two runs of the same flood", i)
		}
	}
	if a.Time() != 900 || c.Time() != 1800 {
		t.Errorf("clone's clock %v moved the original's %v", c.Time(), a.Time())
	}
	assertMass(t, c)
}

func TestShallowRejectsBadInput(t *testing.T) {
	g := gridOf(3, 3, 10, func(c, r int) float64 { return 0 })
	if _, err := NewShallow(g, []float32{-1}, nil, ShallowOptions{}); err == nil {
		t.Error("negative Manning's n accepted")
	}
	if _, err := NewShallow(g, []float32{0.03, 0.03}, nil, ShallowOptions{}); err == nil {
		t.Error("two roughness values for nine cells accepted")
	}
	if _, err := NewShallow(g, []float32{0.03}, []float32{1.5}, ShallowOptions{}); err == nil {
		t.Error("a runoff share above 1 accepted")
	}
	s := newShallow(t, g, 0.03, ShallowOptions{})
	if _, err := s.AddInflow(9, 0); err == nil {
		t.Error("inflow outside the grid accepted")
	}
	if err := s.SetInflow(0, 1); err == nil {
		t.Error("a flow for an inflow never added accepted")
	}
	if err := s.SetRain(math.NaN()); err == nil {
		t.Error("NaN rain accepted")
	}
}
