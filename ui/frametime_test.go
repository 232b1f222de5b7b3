package ui

import (
	"math"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/maps/mapgen"
	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/sim"
)

// cameraPath is a fixed tour of a town whose core is fit: fit, zoom in about
// several points, pan across, zoom out. Each step is one frame.
func cameraPath(c *Camera, fit orb.Bound, frame int) {
	const steps = 120
	switch f := frame % steps; {
	case f == 0:
		c.Fit(fit)
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

// frameTiming records the frames of the game under test on the game thread: the wall
// time from one Draw to the next (what a player sees) and the CPU time of each Draw
// (building and queueing its draw commands, not rasterising them), while tour moves
// the camera before each Update.
type frameTiming struct {
	tour          func(frame int) // nil for none
	updates, want int
	last          time.Time
	frames, draws []time.Duration
	done          chan struct{}
}

func (t *frameTiming) beforeUpdate() {
	if t.tour != nil {
		t.tour(t.updates)
	}
	t.updates++
}

func (t *frameTiming) drawn(start time.Time, took time.Duration) {
	if len(t.frames) == t.want {
		return
	}
	if !t.last.IsZero() {
		t.frames = append(t.frames, start.Sub(t.last))
		t.draws = append(t.draws, took)
		if len(t.frames) == t.want {
			close(t.done)
		}
	}
	t.last = start
}

// emptyGame only fills the screen: what the display costs before drillsim draws
// anything. It must touch the screen: a game whose screen is left untouched for a
// few frames is not presented at all, and Ebiten then sleeps out the rest of a
// 60 Hz frame, which would make the baseline a metronome rather than a cost.
type emptyGame struct{}

func (emptyGame) Update() error              { return nil }
func (emptyGame) Draw(screen *ebiten.Image)  { screen.Fill(colorBackground) }
func (emptyGame) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

// frameTimes shows game (driven by in) for n frames, calling tour before each Update,
// and returns the time between consecutive Draws and the CPU time of each Draw.
func frameTimes(game ebiten.Game, in *scriptInput, tour func(frame int), n int) (frames, draws []time.Duration) {
	theHost.playGame(game, in)
	defer theHost.play(nil, nil)
	theHost.updatesPass(3) // first strokes and uploads out of the way
	t := &frameTiming{tour: tour, want: n, done: make(chan struct{})}
	theHost.onUpdate(func() { theHost.timing = t })
	<-t.done
	theHost.onUpdate(func() { theHost.timing = nil })
	return t.frames, t.draws
}

// percentile returns the p-th percentile of ds (which it sorts).
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(math.Ceil(p/100*float64(len(ds))))-1)]
}

// benchmarkFrames reports the p50 and p95 frame time of game g in play along the
// fixed camera path, the p95 CPU time of Draw alone, the p95 of an empty frame (what
// the display costs before drillsim draws anything, measured in the same run) and
// the ratio of the two p95s. The empty frame's p50 as well: when it is over a
// target, so is every frame the drill can draw.
func benchmarkFrames(b *testing.B, g *Game, in *scriptInput) {
	const frames = 240
	tour := func(frame int) { cameraPath(&g.cam, g.session.Town().Core, frame) }
	b.ReportAllocs()
	b.ResetTimer()
	var all, cpu []time.Duration
	for range b.N {
		f, d := frameTimes(g, in, tour, frames)
		all, cpu = append(all, f...), append(cpu, d...)
	}
	b.StopTimer()
	empty, _ := frameTimes(emptyGame{}, newScriptInput(), nil, frames)
	p50, p95 := percentile(all, 50), percentile(all, 95)
	e50, e95 := percentile(empty, 50), percentile(empty, 95)
	b.ReportMetric(float64(percentile(cpu, 95).Microseconds())/1000, "draw_cpu_p95_ms")
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50_ms")
	b.ReportMetric(float64(p95.Microseconds())/1000, "p95_ms")
	b.ReportMetric(float64(e50.Microseconds())/1000, "empty_p50_ms")
	b.ReportMetric(float64(e95.Microseconds())/1000, "empty_p95_ms")
	b.ReportMetric(float64(p95)/float64(max(e95, 1)), "x_vs_empty_frame")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkFrameCameraPath measures the flood drill in play on the default town,
// three hours in (the river is out), along the fixed camera path.
// Target: p95 ≤ 16.7 ms (60 fps) where an empty frame costs next to nothing.
func BenchmarkFrameCameraPath(b *testing.B) {
	s := newSession(b, "flood")
	s.Advance(3 * 360)
	in := newScriptInput()
	g, err := NewGame(s, Config{Input: in})
	if err != nil {
		b.Fatal(err)
	}
	benchmarkFrames(b, g, in)
}

// BenchmarkFrameCounty measures the synthetic county (mapgen seed 1, scale 6: 36
// townships, about 160,000 buildings) with its day-long flood an hour in, along the
// same camera path from the whole county in view.
// Target: p95 ≤ 50 ms.
func BenchmarkFrameCounty(b *testing.B) {
	town, err := mapgen.Load(mapgen.Options{Seed: 1, Scale: 6})
	if err != nil {
		b.Fatal(err)
	}
	scn, err := scenarios.ReadScenario(filepath.Join("..", "sim", "testdata", "county24h.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	w, err := sim.New(town, scn, sim.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s := session.NewLocal(w, scenarios.RoleCommand)
	s.Advance(360)
	in := newScriptInput()
	g, err := NewGame(s, Config{Input: in})
	if err != nil {
		b.Fatal(err)
	}
	benchmarkFrames(b, g, in)
}
