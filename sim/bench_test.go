package sim_test

import (
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/maps/mapgen"
	"drillsim/scenarios"
	"drillsim/sim"
)

// runTimed plays a fresh world of d to its end b.N times, making each world outside
// the timer, and reports the simulated seconds per wall-clock second as x_realtime:
// the baseline is the wall clock itself.
func runTimed(b *testing.B, d testDrill) {
	events := 0
	count := func(sim.Event) { events++ }
	runs := 0
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		w := d.newWorld(b, sim.Options{})
		b.StartTimer()
		sim.Run(w, d.Commands, count, nil)
		runs++
	}
	simulated := float64(d.Scenario.Duration.Seconds()) * float64(runs)
	b.ReportMetric(simulated/b.Elapsed().Seconds(), "x_realtime")
	b.ReportMetric(float64(events)/float64(runs), "events/run")
}

// BenchmarkFlood8h runs the built-in 8-hour flood with its reference orders
// headless. Target: x_realtime at least 10,000.
func BenchmarkFlood8h(b *testing.B) {
	runTimed(b, builtinDrill(b, "flood", true))
}

// BenchmarkFlood2D8h runs the built-in 8-hour flood computed in 2D (flood2d: the
// river's inflow hydrograph through the local-inertial scheme) with its reference
// orders headless. Target: x_realtime at least 1,000.
func BenchmarkFlood2D8h(b *testing.B) {
	runTimed(b, builtinDrill(b, "flood2d", true))
}

// BenchmarkCounty24h runs a day-long flood with a few units and orders
// (testdata/county24h.yaml) on the synthetic county of mapgen seed 1, scale 6.
// Target: x_realtime at least 1,000.
func BenchmarkCounty24h(b *testing.B) {
	runTimed(b, countyDrill(b, "county24h"))
}

// BenchmarkCounty2D24h runs the same day on the same county with the flood computed in
// 2D as it comes down the river (testdata/county2d24h.yaml), over the county's 3.2
// million-cell terrain grid. Target: x_realtime at least 200.
func BenchmarkCounty2D24h(b *testing.B) {
	runTimed(b, countyDrill(b, "county2d24h"))
}

// countyDrill generates the synthetic county, loads it through GeoJSON as a user's
// map would be, and reads the county scenario id and its orders from testdata.
func countyDrill(b *testing.B, id string) testDrill {
	b.Helper()
	town, err := mapgen.Load(mapgen.Options{Seed: 1, Scale: 6})
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join("testdata", id+".yaml")
	scn, err := scenarios.ReadScenario(path)
	if err != nil {
		b.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		b.Fatal(err)
	}
	if err := scn.Validate(town, plan); err != nil {
		b.Fatal(err)
	}
	orders, err := scenarios.ReadOrders(filepath.Join("testdata", id+".orders.yaml"), scn.Start.Time)
	if err != nil {
		b.Fatal(err)
	}
	if err := orders.Validate(scn, town); err != nil {
		b.Fatal(err)
	}
	return testDrill{&drill.Drill{Scenario: scn, Town: town, Plan: plan, Commands: sim.CommandsOf(orders.Orders, scn.Tick.Seconds())}}
}

// steadyFromS is where BenchmarkStepAllocs measures from: 5 hours into the flood,
// after the last reference order (02:25, +4h25m) and past the flood's peak.
const steadyFromS = 5 * 3600

// BenchmarkStepAllocs measures one Step of the flood, scripted (flood) and computed in
// 2D (flood2d), in steady state, after its orders have all been given, with its
// allocations; the target is none.
func BenchmarkStepAllocs(b *testing.B) {
	for _, id := range []string{"flood", "flood2d"} {
		b.Run(id, func(b *testing.B) { stepAllocs(b, builtinDrill(b, id, true), steadyFromS) })
	}
}

// stepAllocs measures one Step of drill d from second from on, with its allocations. A
// world that reaches its end is replaced, outside the timer, by a fresh one warmed up
// again.
func stepAllocs(b *testing.B, d testDrill, from int64) {
	warm := func() *sim.World {
		w := d.newWorld(b, sim.Options{})
		for _, c := range d.Commands {
			w.Apply(c)
		}
		for w.Now() < from {
			w.Step()
		}
		return w
	}
	w := warm()
	b.ReportAllocs()
	for b.Loop() {
		if w.Done() {
			b.StopTimer()
			w = warm()
			b.StartTimer()
		}
		w.Step()
	}
}

// BenchmarkStateHash measures StateHash against its baseline, one Step of the same
// world: a test comparing hashes after every tick pays x_step Steps per hash. The
// Steps are timed on the wall clock beside the benchmark's own timer.
func BenchmarkStateHash(b *testing.B) {
	d := builtinDrill(b, "flood", true)
	w := d.newWorld(b, sim.Options{})
	for _, c := range d.Commands {
		w.Apply(c)
	}
	var stepWall time.Duration
	steps := 0
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		if w.Done() {
			w = d.newWorld(b, sim.Options{})
			for _, c := range d.Commands {
				w.Apply(c)
			}
		}
		began := time.Now()
		w.Step()
		stepWall += time.Since(began)
		steps++
		b.StartTimer()
		w.StateHash()
	}
	hashNs := float64(b.Elapsed().Nanoseconds()) / float64(steps)
	b.ReportMetric(hashNs/(float64(stepWall.Nanoseconds())/float64(steps)), "x_step")
}
