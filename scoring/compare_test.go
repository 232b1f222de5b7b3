package scoring

import (
	"math"
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
}

func TestCompareMarksCategoriesThatDidNotApply(t *testing.T) {
	plan, scn := testScenario(t)
	started := Assess(plan, scn, sim.EventLogHeader{}, "a", []sim.Event{hazardAt(0)}, nil, nil)
	quiet := Assess(plan, scn, sim.EventLogHeader{}, "b", nil, nil, nil)
	c := Compare([]Assessment{started, quiet})
	if !math.IsNaN(c.Drills[1].Categories[0]) || c.Trend() != 0 {
		t.Errorf("a drill where nothing started has category %g and trend %g, want NaN and 0", c.Drills[1].Categories[0], c.Trend())
	}
}
