package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

// sampleReason fills reason format f with sample arguments and returns it and the
// arguments as they should come back.
func sampleReason(f string) (string, []string) {
	var args []any
	var want []string
	for i, m := range reasonVerb.FindAllStringSubmatch(f, -1) {
		switch m[1] {
		case "d":
			args, want = append(args, 150+i), append(want, fmt.Sprint(150+i))
		case ".0f":
			args, want = append(args, float64(150+i)), append(want, fmt.Sprint(150+i))
		default:
			s := fmt.Sprintf("样本%c", '甲'+rune(i))
			args, want = append(args, s), append(want, s)
		}
	}
	return fmt.Sprintf(f, args...), want
}

// englishWord finds English left in a Chinese sentence.
var englishWord = regexp.MustCompile(`[a-z]{3,}`)

func TestEveryReasonIsSaidInChinese(t *testing.T) {
	formats := append(sim.RejectionReasons(), reasonNotJournaled, reasonReplay)
	for _, f := range formats {
		if _, ok := reasonChinese[f]; !ok {
			t.Errorf("reason %q has no Chinese", f)
			continue
		}
		r, args := sampleReason(f)
		zh := reasonText(r, Chinese, func(s string) string { return s })
		if zh == r || strings.Contains(zh, "%!") {
			t.Errorf("reason %q is said %q", r, zh)
			continue
		}
		rest := zh
		for _, a := range args {
			if !strings.Contains(rest, a) {
				t.Errorf("reason %q is said %q, without %q", r, zh, a)
			}
			rest = strings.ReplaceAll(rest, a, "")
		}
		if w := englishWord.FindString(rest); w != "" {
			t.Errorf("reason %q is said %q, with English %q left", r, zh, w)
		}
		if got := reasonText(r, English, func(string) string { return "x" }); got != r {
			t.Errorf("in English reason %q is said %q", r, got)
		}
	}
	if r := "something the table does not know"; reasonText(r, Chinese, func(s string) string { return s }) != r {
		t.Error("a reason no format matches is not shown as it came")
	}
}

func TestARefusedDispatchIsExplainedInChinese(t *testing.T) {
	s := newSession(t, "flood")
	g, _ := playing(t, s, Config{})
	theHost.updatesPass(2)
	var text string
	var lines []string
	var unit sim.UnitView
	var task scenarios.Task
	theHost.onUpdate(func() {
		for _, u := range g.snap.Units {
			if u.State != "idle" {
				continue
			}
			for tk := range taskNames {
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
		lines = g.orderLines(g.orders.Entries[len(g.orders.Entries)-1])
	})
	if unit.ID == "" {
		t.Fatal("no idle unit of the flood scenario lacks a task to be refused")
	}
	for _, want := range []string{unit.Name, unitKindName(unit.Kind, Chinese), taskName(task, Chinese), "不能执行"} {
		if !strings.Contains(text, want) {
			t.Errorf("the feed says %q of %s told to %s, without %q", text, unit.ID, task, want)
		}
	}
	if w := englishWord.FindString(text); w != "" {
		t.Errorf("the feed says %q, with English %q", text, w)
	}
	if len(lines) != 2 || !strings.Contains(lines[0], TextStatusRejected.In(Chinese)) || !strings.HasSuffix(text, lines[1]) {
		t.Errorf("the order list shows %q for the refused dispatch, want it rejected and the feed's reason %q", lines, text)
	}
}
