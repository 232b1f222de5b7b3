package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
)

func TestClockTurnsUpdatesIntoTicks(t *testing.T) {
	for _, tc := range []struct {
		speed, updates, want int
	}{
		{0, 600, 0},
		{1, 600, 1},   // ×1: one 10 s tick per 10 wall seconds
		{1, 599, 0},   // not a whole tick yet
		{10, 60, 1},   // ×10: a tick a second
		{60, 60, 6},   // ×60: a simulated minute a second
		{300, 60, 30}, // ×300: five minutes a second
		{300, 1, 0},   // 5 s per update at ×300, half a tick
		{300, 2, 1},
	} {
		c := NewClock(10)
		c.SetSpeed(tc.speed)
		got := 0
		for range tc.updates {
			got += c.Update(0)
		}
		if got != tc.want {
			t.Errorf("speed ×%d over %d updates: %d ticks, want %d", tc.speed, tc.updates, got, tc.want)
		}
	}
}

func TestClockStepPausesAndStepsOnce(t *testing.T) {
	c := NewClock(10)
	c.SetSpeed(60)
	c.Step()
	if c.Speed() != 0 {
		t.Fatalf("speed after Step = %d, want paused", c.Speed())
	}
	if n := c.Update(0); n != 1 {
		t.Errorf("first update after Step gives %d ticks, want 1", n)
	}
	if n := c.Update(0); n != 0 {
		t.Errorf("second update after Step gives %d ticks, want 0", n)
	}
}

// overSays reports whether the surface over g's map drew a text containing s.
func overSays(g *Game, s string) bool { return drew(&g.over, s) }

// panelSays reports whether g's side panel drew a text containing s.
func panelSays(g *Game, s string) bool { return drew(&g.panel, s) }

// drew reports whether surface p drew a text containing s in the next frame.
func drew(p *Panel, s string) (found bool) {
	theHost.updatesPass(1)
	theHost.onUpdate(func() {
		for _, d := range p.Texts {
			found = found || strings.Contains(d.Text, s)
		}
	})
	return found
}

// TestAPausedClockSaysSo: a drill waits paused at its start and the map says so and
// how to start it; an order asked for then says it waits for the clock; the banner
// goes once the clock runs.
func TestAPausedClockSaysSo(t *testing.T) {
	s := newSessionAs(t, "landslide", scenarios.VillageRole("银杏村"))
	g, in := playing(t, s, Config{})
	paused := i18n.TextPausedBanner.In(i18n.Chinese)
	if !overSays(g, paused) {
		t.Fatalf("the paused drill's map does not say %q", paused)
	}
	clickWidget(t, in, g, i18n.TextActLoudspeaker.In(i18n.Chinese))
	if waits := i18n.TextOrderWaits.In(i18n.Chinese); !overSays(g, waits) {
		t.Errorf("the warning asked for while paused does not say %q", waits)
	}
	theHost.press(in, ebiten.KeyEscape)
	theHost.press(in, ebiten.Key1)
	if overSays(g, paused) {
		t.Errorf("the map says %q with the clock at ×1", paused)
	}
}

// TestTheClockSlowsBeforeTheEnd: at ×300 the flood runs five simulated minutes a
// second until its last ten minutes, which run at ×60 with the map saying so, and it
// ends at its end.
func TestTheClockSlowsBeforeTheEnd(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	end := int64(s.Scenario().Duration)
	theHost.onUpdate(func() { g.advance(int((end - 30*60) / s.TickSeconds())) })
	theHost.press(in, ebiten.Key4)
	run := func(updates int) (simulated int64) {
		var from, to int64
		theHost.onUpdate(func() { from = g.snap.T })
		theHost.updatesPass(updates)
		theHost.onUpdate(func() { to = g.snap.T })
		return to - from
	}
	if d := run(60); d < 270 || d > 330 {
		t.Errorf("a second at ×300 twenty-odd minutes before the end ran %d simulated seconds, want about 300", d)
	}
	theHost.onUpdate(func() { g.advance(int((end - 9*60 - g.snap.T) / s.TickSeconds())) })
	if d := run(60); d > 70 {
		t.Errorf("a second at ×300 nine minutes before the end ran %d simulated seconds, want ×60's 60", d)
	}
	if slowed := fmt.Sprintf(i18n.TextSlowedBanner.In(i18n.Chinese), slowSpeed); !overSays(g, slowed) {
		t.Errorf("the map does not say %q", slowed)
	}
	theHost.onUpdate(func() { g.advance(int((end - 30 - g.snap.T) / s.TickSeconds())) })
	run(60)
	if !s.Done() {
		t.Error("the flood did not end at ×60")
	}
}
