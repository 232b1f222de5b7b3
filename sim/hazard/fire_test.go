package hazard

import (
	"math"
	"slices"
	"strings"
	"testing"

	"drillsim/maps"
)

// The FBP System by hand for C-2 (boreal spruce) at FFMC 90 and BUI 64 — C-2's BUIo,
// so the buildup effect is 1 — on level ground (ST-X-3 eq. 45, 46, 52, 26, 75-77, 79,
// 89; C-2: a = 110, b = 0.0282, c = 1.5):
//
//	m = 147.2·(101 − 90)/(59.5 + 90) = 10.8308;  f(F) = 91.9·e^(−0.1386 m)·(1 + m^5.31/4.93e7) = 20.6118
//	WS 0 km/h:  ISI = 0.208·f(F) = 4.2873;  ROS = 110·(1 − e^(−0.0282·ISI))^1.5 = 4.2272 m/min, a circle
//	WS 20 km/h: ISI = 0.208·e^(0.05039·20)·f(F) = 11.7452, ROS = 16.4683 m/min; back ISI = 0.208·e^(−0.05039·20)·f(F),
//	            BROS = 0.9867 m/min; LB = 1 + 8.729·(1 − e^(−0.030·20))^2.155 = 2.5707
//	WS 30 km/h: ROS = 30.1572 m/min, BROS = 0.4694 m/min, LB = 3.8352
//
// and without wind on ground rising 30 % (eq. 39-40): SF = e^(3.533·0.3^1.2) = 2.3004,
// so the head runs upslope at RSF = 4.2272 × 2.3004 = 9.7242 m/min.
const (
	c2CalmROS    = 4.227191394319394
	c2ROS20      = 16.468320952219365
	c2BROS20     = 0.9867121109062711
	c2LB20       = 2.57074522440259
	c2ROS30      = 30.15724426874471
	c2BROS30     = 0.4694455831661886
	c2LB30       = 3.8351516740204192
	c2UpslopeROS = 9.724247124270411
)

// c2Weather is the weather of the hand calculation with a wind of ws km/h from fromDeg.
func c2Weather(ws, fromDeg float64) FireWeather {
	return FireWeather{WindKmh: ws, WindFromDeg: fromDeg, FFMC: 90, BUI: 64, FMC: DefaultFMC}
}

