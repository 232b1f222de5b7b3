package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/scenarios"
	"drillsim/scoring"
)

// widget finds the widget of the last Update whose label contains s: over the map
// (a dialog, the end screen) first, then in the side panel.
func widget(t *testing.T, g *Game, s string) Widget {
	t.Helper()
	var found *Widget
	var all []Widget
	theHost.onUpdate(func() {
		all = append(append(all[:0], g.over.Widgets...), g.panel.Widgets...)
		for i := range all {
			if strings.Contains(all[i].Label, s) {
				w := all[i]
				found = &w
				return
			}
		}
	})
	if found == nil {
		t.Fatalf("no widget says %q; %v; widgets %v", s, g, all)
	}
	return *found
}

// scrollTo scrolls, with the wheel over the widget that says over, until a widget
// says s, and returns it: the lists of the panel show a few rows at a time.
func scrollTo(t *testing.T, in *scriptInput, g *Game, over, s string) Widget {
	t.Helper()
	o := widget(t, g, over)
	c := o.Rect.Min.Add(o.Rect.Max).Div(2)
	for range 20 {
		var found *Widget
		theHost.onUpdate(func() {
			for _, w := range g.panel.Widgets {
				if strings.Contains(w.Label, s) {
					found = &w
					return
				}
			}
		})
		if found != nil {
			return *found
		}
		theHost.onUpdate(func() { in.x, in.y, in.wheel = c.X, c.Y, -1 })
		theHost.updatesPass(1)
	}
	return widget(t, g, s)
}

// clickWidget clicks the middle of the widget that says s.
func clickWidget(t *testing.T, in *scriptInput, g *Game, s string) {
	t.Helper()
	w := widget(t, g, s)
	c := w.Rect.Min.Add(w.Rect.Max).Div(2)
	theHost.click(in, c.X, c.Y)
}

func TestDispatchAUnitAndFollowItsOrder(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)

	clickWidget(t, in, g, "镇综合应急救援队一分队")
	var sel selection
	theHost.onUpdate(func() { sel = g.sel })
	if len(sel.units) != 1 || sel.units[0] != "rescue-1" {
		t.Fatalf("clicking the unit's row selected %+v, want rescue-1", sel)
	}
	clickWidget(t, in, g, "搜救")
	theHost.onUpdate(func() { sel = g.sel })
	if sel.task != scenarios.TaskRescue {
		t.Fatalf("clicking 搜救 chose task %q", sel.task)
	}
	// Pick the destination on the map: the community's label point.
	var x, y float64
	theHost.onUpdate(func() {
		for i, v := range s.Town().Villages {
			if v.Name == "福宝社区" {
				x, y = g.cam.ToScreen(g.marks.villages[i].At)
			}
		}
	})
	theHost.click(in, int(x), int(y))
	var entries []OrderEntry
	theHost.onUpdate(func() { entries = append([]OrderEntry(nil), g.orders.Entries...); sel = g.sel })
	if len(entries) != 0 || sel.place == "" {
		t.Fatalf("picking the place sent %d orders and chose place %q; want none sent until confirmed, and the place chosen", len(entries), sel.place)
	}
	clickWidget(t, in, g, "确认")
	theHost.onUpdate(func() { entries = append([]OrderEntry(nil), g.orders.Entries...) })
	if len(entries) != 1 {
		t.Fatalf("after confirming %d orders were sent, want 1", len(entries))
	}
	o := entries[0].Order
	if o.Order != scenarios.OrderDispatch || o.Unit != "rescue-1" || o.Task != scenarios.TaskRescue || o.To == "" || o.Role != scenarios.RoleCommand {
		t.Fatalf("order sent: %+v", o)
	}
	if entries[0].Status != StatusIssued {
		t.Errorf("status before the next tick: %v, want issued", entries[0].Status)
	}
	row := widget(t, g, "镇综合应急救援队一分队")
	if !strings.Contains(row.Label, "已下达") {
		t.Errorf("unit row %q does not show the order as issued (已下达)", row.Label)
	}

	theHost.press(in, ebiten.KeyPeriod) // one tick
	theHost.updatesPass(1)
	row = widget(t, g, "镇综合应急救援队一分队")
	if !strings.Contains(row.Label, "途中") {
		t.Fatalf("after one tick the unit row says %q, want the order en route (途中)", row.Label)
	}

	clickWidget(t, in, g, "×300")
	var t0, t1 int64
	theHost.onUpdate(func() { t0 = g.snap.T })
	theHost.updatesPass(40)
	theHost.onUpdate(func() { t1 = g.snap.T })
	if t1 <= t0 {
		t.Fatalf("at ×300 the clock stood still at %ds over 40 updates", t0)
	}
	// Fast-forward the drive in half-minute steps rather than frame by frame.
	onScene := false
	for i := 0; i < 200 && !onScene; i++ {
		theHost.onUpdate(func() {
			g.advance(3)
			onScene = g.orders.Latest("rescue-1").Status >= StatusOnScene
		})
	}
	if !onScene {
		t.Fatalf("rescue-1 never reached %s: %v", o.To, g)
	}
	row = widget(t, g, "镇综合应急救援队一分队")
	if !strings.Contains(row.Label, "到达现场") && !strings.Contains(row.Label, "完成") {
		t.Errorf("unit row %q shows neither on scene (到达现场) nor done (完成)", row.Label)
	}
}

