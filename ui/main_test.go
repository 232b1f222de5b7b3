package ui

import (
	"errors"
	"flag"
	"image"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/standin"
)

// The ui tests need a running Ebiten loop: TestMain starts one (under Xvfb on a
// machine without a display, as scripts/test does) and runs the tests on another
// goroutine. They reach the game thread only through theHost.

var update = flag.Bool("update", false, "rewrite the golden screenshots in testdata")

func TestMain(m *testing.M) {
	SetUpWindow("drillsim tests")
	// Tests run as fast as frames come, not at the players' pace.
	ebiten.SetVsyncEnabled(false)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	ebiten.SetRunnableOnUnfocused(true)
	theHost.run = func() {
		theHost.code = m.Run()
		close(theHost.done)
	}
	if err := ebiten.RunGame(theHost); err != nil && !errors.Is(err, errTestsDone) {
		panic(err)
	}
	os.Exit(theHost.code)
}

// host is the ebiten.Game the test binary runs: it forwards Update and Draw to the
// Game under test and runs the tests' requests on the game thread.
type host struct {
	run     func()
	started bool
	code    int
	done    chan struct{}

	mu      sync.Mutex
	game    ebiten.Game
	input   *scriptInput
	updates []func()
	draws   []func(*ebiten.Image)
	// timing, when set, is told of every Update and Draw of the game under test.
	timing *frameTiming
}

var theHost = &host{done: make(chan struct{})}

var errTestsDone = errors.New("tests done")

func (h *host) Update() error {
	if !h.started {
		h.started = true
		go h.run()
	}
	select {
	case <-h.done:
		return errTestsDone
	default:
	}
	h.mu.Lock()
	calls := h.updates
	h.updates = nil
	h.mu.Unlock()
	for _, f := range calls {
		f()
	}
	if g := h.current(); g != nil {
		if t := h.timing; t != nil {
			t.beforeUpdate()
		}
		if err := g.Update(); err != nil {
			return err
		}
		h.input.next()
	}
	return nil
}

func (h *host) Draw(screen *ebiten.Image) {
	if g := h.current(); g != nil {
		start := time.Now()
		g.Draw(screen)
		if t := h.timing; t != nil {
			t.drawn(start, time.Since(start))
		}
	}
	h.mu.Lock()
	calls := h.draws
	h.draws = nil
	h.mu.Unlock()
	for _, f := range calls {
		f(screen)
	}
}

func (h *host) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

func (h *host) current() ebiten.Game {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.game
}

// onUpdate runs f on the game thread before the next Update and waits for it.
func (h *host) onUpdate(f func()) {
	done := make(chan struct{})
	h.mu.Lock()
	h.updates = append(h.updates, func() { f(); close(done) })
	h.mu.Unlock()
	<-done
}

// afterDraw runs f with the screen after the next Draw and waits for it.
func (h *host) afterDraw(f func(*ebiten.Image)) {
	done := make(chan struct{})
	h.mu.Lock()
	h.draws = append(h.draws, func(s *ebiten.Image) { f(s); close(done) })
	h.mu.Unlock()
	<-done
}

// play makes g, driven by in, the game under test; nil stops it.
func (h *host) play(g *Game, in *scriptInput) {
	if g == nil {
		h.playGame(nil, nil)
		return
	}
	h.playGame(g, in)
}

// playGame makes any ebiten.Game driven by in the game under test; nil stops it.
func (h *host) playGame(g ebiten.Game, in *scriptInput) {
	h.onUpdate(func() {
		h.mu.Lock()
		h.game, h.input = g, in
		h.mu.Unlock()
	})
}

// updatesPass waits for n Updates of the game under test.
func (h *host) updatesPass(n int) {
	for range n {
		h.onUpdate(func() {})
	}
}

// screenshot returns the screen after the next Draw.
func (h *host) screenshot() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, ScreenWidth, ScreenHeight))
	h.afterDraw(func(s *ebiten.Image) { s.ReadPixels(img.Pix) })
	return img
}

// scriptInput is Input a test sets frame by frame.
type scriptInput struct {
	x, y              int
	down              bool
	pressed, released bool
	wheel             float64
	keys, held        map[ebiten.Key]bool
	chars             []rune // typed in this Update
}

func newScriptInput() *scriptInput {
	return &scriptInput{keys: map[ebiten.Key]bool{}, held: map[ebiten.Key]bool{}}
}