// fuelledFire returns a fire over g with every cell holding fuel, in weather w.
func fuelledFire(t testing.TB, g *maps.Terrain, fuel Fuel, w FireWeather) *Fire {
	t.Helper()
	f, err := NewFire(g)
	if err != nil {
		t.Fatal(err)
	}
	for i := range g.Elev {
		if err := f.SetFuel(i, fuel); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetWeather(0, w); err != nil {
		t.Fatal(err)
	}
	return f
}

// burntShape measures the fire's extent along and across the compass bearing (degrees)
// the wind drives it: how far ahead of the ignition cell its head lies and how far
// behind its back, and its width, in metres, from the centres of the cells it has
// reached (each extent widened by half a cell, the cell's own reach).
func burntShape(f *Fire, g *maps.Terrain, ignition int, bearingDeg float64) (head, back, width float64) {
	b := bearingDeg * math.Pi / 180
	ue, un := math.Sin(b), math.Cos(b)
	minAcross, maxAcross := math.Inf(1), math.Inf(-1)
	head, back = math.Inf(-1), math.Inf(-1)
	c0, r0 := ignition%g.Cols, ignition/g.Cols
	for i := range g.Elev {
		if s := f.State(i); s != Burning && s != Burnt {
			continue
		}
		x, y := float64(i%g.Cols-c0)*g.Cell, float64(i/g.Cols-r0)*g.Cell
		along, across := x*ue+y*un, x*un-y*ue
		head, back = max(head, along), max(back, -along)
		minAcross, maxAcross = min(minAcross, across), max(maxAcross, across)
	}
	half := g.Cell / 2
	return head + half, back + half, maxAcross - minAcross + g.Cell
}

// TestFireEllipseInAnyWindDirection burns flat uniform C-2 in a constant wind from
// several bearings, none of them the grid's: the head runs at the FBP rate of spread
// within 5 % and the burnt shape has the FBP length-to-breadth ratio within 10 %.
func TestFireEllipseInAnyWindDirection(t *testing.T) {
	g := flatGrid(420, 420, 10)
	centre := g.Index(210, 210)
	for _, c := range []struct {
		ws, ros, bros, lb float64
	}{{20, c2ROS20, c2BROS20, c2LB20}, {30, c2ROS30, c2BROS30, c2LB30}} {
		minutes := 190 * g.Cell / c.ros // the head 190 cells out
		for _, from := range []float64{270, 253, 238, 225, 200} {
			f := fuelledFire(t, g, NewFuel(C2), c2Weather(c.ws, from))
			if err := f.Ignite(centre, 0); err != nil {
				t.Fatal(err)
			}
			f.Advance(int64(minutes * 60))
			head, back, width := burntShape(f, g, centre, from+180)
			headROS := head / minutes
			lb := (head + back) / width
			t.Logf("wind %v km/h from %v°: head %.3f of FBP, LB %.3f of FBP", c.ws, from, headROS/c.ros, lb/c.lb)
			if math.Abs(headROS/c.ros-1) > 0.05 {
				t.Errorf("wind %v km/h from %v°: head ran at %.2f m/min, FBP gives %.2f", c.ws, from, headROS, c.ros)
			}
			if math.Abs(lb/c.lb-1) > 0.10 {
				t.Errorf("wind %v km/h from %v°: burnt shape %.0f m long, %.0f m wide (LB %.2f), FBP gives LB %.2f", c.ws, from, head+back, width, lb, c.lb)
			}
			if wantBack := c.bros * minutes; back > wantBack+2*g.Cell {
				t.Errorf("wind %v km/h from %v°: backed %.0f m against the wind, FBP gives %.0f m", c.ws, from, back, wantBack)
			}
		}
	}
}

// TestFireWithoutWindBurnsACircle burns flat C-2 without wind: the fire reaches as far
// along the grid's axes as along its diagonals (within 10 %, here within 3 %), at the
// FBP rate of spread.
func TestFireWithoutWindBurnsACircle(t *testing.T) {
	g := flatGrid(161, 161, 10)
	centre := g.Index(80, 80)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(0, 0))
	if err := f.Ignite(centre, 0); err != nil {
		t.Fatal(err)
	}
	const minutes = 150
	f.Advance(minutes * 60)
	reach := func(dc, dr int) float64 {
		far := 0.0
		for k := 1; ; k++ {
			c, r := 80+k*dc, 80+k*dr
			if c < 0 || r < 0 || c >= g.Cols || r >= g.Rows || f.State(g.Index(c, r)) == Unburnt {
				return far
			}
			far = float64(k) * math.Hypot(float64(dc), float64(dr)) * g.Cell
		}
	}
	want := c2CalmROS * minutes
	var radii []float64
	for _, d := range [][2]int{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {1, 1}, {-1, 1}, {-1, -1}, {1, -1}} {
		r := reach(d[0], d[1])
		radii = append(radii, r)
		if math.Abs(r/want-1) > 0.05 {
			t.Errorf("towards (%d,%d) the calm fire reached %.0f m; FBP gives %.0f m", d[0], d[1], r, want)
		}
	}
	axis := (radii[0] + radii[1] + radii[2] + radii[3]) / 4
	diagonal := (radii[4] + radii[5] + radii[6] + radii[7]) / 4
	if math.Abs(diagonal/axis-1) > 0.03 {
		t.Errorf("calm fire reached %.0f m along the axes and %.0f m along the diagonals", axis, diagonal)
	}
}

