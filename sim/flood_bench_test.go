package sim

import (
	"testing"

	"drillsim/scenarios"
)

// BenchmarkTownFlood2DActiveTiles steps the built-in 2D flood's water on the demo town
// (flood2d: its inflow hydrograph where the river enters the map, the town's 82,715
// cells of 30 m) through the first four hours, twice: computing only the tiles that hold
// water and those its front can reach, and, as the baseline in the same run, every tile
// of the grid (a trace of rain, 10⁻⁹ mm/h, keeps them all active). Figures:
// x_vs_full_grid (the full sweep's time over the active one's; target at least 5),
// active_% of the grid at the end, x_realtime and allocations.
func BenchmarkTownFlood2DActiveTiles(b *testing.B) {
	scn, err := scenarios.LoadBuiltin("flood2d")
	if err != nil {
		b.Fatal(err)
	}
	w, err := New(mustTown(b), scn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	run := &w.hazards.floods[0]
	const hours = 4
	var fullNs float64
	for _, mode := range []string{"full_grid", "active"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			active := 0.0
			for b.Loop() {
				b.StopTimer()
				water := run.water.Clone()
				if mode == "full_grid" {
					_ = water.SetRain(1e-9)
				}
				b.StartTimer()
				for now := int64(10); now <= hours*3600; now += 10 {
					for k, in := range run.def.Inflows {
						_ = water.SetInflow(run.inflows[k], 0.5*(in.FlowAt(scenarios.At(now-10))+in.FlowAt(scenarios.At(now))))
					}
					water.Advance(float64(now))
				}
				active += float64(water.ActiveCells())
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(hours*3600/(ns/1e9), "x_realtime")
			b.ReportMetric(100*active/float64(b.N)/float64(len(w.hazards.terrain.Elev)), "active_%")
			if mode == "full_grid" {
				fullNs = ns
			} else if fullNs > 0 {
				b.ReportMetric(fullNs/ns, "x_vs_full_grid")
			}
		})
	}
}
