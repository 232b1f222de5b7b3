package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/drill"
	"drillsim/scenarios"
	"drillsim/sim"
)

// writeDrillLog writes an event log of the built-in scenario id on the demo town,
// with a true header and the given events, and returns its path.
func writeDrillLog(t *testing.T, id string, events ...sim.Event) string {
	t.Helper()
	d, err := drill.Builtin(id, false)
	if err != nil {
		t.Fatal(err)
	}
	scn, town := d.Scenario, d.Town
	path := filepath.Join(t.TempDir(), id+".jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lw, err := sim.NewEventLogWriter(f, sim.EventLogHeader{Format: sim.EventLogFormat, Scenario: scn.ID,
		ScenarioHash: sim.ScenarioHash(scn), MapHash: town.Hash, Seed: scn.Seed, Start: "2026-07-15T22:00:00+08:00", TickS: 10})
	if err != nil {
		t.Fatal(err)
	}
	for i := range events {
		if err := lw.Write(&events[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := lw.Flush(); err != nil {
		t.Fatal(err)
	}
	return path
}

// floodEvents is a short flood drill: the orange warning at 22:10, the villages
// warned at 22:30 (20 of 30 minutes), the river in town at 00:00 and the first
// report 45 minutes later (1.5 times the 30 allowed), one road cut for an hour. The
// command post's warning and report say they were its orders.
var floodEvents = []sim.Event{
	{T: 600, Kind: scenarios.EventRainWarning, Level: "orange", Inject: "I02"},
	{T: 1800, Kind: scenarios.EventWarned, Cause: scenarios.CauseOrder, Role: scenarios.RoleCommand, Seq: 1, Zone: "福宝场镇滨河片区洪水风险区", Share: 1, Count: 2132},
	{T: 1800, Kind: scenarios.EventWarned, Cause: scenarios.CauseOrder, Role: scenarios.RoleCommand, Seq: 1, Zone: "南岸街洪水风险区", Share: 1, Count: 1349},
	{T: 7200, Kind: scenarios.EventHazardStarted, Hazard: "dacao-flood", HazardType: scenarios.HazardFlood},
	{T: 7500, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, InDanger: 40, Sheltered: 3000, PeopleMinutesInDanger: 0}},
	{T: 7800, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, InDanger: 40, Sheltered: 3100, PeopleMinutesInDanger: 200}},
	{T: 8000, Kind: scenarios.EventRoadCut, Road: "福宝大桥北引道", Village: "福宝社区"},
	{T: 9900, Kind: scenarios.EventReportSent, Cause: scenarios.CauseOrder, Role: scenarios.RoleCommand, Seq: 2, Report: scenarios.ReportInitial},
	{T: 11600, Kind: scenarios.EventRoadCleared, Road: "福宝大桥北引道", Village: "福宝社区"},
	{T: 11700, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20628, InDanger: 0, Sheltered: 3327, PeopleMinutesInDanger: 1400}},
}

func TestScorePrintsTheSheet(t *testing.T) {
	logPath := writeDrillLog(t, "flood", floodEvents...)
	code, out, errOut := drillsim(t, "score", "--scenario", "flood", "--events", logPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"4.2.2", "达标", "4.3.1", "超时", "未完成", "不适用（未触发）", "不计入总分", "危险人·分钟: 1400", "中断道路: 1条（结束时仍中断0条），累计中断1.0小时", "等级"} {
		if !strings.Contains(out, want) {
			t.Errorf("the score sheet does not say %q:\n%s", want, out)
		}
	}
	code, out, _ = drillsim(t, "score", "--scenario", "flood", "--events", logPath, "--lang", "en")
	if code != 0 || !strings.Contains(out, "Clause") || !strings.Contains(out, "late") {
		t.Errorf("--lang en: exit %d, output:\n%s", code, out)
	}
}

func TestScoreWithObservations(t *testing.T) {
	logPath := writeDrillLog(t, "flood", floodEvents...)
	obs := filepath.Join(t.TempDir(), "obs.csv")
	if err := os.WriteFile(obs, []byte("item,rating,evaluator\nE04,P,张明\nE04,S,李华\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := drillsim(t, "score", "--scenario", "flood", "--events", logPath, "--observations", obs)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "评估员评分 83.5（2名评估员）") || !strings.Contains(out, "70%×自动 + 30%×评估员") {
		t.Errorf("the sheet does not combine the evaluators' 83.5 by the plan's weights:\n%s", out)
	}
}

func TestScoreRefusesBadInput(t *testing.T) {
	logPath := writeDrillLog(t, "flood", floodEvents...)
	badObs := filepath.Join(t.TempDir(), "obs.yaml")
	if err := os.WriteFile(badObs, []byte("- item: E04\n  rating: P\n- item: Z1\n  rating: P\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"log of another scenario", []string{"--scenario", "fire", "--events", logPath}, 1, `该事件记录属于想定 "flood"`},
		{"unknown observation item", []string{"--scenario", "flood", "--events", logPath, "--observations", badObs}, 1, `obs.yaml:3: 未知观察项 "Z1"：请评其中之一`},
		{"missing log", []string{"--scenario", "flood", "--events", "nowhere.jsonl"}, 1, "无法读取演练事件记录：nowhere.jsonl：没有这个文件"},
		{"missing log, in English", []string{"--scenario", "flood", "--events", "nowhere.jsonl", "--lang", "en"}, 1, "cannot read the event log: open nowhere.jsonl: no such file"},
		{"no scenario", []string{"--events", logPath}, 2, "--scenario"},
		{"no log", []string{"--scenario", "flood"}, 2, "--events"},
		{"bad language", []string{"--scenario", "flood", "--events", logPath, "--lang", "fr"}, 2, `unknown language "fr"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := drillsim(t, append([]string{"score"}, tc.args...)...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d saying %q", code, errOut, tc.code, tc.want)
			}
		})
	}
}

func TestScoreCompare(t *testing.T) {
	early := writeDrillLog(t, "flood", floodEvents...)
	better := append([]sim.Event(nil), floodEvents...)
	better[7].T = 8400 // the report 20 minutes after the flood: in time
	late := filepath.Join(t.TempDir(), "second.jsonl")
	data, err := os.ReadFile(writeDrillLog(t, "flood", better...))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(late, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := drillsim(t, "score", "--scenario", "flood", "--compare", early, late)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"#1 flood.jsonl", "#2 second.jsonl", "综合得分", "预警与信息报告", "较上次", "趋势：第1次到第2次综合得分 ↑"} {
		if !strings.Contains(out, want) {
			t.Errorf("the comparison does not say %q:\n%s", want, out)
		}
	}
}
