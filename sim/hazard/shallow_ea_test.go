package hazard

import (
	"fmt"
	"math"
	"testing"

	"drillsim/maps"
)

// eaTest4Point is an output point of the UK Environment Agency's 2D benchmark test 4
// and what two published runs of it found there.
type eaTest4Point struct {
	x, y float64
	// arrival brackets the moment 1 cm of water arrived, in seconds: from the last
	// output sample below 1 cm to the first at or above it, over both runs.
	arrival [2]float64
	// peak brackets the deepest water, in metres, over both runs.
	peak [2]float64
}

// eaTest4Points are test 4's six output points (Néelz & Pender 2013, Environment
// Agency report SC120002, section 4.5; the 2010 report SC080035 defines the same test)
// with the results of LISFLOOD-FP 8.0, one of the packages benchmarked there, as Shaw
// et al. (2021, Geosci. Model Dev. 14) published them with their inputs (Zenodo
// 10.5281/zenodo.4066824, CC-BY-4.0: ea4-5m-dg2.stage, its discontinuous-Galerkin
// scheme on the test's 5 m grid, and ea4-1m-acc.stage, its inertial scheme on a 1 m
// grid). The two runs differ by under 2% in peak depth and a sample interval in
// arrival.
var eaTest4Points = []eaTest4Point{
	{50, 1000, [2]float64{600.2, 700.2}, [2]float64{0.3251, 0.3293}},
	{100, 1000, [2]float64{900.2, 1020.6}, [2]float64{0.2745, 0.2771}},
	{200, 1000, [2]float64{1800.0, 1900.2}, [2]float64{0.2275, 0.2288}},
	{300, 1000, [2]float64{2700.1, 2800.2}, [2]float64{0.2002, 0.2010}},
	{400, 1000, [2]float64{3600.2, 3720.2}, [2]float64{0.1800, 0.1805}},
	{300, 1300, [2]float64{3900.0, 4020.1}, [2]float64{0.1755, 0.1761}},
}

// eaTest4Inflow is test 4's inflow hydrograph in m³/s at second t (the test's
// ea4.bdy: none until 300 s, rising linearly to 20 m³/s at 1 h, held to 4 h, falling
// to none at 5 h).
func eaTest4Inflow(t float64) float64 {
	switch {
	case t <= 300:
		return 0
	case t < 3600:
		return 20 * (t - 300) / 3300
	case t <= 14400:
		return 20
	case t < 18000:
		return 20 * (18000 - t) / 3600
	}
	return 0
}

