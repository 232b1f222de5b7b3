package hazard

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// fireSnapshot is the part of a fire's state a step changes, to replay a benchmark op
// from the same start.
type fireSnapshot struct {
	state    []CellState
	burnLeft []uint8
	front    []int32
	burnt    int
	steps    int64
}

func snapshotFire(f *Fire) fireSnapshot {
	return fireSnapshot{slices.Clone(f.state), slices.Clone(f.burnLeft), slices.Clone(f.front), f.burnt, f.steps}
}

func (s fireSnapshot) restore(f *Fire) {
	copy(f.state, s.state)
	copy(f.burnLeft, s.burnLeft)
	f.front = append(f.front[:0], s.front...)
	f.burnt, f.steps = s.burnt, s.steps
}

// BenchmarkFireStep runs 10 steps of a fire on a 1000×1000 forest grid (30 m cells,
// 4 m/s wind) from a large front: a cross of two 1000-cell lines, burning for 40 steps
// (about 20,000 burning cells). In the same run a full-grid double-buffered scan makes
// the same 10 steps with the same draws. Figures: cell-updates/s (neighbours examined
// per second; target ≥ 30 M) and x_vs_full_scan, the scan's time over Step's.
func BenchmarkFireStep(b *testing.B) {
	const side, steps = 1000, 10
	g := flatGrid(side, side, 30)
	f := fuelledFire(b, g, Forest)
	if err := f.SetWind(4, 300); err != nil {
		b.Fatal(err)
	}
	for k := range side {
		if err := f.Ignite(g.Index(side/2, k)); err != nil {
			b.Fatal(err)
		}
		if err := f.Ignite(g.Index(k, side/2)); err != nil {
			b.Fatal(err)
		}
	}
	warm := rand.New(rand.NewPCG(1, 2))
	for range 40 {
		f.Step(warm)
	}
	start := snapshotFire(f)
	var scanNs float64
	b.Run("full_scan", func(b *testing.B) {
		b.ReportAllocs()
		naive := newNaiveFire(f, side, side)
		for b.Loop() {
			b.StopTimer()
			copy(naive.state, start.state)
			copy(naive.burnLeft, start.burnLeft)
			naive.steps = start.steps
			rng := rand.New(rand.NewPCG(3, 4))
			b.StartTimer()
			for range steps {
				naive.step(rng)
			}
		}
		scanNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("front", func(b *testing.B) {
		b.ReportAllocs()
		updates := 0
		for b.Loop() {
			b.StopTimer()
			start.restore(f)
			rng := rand.New(rand.NewPCG(3, 4))
			b.StartTimer()
			for range steps {
				updates += d8Directions * f.Burning()
				f.Step(rng)
			}
		}
		ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		b.ReportMetric(float64(updates)/float64(b.N)/ns*1e9, "cell-updates/s")
		b.ReportMetric(float64(updates)/float64(b.N)/steps/d8Directions, "burning_cells")
		if scanNs > 0 {
			b.ReportMetric(scanNs/ns, "x_vs_full_scan")
		}
	})
}