func (s *scriptInput) Cursor() (int, int)            { return s.x, s.y }
func (s *scriptInput) MouseDown() bool               { return s.down }
func (s *scriptInput) MousePressed() bool            { return s.pressed }
func (s *scriptInput) MouseReleased() bool           { return s.released }
func (s *scriptInput) Wheel() float64                { return s.wheel }
func (s *scriptInput) KeyPressed(k ebiten.Key) bool  { return s.keys[k] }
func (s *scriptInput) KeyDown(k ebiten.Key) bool     { return s.held[k] || s.keys[k] }
func (s *scriptInput) AppendChars(dst []rune) []rune { return append(dst, s.chars...) }
func (s *scriptInput) next() {
	s.pressed, s.released, s.wheel, s.chars = false, false, 0, nil
	clear(s.keys)
}

// click presses the left button at (x, y) in one Update and releases it in the next,
// as a real click does.
func (h *host) click(in *scriptInput, x, y int) {
	h.onUpdate(func() { in.x, in.y, in.down, in.pressed = x, y, true, true })
	h.onUpdate(func() { in.down, in.released = false, true })
	h.updatesPass(1)
}

// typeText types s in one Update.
func (h *host) typeText(in *scriptInput, s string) {
	h.onUpdate(func() { in.chars = []rune(s) })
	h.updatesPass(1)
}

// press presses key k for one Update.
func (h *host) press(in *scriptInput, k ebiten.Key) {
	h.onUpdate(func() { in.keys[k] = true })
	h.updatesPass(1)
}

// defaultTown is the demo town, loaded once.
func defaultTown(t testing.TB) *maps.Town { return drilltest.Town(t) }

// newSession starts built-in scenario id on the demo town for the command post.
func newSession(t testing.TB, id string) *session.Local {
	t.Helper()
	return newSessionAs(t, id, scenarios.RoleCommand)
}

// newSessionAs starts built-in scenario id on the demo town for a seat of role.
func newSessionAs(t testing.TB, id string, role scenarios.Role) *session.Local {
	t.Helper()
	return session.NewLocal(drilltest.World(t, drilltest.Builtin(t, id, false)), role)
}

// playing shows a game of session s, driven by scripted input, in the test window
// until the test ends, and returns the game and its input.
func playing(t *testing.T, s session.Session, cfg Config) (*Game, *scriptInput) {
	t.Helper()
	in := newScriptInput()
	cfg.Input = in
	g, err := NewGame(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	theHost.play(g, in)
	t.Cleanup(func() { theHost.play(nil, nil) })
	return g, in
}

// playToTheEnd has game g of session s give each of orders at its time, as the window
// sends them, then runs the drill past its end.
func playToTheEnd(g *Game, s session.Session, orders []scenarios.Order) {
	end := int64(s.Scenario().Duration)
	theHost.onUpdate(func() {
		for _, o := range orders {
			if at := int64(o.At); at > g.snap.T {
				g.advance(int((at - g.snap.T) / s.TickSeconds()))
			}
			g.send(o)
		}
		g.advance(int((end-g.snap.T)/s.TickSeconds()) + 10)
	})
}

// ownReferenceOrders are the orders of built-in scenario id's reference response that
// role gives.
func ownReferenceOrders(t *testing.T, id string, role scenarios.Role) []scenarios.Order {
	t.Helper()
	ref, err := scenarios.LoadReferenceOrders(id)
	if err != nil {
		t.Fatal(err)
	}
	var own []scenarios.Order
	for _, o := range ref.Orders {
		if standin.RoleOf(o.Role) == role {
			own = append(own, o)
		}
	}
	if len(own) == 0 {
		t.Fatalf("the reference response of %s gives %s no order", id, role)
	}
	return own
}

// replayedFlood journals the flood played to its end with its reference orders and
// opens the journal in a replay session, for a seat of role.
func replayedFlood(t *testing.T, role scenarios.Role) *session.Replay {
	t.Helper()
	d := drilltest.Builtin(t, "flood", true)
	w := drilltest.World(t, d)
	path := filepath.Join(t.TempDir(), "flood.journal")
	if err := journal.Record(path, w, d.Commands, nil, nil); err != nil {
		t.Fatal(err)
	}
	j, err := journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.NewReplay(j, d.Town, d.Scenario, role)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