func TestEATest4WaveSpeedOverAPlain(t *testing.T) {
	// Test 4, "speed of flood propagation over an extended floodplain", built from its
	// specification: a horizontal floodplain 1000 m (x) by 2000 m (y) at datum, 5 m
	// cells, Manning's n 0.05 everywhere, dry at first, the inflow along the 20 m of the
	// western edge at y 990–1010 m, every other boundary closed, 5 h simulated. At each
	// output point the water must arrive (1 cm) and peak where the published runs say,
	// within 10% either side of them: the agreement Neal et al. (2012, "How much
	// physical complexity is needed to model flood inundation?", Hydrological Processes
	// 26) found between LISFLOOD-FP's inertial and shallow-water schemes and the
	// industry packages on the report's tests of gradually varied flow.
	//
	// The test is symmetric about the line y = 1000 m through the middle of the inflow
	// (the ground flat, the inflow centred on it, the edges closed), so the flood is
	// computed on the northern half, y 1000–2000 m, with the line a closed edge (a wall
	// mirrors the water as the other half would) and half the inflow along its 10 m:
	// half the work for the same water.
	t.Parallel()
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		t.Run(scheme.String(), func(t *testing.T) {
			t.Parallel()
			const south = 1000.0 // y of the half's southern edge
			g := gridOf(200, 200, 5, func(c, r int) float64 { return 0 })
			s := newShallow(t, g, 0.05, ShallowOptions{Scheme: scheme, ClosedEdges: true})
			src, err := s.AddInflowCells([]int{g.Index(0, 0), g.Index(0, 1)})
			if err != nil {
				t.Fatal(err)
			}
			// an output point lies on the corner of four cells: their mean depth (on the
			// line of symmetry, the two cells north of it and their mirrors)
			depthAt := func(p eaTest4Point) float64 {
				c, r := int(p.x/5), int((p.y-south)/5)
				if r == 0 {
					return float64(s.Depth(g.Index(c-1, 0))+s.Depth(g.Index(c, 0))) / 2
				}
				return float64(s.Depth(g.Index(c-1, r-1))+s.Depth(g.Index(c, r-1))+s.Depth(g.Index(c-1, r))+s.Depth(g.Index(c, r))) / 4
			}
			arrival := make([]float64, len(eaTest4Points))
			peak := make([]float64, len(eaTest4Points))
			for i := range arrival {
				arrival[i] = -1
			}
			const step = 30.0 // the published runs wrote every 60 s and 100 s
			for now := 0.0; now < 18000; now += step {
				_ = s.SetInflow(src, 0.25*(eaTest4Inflow(now)+eaTest4Inflow(now+step))) // half of the mean
				s.Advance(now + step)
				for i, p := range eaTest4Points {
					d := depthAt(p)
					peak[i] = max(peak[i], d)
					if d >= 0.01 && arrival[i] < 0 {
						arrival[i] = now + step
					}
				}
			}
			for i, p := range eaTest4Points {
				name := fmt.Sprintf("point %d (%g, %g)", i+1, p.x, p.y)
				lo, hi := 0.9*p.arrival[0], 1.1*p.arrival[1]
				if arrival[i] < lo || arrival[i] > hi {
					t.Errorf("%s: water arrived at %.0f s; published %.0f–%.0f s, so %.0f–%.0f s", name, arrival[i], p.arrival[0], p.arrival[1], lo, hi)
				}
				lo, hi = 0.9*p.peak[0], 1.1*p.peak[1]
				if peak[i] < lo || peak[i] > hi {
					t.Errorf("%s: peak depth %.3f m; published %.3f–%.3f m, so %.3f–%.3f m", name, peak[i], p.peak[0], p.peak[1], lo, hi)
				}
				t.Logf("%s: arrival %.0f s (published %.0f–%.0f), peak %.3f m (published %.3f–%.3f)", name, arrival[i], p.arrival[0], p.arrival[1], peak[i], p.peak[0], p.peak[1])
			}
			if e := s.MassError(); math.Abs(e) >= 0.001 {
				t.Errorf("mass error %.3g%%, want under 0.1%%", 100*e)
			}
		})
	}
}

// eaTest2Ground is the ground of the Environment Agency's test 2, "filling of floodplain
// depressions", in metres at x, y metres from the domain's south-west corner, as Néelz &
// Pender (2013, section 4.3) specify it: a 2000 m square, a 4 × 4 matrix of identical
// depressions about 0.5 m deep obtained by multiplying sinusoids west to east and north
// to south, on a plane falling 1:1,500 to the south and 1:3,000 to the east (about 2 m
// from the north-west corner to the south-east one). The depressions are centred on the
// test's 16 output points (the dataset's Test2output.csv: 250 m to 1750 m each way, 500 m
// apart), and 0.5 m deep there.
func eaTest2Ground(x, y float64) float64 {
	sx, sy := math.Sin(math.Pi*x/500), math.Sin(math.Pi*y/500)
	return 10 - x/3000 - (2000-y)/1500 - 0.5*sx*sx*sy*sy
}

// eaTest2Inflow is test 2's inflow hydrograph in m³/s at second t, from the test's
// dataset (Test2_BC.csv): none for 5 min, 20 m³/s from 10 min to 86 min, none again from
// 91 min; 97,200 m³ in all.
func eaTest2Inflow(t float64) float64 {
	switch m := t / 60; {
	case m <= 5 || m >= 91:
		return 0
	case m < 10:
		return 20 * (m - 5) / 5
	case m <= 86:
		return 20
	default:
		return 20 * (91 - m) / 5
	}
}

// spillLevels returns, for every cell of g, the lowest water level at which water
// standing there joins the grid's lowest cell through cells' sides: a depression's sill
// for the cells it holds, the ground itself elsewhere. It is the Priority-Flood of
// Barnes, Lehman & Mulla (2014) grown from that lowest cell, written apart from the
// package's so that the test checks the flood against an independent account of the
// ground.
func spillLevels(g *maps.Terrain) []float64 {
	level := make([]float64, len(g.Elev))
	for i := range level {
		level[i] = math.Inf(1)
	}
	low := 0
	for i, z := range g.Elev {
		if z < g.Elev[low] {
			low = i
		}
	}
	level[low] = float64(g.Elev[low])
	var open cellHeap
	open.Push(float32(level[low]), int32(low))
	for open.Len() > 0 {
		c := open.Pop()
		i := int(c.cell)
		if float64(c.level) > level[i] {
			continue
		}
		col, row := i%g.Cols, i/g.Cols
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nc, nr := col+d[0], row+d[1]
			if nc < 0 || nr < 0 || nc >= g.Cols || nr >= g.Rows {
				continue
			}
			n := g.Index(nc, nr)
			if l := max(float64(g.Elev[n]), level[i]); l < level[n] {
				level[n] = l
				open.Push(float32(l), int32(n))
			}
		}
	}
	return level
}

