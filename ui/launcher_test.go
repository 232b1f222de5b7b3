package ui

import (
	"strings"
	"testing"

	"drillsim/scenarios"
)

func TestLauncherStartsTheChosenScenarioAsTheChosenRole(t *testing.T) {
	var opened string
	open := func(id string) (Session, error) {
		opened = id
		return newSession(t, id), nil
	}
	var villages []string
	for _, v := range defaultTown(t).Villages {
		villages = append(villages, v.Name)
	}
	in := newScriptInput()
	l, err := NewLauncher(scenarios.Library(), villages, open, Config{Input: in})
	if err != nil {
		t.Fatal(err)
	}
	theHost.playGame(l, in)
	defer theHost.play(nil, nil)
	theHost.updatesPass(2)
	landslide, err := scenarios.LoadBuiltin("landslide")
	if err != nil {
		t.Fatal(err)
	}
	click := func(label string) {
		t.Helper()
		var c struct{ x, y int }
		found := false
		theHost.onUpdate(func() {
			for _, w := range l.panel.Widgets {
				if w.Label == label {
					m := w.Rect.Min.Add(w.Rect.Max).Div(2)
					c.x, c.y, found = m.X, m.Y, true
					return
				}
			}
		})
		if !found {
			t.Fatalf("the start screen has no %q", label)
		}
		theHost.click(in, c.x, c.y)
	}
	click(landslide.Title)
	click("村:银杏村")
	click(TextStart.In(Chinese))
	var g *Game
	theHost.onUpdate(func() { g = l.Game() })
	if g == nil || opened != "landslide" {
		t.Fatalf("after start: game %v, scenario opened %q; want the landslide drill", g, opened)
	}
	if g.role != scenarios.VillageRole("银杏村") {
		t.Errorf("role %q, want 村:银杏村", g.role)
	}
	theHost.updatesPass(1)
	var units []string
	theHost.onUpdate(func() {
		for _, w := range g.panel.Widgets {
			for _, u := range landslide.Units {
				if strings.Contains(w.Label, u.Name) {
					units = append(units, u.ID)
				}
			}
		}
	})
	if len(units) != 1 || units[0] != "cadres-yinxing" {
		t.Errorf("the village role is offered units %v, want only its cadres (cadres-yinxing)", units)
	}
}
