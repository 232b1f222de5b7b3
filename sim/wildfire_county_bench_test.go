package sim

import (
	"testing"

	"drillsim/maps/mapgen"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// BenchmarkFireFrontCounty runs a fire on the synthetic county (mapgen seed 1, scale
// 6: 2021×1588 cells of 30 m, 3.2 M cells, its landcover laid as FBP fuel): ignited
// in the grass (O-1b) nearest the county's middle, driven by a 30 km/h wind at FFMC 94
// and BUI 90 for four hours, then stepped a tick (10 s) at a time for ten minutes. In the
// same run the baseline makes the same steps after scanning every cell of the grid for
// the burning ones, as a cellular automaton does each step. Figures: burning (cells on
// fire when the steps start), x_vs_full_scan (the scanning step's time over the front
// step's) and allocs/op (the target is none).
func BenchmarkFireFrontCounty(b *testing.B) {
	town, err := mapgen.Load(mapgen.Options{Seed: 1, Scale: 6})
	if err != nil {
		b.Fatal(err)
	}
	g := town.Terrain(DefaultTerrainCellM)
	f, err := hazard.NewFire(g)
	if err != nil {
		b.Fatal(err)
	}
	if err := layFuel(f, g, town, scenarios.Weather{}); err != nil {
		b.Fatal(err)
	}
	if err := f.SetWeather(0, hazard.FireWeather{WindKmh: 30, WindFromDeg: 250, FFMC: 94, BUI: 90, FMC: hazard.DefaultFMC}); err != nil {
		b.Fatal(err)
	}
	start := -1
	for r := 0; start < 0 && r < g.Rows/2; r++ {
		if c, ok := nearestFuel(f, g, g.Cols/2+r, g.Rows/2); ok && f.Fuel(c).Type == hazard.O1b {
			start = c
		}
	}
	if start < 0 {
		b.Fatal("no grass near the county's middle")
	}
	if err := f.Ignite(start, 0); err != nil {
		b.Fatal(err)
	}
	const warm, steps, tick = 4 * 3600, 60, 10
	f.Advance(warm)
	f.TakeChanges()
	burning := f.Burning()
	run := func(b *testing.B, scan bool) float64 {
		b.ReportAllocs()
		var fire *hazard.Fire
		found := 0
		for b.Loop() {
			b.StopTimer()
			fire = f.Clone()
			b.StartTimer()
			for s := int64(1); s <= steps; s++ {
				if scan {
					for i := range g.Elev {
						if fire.State(i) == hazard.Burning {
							found++
						}
					}
				}
				fire.Advance(warm + s*tick)
				fire.TakeChanges()
			}
		}
		b.ReportMetric(float64(burning), "burning")
		return float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	}
	var scanNs float64
	b.Run("full_scan", func(b *testing.B) { scanNs = run(b, true) })
	b.Run("front", func(b *testing.B) {
		if ns := run(b, false); scanNs > 0 {
			b.ReportMetric(scanNs/ns, "x_vs_full_scan")
		}
	})
}