func TestEATest2FillsFloodplainDepressions(t *testing.T) {
	// Test 2 built from its specification: the ground of eaTest2Ground on the test's
	// 20 m cells, Manning's n 0.03, dry at first, the inflow along the 100 m of the
	// western edge running south from the north-west corner, every boundary closed,
	// 48 h simulated for the water to settle. What the test evaluates is the final
	// extent and depth of low-momentum flow over complex ground: at rest, no pond stands
	// above the sill it would spill over (the ground fixes each sill; spillLevels finds
	// them apart from the flood; the lowest depression, where all the water ends, has
	// none), the depression the water comes into is full to its
	// sill (97,200 m³ is over ten times what it holds), nearly all the water lies in
	// depressions rather than on the slopes between them, the water is still, and it
	// is all there.
	t.Parallel()
	const cell, side = 20.0, 2000.0
	n := int(side / cell)
	g := gridOf(n, n, cell, func(c, r int) float64 {
		return eaTest2Ground((float64(c)+0.5)*cell, (float64(r)+0.5)*cell)
	})
	sill := spillLevels(g)
	// A 20 m cell spans 1.3 cm of the 1:1,500 slope: on this grid a sill is known to
	// about that, and a pond over it drains through water that thin only slowly.
	const sillTolerance = 0.02
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		t.Run(scheme.String(), func(t *testing.T) {
			t.Parallel()
			s := newShallow(t, g, 0.03, ShallowOptions{Scheme: scheme, ClosedEdges: true})
			var line []int
			for r := n - int(100/cell); r < n; r++ {
				line = append(line, g.Index(0, r))
			}
			src, err := s.AddInflowCells(line)
			if err != nil {
				t.Fatal(err)
			}
			const step, end = 60.0, 48 * 3600.0
			for now := 0.0; now < end; now += step {
				_ = s.SetInflow(src, 0.5*(eaTest2Inflow(now)+eaTest2Inflow(now+step)))
				s.Advance(now + step)
			}
			in, _ := s.Inflowed()
			if math.Abs(in-97200) > 1 {
				t.Errorf("%.0f m³ came in, the hydrograph holds 97,200 m³", in)
			}
			assertMass(t, s)
			ponded, fastest, speeds, wet := 0.0, float32(0), 0.0, 0
			for i := range g.Elev {
				d := float64(s.Depth(i))
				if d > 0 && sill[i] > float64(g.Elev[i]) {
					ponded += d * cell * cell
				}
				if d >= 0.01 {
					fastest = max(fastest, s.Speed(i))
					wet++
					speeds += float64(s.Speed(i))
				}
			}
			if share := ponded / s.Volume(); share < 0.95 {
				t.Errorf("%.1f%% of the water stands in depressions after 48 h, want at least 95%%", 100*share)
			}
			// At rest: the ponds still, but for the last of the water draining over their
			// sills, 1–2 cm deep, which Manning's equation lets run at a few cm/s.
			if mean := speeds / float64(wet); mean > 0.002 || fastest > 0.05 {
				t.Errorf("water 1 cm deep or more runs at %.4f m/s on average and %.3f m/s at most after 48 h; want it at rest (under 2 mm/s on average, 5 cm/s anywhere)", mean, fastest)
			}
			full := 0
			for k := range 16 {
				x, y := 250+500*float64(k/4), 250+500*float64(k%4) // the report's numbering: south to north, west to east
				i := g.Index(int(x/cell), int(y/cell))
				depth := float64(s.Depth(i))
				level := float64(g.Elev[i]) + depth
				name := fmt.Sprintf("point %d (%g, %g)", k+1, x, y)
				if depth >= 0.01 && sill[i] > float64(g.Elev[i]) && level > sill[i]+sillTolerance {
					t.Errorf("%s: the water stands at %.3f m, above the sill of its depression at %.3f m", name, level, sill[i])
				}
				if depth >= 0.01 && level >= sill[i]-sillTolerance {
					full++
				}
				if k == 3 && level < sill[i]-sillTolerance {
					t.Errorf("%s, the depression the inflow comes into: water at %.3f m, short of its sill at %.3f m", name, level, sill[i])
				}
				t.Logf("%s: ground %.3f m, water %.3f m deep, level %.3f m, sill %.3f m", name, g.Elev[i], depth, level, sill[i])
			}
			t.Logf("%d depressions full, %.1f%% of the water in depressions, speeds %.4f m/s on average, %.4f m/s at most, %d steps", full, 100*ponded/s.Volume(), speeds/float64(wet), fastest, s.Steps())
		})
	}
}