// TestFireRunsUpslopeAtTheSlopeFactor burns C-2 without wind on a plane rising 30 %
// to the north: the head runs north at the level rate times the FBP spread factor.
func TestFireRunsUpslopeAtTheSlopeFactor(t *testing.T) {
	g := flatGrid(101, 221, 10)
	for i := range g.Elev {
		g.Elev[i] = float32(0.3 * g.Cell * float64(i/g.Cols))
	}
	ignition := g.Index(50, 20)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(0, 0))
	if err := f.Ignite(ignition, 0); err != nil {
		t.Fatal(err)
	}
	minutes := 180 * g.Cell / c2UpslopeROS
	f.Advance(int64(minutes * 60))
	head, back, _ := burntShape(f, g, ignition, 0)
	if rate := head / minutes; math.Abs(rate/c2UpslopeROS-1) > 0.05 {
		t.Errorf("the head ran upslope at %.2f m/min; FBP gives %.2f (level %.2f × SF 2.30)", rate, c2UpslopeROS, c2CalmROS)
	}
	if back >= head/2 {
		t.Errorf("the fire backed %.0f m downslope against %.0f m up", back, head)
	}
}

// TestFireHeadCrossesManyCellsAStep steps a 30 km/h C-2 head fire (30 m/min) on 10 m
// cells a minute at a time: each step it crosses three cells, where a cellular
// automaton would cross one.
func TestFireHeadCrossesManyCellsAStep(t *testing.T) {
	g := flatGrid(200, 40, 10)
	ignition := g.Index(10, 20)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(30, 270))
	if err := f.Ignite(ignition, 0); err != nil {
		t.Fatal(err)
	}
	last := 0.0
	for minute := 1; minute <= 30; minute++ {
		f.Advance(int64(minute) * 60)
		head, _, _ := burntShape(f, g, ignition, 90)
		if minute > 5 {
			if cells := (head - last) / g.Cell; cells < 2 || cells > 4 {
				t.Fatalf("minute %d: the head moved %.1f cells (want about 3)", minute, cells)
			}
		}
		last = head
	}
}

// TestFireWeatherChangeKeepsTheRunMade changes the wind from 20 to 30 km/h halfway:
// the head covers 30 minutes at each rate, the runs under way keeping what they made.
func TestFireWeatherChangeKeepsTheRunMade(t *testing.T) {
	g := flatGrid(300, 60, 10)
	ignition := g.Index(80, 30)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(20, 270))
	if err := f.Ignite(ignition, 0); err != nil {
		t.Fatal(err)
	}
	if err := f.SetWeather(30*60, c2Weather(30, 270)); err != nil {
		t.Fatal(err)
	}
	f.Advance(60 * 60)
	head, _, _ := burntShape(f, g, ignition, 90)
	if want := 30 * (c2ROS20 + c2ROS30); math.Abs(head/want-1) > 0.02 {
		t.Errorf("head at %.0f m after 30 min at 20 km/h and 30 min at 30 km/h; want %.0f m", head, want)
	}
	// A wind turned round drives the fire back over itself and on the other way.
	if err := f.SetWeather(60*60, c2Weather(30, 90)); err != nil {
		t.Fatal(err)
	}
	_, before, _ := burntShape(f, g, ignition, 90)
	f.Advance(70 * 60)
	_, back, _ := burntShape(f, g, ignition, 90)
	if ran, want := back-before, 10*c2ROS30; math.Abs(ran/want-1) > 0.1 {
		t.Errorf("10 min after the wind turned the fire ran %.0f m west; want %.0f m", ran, want)
	}
}

