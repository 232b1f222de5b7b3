package scoring

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

func TestCompareDrills(t *testing.T) {
	plan, scn := testScenario(t)
	assess := func(name string, reportS int64) Assessment {
		return Assess(plan, scn, sim.EventLogHeader{}, name, []sim.Event{hazardAt(0), reportAt(reportS, scenarios.ReportInitial)}, nil, nil)
	}
	c := Compare([]Assessment{assess("一月.jsonl", 3600), assess("二月.jsonl", 2700), assess("三月.jsonl", 600)})
	if len(c.Drills) != 3 || len(c.Categories) != 1 || c.Categories[0] != "预警与信息报告" {
		t.Fatalf("comparison %+v", c)
	}
	finals := []float64{c.Drills[0].Final, c.Drills[1].Final, c.Drills[2].Final}
	if finals[0] != 0 || finals[1] != 50 || finals[2] != 100 || c.Trend() != 100 {
		t.Errorf("finals %v, trend %g; want 0, 50, 100 and +100", finals, c.Trend())
	}
	if c.Drills[1].Categories[0] != 50 {
		t.Errorf("the second drill's category is at %g%%, want 50", c.Drills[1].Categories[0])
	}
	var buf bytes.Buffer
	if err := c.WriteTable(&buf, Chinese); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"#1 一月.jsonl", "#3 三月.jsonl", "↑+50.0", "趋势：第1次到第3次综合得分 ↑+100.0", "不合格", "优秀"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the comparison does not say %q:\n%s", want, buf.String())
		}
	}
}

func TestCompareMarksCategoriesThatDidNotApply(t *testing.T) {
	plan, scn := testScenario(t)
	started := Assess(plan, scn, sim.EventLogHeader{}, "a", []sim.Event{hazardAt(0)}, nil, nil)
	quiet := Assess(plan, scn, sim.EventLogHeader{}, "b", nil, nil, nil)
	c := Compare([]Assessment{started, quiet})
	if !math.IsNaN(c.Drills[1].Categories[0]) || c.Trend() != 0 {
		t.Errorf("a drill where nothing started has category %g and trend %g, want NaN and 0", c.Drills[1].Categories[0], c.Trend())
	}
	var buf bytes.Buffer
	if err := c.WriteTable(&buf, English); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "--") || !strings.Contains(buf.String(), "→+0.0") {
		t.Errorf("the table does not mark the missing category or the level trend:\n%s", buf.String())
	}
}
