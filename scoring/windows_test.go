package scoring

import (
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

// testPlan has one Ⅳ requirement for every hazard (report within 30 minutes of the
// hazard), one for floods only (warn two villages within 20 minutes of the red
// warning), one for fires only, and one in force only at level Ⅲ.
const testPlan = `
id: test
title: 测试预案
levels:
  - level: IV
    requirements: [report, warn, fire]
  - level: III
    requirements: [county]
requirements:
  - id: report
    clause: "4.3.1"
    title: 险情发生后30分钟内初报
    category: 预警与信息报告
    start: {event: hazard_started}
    stop: {event: report_sent, report: initial}
    allowed: 30m
    weight: 5
  - id: warn
    clause: "4.2.2"
    title: 红色预警后20分钟内预警两村
    category: 预警与信息报告
    hazards: [flood]
    start: {event: rain_warning, level: red}
    stop: {event: warned, all_of: [甲村, 乙村]}
    allowed: 20m
    weight: 5
  - id: fire
    clause: "6.1"
    title: 火情控制
    category: 抢险救援
    hazards: [fire]
    start: {event: hazard_started}
    stop: {event: fire_contained}
    allowed: 2h
    weight: 5
  - id: county
    clause: "5.1.3"
    title: Ⅲ级响应后请求增援
    category: 指挥协调
    start: {event: response_activated, level: III}
    stop: {event: order, order: request_reinforcement}
    allowed: 10m
    weight: 5
`

func testScenario(t *testing.T) (*scenarios.Plan, *scenarios.Scenario) {
	t.Helper()
	plan, err := scenarios.ParsePlan([]byte(testPlan), "test-plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	scn := &scenarios.Scenario{ID: "t", Level: scenarios.LevelIV, Hazards: scenarios.Hazards{
		Floods: []scenarios.Flood{{ID: "river", Villages: []string{"甲村", "乙村"}}},
	}}
	return plan, scn
}

var (
	hazardAt = func(t int64) sim.Event {
		return sim.Event{T: t, Kind: scenarios.EventHazardStarted, Hazard: "river", HazardType: scenarios.HazardFlood}
	}
	reportAt = func(t int64, r scenarios.ReportKind) sim.Event {
		return sim.Event{T: t, Kind: scenarios.EventReportSent, Cause: scenarios.CauseOrder, Role: scenarios.RoleCommand, Report: r}
	}
	redAt = func(t int64) sim.Event {
		return sim.Event{T: t, Kind: scenarios.EventRainWarning, Level: "red", Inject: "W1"}
	}
	warnedAt = func(t int64, village string) sim.Event {
		return sim.Event{T: t, Kind: scenarios.EventWarned, Cause: scenarios.CauseOrder, Role: scenarios.RoleCommand, Village: village, Share: 1}
	}
)

func TestWindowsChoosesTheRequirementsInForce(t *testing.T) {
	plan, scn := testScenario(t)
	var ids []string
	for _, w := range Windows(plan, scn, nil) {
		ids = append(ids, w.Requirement.ID)
	}
	if len(ids) != 2 || ids[0] != "report" || ids[1] != "warn" {
		t.Errorf("a Ⅳ flood drill is graded on %v, want [report warn] (not the fire duty, not the Ⅲ one)", ids)
	}
	scn.Level = scenarios.LevelIII
	if n := len(Windows(plan, scn, nil)); n != 3 {
		t.Errorf("at Ⅲ %d requirements apply, want 3", n)
	}
}

