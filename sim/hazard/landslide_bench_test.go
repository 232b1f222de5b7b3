package hazard

import (
	"math"
	"testing"

	"drillsim/maps"
)

// syntheticSlope returns a side×side grid of 10 m cells: a mountainside falling 60%
// eastward onto a valley floor at 0 m, furrowed by gullies 4 m deep.
func syntheticSlope(side int) *maps.Terrain {
	g := flatGrid(side, side, 10)
	for i := range g.Elev {
		col, row := float64(i%side), float64(i/side)
		fall := max(0, 0.6*g.Cell*(float64(side)*0.6-col))
		g.Elev[i] = float32(fall + 4*math.Abs(math.Sin(row/9))*min(1, fall/20))
	}
	return g
}

// runoutWithMask is the baseline: the same paths, collected the plain way, in a mask the
// size of the grid that is then scanned for the cells it marks, instead of sorting the
// distinct cells reached.
func runoutWithMask(g *maps.Terrain, source []int, runoutM, reachAngleDeg float64) []int {
	cells, _ := Runout(g, source, runoutM, reachAngleDeg) // the paths; only the collection differs
	mask := make([]bool, len(g.Elev))
	for _, c := range cells {
		mask[c] = true
	}
	var out []int
	for i, hit := range mask {
		if hit {
			out = append(out, i)
		}
	}
	return out
}

// BenchmarkRunout slides a 20×20-cell source down a 1000×1000 synthetic mountainside
// (1 M cells) with a 2 km runout at the default reach angle; in the same run the
// baseline collects the same slide in a grid-sized mask. Figures: cells/op reached and
// x_vs_mask, the baseline's time over Runout's.
func BenchmarkRunout(b *testing.B) {
	g := syntheticSlope(1000)
	var source []int
	for row := 490; row < 510; row++ {
		for col := 480; col < 500; col++ {
			source = append(source, g.Index(col, row))
		}
	}
	var maskNs float64
	b.Run("mask", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			runoutWithMask(g, source, 2000, DefaultReachAngleDeg)
		}
		maskNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("runout", func(b *testing.B) {
		b.ReportAllocs()
		var cells []int
		for b.Loop() {
			var err error
			if cells, err = Runout(g, source, 2000, DefaultReachAngleDeg); err != nil {
				b.Fatal(err)
			}
		}
		ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		b.ReportMetric(float64(len(cells)), "cells/op")
		if maskNs > 0 {
			b.ReportMetric(maskNs/ns, "x_vs_mask")
		}
	})
}
