package ui

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// cameraPath is a fixed tour of the default town: fit, zoom in about several points,
// pan across, zoom out. Each step is one frame.
func cameraPath(c *Camera, frame int) {
	const steps = 120
	switch f := frame % steps; {
	case f == 0:
		c.Fit(testTown.Core)
	case f < 30:
		c.ZoomAbout(c.X0+c.W*0.45, c.Y0+c.H*0.5, 1.06)
	case f < 60:
		c.Pan(8, 3)
	case f < 90:
		c.Pan(-10, -5)
	default:
		c.ZoomAbout(c.X0+c.W*0.55, c.Y0+c.H*0.4, 1/1.06)
	}
}

// frameTimes runs n frames of the camera path (or, with g nil, empty frames) and
// returns the wall time between consecutive Draw calls, and the CPU time of each Draw.
func frameTimes(tb testing.TB, g *Game, in *scriptInput, n int) (frames, draws []time.Duration) {
	theHost.play(g, in)
	defer theHost.play(nil, nil)
	theHost.updatesPass(3) // first strokes and uploads out of the way
	frames = make([]time.Duration, 0, n)
	last := time.Time{}
	for i := range n {
		theHost.onUpdate(func() {
			if g != nil {
				cameraPath(&g.cam, i)
			}
		})
		theHost.afterDraw(func(*ebiten.Image) {
			now := time.Now()
			if !last.IsZero() {
				frames = append(frames, now.Sub(last))
			}
			last = now
			draws = append(draws, theHost.drawTook)
		})
	}
	return frames, draws
}

// percentile returns the p-th percentile of ds (which it sorts).
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(math.Ceil(p/100*float64(len(ds))))-1)]
}

// BenchmarkFrameCameraPath reports the p50 and p95 frame time of the flood drill in
// play along the fixed camera path, the p95 CPU time of Draw alone, the p95 of an
// empty frame (what the display costs before drillsim draws anything) and the ratio
// of the two p95s, in the same run.
// Target: p95 ≤ 16.7 ms (60 fps) where an empty frame costs next to nothing.
func BenchmarkFrameCameraPath(b *testing.B) {
	s := newSession(b, "flood")
	s.Advance(3 * 360) // three hours in: the river is out
	in := newScriptInput()
	g, err := NewGame(s, Config{Input: in})
	if err != nil {
		b.Fatal(err)
	}
	const frames = 120
	b.ReportAllocs()
	b.ResetTimer()
	var all, cpu []time.Duration
	for range b.N {
		f, d := frameTimes(b, g, in, frames)
		all, cpu = append(all, f...), append(cpu, d...)
	}
	b.StopTimer()
	empty, _ := frameTimes(b, nil, nil, frames)
	p50, p95, e95 := percentile(all, 50), percentile(all, 95), percentile(empty, 95)
	b.ReportMetric(float64(percentile(cpu, 95).Microseconds())/1000, "draw_cpu_p95_ms")
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50_ms")
	b.ReportMetric(float64(p95.Microseconds())/1000, "p95_ms")
	b.ReportMetric(float64(e95.Microseconds())/1000, "empty_p95_ms")
	b.ReportMetric(float64(p95)/float64(max(e95, 1)), "x_vs_empty_frame")
	b.ReportMetric(0, "ns/op")
}