// TestFireStopsAtAFirebreak lays a straight break and a diagonal one, each one cell
// wide, across a wind-driven fire: neither is crossed, not even through a corner.
func TestFireStopsAtAFirebreak(t *testing.T) {
	for _, diagonal := range []bool{false, true} {
		g := flatGrid(80, 80, 10)
		f := fuelledFire(t, g, NewFuel(C2), c2Weather(20, 225)) // driving north-east
		breakAt := func(c, r int) bool {
			if diagonal {
				return c+r == 80
			}
			return c == 40
		}
		for i := range g.Elev {
			if breakAt(i%g.Cols, i/g.Cols) {
				if err := f.SetFuel(i, NewFuel(NonFuel)); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := f.Ignite(g.Index(20, 20), 0); err != nil {
			t.Fatal(err)
		}
		f.Advance(6 * 3600)
		for i := range g.Elev {
			c, r := i%g.Cols, i/g.Cols
			beyond := c > 40
			if diagonal {
				beyond = c+r > 80
			}
			if beyond && f.State(i) != Unburnt {
				t.Fatalf("diagonal %v: the fire crossed the break to (col %d, row %d)", diagonal, c, r)
			}
		}
		if f.BurntCells() == 0 {
			t.Fatal("nothing burnt")
		}
	}
}

// TestFireHeldLineStopsAWeakFrontNotAStrongOne has a crew of 2,000 kW/m hold a line
// across the fire: a calm fire in leafless aspen (D-1, ~140 kW/m) stops at it; a C-2
// head fire in a 30 km/h wind (tens of thousands of kW/m) runs through it.
func TestFireHeldLineStopsAWeakFrontNotAStrongOne(t *testing.T) {
	for _, c := range []struct {
		fuel      Fuel
		w         FireWeather
		minutes   int64
		breached  bool
		intensity float64
	}{
		{NewFuel(D1), FireWeather{FFMC: 90, BUI: 32, FMC: DefaultFMC}, 600, false, 2000},
		{NewFuel(C2), c2Weather(30, 270), 20, true, 2000},
	} {
		g := flatGrid(60, 60, 10)
		f := fuelledFire(t, g, c.fuel, c.w)
		for r := range g.Rows {
			if _, err := f.Suppress(g.Index(35, r), 1<<40, c.intensity); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Ignite(g.Index(25, 30), 0); err != nil {
			t.Fatal(err)
		}
		f.Advance(c.minutes * 60)
		crossed := false
		for r := range g.Rows {
			crossed = crossed || f.State(g.Index(38, r)) != Unburnt
		}
		if crossed != c.breached {
			t.Errorf("%s: line crossed = %v, want %v (head intensity %.0f kW/m)", c.fuel, crossed, c.breached, f.Intensity(g.Index(34, 30)))
		}
	}
}

// TestFireCrewPutsOutWhatItCan works a crew of 2,000 kW/m over a fire: it puts out the
// calm back of a wind-driven C-2 fire but not its head, and reports which.
func TestFireCrewPutsOutWhatItCan(t *testing.T) {
	g := flatGrid(120, 60, 10)
	ignition := g.Index(20, 30)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(20, 270))
	if err := f.Ignite(ignition, 0); err != nil {
		t.Fatal(err)
	}
	f.Advance(15 * 60)
	var hot, cool int
	for _, c := range slices.Clone(f.BurningCells()) {
		ok, err := f.Suppress(int(c), 15*60+600, 2000)
		if err != nil {
			t.Fatal(err)
		}
		if ok != (f.Intensity(int(c)) <= 2000) {
			t.Fatalf("crew acted %v on a cell of %.0f kW/m", ok, f.Intensity(int(c)))
		}
		if ok {
			cool++
		} else {
			hot++
		}
	}
	if hot == 0 || cool == 0 {
		t.Fatalf("want both cells too hot for a hand crew and cells it can take; got %d hot, %d cool", hot, cool)
	}
}

// TestFireContainedBurnsOut contains a running fire: it spreads no further and, once
// mopped up, nothing burns.
func TestFireContainedBurnsOut(t *testing.T) {
	g := flatGrid(100, 100, 10)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(20, 270))
	if err := f.Ignite(g.Index(20, 50), 0); err != nil {
		t.Fatal(err)
	}
	f.Advance(20 * 60)
	f.Contain()
	reached := f.BurntCells() + f.Burning()
	f.Advance(3 * 3600)
	if f.Burning() != 0 || f.BurntCells() != reached {
		t.Errorf("contained fire: %d burning, %d burnt, was %d reached", f.Burning(), f.BurntCells(), reached)
	}
}

// TestFireSpreadFactorScalesTheFront halves the rates: the head covers half the ground.
func TestFireSpreadFactorScalesTheFront(t *testing.T) {
	g := flatGrid(200, 40, 10)
	ignition := g.Index(10, 20)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(20, 270))
	if err := f.SetSpreadFactor(0, 0.5); err != nil {
		t.Fatal(err)
	}
	if err := f.Ignite(ignition, 0); err != nil {
		t.Fatal(err)
	}
	f.Advance(60 * 60)
	head, _, _ := burntShape(f, g, ignition, 90)
	if want := 60 * c2ROS20 / 2; math.Abs(head/want-1) > 0.03 {
		t.Errorf("at half rates the head ran %.0f m in an hour; want %.0f m", head, want)
	}
}

