package hazard

import (
	"fmt"
	"math"
	"testing"
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
	for _, scheme := range []Scheme{SchemeInertial, SchemeFV1} {
		t.Run(scheme.String(), func(t *testing.T) {
			g := gridOf(200, 400, 5, func(c, r int) float64 { return 0 })
			s := newShallow(t, g, 0.05, ShallowOptions{Scheme: scheme, ClosedEdges: true})
			src, err := s.AddInflowCells([]int{g.Index(0, 198), g.Index(0, 199), g.Index(0, 200), g.Index(0, 201)})
			if err != nil {
				t.Fatal(err)
			}
			// an output point lies on the corner of four cells: their mean depth
			depthAt := func(p eaTest4Point) float64 {
				c, r := int(p.x/5), int(p.y/5)
				return float64(s.Depth(g.Index(c-1, r-1))+s.Depth(g.Index(c, r-1))+s.Depth(g.Index(c-1, r))+s.Depth(g.Index(c, r))) / 4
			}
			arrival := make([]float64, len(eaTest4Points))
			peak := make([]float64, len(eaTest4Points))
			for i := range arrival {
				arrival[i] = -1
			}
			const step = 30.0 // the published runs wrote every 60 s and 100 s
			for now := 0.0; now < 18000; now += step {
				_ = s.SetInflow(src, 0.5*(eaTest4Inflow(now)+eaTest4Inflow(now+step)))
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
