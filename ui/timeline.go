package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/scoring"
	"drillsim/session"
)

// Timeline is the replay's scrubber along the bottom of the map: a track from the
// drill's start to its end with the moment shown, and above it one bar per plan
// requirement from its clock's start to its stop (green when met in time, red when
// not), with a mark at its deadline. A click or a drag on it seeks.
type Timeline struct {
	// Rect is where the timeline is on the screen.
	Rect     image.Rectangle
	endS     int64
	windows  []scoring.Window
	dragging bool
	lastS    int64 // the second last sought while dragging
}

// Timeline layout inside its rectangle, in pixels.
const (
	timelinePad    = 8  // left and right margins of the track
	timelineTrackH = 10 // height of the track
	timelineRowMax = 6  // tallest requirement bar
)

// NewTimeline returns the timeline of a drill that ends at second endS with the
// given requirement windows; place puts it on the screen.
func NewTimeline(endS int64, windows []scoring.Window) *Timeline {
	return &Timeline{endS: endS, windows: windows}
}

// place puts the timeline along the bottom of the map between the legend and the
// scale bar of g.
func (t *Timeline) place(g *Game) {
	overlays := g.overlayRects()
	left := overlays[0].Max.X + 14
	right := overlays[1].Min.X - 14
	t.Rect = image.Rect(left, ScreenHeight-int(70*g.scale), right, ScreenHeight-14)
}

// Update reads the mouse and returns the second to seek to, and true, when a press
// on the timeline or a drag that began on it moves the moment.
func (t *Timeline) Update(in Input) (int64, bool) {
	x, y := in.Cursor()
	if in.MousePressed() && image.Pt(x, y).In(t.Rect) {
		t.dragging = true
		t.lastS = t.SecondAt(x)
		return t.lastS, true
	}
	if !t.dragging {
		return 0, false
	}
	if !in.MouseDown() || in.MouseReleased() {
		t.dragging = false
		return 0, false
	}
	if s := t.SecondAt(x); s != t.lastS {
		t.lastS = s
		return s, true
	}
	return 0, false
}

// Holds reports whether the mouse at (x, y) belongs to the timeline: over it, or
// dragging it. What it holds the map must not also take.
func (t *Timeline) Holds(x, y int) bool { return t.dragging || image.Pt(x, y).In(t.Rect) }

// track is the scrubber's track rectangle.
func (t *Timeline) track() image.Rectangle {
	r := t.Rect
	return image.Rect(r.Min.X+timelinePad, r.Max.Y-6-timelineTrackH, r.Max.X-timelinePad, r.Max.Y-6)
}

// SecondAt returns the scenario second at screen column x, kept within the drill.
func (t *Timeline) SecondAt(x int) int64 {
	tr := t.track()
	if tr.Dx() <= 0 {
		return 0
	}
	f := float64(x-tr.Min.X) / float64(tr.Dx())
	return int64(min(max(f, 0), 1)*float64(t.endS) + 0.5)
}

// XOf returns the screen column of scenario second s.
func (t *Timeline) XOf(s int64) int {
	tr := t.track()
	if t.endS <= 0 {
		return tr.Min.X
	}
	f := float64(min(max(s, 0), t.endS)) / float64(t.endS)
	return tr.Min.X + int(f*float64(tr.Dx())+0.5)
}