func TestWindows(t *testing.T) {
	for _, tc := range []struct {
		name   string
		events []sim.Event
		want   map[string]figures // by requirement id
	}{{
		name:   "normal",
		events: []sim.Event{hazardAt(600), reportAt(1200, scenarios.ReportFollowup), reportAt(1500, scenarios.ReportInitial)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, Stopped: true, StopS: 1500, ResponseS: 900, AllowedS: 1800, Met: true}},
	}, {
		name:   "late is missed",
		events: []sim.Event{hazardAt(600), reportAt(2410, scenarios.ReportInitial)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, Stopped: true, StopS: 2410, ResponseS: 1810, AllowedS: 1800}},
	}, {
		name:   "tie exactly at the deadline is met",
		events: []sim.Event{hazardAt(600), reportAt(2400, scenarios.ReportInitial)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, Stopped: true, StopS: 2400, ResponseS: 1800, AllowedS: 1800, Met: true}},
	}, {
		name:   "stop before start counts as done at the start",
		events: []sim.Event{reportAt(300, scenarios.ReportInitial), hazardAt(600)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, Stopped: true, StopS: 600, AllowedS: 1800, Met: true, StopBeforeStart: true}},
	}, {
		name:   "start and stop in the same tick in order",
		events: []sim.Event{hazardAt(600), reportAt(600, scenarios.ReportInitial)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, Stopped: true, StopS: 600, AllowedS: 1800, Met: true}},
	}, {
		name:   "never started",
		events: []sim.Event{redAt(100)},
		want:   map[string]figures{"report": {AllowedS: 1800}},
	}, {
		name:   "stopped but never started keeps when it stopped",
		events: []sim.Event{reportAt(900, scenarios.ReportInitial)},
		want:   map[string]figures{"report": {Stopped: true, StopS: 900, AllowedS: 1800}},
	}, {
		name:   "never stopped",
		events: []sim.Event{hazardAt(600), reportAt(700, scenarios.ReportFollowup)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, AllowedS: 1800}},
	}, {
		name:   "done twice: the first counts",
		events: []sim.Event{hazardAt(600), reportAt(900, scenarios.ReportInitial), reportAt(1200, scenarios.ReportInitial)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, Stopped: true, StopS: 900, ResponseS: 300, AllowedS: 1800, Met: true}},
	}, {
		name:   "started twice: the first counts",
		events: []sim.Event{hazardAt(600), hazardAt(1200), reportAt(2500, scenarios.ReportInitial)},
		want:   map[string]figures{"report": {Started: true, StartS: 600, Stopped: true, StopS: 2500, ResponseS: 1900, AllowedS: 1800}},
	}, {
		name:   "a set of places stops the clock when the last is done",
		events: []sim.Event{redAt(600), warnedAt(900, "甲村"), warnedAt(1000, "甲村"), warnedAt(1700, "乙村")},
		want:   map[string]figures{"warn": {Started: true, StartS: 600, Stopped: true, StopS: 1700, ResponseS: 1100, AllowedS: 1200, Met: true}},
	}, {
		name:   "a set begun before the start and completed after it",
		events: []sim.Event{warnedAt(300, "甲村"), redAt(600), warnedAt(2000, "乙村")},
		want:   map[string]figures{"warn": {Started: true, StartS: 600, Stopped: true, StopS: 2000, ResponseS: 1400, AllowedS: 1200}},
	}, {
		name:   "a set completed before the start",
		events: []sim.Event{warnedAt(300, "甲村"), warnedAt(400, "乙村"), redAt(600)},
		want:   map[string]figures{"warn": {Started: true, StartS: 600, Stopped: true, StopS: 600, AllowedS: 1200, Met: true, StopBeforeStart: true}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			plan, scn := testScenario(t)
			found := 0
			for _, got := range Windows(plan, scn, tc.events) {
				want, ok := tc.want[got.Requirement.ID]
				if !ok {
					continue
				}
				found++
				if figures := windowFigures(got); figures != want {
					t.Errorf("%s:\n got %+v\nwant %+v", got.Requirement.ID, figures, want)
				}
			}
			if found != len(tc.want) {
				t.Errorf("found %d of the %d requirements checked", found, len(tc.want))
			}
		})
	}
}

// figures are a window's results without its requirement, which does not compare.
type figures struct {
	Started          bool
	StartS           int64
	Stopped          bool
	StopS, ResponseS int64
	AllowedS         int64
	Met              bool
	StopBeforeStart  bool
}

// windowFigures returns the results of w.
func windowFigures(w Window) figures {
	return figures{w.Started, w.StartS, w.Stopped, w.StopS, w.ResponseS, w.AllowedS, w.Met, w.StopBeforeStart}
}