// The Environment Agency's test 1, "filling of a disconnected water body", as Néelz &
// Pender (2013, section 4.2) state it in words (their text as the Tygron support wiki's
// "UK Benchmark 1 (Water Module)" quotes it, support.tygron.com, revisions 24769 and
// 25169): a 700 m by 100 m strip of 10 m cells, Manning's n 0.03, 20 h, sloping ground
// with a depression; the water at 9.7 m at first, the western edge a level boundary that
// raises it to 10.35 m, holds it there "long enough for the water to fill the depression
// and become horizontal over the entire domain", then lowers it back to 9.7 m, "causing
// the water level in the pond to become horizontal at the same elevation as the sill,
// 10.25 m". Those levels are the report's; every other boundary is closed.
const (
	eaTest1Start = 9.7   // the water's level at first and the boundary's at the end, m
	eaTest1Peak  = 10.35 // the boundary's highest level, m
	eaTest1Sill  = 10.25 // the sill that disconnects the depression, and the pond's final level, m
)

// eaTest1Ground is the ground of test 1 in metres at x metres from the west edge (the
// same across the strip). Its sill (10.25 m), and the ground lying wholly below the peak
// level (the water horizontal over the entire domain at 10.35 m), are the report's; the
// profile between is this package's, for the report draws it only in a figure and gives
// it as the test's dataset, which no accessible copy holds: low ground at 9.0 m to
// x 100 m, rising to the sill, flat at 10.25 m from 280 m to 320 m (so that the 10 m
// cells sample it exactly), down to a depression of 9.6 m at 450 m, up to 10.3 m at
// 700 m.
func eaTest1Ground(x float64) float64 {
	switch {
	case x <= 100:
		return 9.0
	case x <= 280:
		return 9.0 + (eaTest1Sill-9.0)*(x-100)/180
	case x <= 320:
		return eaTest1Sill
	case x <= 450:
		return eaTest1Sill - (eaTest1Sill-9.6)*(x-320)/130
	}
	return 9.6 + 0.7*(x-450)/250
}

// eaTest1Level is the level boundary's hydrograph of test 1 in metres at second t: from
// the report's 9.7 m up to its 10.35 m at 1 h, held to 4 h, back to 9.7 m at 6 h and held
// there to the end at 20 h. The levels are the report's; the times (drawn in its figure
// and given as the dataset's table, neither found) are this package's, the hold long
// enough for the water to come level over the whole strip, as the report asks (on this
// ground, to 0.2 mm by 4 h with either scheme).
func eaTest1Level(t float64) float64 {
	h := t / 3600
	switch {
	case h <= 1:
		return eaTest1Start + (eaTest1Peak-eaTest1Start)*h
	case h <= 4:
		return eaTest1Peak
	case h <= 6:
		return eaTest1Peak - (eaTest1Peak-eaTest1Start)*(h-4)/2
	}
	return eaTest1Start
}

