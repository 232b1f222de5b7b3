package ui

import (
	"slices"
	"strings"
	"testing"

	"drillsim/i18n"
	"drillsim/i18n/i18ntest"
	"drillsim/scenarios"
	"drillsim/sim"
)

func TestARefusedDispatchIsExplainedInChinese(t *testing.T) {
	s := newSession(t, "flood")
	g, _ := playing(t, s, Config{})
	theHost.updatesPass(2)
	var text string
	var line string
	var unit sim.UnitView
	var task scenarios.Task
	theHost.onUpdate(func() {
		for _, u := range g.snap.Units {
			if u.State != sim.UnitIdle {
				continue
			}
			for _, tk := range scenarios.Tasks() {
				if !slices.Contains(sim.UnitTasks(u.Kind), tk) {
					unit, task = u, tk
				}
			}
		}
		if unit.ID == "" {
			return
		}
		g.send(scenarios.Order{Order: scenarios.OrderDispatch, Unit: unit.ID, Task: task, To: s.Town().Shelters[0].Name})
		g.advance(1)
		text = g.feedText(g.feed.Items[len(g.feed.Items)-1])
		line = g.orderLine(g.orders.Entries[len(g.orders.Entries)-1])
	})
	if unit.ID == "" {
		t.Fatal("no idle unit of the flood scenario lacks a task to be refused")
	}
	for _, want := range []string{unit.Name, i18n.UnitKindName(unit.Kind, i18n.Chinese), i18n.TaskName(task, i18n.Chinese), "不能执行"} {
		if !strings.Contains(text, want) {
			t.Errorf("the feed says %q of %s told to %s, without %q", text, unit.ID, task, want)
		}
	}
	if w := i18ntest.EnglishWord(text); w != "" {
		t.Errorf("the feed says %q, with i18n.English %q", text, w)
	}
	_, reason, _ := strings.Cut(text, ": ")
	if !strings.Contains(line, i18n.TextStatusRejected.In(i18n.Chinese)) || reason == "" || !strings.HasSuffix(line, reason) {
		t.Errorf("the order list shows %q for the refused dispatch, want it rejected and the feed's reason %q", line, reason)
	}
}