// Draw draws the timeline with the moment at second nowS.
func (t *Timeline) Draw(dst *ebiten.Image, nowS int64) {
	fillRect(dst, t.Rect, colorHalo)
	tr := t.track()
	fillRect(dst, tr, colorPanelDim)
	now := t.XOf(nowS)
	fillRect(dst, image.Rect(tr.Min.X, tr.Min.Y, now, tr.Max.Y), colorButtonOn)
	for h := int64(3600); h < t.endS; h += 3600 {
		x := t.XOf(h)
		fillRect(dst, image.Rect(x, tr.Min.Y, x+1, tr.Max.Y), colorWhite)
	}
	if n := len(t.windows); n > 0 {
		top, bottom := t.Rect.Min.Y+6, tr.Min.Y-4
		rowH := min(timelineRowMax, max((bottom-top)/n, 1))
		for i, w := range t.windows {
			if !w.Started && !w.Stopped {
				continue
			}
			y := top + i*rowH
			if y+rowH > bottom {
				break
			}
			start, stop := w.StartS, t.endS
			if !w.Started {
				start = w.StopS
			}
			if w.Stopped {
				stop = w.StopS
			}
			fillRect(dst, image.Rect(t.XOf(start), y, max(t.XOf(stop), t.XOf(start)+2), y+rowH-1), windowColor(w))
			if w.Started {
				d := t.XOf(w.StartS + w.AllowedS)
				fillRect(dst, image.Rect(d, y-1, d+1, y+rowH), colorMapText)
			}
		}
	}
	fillRect(dst, image.Rect(now-1, t.Rect.Min.Y+2, now+1, t.Rect.Max.Y-2), colorSelected)
}

// windowColor is green for a requirement met in time, red for one that was not.
func windowColor(w scoring.Window) color.Color {
	if w.Met {
		return colorOK
	}
	return colorAlert
}

// ReplayGame is the drill window over a replay: the drill interface with the
// timeline along the bottom of its map. The timeline takes the mouse first; what it
// holds the map does not see.
type ReplayGame struct {
	*Game
	session  *session.Replay
	timeline *Timeline
	in       Input
}

// NewReplayGame returns the window of replay session s.
func NewReplayGame(s *session.Replay, cfg Config) (*ReplayGame, error) {
	if cfg.Input == nil {
		cfg.Input = EbitenInput{}
	}
	rg := &ReplayGame{session: s, timeline: NewTimeline(s.EndS(), s.Windows()), in: cfg.Input}
	cfg.Input = mapInput{Input: cfg.Input, timeline: rg.timeline}
	g, err := NewGame(s, cfg)
	if err != nil {
		return nil, err
	}
	rg.Game = g
	rg.timeline.place(g)
	return rg, nil
}

// Timeline returns the replay's timeline.
func (rg *ReplayGame) Timeline() *Timeline { return rg.timeline }

// Update seeks when the timeline asks, then runs the drill interface.
func (rg *ReplayGame) Update() error {
	rg.timeline.place(rg.Game)
	if s, ok := rg.timeline.Update(rg.in); ok {
		if err := rg.session.SeekTo(s); err != nil {
			return err
		}
		rg.Game.resync()
	}
	return rg.Game.Update()
}

// Draw draws the drill interface and the timeline over its map.
func (rg *ReplayGame) Draw(screen *ebiten.Image) {
	rg.Game.Draw(screen)
	rg.timeline.Draw(screen, rg.Game.snap.T)
}

// resync rebuilds what the interface took in from the events of the drill so far,
// after the session jumped in time: the feed, the order book and the map.
func (g *Game) resync() {
	g.feed = NewFeed(g.role)
	g.orders = OrderBook{}
	g.feed.Open = -1
	events := g.session.Events()
	g.feed.Add(events, g.orders.Has, g.say)
	g.feed.MarkAllRead()
	g.refresh()
}

// mapInput is the input the drill interface under a timeline sees: the mouse
// buttons and wheel vanish where the timeline holds the mouse.
type mapInput struct {
	Input
	timeline *Timeline
}

// held reports whether the timeline holds the mouse.
func (m mapInput) held() bool { return m.timeline.Holds(m.Input.Cursor()) }

// MouseDown reports the left button held, unless the timeline holds it.
func (m mapInput) MouseDown() bool { return m.Input.MouseDown() && !m.held() }

// MousePressed reports the left button going down, unless on the timeline.
func (m mapInput) MousePressed() bool { return m.Input.MousePressed() && !m.held() }

// MouseReleased reports the left button going up, unless on the timeline.
func (m mapInput) MouseReleased() bool { return m.Input.MouseReleased() && !m.held() }

// Wheel returns the scroll, unless over the timeline.
func (m mapInput) Wheel() float64 {
	if m.held() {
		return 0
	}
	return m.Input.Wheel()
}
