package ui

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
)

func TestAnEvaluatorsObservationIsStored(t *testing.T) {
	s := newSessionAs(t, "flood", scenarios.RoleEvaluator)
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	theHost.onUpdate(func() { g.advance(90) }) // a quarter of an hour in
	clickWidget(t, in, g, "下一项")               // E01 → E02, rated P/S/M/U
	clickWidget(t, in, g, "S")
	clickWidget(t, in, g, "点此输入评语")
	const comment = "初报要素不全，未报受威胁人数"
	theHost.typeText(in, comment)
	theHost.press(in, ebiten.KeyEnter)
	clickWidget(t, in, g, "记录观察")
	var obs []observation.Observation
	var now int64
	theHost.onUpdate(func() { obs, now = append(obs, s.Observations()...), g.snap.T })
	if len(obs) != 1 {
		t.Fatalf("the session holds %d observations, want 1", len(obs))
	}
	o := obs[0]
	if o.Item != "E02" || o.Rating != observation.RatingS || o.Comment != comment || !o.HasTime || int64(o.At) != now || now != 900 {
		t.Errorf("stored %+v at %ds, want E02 rated S with the comment, timed at 900s", o, now)
	}
	theHost.onUpdate(func() {
		if g.rolePanel.(*evaluatorPanel).form.rating != "" || g.rolePanel.(*evaluatorPanel).form.comment.String() != "" {
			t.Errorf("the form still holds rating %q comment %q after recording", g.rolePanel.(*evaluatorPanel).form.rating, g.rolePanel.(*evaluatorPanel).form.comment.String())
		}
	})
	// The record button does nothing until a rating is chosen again.
	clickWidget(t, in, g, "记录观察")
	theHost.onUpdate(func() {
		if n := len(s.Observations()); n != 1 {
			t.Errorf("recording without a rating stored an observation: %d in all", n)
		}
	})
}

func TestTheEvaluatorsTableFollowsTheRequirements(t *testing.T) {
	s := newSessionAs(t, "flood", scenarios.RoleEvaluator)
	g, _ := playing(t, s, Config{})
	var rows []requirementRow
	theHost.onUpdate(func() { rows = g.requirementTable(nil) })
	if len(rows) == 0 {
		t.Fatal("the evaluator's table is empty")
	}
	for _, r := range rows {
		if r.State != scoring.ClockWaiting {
			t.Fatalf("before the drill starts %s is %v", r.Clause, r.State)
		}
	}
	theHost.onUpdate(func() { g.advance(360); rows = g.requirementTable(nil) }) // an hour in, nobody responding
	overdue := 0
	for i, r := range rows {
		if r.State == scoring.ClockOverdue {
			overdue++
		}
		if i > 0 && r.State.Running() && !rows[i-1].State.Running() {
			t.Errorf("timing requirement %s listed after %s (%v)", r.Clause, rows[i-1].Clause, rows[i-1].State)
		}
	}
	if overdue == 0 {
		t.Errorf("an hour without a response and no requirement overdue: %+v", rows)
	}
	theHost.onUpdate(func() {
		for _, w := range g.panel.Widgets {
			if strings.Contains(w.Label, "救援队") {
				t.Errorf("the evaluator is offered a unit to command: %q", w.Label)
			}
		}
	})
}
