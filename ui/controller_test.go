package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/sim"
)

// newControllerGame starts built-in scenario id as the controller (导调).
func newControllerGame(t *testing.T, id string) (*session.Local, *Game, *scriptInput) {
	t.Helper()
	s := newSessionAs(t, id, scenarios.RoleController)
	in := newScriptInput()
	g, err := NewGame(s, Config{Input: in})
	if err != nil {
		t.Fatal(err)
	}
	theHost.play(g, in)
	theHost.updatesPass(2)
	return s, g, in
}

// sentOrders copies the orders the game has sent.
func sentOrders(g *Game) (out []OrderEntry) {
	theHost.onUpdate(func() { out = append(out, g.orders.Entries...) })
	return out
}

// injectText is the text of inject id of scenario s, which its row shows.
func injectText(t *testing.T, s *scenarios.Scenario, id string) string {
	t.Helper()
	for _, in := range s.Injects {
		if in.ID == id {
			return in.Text
		}
	}
	t.Fatalf("scenario %s has no inject %s", s.ID, id)
	return ""
}

func TestTheControllersInjectNowDeliversTheInject(t *testing.T) {
	s, g, in := newControllerGame(t, "tabletop")
	defer theHost.play(nil, nil)
	// T01 and T02 come first in the list; inject T01 now, ahead of its +2m: a click
	// asks, 确认 gives the order.
	t01 := injectText(t, s.Scenario(), "T01")
	clickWidget(t, in, g, t01)
	if sent := sentOrders(g); len(sent) != 0 {
		t.Fatalf("a click on an inject sent %+v before it was confirmed", sent)
	}
	clickWidget(t, in, g, i18n.TextConfirm.In(i18n.Chinese))
	clickWidget(t, in, g, t01) // a second click before the tick asks nothing more
	var asking bool
	theHost.onUpdate(func() { asking = g.dialog != nil })
	if asking {
		t.Error("a click on an inject ordered already opened a dialog")
	}
	sent := sentOrders(g)
	if len(sent) != 1 || sent[0].Order.Order != scenarios.OrderInjectNow || sent[0].Order.Inject != "T01" || sent[0].Order.Role != scenarios.RoleController {
		t.Fatalf("clicking inject T01 sent %+v, want inject_now T01 by the controller", sent)
	}
	theHost.press(in, ebiten.KeyPeriod) // one tick
	theHost.updatesPass(1)
	if n := len(sentOrders(g)); n != 1 {
		t.Errorf("stepping a paused clock sent %d orders; it was paused already", n)
	}
	var delivered bool
	var at int64
	theHost.onUpdate(func() {
		for _, e := range s.Events() {
			if e.Kind == scenarios.EventInject && e.Inject == "T01" {
				delivered, at = true, e.T
			}
		}
	})
	if !delivered || at != s.TickSeconds() {
		t.Fatalf("inject T01 delivered=%v at %ds, want delivered at the first tick (%ds)", delivered, at, s.TickSeconds())
	}
	theHost.onUpdate(func() {
		if i := slices.IndexFunc(g.feed.Items, func(it FeedItem) bool { return strings.Contains(it.Text, "暴雨橙色预警") }); i < 0 {
			t.Errorf("the controller's feed does not show T01: %+v", g.feed.Items)
		}
	})
	widget(t, g, injectText(t, s.Scenario(), "T02")) // the list goes on with the next one
	theHost.onUpdate(func() {
		for _, w := range g.panel.Widgets {
			if strings.Contains(w.Label, t01) && !strings.HasPrefix(w.Label, "●") && !strings.HasPrefix(w.Label, "  ") { // not the feed's line
				t.Errorf("T01 is still offered after its delivery: %q", w.Label)
			}
		}
	})
}

func TestTheControllersClockAndHazardOrdersAreRecorded(t *testing.T) {
	s, g, in := newControllerGame(t, "tabletop")
	defer theHost.play(nil, nil)
	theHost.press(in, ebiten.Key3)     // ×60
	theHost.press(in, ebiten.KeySpace) // pause
	clickWidget(t, in, g, "150 米")     // the landslide's runout
	clickWidget(t, in, g, i18n.TextConfirm.In(i18n.Chinese))
	theHost.press(in, ebiten.Key2)      // ×10
	theHost.press(in, ebiten.KeyPeriod) // pause and step: the orders apply
	theHost.updatesPass(1)
	var got []string
	var entries []OrderEntry
	theHost.onUpdate(func() {
		g.lang = i18n.English
		for _, e := range g.orders.Entries {
			entries = append(entries, e)
			got = append(got, g.orderSummary(e.Order))
		}
	})
	for i, e := range entries {
		if e.Status != StatusEnRoute {
			t.Errorf("order %s is %v (%s), want applied", got[i], e.Status, e.Reason.In(i18n.English))
		}
	}
	want := []string{"Drill speed ×60", "Paused", "Landslide runout 150 m", "Drill speed ×10", "Paused"}
	if !slices.Equal(got, want) {
		t.Fatalf("the controller's orders: %q, want %q", got, want)
	}
	var setHazard *sim.Event
	theHost.onUpdate(func() {
		for _, e := range s.Events() {
			if e.Kind == scenarios.EventOrder && e.Order == scenarios.OrderSetHazard {
				setHazard = &e
			}
		}
	})
	if setHazard == nil || setHazard.Hazard != "yinxing-6-slide" {
		t.Errorf("the log has no set_hazard order for yinxing-6-slide: %+v", setHazard)
	}
}

func TestOnlyTheControllerSeesItsOrders(t *testing.T) {
	s := newSessionAs(t, "tabletop", scenarios.VillageRole("银杏村"))
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	theHost.onUpdate(func() {
		for _, w := range g.panel.Widgets {
			if strings.Contains(w.Label, "米") || strings.Contains(w.Label, i18n.TextReleasePhase.In(i18n.Chinese)) {
				t.Errorf("the village's cadres are offered the controller's %q", w.Label)
			}
		}
	})
	theHost.press(in, ebiten.Key3)
	if n := len(sentOrders(g)); n != 0 {
		t.Errorf("a village changing its speed sent %d orders; only the controller's clock is recorded", n)
	}
}

func TestInjectLogListsThePendingInjects(t *testing.T) {
	scn := &scenarios.Scenario{Injects: []scenarios.Inject{{ID: "A"}, {ID: "B"}, {ID: "C"}}}
	l := NewInjectLog(scn)
	if got := l.Pending(nil); !slices.Equal(got, []int{0, 1, 2}) {
		t.Fatalf("pending at the start: %v", got)
	}
	l.Observe([]sim.Event{{Kind: scenarios.EventInject, Inject: "B"}, {Kind: scenarios.EventOrder, Inject: "C"}})
	if got := l.Pending(nil); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("pending after B was delivered (and C only ordered): %v, want [0 2]", got)
	}
}
