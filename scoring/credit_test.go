package scoring_test

import (
	"strings"
	"testing"

	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/scoring/scoringtest"
	"drillsim/sim"
)

// TestNoCreditWithoutAction plays every built-in drill with no orders at all and
// requires no requirement of the town or of any village to count as met: the water
// going down, a fire burning out, or anything else the world does by itself earns
// nobody points.
func TestNoCreditWithoutAction(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: runs every built-in drill")
	}
	for _, e := range scenarios.Library() {
		t.Run(e.ID, func(t *testing.T) {
			d, h, events := scoringtest.BuiltinRun(t, e.ID, false)
			seats := append([]scoring.Seat{scoring.Town}, scoring.VillageSeats(d.Scenario, scenarios.NewPlaces(d.Town))...)
			for _, seat := range seats {
				a := scoring.AssessSeat(seat, d.Plan, d.Scenario, h, "none", events, nil, nil)
				for _, r := range a.Scorecard.Rows {
					if r.Stopped {
						t.Errorf("%s: with no orders, clause %s (%s) counts as done at %d s", seat.Role.Chinese(), r.Requirement.Clause, r.Requirement.Title, r.StopS)
					}
				}
			}
		})
	}
}

// creditPlan has a road duty that only a clearing task meets, a report that counts
// only after the hazard it reports and only from the command post, and a rescue team
// on scene, which a team already in place meets.
const creditPlan = `
id: credit
title: 计分测试预案
levels:
  - level: IV
    requirements: [road, report, team]
requirements:
  - id: road
    clause: "5.4.3"
    title: 道路中断后4小时内抢通
    category: 抢险救援
    start: {event: road_cut}
    stop: {event: road_cleared, by: [task]}
    allowed: 4h
    weight: 5
  - id: report
    clause: "4.3.1"
    title: 险情发生后30分钟内初报
    category: 预警与信息报告
    start: {event: hazard_started}
    stop: {event: report_sent, report: initial, role: 指挥部, after_start: true}
    allowed: 30m
    weight: 5
  - id: team
    clause: "5.4.1"
    title: 险情发生后1小时内救援队到达现场
    category: 抢险救援
    responsible: rescue_team
    start: {event: hazard_started}
    stop: {event: unit_on_scene, unit_kind: rescue_team}
    allowed: 1h
    weight: 5
`

func TestCreditOnlyForWhatTheClauseAllows(t *testing.T) {
	plan, err := scenarios.ParsePlan([]byte(creditPlan), "credit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	scn := &scenarios.Scenario{ID: "t", Level: scenarios.LevelIV, Hazards: scenarios.Hazards{Floods: []scenarios.Flood{{ID: "river"}}}}
	hazard := sim.Event{T: 600, Kind: scenarios.EventHazardStarted, Cause: scenarios.CauseWorld, Hazard: "river", HazardType: scenarios.HazardFlood}
	cut := sim.Event{T: 700, Kind: scenarios.EventRoadCut, Cause: scenarios.CauseWorld, Road: "滨河路"}
	cleared := func(t int64, c scenarios.Cause) sim.Event {
		return sim.Event{T: t, Kind: scenarios.EventRoadCleared, Cause: c, Role: scenarios.RoleCommand, Seq: 9, Road: "滨河路"}
	}
	report := func(t int64, r scenarios.Role) sim.Event {
		return sim.Event{T: t, Kind: scenarios.EventReportSent, Cause: scenarios.CauseOrder, Role: r, Seq: 3, Report: scenarios.ReportInitial}
	}
	onScene := sim.Event{T: 300, Kind: scenarios.EventUnitOnScene, Cause: scenarios.CauseTask, Role: scenarios.RoleCommand, Seq: 5, Unit: "rescue-1", UnitKind: scenarios.UnitRescueTeam}
	left := sim.Event{T: 500, Kind: scenarios.EventTaskDone, Cause: scenarios.CauseTask, Role: scenarios.RoleCommand, Seq: 5, Unit: "rescue-1"}
	for _, tc := range []struct {
		name   string
		events []sim.Event
		id     string
		met    bool
		early  bool
	}{
		{"the water going down reopens no road for anyone", []sim.Event{hazard, cut, cleared(900, scenarios.CauseWorld)}, "road", false, false},
		{"a clearing team reopens it", []sim.Event{hazard, cut, cleared(900, scenarios.CauseTask)}, "road", true, false},
		{"a report before the hazard reports nothing", []sim.Event{report(300, scenarios.RoleCommand), hazard}, "report", false, false},
		{"a report after it counts", []sim.Event{report(300, scenarios.RoleCommand), hazard, report(900, scenarios.RoleCommand)}, "report", true, false},
		{"a village's report to the town is not the town's to the county", []sim.Event{hazard, report(900, scenarios.VillageRole("福宝社区"))}, "report", false, false},
		{"a team in place when the clock starts counts (提前到位)", []sim.Event{onScene, hazard}, "team", true, true},
		{"a team that left before does not", []sim.Event{onScene, left, hazard}, "team", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range scoring.Windows(plan, scn, tc.events) {
				if w.Requirement.ID != tc.id {
					continue
				}
				if w.Met != tc.met || w.StopBeforeStart != tc.early {
					t.Errorf("met %v, done early %v; want %v, %v (%+v)", w.Met, w.StopBeforeStart, tc.met, tc.early, w)
				}
			}
		})
	}
}

