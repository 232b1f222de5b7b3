package ui

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/scoring"
)

// TestACountdownTurnsRedAfterItsDeadline runs the flood drill at ×300 without a
// response: the first requirement to start counts down, saying what started it, with
// a line in the feed at the same moment; it turns amber in its last quarter and red
// once its time is up, and the feed says so.
func TestACountdownTurnsRedAfterItsDeadline(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	rows := func() (r []deadlineRow) { theHost.onUpdate(func() { r = g.deadlineRows(nil) }); return }
	if r := rows(); len(r) != 0 {
		t.Fatalf("before the drill starts %d requirements are timing: %+v", len(r), r)
	}
	theHost.press(in, ebiten.Key4) // ×300
	theHost.updatesPass(2)
	var now int64
	theHost.onUpdate(func() { now = g.snap.T })
	if now == 0 {
		t.Fatalf("at ×300 the clock has not moved: %v", g)
	}
	// step fast-forwards the drill by two minutes and returns the countdowns.
	step := func() (r []deadlineRow) {
		theHost.onUpdate(func() { g.advance(12); r = g.deadlineRows(nil) })
		return
	}
	first := deadlineRow{k: -1}
	for i := 0; i < 600; i++ {
		if r := step(); len(r) > 0 {
			first = r[0]
			break
		}
	}
	if first.k < 0 {
		t.Fatalf("no requirement started timing: %v", g)
	}
	var clause, cause, note string
	theHost.onUpdate(func() {
		w := g.reqs.Windows()[first.k]
		clause = w.Requirement.Clause
		cause = g.causeText(g.countdowns.started[first.k], g.lang)
		for _, it := range g.feed.Items {
			if it.Note == noteClockStarted && it.Ref == first.k && it.T == w.StartS {
				note = g.feedText(it)
			}
		}
	})
	if first.State != scoring.ClockRunning {
		t.Errorf("requirement %s just started is %v, want running", clause, first.State)
	}
	if cause == "" || note == "" || !strings.Contains(note, cause) || !strings.Contains(note, clause) {
		t.Errorf("requirement %s was started by %q; the feed's line at its start says %q, want the cause and the clause", clause, cause, note)
	}
	find := func() (deadlineRow, bool) {
		for _, r := range step() {
			if r.k == first.k {
				return r, true
			}
		}
		return deadlineRow{}, false
	}
	seen := map[scoring.ClockState]bool{}
	for i := 0; i < 600; i++ {
		r, ok := find()
		if !ok {
			t.Fatalf("requirement %s stopped timing without a response: %v", clause, g)
		}
		seen[r.State] = true
		if r.State == scoring.ClockOverdue {
			if r.LeftS >= 0 || clockColor(r.State) != colorAlert {
				t.Errorf("overdue requirement %s has %ds left and colour %v", clause, r.LeftS, clockColor(r.State))
			}
			break
		}
	}
	if !seen[scoring.ClockClosing] || !seen[scoring.ClockOverdue] {
		t.Errorf("requirement %s went through %v, want amber (closing) then red (overdue)", clause, seen)
	}
	late := false
	theHost.onUpdate(func() {
		for _, it := range g.feed.Items {
			late = late || it.Note == noteClockOverdue && it.Ref == first.k && strings.Contains(g.feedLine(it), "超时")
		}
	})
	if !late {
		t.Errorf("requirement %s passed its deadline and the feed does not say 超时", clause)
	}
}

func TestFormatLeft(t *testing.T) {
	for s, want := range map[int64]string{0: "0:00", 59: "0:59", 754: "12:34", 3600: "1:00:00", 3725: "1:02:05", -190: "-3:10"} {
		if got := formatLeft(s); got != want {
			t.Errorf("formatLeft(%d) = %q, want %q", s, got, want)
		}
	}
}
