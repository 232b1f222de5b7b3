package hazard

import (
	"hash/fnv"
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
	// 12 m, islands above it: under either scheme the water must not move at all.
	rng := rand.New(rand.NewPCG(4, 2))
	g := gridOf(40, 30, 10, func(c, r int) float64 { return float64(rng.IntN(3000)) / 100 })
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		s := newShallow(t, g, 0.03, ShallowOptions{Scheme: scheme, ClosedEdges: true})
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
				t.Fatalf("%v: cell %d: depth %v m (was %v), speed %v m/s; a lake at rest must stay still", scheme, i, s.Depth(i), want, s.Speed(i))
			}
		}
		assertMass(t, s)
	}
}

// ritter is the depth of Ritter's (1892) dam break on a dry frictionless bed: h0 of
// water behind a dam at x0, released at t = 0 (SWASHES, Delestre et al. 2013, section
// 4.1.1): undisturbed upstream of x0 − t·√(g·h0), the rarefaction
// h = (2√(g·h0) − (x − x0)/t)² / 9g up to the front at x0 + 2t·√(g·h0), dry beyond.
func ritter(x, x0, h0, t float64) float64 {
	c0 := math.Sqrt(gravity * h0)
	switch xi := (x - x0) / t; {
	case xi <= -c0:
		return h0
	case xi >= 2*c0:
		return 0
	default:
		return (2*c0 - xi) * (2*c0 - xi) / (9 * gravity)
	}
}

// ritterRun releases Ritter's dam break in a 1 km channel of 0.25 m cells, 1 m of water
// behind a dam at 500 m, under opt, and returns the flood 20 s later.
func ritterRun(t *testing.T, opt ShallowOptions) *Shallow {
	g := gridOf(4000, 1, 0.25, func(c, r int) float64 { return 0 })
	opt.ClosedEdges = true
	s := newShallow(t, g, 0, opt)
	for c := range 2000 {
		_ = s.SetDepth(c, 1)
	}
	s.Advance(20)
	assertMass(t, s)
	return s
}

// ritterReach returns how far past the dam water of at least depth metres reaches in a
// run of ritterRun, and where Ritter puts that depth: 20 s·(2√(g·h0) − 3√(g·depth)).
func ritterReach(s *Shallow, depth float64) (got, want float64) {
	for c := range 4000 {
		if float64(s.Depth(c)) >= depth {
			got = (float64(c)+0.5)*0.25 - 500
		}
	}
	return got, 20 * (2*math.Sqrt(gravity) - 3*math.Sqrt(gravity*depth))
}

func TestShallowFV1MatchesRitterDamBreak(t *testing.T) {
	// The Godunov scheme must place the front of the wave on the dry bed within 5% of
	// Ritter's: the front as the model reports arrival (1 cm of water, ArrivalDepthM),
	// which Ritter's solution puts at 85% of the way to its zero-depth tip at 2√(g·h0)·t;
	// and follow the depth profile from the undisturbed water upstream past the front
	// within 5% of h0. (The thinner tongue ahead converges slowly, as a first-order
	// scheme's does: 1 mm of water reaches 11% short of Ritter's.)
	s := ritterRun(t, ShallowOptions{Scheme: SchemeFV1})
	got, want := ritterReach(s, 0.01)
	if math.Abs(got-want) > 0.05*want {
		t.Errorf("the front (1 cm) %.1f m past the dam after 20 s; Ritter: %.1f m (within 5%%)", got, want)
	}
	worst, sum, n := 0.0, 0.0, 0
	for c := 1400; c < 2600; c++ { // 150 m upstream of the dam to 150 m down, past the front
		x := (float64(c) + 0.5) * 0.25
		e := math.Abs(float64(s.Depth(c)) - ritter(x, 500, 1, 20))
		worst = max(worst, e)
		sum += e
		n++
	}
	if mean := sum / float64(n); mean > 0.05 || worst > 0.05 {
		t.Errorf("depth profile off Ritter's by %.3f m on average, %.3f m at worst; want both within 5%% of the 1 m depth", mean, worst)
	}
}

