package ui

import (
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
)

func TestReleasingATabletopPhaseRunsTheClockToItsEnd(t *testing.T) {
	s, g, in := newControllerGame(t, "tabletop")
	defer theHost.play(nil, nil)
	p1 := s.Scenario().Phases[0]
	theHost.press(in, ebiten.Key4)     // ×300, the speed a release resumes at
	theHost.press(in, ebiten.KeySpace) // pause
	var t0 int64
	theHost.onUpdate(func() { t0 = g.snap.T })
	clickWidget(t, in, g, "发布 "+p1.Title)
	var speed int
	var at int64
	theHost.updatesPass(2)
	theHost.onUpdate(func() { speed, at = g.clock.Speed(), g.snap.T })
	if speed != 300 || at <= t0 {
		t.Fatalf("releasing %s leaves the clock at ×%d at %ds", p1.ID, speed, at)
	}
	// Run the game's Updates without drawing in between, twenty to a frame.
	for i := 0; i < 100 && speed != 0; i++ {
		theHost.onUpdate(func() {
			for range 20 {
				if err := g.Update(); err != nil {
					t.Error(err)
				}
			}
			speed, at = g.clock.Speed(), g.snap.T
		})
	}
	if speed != 0 || at != int64(p1.To) {
		t.Fatalf("after releasing %s at %ds the clock runs at ×%d at %ds; want it stopped at the phase end %ds", p1.ID, t0, speed, at, int64(p1.To))
	}
	theHost.updatesPass(3)
	theHost.onUpdate(func() { at = g.snap.T })
	if at != int64(p1.To) {
		t.Errorf("the clock went on to %ds after the phase ended at %ds", at, int64(p1.To))
	}
	if i := phaseAt(s.Scenario(), at); i != 0 {
		t.Errorf("at the end of %s the phase shown is %d, want 0 (in discussion)", p1.ID, i)
	}
	widget(t, g, "发布 "+s.Scenario().Phases[1].Title) // the next phase is offered
	last := sentOrders(g)
	if n := len(last); n == 0 || last[n-1].Order.Order != scenarios.OrderPause {
		t.Errorf("the stop at the phase end is not recorded as a pause order: %+v", last)
	}
}

// TestTabletopPlayersAnswerInTheAnswerBox types an answer in a village's answer box
// and sends it with Enter, then another with 提交: each goes to the feed and into
// the drill's record as an answer order with its text.
func TestTabletopPlayersAnswerInTheAnswerBox(t *testing.T) {
	s := newSessionAs(t, "tabletop", scenarios.VillageRole("银杏村"))
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	answers := []string{"监测员上山巡查，网格员通知11户", "六组45人转移到村活动中心"}
	clickWidget(t, in, g, i18n.TextAnswerPlaceholder.In(i18n.Chinese))
	theHost.typeText(in, answers[0])
	theHost.typeText(in, "1") // a digit goes into the answer, not to the clock
	theHost.press(in, ebiten.KeyBackspace)
	var speed int
	var typed string
	theHost.onUpdate(func() { speed, typed = g.clock.Speed(), g.rolePanel.(*villagePanel).answers.field.String() })
	if speed != 0 || typed != answers[0] {
		t.Fatalf("after typing the answer reads %q and the clock runs at ×%d; want %q, paused", typed, speed, answers[0])
	}
	theHost.press(in, ebiten.KeyEnter)
	clickWidget(t, in, g, i18n.TextAnswerPlaceholder.In(i18n.Chinese))
	theHost.typeText(in, answers[1])
	clickWidget(t, in, g, i18n.TextSubmit.In(i18n.Chinese))
	sent := sentOrders(g)
	if len(sent) != 2 || sent[0].Order.Order != scenarios.OrderAnswer || sent[0].Order.Text != answers[0] || sent[1].Order.Text != answers[1] {
		t.Fatalf("the answers went out as %+v, want two answer orders with their texts", sent)
	}
	theHost.press(in, ebiten.KeyPeriod)
	theHost.updatesPass(1)
	recorded, fed := 0, 0
	theHost.onUpdate(func() {
		for _, e := range s.Events() {
			if e.Kind == scenarios.EventOrder && e.Order == scenarios.OrderAnswer && e.Role == scenarios.VillageRole("银杏村") && slices.Contains(answers, e.Text) {
				recorded++
			}
		}
		for _, it := range g.feed.Items {
			if it.Note == noteAnswer && slices.Contains(answers, g.feedText(it)) {
				fed++
			}
		}
		typed = g.rolePanel.(*villagePanel).answers.field.String()
	})
	if recorded != 2 || fed != 2 {
		t.Errorf("the drill's record holds %d answers and the feed %d, want both in each", recorded, fed)
	}
	if typed != "" {
		t.Errorf("the answer box still holds %q after sending", typed)
	}
}

func TestPhaseAtAndNextPhase(t *testing.T) {
	scn := &scenarios.Scenario{Phases: []scenarios.Phase{{ID: "P1", From: 0, To: 1800}, {ID: "P2", From: 2400, To: 3600}}}
	for _, tc := range []struct {
		t          int64
		at, next   int
		annotation string
	}{
		{0, -1, 0, "before the first release"},
		{10, 0, 0, "P1 under way"},
		{1800, 0, 1, "P1 just ended"},
		{2000, -1, 1, "between the phases"},
		{3600, 1, -1, "P2 just ended, the last"},
	} {
		if got := phaseAt(scn, tc.t); got != tc.at {
			t.Errorf("%s: phaseAt(%d) = %d, want %d", tc.annotation, tc.t, got, tc.at)
		}
		if got := nextPhase(scn, tc.t); got != tc.next {
			t.Errorf("%s: nextPhase(%d) = %d, want %d", tc.annotation, tc.t, got, tc.next)
		}
	}
}
