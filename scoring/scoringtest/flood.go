// Package scoringtest holds the drill the grading and the report tests share: a
// short flood written by hand, with the evaluators' sample observations.
package scoringtest

import (
	"path/filepath"
	"runtime"
	"testing"

	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// FloodEvents is a short flood drill written by hand: the orange warning at
// 22:10 but only the two flood zones warned (not the threatened villages: the
// warning duty is never done); the river in town at 00:00 and the first report at
// 00:45 (1.5 times the 30 minutes allowed: half the points); the response activated
// at 00:10 and a dispatch order at 00:20 (both met); a road cut from 00:13 to 03:13
// (met); one casualty; nobody evacuated (never done). Each event says its cause: the
// command post's orders, its units' tasks (the road reopened by a clearing team), the
// world's doing for the rest.
var FloodEvents = []sim.Event{
	{T: 300, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 20628}},
	{T: 600, Kind: scenarios.EventRainWarning, Level: "orange", Inject: "I02"},
	{T: 1800, Kind: scenarios.EventWarned, Cause: order, Role: command, Seq: 1, Zone: "福宝场镇滨河片区洪水风险区", Share: 1, Count: 2132},
	{T: 1800, Kind: scenarios.EventWarned, Cause: order, Role: command, Seq: 1, Zone: "南岸街洪水风险区", Share: 1, Count: 1349},
	{T: 3600, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2000, Moving: 400, Sheltered: 1081}},
	{T: 4000, Kind: scenarios.EventSheltered, Cause: scenarios.CauseWorld, Shelter: "福宝中学", Village: "福宝社区", Count: 1200},
	{T: 7200, Kind: scenarios.EventHazardStarted, Hazard: "dacao-flood", HazardType: scenarios.HazardFlood, Zone: "福宝场镇滨河片区洪水风险区"},
	{T: 7200, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2200, Sheltered: 1281, InDanger: 60}},
	{T: 7800, Kind: scenarios.EventResponseActivated, Cause: order, Role: command, Seq: 2, Level: "IV"},
	{T: 7980, Kind: scenarios.EventRoadCut, Hazard: "dacao-flood", Road: "福宝大桥北引道", Village: "福宝社区"},
	{T: 8400, Kind: scenarios.EventOrder, Cause: order, Role: command, Seq: 3, Order: scenarios.OrderDispatch, Unit: "rescue-1", Task: scenarios.TaskClearRoad, Place: "福宝大桥北引道"},
	{T: 9000, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2100, Sheltered: 1381, InDanger: 80, PeopleMinutesInDanger: 1800}},
	{T: 9300, Kind: scenarios.EventCasualty, Hazard: "dacao-flood", Zone: "南岸街洪水风险区", Count: 1},
	{T: 9900, Kind: scenarios.EventReportSent, Cause: order, Role: command, Seq: 4, Report: scenarios.ReportInitial},
	{T: 10800, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2100, Sheltered: 1381, InDanger: 20, Casualties: 1, PeopleMinutesInDanger: 3000}},
	{T: 18780, Kind: scenarios.EventRoadCleared, Cause: task, Role: command, Seq: 3, Road: "福宝大桥北引道", Village: "福宝社区"},
	{T: 28800, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2100, Sheltered: 1381, InDanger: 0, Casualties: 1, PeopleMinutesInDanger: 3300}},
}

// The causes of FloodEvents.
const (
	order, task = scenarios.CauseOrder, scenarios.CauseTask
	command     = scenarios.RoleCommand
)

// FloodAssessment assesses FloodEvents against the built-in flood scenario and
// its plan, with the observations of observation/testdata/observations.yaml.
func FloodAssessment(t testing.TB) *scoring.Assessment {
	t.Helper()
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		t.Fatal(err)
	}
	obs, err := observation.Read(observationsFile(), scn.Start.Time, observation.DefaultItems)
	if err != nil {
		t.Fatal(err)
	}
	h := sim.EventLogHeader{Format: sim.EventLogFormat, Scenario: scn.ID, ScenarioHash: sim.ScenarioHash(scn), MapHash: "daa7207cbb718f87", Seed: scn.Seed}
	a := scoring.Assess(plan, scn, h, "flood.jsonl", FloodEvents, observation.DefaultItems, obs)
	return &a
}

// observationsFile is the evaluators' sample observations beside the observation
// package's tests.
func observationsFile() string {
	_, here, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(here), "..", "..", "observation", "testdata", "observations.yaml")
}
