package hazard

import (
	"math"
	"testing"

	"drillsim/maps"
)

// syntheticValley returns a cols×rows grid of 10 m cells: a valley falling 1 m per km
// southwards, a floodplain rising 1% for 300 m either side of a river in the middle
// column, then mountain sides rising 10%, all roughened by ridges and basins up to 3 m.
// It returns the terrain and the river cells.
func syntheticValley(cols, rows int) (*maps.Terrain, []int) {
	g := &maps.Terrain{Cols: cols, Rows: rows, Cell: 10, Elev: make([]float32, cols*rows)}
	river := make([]int, 0, rows)
	mid := cols / 2
	for r := range rows {
		for c := range cols {
			along := 0.001 * g.Cell * float64(r)
			away := g.Cell * math.Abs(float64(c-mid))
			side := 0.01*min(away, 300) + 0.1*max(away-300, 0)
			bumps := 3 * math.Sin(float64(c)/37) * math.Cos(float64(r)/53)
			if c == mid {
				bumps = 0
				river = append(river, g.Index(c, r))
			}
			g.Elev[g.Index(c, r)] = float32(along + side + math.Abs(bumps))
		}
	}
	return g, river
}

// BenchmarkFloodRefresh refreshes a flood over a 2000×2000 valley (4 M cells) at a new
// stage every op, and in the same run floods the same valley with the breadth-first
// fill a simple implementation runs per tick. It does so for river floods (0.5-8 m) and
// for a stage that drowns the whole grid (the worst case: no tile is skipped). Figures: cells/s of Refresh (grid cells brought up to date per second;
// target ≥ 300 M), x_vs_naive_bfs (the fill's time over Refresh's) and flooded_%, the
// share of the grid under water, averaged over the stages.
func BenchmarkFloodRefresh(b *testing.B) {
	g, river := syntheticValley(2000, 2000)
	f := newStageFlood(b, g, river, river, FloodOptions{})
	naive := newNaiveFlood(g, river)
	cells := float64(len(g.Elev))
	for _, sc := range []struct {
		name   string
		stages []float32
	}{
		{"river", []float32{0.5, 1.5, 3, 4.5, 6, 8}},
		{"whole_grid", []float32{3000, 3100, 3200}},
	} {
		var naiveNs float64
		b.Run(sc.name+"/naive_bfs", func(b *testing.B) {
			b.ReportAllocs()
			i, flooded := 0, 0.0
			for b.Loop() {
				flooded += float64(naive.refresh(sc.stages[i%len(sc.stages)]))
				i++
			}
			naiveNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(100*flooded/float64(b.N)/cells, "flooded_%")
		})
		b.Run(sc.name+"/refresh", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_ = f.SetStage(float64(sc.stages[i%len(sc.stages)]))
				f.Refresh()
				i++
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(cells/ns*1e9, "cells/s")
			if naiveNs > 0 {
				b.ReportMetric(naiveNs/ns, "x_vs_naive_bfs")
			}
		})
	}
}

// BenchmarkNewFlood measures the one-off precomputation over the same 4 M-cell valley:
// conditioning the DEM (stream burning, pit filling, flow directions) and the HAND.
func BenchmarkNewFlood(b *testing.B) {
	g, river := syntheticValley(2000, 2000)
	b.ReportAllocs()
	for b.Loop() {
		newStageFlood(b, g, river, river, FloodOptions{})
	}
}