func TestShallowInertialRitterDamBreakFallsShort(t *testing.T) {
	// The inertial scheme leaves out advection (Bates et al. 2010), which on a dry bed
	// drives the front of a dam break: it follows the upstream rarefaction, whose front
	// travels at √(g·h0), but its downstream front runs at about a third of Ritter's
	// speed (Neal et al. 2012; de Almeida & Bates 2013). This test holds the model to
	// both, so that a change to the scheme shows here: use the Godunov scheme where
	// fronts on dry beds must be timed.
	s := ritterRun(t, ShallowOptions{Theta: 1, Alpha: 0.5})
	c0 := math.Sqrt(gravity)
	for c := range 2000 {
		if s.Depth(c) < 0.99 {
			x := (float64(c) + 0.5) * 0.25
			want := 500 - 20*(3*math.Sqrt(gravity*0.99)-2*c0)
			if travel := 500 - x; math.Abs(travel-(500-want))/(500-want) > 0.05 {
				t.Errorf("the upstream wave (depth 0.99 m) at %.1f m, %.1f m from the dam; Ritter: %.1f m (within 5%%)", x, travel, 500-want)
			}
			break
		}
	}
	got, want := ritterReach(s, 0.01)
	t.Logf("inertial scheme: the front (1 cm) %.1f m past the dam after 20 s, %.0f%% of Ritter's %.1f m", got, 100*got/want, want)
	if got > 0.6*want {
		t.Errorf("inertial front %.1f m, %.0f%% of Ritter's: the docs say it runs at about a third; update them", got, 100*got/want)
	}
}

// thacker is the planar surface oscillating in a parabolic bowl of Thacker (1981, "Some
// exact solutions to the nonlinear shallow-water wave equations", J. Fluid Mech. 107,
// with the parameters of SWASHES, Delestre et al. 2013, section 4.2.2): ground
// z = −h0·(1 − r²/a²) about the bowl's centre, water surface
// η = (σ·h0/a²)·(2x·cos ωt + 2y·sin ωt − σ), ω = √(2g·h0)/a; it returns the depth at
// x, y (from the centre) at time t and the velocity (−σω·sin ωt, σω·cos ωt).
func thacker(x, y, t float64) (depth, u, v float64) {
	const a, h0, sigma = 1.0, 0.1, 0.5
	omega := math.Sqrt(2*gravity*h0) / a
	z := -h0 * (1 - (x*x+y*y)/(a*a))
	eta := sigma * h0 / (a * a) * (2*x*math.Cos(omega*t) + 2*y*math.Sin(omega*t) - sigma)
	return max(0, eta-z), -sigma * omega * math.Sin(omega*t), sigma * omega * math.Cos(omega*t)
}