func TestKeysPauseSpeedZoomAndLanguage(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	speed := func() (v int) { theHost.onUpdate(func() { v = g.clock.Speed() }); return }
	theHost.press(in, ebiten.Key3)
	if v := speed(); v != 60 {
		t.Errorf("key 3 sets speed ×%d, want ×60", v)
	}
	theHost.press(in, ebiten.KeySpace)
	if v := speed(); v != 0 {
		t.Errorf("space at ×60 leaves speed ×%d, want paused", v)
	}
	theHost.press(in, ebiten.KeySpace)
	if v := speed(); v != 60 {
		t.Errorf("space when paused resumes at ×%d, want ×60", v)
	}
	var scale float64
	theHost.onUpdate(func() { scale = g.cam.Scale })
	theHost.onUpdate(func() { in.x, in.y, in.wheel = 300, 300, 1 })
	theHost.updatesPass(1)
	var after float64
	theHost.onUpdate(func() { after = g.cam.Scale })
	if after <= scale {
		t.Errorf("wheel up over the map: scale %v → %v, want larger", scale, after)
	}
	theHost.press(in, ebiten.KeyL)
	clickWidget(t, in, g, "Paused") // the i18n.English speed button exists
	if v := speed(); v != 0 {
		t.Errorf("clicking Paused leaves speed ×%d", v)
	}
}

func TestTheClockStopsWhenTheDrillEnds(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	end := int64(s.Scenario().Duration)
	theHost.onUpdate(func() { g.advance(int(end/s.TickSeconds()) + 10) })
	theHost.press(in, ebiten.Key4)
	theHost.updatesPass(2)
	var speed int
	var at int64
	theHost.onUpdate(func() { speed, at = g.clock.Speed(), g.snap.T })
	if !s.Done() || at != end {
		t.Fatalf("after the whole scenario: done=%v at %ds, want done at %ds", s.Done(), at, end)
	}
	if speed != 0 {
		t.Errorf("the clock runs at ×%d after the drill ended", speed)
	}
}

// TestTheEndScreenGradesTheDrillAndWritesItsReport plays the flood to its end: the end
// screen grades the drill against its plan, and R writes the after-action report.
func TestTheEndScreenGradesTheDrillAndWritesItsReport(t *testing.T) {
	s := newSession(t, "flood")
	dir := t.TempDir()
	g, in := playing(t, s, Config{ReportDir: dir})
	end := int64(s.Scenario().Duration)
	theHost.onUpdate(func() { g.advance(int(end/s.TickSeconds()) + 10) })
	theHost.updatesPass(2)
	var line string
	theHost.onUpdate(func() {
		if g.final != nil {
			line = g.scoreLine()
		}
	})
	if !strings.Contains(line, "综合得分") || !strings.Contains(line, "等级") {
		t.Fatalf("the end screen's score line is %q", line)
	}
	theHost.press(in, ebiten.KeyR)
	theHost.updatesPass(2)
	first := filepath.Join(dir, "flood-report.html")
	report, err := os.ReadFile(first)
	if err != nil || !strings.Contains(string(report), "演练评估报告") {
		t.Fatalf("R wrote no report (%v)", err)
	}
	var said string
	theHost.onUpdate(func() { said = g.report })
	if abs, _ := filepath.Abs(first); !strings.Contains(said, abs) {
		t.Errorf("the end screen says %q, not the report's full path %s", said, abs)
	}
	// A second report (of this drill or the next) goes beside the first, never over it.
	if err := os.WriteFile(first, []byte("an earlier drill's report"), 0o644); err != nil {
		t.Fatal(err)
	}
	theHost.press(in, ebiten.KeyR)
	theHost.updatesPass(2)
	if kept, _ := os.ReadFile(first); string(kept) != "an earlier drill's report" {
		t.Errorf("the second report overwrote the first")
	}
	if second, err := os.ReadFile(filepath.Join(dir, "flood-report-2.html")); err != nil || !strings.Contains(string(second), "演练评估报告") {
		t.Errorf("the second report is not flood-report-2.html (%v)", err)
	}
}

// TestAVillageSeatIsGradedOnItsOwnDuties plays the landslide as 银杏村's cadres, giving
// only their own orders of the reference response (door to door, the shelter, the
// evacuation, the report of the slide): the end screen grades the village on the
// village clauses alone, all met, not on the town's response level or rescue team.
func TestAVillageSeatIsGradedOnItsOwnDuties(t *testing.T) {
	village := scenarios.VillageRole("银杏村")
	s := newSessionAs(t, "landslide", village)
	g, _ := playing(t, s, Config{})
	playToTheEnd(g, s, ownReferenceOrders(t, "landslide", village))
	theHost.updatesPass(2)
	var a *scoring.Assessment
	theHost.onUpdate(func() { a = g.final })
	if a == nil {
		t.Fatal("the drill ended without a grade")
	}
	for _, r := range a.Scorecard.Rows {
		if !r.Requirement.Responsible.Village() {
			t.Errorf("the village is graded on clause %s (%s)", r.Requirement.Clause, r.Requirement.Title)
		}
	}
	if a.Scorecard.Met() != 3 || len(a.Scorecard.Rows) != 3 || a.Grade != scoring.GradeExcellent {
		t.Errorf("银杏村 met %d of %d clauses, grade %s: want 3 of 3, 优秀", a.Scorecard.Met(), len(a.Scorecard.Rows), a.Grade)
	}
}
