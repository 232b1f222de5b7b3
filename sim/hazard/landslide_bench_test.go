package hazard

import (
	"math"
	"testing"

	"drillsim/maps"
)

// syntheticSlope returns a side×side grid of 10 m cells: a mountainside falling 60%
// eastward onto a valley floor at 0 m, furrowed by gullies 4 m deep, with a one-cell pit
// every 37 cells.
func syntheticSlope(side int) *maps.Terrain {
	g := flatGrid(side, side, 10)
	for i := range g.Elev {
		col, row := float64(i%side), float64(i/side)
		fall := max(0, 0.6*g.Cell*(float64(side)*0.6-col))
		g.Elev[i] = float32(fall + 4*math.Abs(math.Sin(row/9))*min(1, fall/20))
		if i%37 == 0 {
			g.Elev[i] -= 2
		}
	}
	return g
}

// BenchmarkRunout slides a 20×20-cell source, 3 m deep (12,000 m³), down a 1000×1000
// synthetic mountainside (1 M cells) at the angle its volume gives. In the same run the
// baseline makes a fresh model for every slide, allocating and clearing grid-sized
// buffers, where Runouts keeps its buffers and clears only the cells a slide touched.
// Figures: cells/op reached and x_vs_fresh, the baseline's time over Run's.
func BenchmarkRunout(b *testing.B) {
	g := syntheticSlope(1000)
	var source []SlideSource
	for row := 490; row < 510; row++ {
		for col := 480; col < 500; col++ {
			source = append(source, SlideSource{Cell: g.Index(col, row), DepthM: 3})
		}
	}
	var freshNs float64
	b.Run("fresh", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := NewRunouts(g)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := r.Run(source, RunoutOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		freshNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("reused", func(b *testing.B) {
		b.ReportAllocs()
		r, err := NewRunouts(g)
		if err != nil {
			b.Fatal(err)
		}
		var d Deposit
		for b.Loop() {
			if d, err = r.Run(source, RunoutOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		b.ReportMetric(float64(len(d.Cells)), "cells/op")
		if freshNs > 0 {
			b.ReportMetric(freshNs/ns, "x_vs_fresh")
		}
	})
}
