package hazard

import "testing"

// BenchmarkShallowRiver runs half an hour of a 2D flood down the synthetic valley of
// syntheticValley (400×400 cells of 10 m, the river in the middle column), 50 m³/s
// put in where the river enters, twice: stepping only the active tiles, and, as the
// baseline in the same run, every tile of the grid (a trace of rain keeps them all
// active). Figures: x_realtime (simulated seconds per second), x_vs_full_grid (the full
// sweep's time over the active one's), active_% of the grid, and allocations.
func BenchmarkShallowRiver(b *testing.B) {
	g, river := syntheticValley(400, 400)
	entry := river[len(river)-1] // the north end: the valley falls southwards
	var fullNs float64
	for _, mode := range []string{"full_grid", "active"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			var active float64
			for b.Loop() {
				b.StopTimer()
				s := newShallow(b, g, 0.035, ShallowOptions{})
				src, _ := s.AddInflow(entry, 20)
				_ = s.SetInflow(src, 50)
				if mode == "full_grid" {
					_ = s.SetRain(1e-9)
				}
				b.StartTimer()
				s.Advance(1800)
				active += float64(s.ActiveCells())
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(1800/(ns/1e9), "x_realtime")
			b.ReportMetric(100*active/float64(b.N)/float64(len(g.Elev)), "active_%")
			if mode == "full_grid" {
				fullNs = ns
			} else if fullNs > 0 {
				b.ReportMetric(fullNs/ns, "x_vs_full_grid")
			}
		})
	}
}