// TestEachSeatOnItsOwnDuties plays the landslide drill's reference response, in which
// 银杏村's cadres warn door to door, move every threatened resident to shelter and
// report the slide, and requires the village's grade to count its own three clauses
// only (none of the town's), and the town's grade to be the same as under the plan
// without village clauses: each seat is graded on its own duties.
func TestEachSeatOnItsOwnDuties(t *testing.T) {
	d, h, events := scoringtest.BuiltinRun(t, "landslide", true)
	places := scenarios.NewPlaces(d.Town)
	village := scoring.AssessSeat(scoring.VillageSeat("银杏村", places), d.Plan, d.Scenario, h, "ref", events, nil, nil)
	for _, r := range village.Scorecard.Rows {
		if !r.Requirement.Responsible.Village() {
			t.Errorf("the village is graded on clause %s (%s), which is the %s's", r.Requirement.Clause, r.Requirement.Title, r.Requirement.Responsible.Chinese())
		}
	}
	if len(village.Scorecard.Rows) != 3 || village.Scorecard.Met() != 3 || village.Grade != scoring.GradeExcellent {
		t.Errorf("银杏村 met %d of %d clauses, grade %s; want 3 of 3, 优秀", village.Scorecard.Met(), len(village.Scorecard.Rows), village.Grade)
	}
	town := scoring.Assess(d.Plan, d.Scenario, h, "ref", events, nil, nil)
	without := *d.Plan
	without.Requirements = nil
	for _, r := range d.Plan.Requirements {
		if !r.Responsible.Village() {
			without.Requirements = append(without.Requirements, r)
		}
	}
	alone := scoring.Assess(&without, d.Scenario, h, "ref", events, nil, nil)
	if town.Final != alone.Final || town.Grade != alone.Grade || len(town.Scorecard.Rows) != len(alone.Scorecard.Rows) {
		t.Errorf("the town's grade is %.1f %s with the village clauses in the plan, %.1f %s without", town.Final, town.Grade, alone.Final, alone.Grade)
	}
	if other := scoring.AssessSeat(scoring.VillageSeat("石龙村", places), d.Plan, d.Scenario, h, "ref", events, nil, nil); len(other.Scorecard.Rows) != 0 {
		t.Errorf("石龙村, which the slide does not threaten, is graded on %d clauses", len(other.Scorecard.Rows))
	}
}

// TestOutcomesWeighOnTheGrade gives the flood's plan a drill that met its warning in
// time but left 1,431 of the people it should have moved hurt, and requires the
// plan's outcome rules to take their points and cap the grade at 不合格, each rule
// that applied named.
func TestOutcomesWeighOnTheGrade(t *testing.T) {
	base := scoringtest.FloodAssessment(t)
	events := append([]sim.Event{}, scoringtest.FloodEvents...)
	events = append(events, sim.Event{T: 9400, Kind: scenarios.EventCasualty, Cause: scenarios.CauseWorld, Hazard: "dacao-flood", Zone: "南岸街洪水风险区", Count: 1430})
	a := scoring.Assess(base.Plan, base.Scenario, base.Header, "bad", events, nil, nil)
	if a.Grade != scoring.GradeFail {
		t.Errorf("1,431 casualties among those to be moved: grade %s", a.Grade)
	}
	if want := a.Scorecard.Total - 30; a.Final != max(0, want) {
		t.Errorf("final %.1f, want the automatic %.1f less the 30 points rule 7.2.3 takes at most", a.Final, a.Scorecard.Total)
	}
	var clauses []string
	for _, ap := range a.Applied {
		clauses = append(clauses, ap.Rule.Clause)
	}
	if strings.Join(clauses, ",") != "7.2.1,7.2.2,7.2.3" {
		t.Errorf("rules applied: %v, want 7.2.1, 7.2.2 and 7.2.3", clauses)
	}
}