func TestShallowFV1FollowsThackerOscillation(t *testing.T) {
	// SWASHES' 4 m × 4 m domain on 2 cm cells, started from the exact solution at t = 0
	// and run for a period (T = 2π/ω ≈ 4.49 s): the water sloshes round the bowl, wetting
	// and drying its sides. Its centre of mass goes round Thacker's circle of radius σ
	// and its depths follow his; the first-order scheme's diffusion damps the motion a
	// little each period (the L1 error of depth was 7% at T/2 and 12% at T on these
	// cells, halving as the cells halve), which the tolerances allow and no more.
	const L, cell = 4.0, 0.02
	n := int(L / cell)
	centre := func(c int) float64 { return (float64(c)+0.5)*cell - L/2 }
	g := gridOf(n, n, cell, func(c, r int) float64 {
		x, y := centre(c), centre(r)
		return -0.1 * (1 - (x*x + y*y))
	})
	s := newShallow(t, g, 0, ShallowOptions{Scheme: SchemeFV1, ClosedEdges: true})
	for r := range n {
		for c := range n {
			d, u, v := thacker(centre(c), centre(r), 0)
			if d > 0 {
				i := g.Index(c, r)
				_ = s.SetDepth(i, d)
				s.fv.hu[i], s.fv.hv[i] = d*u, d*v
			}
		}
	}
	omega := math.Sqrt(2 * gravity * 0.1)
	period := 2 * math.Pi / omega
	for _, c := range []struct{ at, depthL1, orbit float64 }{{period / 2, 0.10, 0.05}, {period, 0.15, 0.10}} {
		s.Advance(c.at)
		errSum, depthSum, mx, my := 0.0, 0.0, 0.0, 0.0
		for r := range n {
			for col := range n {
				want, _, _ := thacker(centre(col), centre(r), c.at)
				got := float64(s.Depth(g.Index(col, r)))
				errSum += math.Abs(got - want)
				depthSum += want
				mx += got * centre(col)
				my += got * centre(r)
			}
		}
		if rel := errSum / depthSum; rel > c.depthL1 {
			t.Errorf("t = %.2f s: depths off Thacker's by %.1f%% (L1), want under %.0f%%", c.at, 100*rel, 100*c.depthL1)
		}
		// the water's centre of mass is at σ·(cos ωt, sin ωt) from the bowl's centre
		cx, cy := mx/depthSum, my/depthSum
		if d := math.Hypot(cx-0.5*math.Cos(omega*c.at), cy-0.5*math.Sin(omega*c.at)); d > c.orbit {
			t.Errorf("t = %.2f s: the water's centre of mass (%.3f, %.3f) m is %.3f m off Thacker's, want under %.2f m", c.at, cx, cy, d, c.orbit)
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
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		s := newShallow(t, g, 0.05, ShallowOptions{Scheme: scheme})
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
			t.Errorf("%v: a step allocates %v times, want 0", scheme, allocs)
		}
	}
}

func TestShallowIsDeterministicAndClonesApart(t *testing.T) {
	g := gridOf(50, 40, 10, func(c, r int) float64 { return math.Sin(float64(c)/5) + 0.01*float64(r) })
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		run := func() *Shallow {
			s := newShallow(t, g, 0.04, ShallowOptions{Scheme: scheme})
			src, _ := s.AddInflow(g.Index(25, 30), 15)
			_ = s.SetInflow(src, 20)
			s.Advance(900)
			return s
		}
		a, b := run(), run()
		c := a.Clone()
		state := func(s *Shallow) uint64 {
			h := fnv.New64a()
			s.WriteState(h)
			return h.Sum64()
		}
		before := state(a)
		c.Advance(1800)
		if state(a) != state(b) || state(a) != before {
			t.Fatalf("%v: two runs of the same flood differ, or the clone moved the original", scheme)
		}
		if a.Time() != 900 || c.Time() != 1800 {
			t.Errorf("%v: clone's clock %v moved the original's %v", scheme, c.Time(), a.Time())
		}
		if c.WetCells() <= a.WetCells() {
			t.Errorf("%v: the flood did not spread on from the clone: %d wet cells, %d before", scheme, c.WetCells(), a.WetCells())
		}
		assertMass(t, c)
	}
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
	if _, err := NewShallow(g, []float32{0.03}, nil, ShallowOptions{Scheme: schemeCount}); err == nil {
		t.Error("an unknown scheme accepted")
	}
	if _, err := ParseScheme("fv2"); err == nil {
		t.Error(`scheme "fv2" parsed`)
	}
	for _, name := range []string{"inertial", "fv1"} {
		if s, err := ParseScheme(name); err != nil || s.String() != name {
			t.Errorf("ParseScheme(%q) = %v, %v", name, s, err)
		}
	}
}

func TestCbrtMatchesTheLibrary(t *testing.T) {
	for x := 1e-6; x < 1e6; x *= 1.001 {
		if got, want := cbrt(x), math.Cbrt(x); math.Abs(got-want) > 1e-14*want {
			t.Fatalf("cbrt(%g) = %v, math.Cbrt %v", x, got, want)
		}
	}
}