func TestEATest1FillsADisconnectedWaterBody(t *testing.T) {
	// Test 1 as the report states it (see eaTest1Start), held to the levels it publishes:
	// the depression stays dry until the boundary tops the sill and fills while the
	// boundary stands above it; by the end of the hold the water stands at the
	// boundary's 10.35 m over the whole strip, within 1 cm ("horizontal over the entire
	// domain"); after 20 h the water on the boundary's side stands at its final 9.7 m and
	// the pond, disconnected, at the sill's 10.25 m, 1 cm below to 2 cm above (the last of
	// it drains back over the sill in a film a millimetre or two deep), the standing water
	// still (under 1 cm/s), with every cubic metre that crossed the boundary accounted for.
	t.Parallel()
	const cell = 10.0
	g := gridOf(70, 10, cell, func(c, r int) float64 { return eaTest1Ground((float64(c) + 0.5) * cell) })
	sillCol, pond := 0, int(450/cell)
	for c := 0; c < pond; c++ {
		if g.Elev[c] > g.Elev[sillCol] {
			sillCol = c
		}
	}
	if z := float64(g.Elev[sillCol]); z != eaTest1Sill {
		t.Fatalf("the grid's sill is at %.3f m, the report's at %.2f m", z, eaTest1Sill)
	}
	crossAt := 3600 * (eaTest1Sill - eaTest1Start) / (eaTest1Peak - eaTest1Start) // the boundary tops the sill
	const holdEnd = 4 * 3600.0
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		t.Run(scheme.String(), func(t *testing.T) {
			t.Parallel()
			s := newShallow(t, g, 0.03, ShallowOptions{Scheme: scheme, ClosedEdges: true})
			for i, z := range g.Elev {
				if i%g.Cols < sillCol && float64(z) < eaTest1Start { // the boundary's side of the sill
					if err := s.SetDepth(i, eaTest1Start-float64(z)); err != nil {
						t.Fatal(err)
					}
				}
			}
			k, err := s.AddLevelBoundary(West, 0, g.Rows-1)
			if err != nil {
				t.Fatal(err)
			}
			level := func(i int) float64 { return float64(g.Elev[i]) + float64(s.Depth(i)) }
			const step = 30.0
			for now := 0.0; now < 20*3600; now += step {
				_ = s.SetLevel(k, eaTest1Level(now+step/2))
				s.Advance(now + step)
				if now+step == holdEnd {
					low, high := math.Inf(1), math.Inf(-1)
					for i := range g.Elev {
						low, high = min(low, level(i)), max(high, level(i))
					}
					if low < eaTest1Peak-0.01 || high > eaTest1Peak+0.01 {
						t.Errorf("at the end of the hold (%.0f s) the water stands at %.3f–%.3f m; the report has it horizontal over the entire strip at the boundary's %.2f m", holdEnd, low, high, eaTest1Peak)
					}
					t.Logf("at the end of the hold the water stands at %.4f–%.4f m (the boundary at %.2f m)", low, high, eaTest1Peak)
				}
			}
			assertMass(t, s)
			at := g.Index(pond, 5)
			arrival, ok := s.Arrival(at)
			switch {
			case !ok:
				t.Fatalf("the water never reached the depression (x 455 m); the boundary topped the sill at %.0f s", crossAt)
			case arrival < crossAt || arrival > holdEnd:
				t.Errorf("the water reached the depression at %.0f s; the boundary stood above the sill (%.2f m) from %.0f s to %.0f s", arrival, eaTest1Sill, crossAt, holdEnd)
			}
			pondLevel := level(at)
			if pondLevel < eaTest1Sill-0.01 || pondLevel > eaTest1Sill+0.02 {
				t.Errorf("the pond stands at %.3f m after 20 h; the report has it at the sill's %.2f m", pondLevel, eaTest1Sill)
			}
			if l := level(g.Index(0, 5)); math.Abs(l-eaTest1Start) > 0.01 {
				t.Errorf("the water by the boundary stands at %.3f m after 20 h, the boundary at %.2f m", l, eaTest1Start)
			}
			// At rest: the standing water still; only the film of the pond's last water
			// draining back over the sill, a millimetre or two deep, still runs down its
			// slope, at the few cm/s Manning's equation gives it.
			deep, film := float32(0), float32(0)
			for i := range g.Elev {
				if s.Depth(i) >= 0.01 {
					deep = max(deep, s.Speed(i))
				} else {
					film = max(film, s.Speed(i))
				}
			}
			if deep > 0.01 {
				t.Errorf("water 1 cm deep or more runs at %.3f m/s after 20 h; want it at rest (under 1 cm/s)", deep)
			}
			in, out := s.Inflowed()
			t.Logf("arrival at the depression %.0f s (sill topped at %.0f s), the pond at %.3f m after 20 h (the report: %.2f m), standing water at %.4f m/s at most and the film over the sill at %.3f m/s, %.0f m³ in and %.0f m³ out over the boundary, %d steps", arrival, crossAt, pondLevel, eaTest1Sill, deep, film, in, out, s.Steps())
		})
	}
}
