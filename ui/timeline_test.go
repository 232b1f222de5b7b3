package ui

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/session"
)

func TestTimelineMapsColumnsToSeconds(t *testing.T) {
	rg, _, _ := replaying(t)
	tl := NewTimeline(8*3600, nil)
	var overlays []image.Rectangle
	theHost.onUpdate(func() { tl.place(rg.Game); overlays = rg.Game.overlayRects() })
	tr := tl.track()
	if !tl.Rect.In(image.Rect(0, 0, mapWidth, ScreenHeight)) || tl.Rect.Overlaps(overlays[0]) || tl.Rect.Overlaps(overlays[1]) {
		t.Fatalf("the timeline %v is off the map or over the legend %v or scale bar %v", tl.Rect, overlays[0], overlays[1])
	}
	for _, tc := range []struct {
		x    int
		want int64
	}{{tr.Min.X, 0}, {tr.Max.X, 8 * 3600}, {tr.Min.X - 50, 0}, {tr.Max.X + 50, 8 * 3600}} {
		if got := tl.SecondAt(tc.x); got != tc.want {
			t.Errorf("column %d: second %d, want %d", tc.x, got, tc.want)
		}
	}
	for _, s := range []int64{0, 600, 7200, 8 * 3600} {
		if back := tl.SecondAt(tl.XOf(s)); abs(int(back-s)) > 8*3600/tr.Dx() {
			t.Errorf("second %d drawn at column %d reads back as %d", s, tl.XOf(s), back)
		}
	}
}

// replaying shows the flood replayed from its start, as the evaluator, in the test
// window until the test ends, and returns the replay, its session and its input.
func replaying(t *testing.T) (*ReplayGame, *session.Replay, *scriptInput) {
	t.Helper()
	s := replayedFlood(t, scenarios.RoleEvaluator)
	in := newScriptInput()
	rg, err := NewReplayGame(s, Config{Input: in})
	if err != nil {
		t.Fatal(err)
	}
	theHost.playGame(rg, in)
	t.Cleanup(func() { theHost.play(nil, nil) })
	theHost.updatesPass(2)
	return rg, s, in
}

func TestScrubberSeeksOnClickAndDrag(t *testing.T) {
	rg, s, in := replaying(t)

	tl := rg.Timeline()
	y := (tl.track().Min.Y + tl.track().Max.Y) / 2
	x := tl.XOf(3 * 3600)
	theHost.click(in, x, y)
	var now int64
	var sel selection
	theHost.onUpdate(func() { now, sel = rg.snap.T, rg.sel })
	if want := tl.SecondAt(x) / s.TickSeconds() * s.TickSeconds(); now != want {
		t.Errorf("clicking the timeline at column %d (second %d) moved the drill to second %d, want %d", x, tl.SecondAt(x), now, want)
	}
	if !sel.empty() {
		t.Errorf("the click on the timeline also selected %+v on the map", sel)
	}

	// Drag from one hour back to five hours.
	x1, x2 := tl.XOf(3600), tl.XOf(5*3600)
	theHost.onUpdate(func() { in.x, in.y, in.down, in.pressed = x1, y, true, true })
	theHost.onUpdate(func() { in.x = (x1 + x2) / 2 })
	theHost.onUpdate(func() { in.x = x2 })
	theHost.onUpdate(func() { in.down, in.released = false, true })
	theHost.updatesPass(1)
	var cam Camera
	theHost.onUpdate(func() { now, cam = rg.snap.T, rg.cam })
	if want := tl.SecondAt(x2) / s.TickSeconds() * s.TickSeconds(); now != want {
		t.Errorf("dragging the scrubber to column %d (second %d) moved the drill to second %d, want %d", x2, tl.SecondAt(x2), now, want)
	}
	var fresh Camera
	theHost.onUpdate(func() { fresh = Camera{W: mapWidth, H: ScreenHeight}; fresh.Fit(s.Town().Core) })
	if cam != fresh {
		t.Errorf("dragging the scrubber also panned the map: camera %+v, want %+v", cam, fresh)
	}

	// Orders are refused, and the feed says why.
	var feed []FeedItem
	var entries []OrderEntry
	theHost.onUpdate(func() {
		rg.send(scenarios.Order{Order: scenarios.OrderOpenShelter, Shelter: "福宝中学"})
		feed, entries = rg.feed.Items, rg.orders.Entries
	})
	if len(feed) == 0 || !strings.Contains(feed[len(feed)-1].Reason.In(i18n.English), "replay") {
		t.Errorf("after an order in a replay the feed ends with %+v; want the refusal", feed[len(feed)-1:])
	}
	if len(entries) != 1 || entries[0].Status != StatusRejected {
		t.Errorf("the refused order is listed as %+v; want it rejected", entries)
	}
}

func TestTimelineDrawsTheRequirementWindows(t *testing.T) {
	windows := []scoring.Window{
		{Started: true, StartS: 600, Stopped: true, StopS: 1200, AllowedS: 900, Met: true}, // met in time
		{Started: true, StartS: 600, AllowedS: 300},                                        // never done
		{}, // never started: nothing to draw
	}
	tl := NewTimeline(3600, windows)
	tl.Rect = image.Rect(200, ScreenHeight-70, 700, ScreenHeight-14)
	img := image.NewRGBA(image.Rect(0, 0, ScreenWidth, ScreenHeight))
	theHost.afterDraw(func(*ebiten.Image) {
		dst := ebiten.NewImage(ScreenWidth, ScreenHeight)
		defer dst.Deallocate()
		tl.Draw(dst, 1800)
		dst.ReadPixels(img.Pix)
	})
	// colours returns whether the column at second s shows a met and a missed bar.
	colours := func(s int64) (met, missed bool) {
		x := tl.XOf(s)
		for y := tl.Rect.Min.Y; y < tl.track().Min.Y; y++ {
			c := img.RGBAAt(x, y)
			met = met || c == colorOK
			missed = missed || c == colorAlert
		}
		return met, missed
	}
	for _, tc := range []struct {
		s           int64
		met, missed bool
	}{{300, false, false}, {1000, true, true}, {3000, false, true}} {
		if met, missed := colours(tc.s); met != tc.met || missed != tc.missed {
			t.Errorf("at second %d the timeline shows a met bar %v and a missed one %v; want %v and %v", tc.s, met, missed, tc.met, tc.missed)
		}
	}
	if c := img.RGBAAt(tl.XOf(1800), tl.track().Min.Y+2); c != colorSelected {
		t.Errorf("the moment at second 1800 is drawn %v, want %v", c, colorSelected)
	}
}