// TestFireIsDeterministicAndClonesApart runs the same fire twice, once through a clone:
// the arrival of every cell is the same to the bit, and the original is untouched by
// its clone burning on.
func TestFireIsDeterministicAndClonesApart(t *testing.T) {
	g := flatGrid(80, 80, 30)
	for i := range g.Elev {
		g.Elev[i] = float32(20 * math.Sin(float64(i%80)/9) * math.Cos(float64(i/80)/7))
	}
	run := func() *Fire {
		f := fuelledFire(t, g, NewFuel(M1), FireWeather{WindKmh: 15, WindFromDeg: 300, FFMC: 91, BUI: 70, FMC: 100})
		if err := f.Ignite(g.Index(40, 40), 0); err != nil {
			t.Fatal(err)
		}
		f.Advance(3600)
		return f
	}
	a, b := run(), run()
	c := a.Clone()
	c.Advance(3 * 3600)
	if !slices.Equal(a.arrival, b.arrival) || !slices.Equal(a.state, b.state) {
		t.Fatal("two runs of the same fire differ")
	}
	a.Advance(3 * 3600)
	if !slices.Equal(a.arrival, c.arrival) {
		t.Fatal("the clone burnt differently from its original")
	}
}

// TestFireAdvanceAllocatesNothing advances a running fire minute by minute and counts
// allocations.
func TestFireAdvanceAllocatesNothing(t *testing.T) {
	g := flatGrid(300, 300, 30)
	f := fuelledFire(t, g, NewFuel(C2), c2Weather(20, 250))
	if err := f.Ignite(g.Index(100, 150), 0); err != nil {
		t.Fatal(err)
	}
	now := int64(0)
	step := func() {
		now += 60
		f.Advance(now)
		f.TakeChanges()
	}
	for range 30 {
		step()
	}
	if allocs := testing.AllocsPerRun(60, step); allocs != 0 {
		t.Errorf("Advance allocated %v times a step", allocs)
	}
}

// TestFireRejectsBadInput checks the errors for what cannot be burnt.
func TestFireRejectsBadInput(t *testing.T) {
	if _, err := NewFire(nil); err == nil {
		t.Error("NewFire(nil) succeeded")
	}
	g := flatGrid(5, 5, 30)
	f, err := NewFire(g)
	if err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"ignite outside":      f.Ignite(25, 0),
		"ignite no fuel":      f.Ignite(3, 0),
		"fuel outside":        f.SetFuel(-1, NewFuel(C2)),
		"fuel percent":        f.SetFuel(1, Fuel{Type: M1, PC: 120}),
		"weather FFMC":        f.SetWeather(0, FireWeather{FFMC: 120, FMC: 100}),
		"weather wind":        f.SetWeather(0, FireWeather{WindKmh: -1, FFMC: 90, FMC: 100}),
		"spread factor":       f.SetSpreadFactor(0, -2),
		"weather in the past": func() error { f.Advance(100); return f.SetWeather(50, c2Weather(10, 0)) }(),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.HasPrefix(err.Error(), "hazard: ") {
			t.Errorf("%s: %v does not say where it comes from", name, err)
		}
	}
}
