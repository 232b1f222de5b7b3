package report

import (
	"strings"
	"testing"
	"time"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

func TestRunSummaryWriteText(t *testing.T) {
	start := time.Date(2026, 7, 15, 22, 0, 0, 0, scenarios.ChinaStandardTime)
	req := func(clause, title string) scenarios.Requirement {
		return scenarios.Requirement{Clause: clause, Title: title}
	}
	s := scoring.RunSummary{
		ScenarioID: "flood", Title: "山洪演练", Start: start, Duration: 8 * scenarios.Hour, Seed: 42,
		Counts: sim.Counts{Residents: 100, Unwarned: 10, Warned: 20, Moving: 5, Sheltered: 60, InDanger: 3,
			Casualties: 2, Treated: 1, PeopleMinutesInDanger: 1234.4, BuildingsDestroyed: 4, RoadsCut: 5, BurntHa: 6.25},
		// Seven roads were cut during the drill, five of them still at the end.
		Outcome: scoring.Outcome{Cuts: []scoring.RoadCut{{Road: "a"}, {Road: "b"}, {Road: "c"}, {Road: "d"}, {Road: "e"},
			{Road: "f", Cleared: true}, {Road: "g", Cleared: true}}},
		Windows: []scoring.Window{
			{Requirement: req("4.2.2", "预警"), Started: true, StartS: 600, Stopped: true, StopS: 1080, ResponseS: 480, AllowedS: 1800, Met: true},
			{Requirement: req("4.3.1", "初报"), Started: true, StartS: 10, Stopped: true, StopS: 2400, ResponseS: 2390, AllowedS: 1800},
			{Requirement: req("5.3.3", "开放安置点"), Started: true, StartS: 1080, Stopped: true, StopS: 1080, AllowedS: 1800, Met: true, StopBeforeStart: true},
			{Requirement: req("5.3.1", "转移"), Started: true, StartS: 600, AllowedS: 7200},
			{Requirement: req("6.1", "火情"), Stopped: true, StopS: 3600, AllowedS: 7200},
		},
		Rejected: []sim.Event{
			{T: 9000, Kind: scenarios.EventRejected, Seq: 7, Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "boat-9", Reason: sim.Reason{Code: sim.ReasonUnitNotArrived, Args: []string{"boat-9"}}},
			{T: 11100, Kind: scenarios.EventRejected, Seq: 8, Role: scenarios.VillageRole("福宝社区"), Order: scenarios.OrderOpenShelter, Reason: sim.Reason{Code: sim.ReasonText, Args: []string{"full"}}},
		},
		StateHash: 0xab,
	}
	scn := &scenarios.Scenario{Units: []scenarios.Unit{{ID: "boat-9", Name: "冲锋舟九号"}}}
	var b strings.Builder
	if err := WriteRunSummary(&b, s, scn, i18n.Chinese); err != nil {
		t.Fatal(err)
	}
	want := `演练 scenario: flood 山洪演练
开始 start: 2026-07-15 22:00 CST  时长 duration: 8h  种子 seed: 42
居民 residents: 100: 未预警 unwarned 10, 已预警在家 warned at home 20, 转移途中 moving 5, 已安置 sheltered 60
伤亡 casualties: 2 (已救治 treated 1); 处于危险 in danger: 3; 危险人·分钟 people-minutes in danger: 1234
损毁建筑 buildings destroyed: 4; 中断道路 roads cut: 7 (结束时仍中断 still cut at the end: 5); 过火面积 area burnt: 6.2 ha
预案要求 requirements: 2 of 5 met 达标
  4.2.2   开始 start 22:10  完成 stop 22:18  用时 response 8m / 限时 allowed 30m  达标 met  预警
  4.3.1   开始 start 22:00  完成 stop 22:40  用时 response 39m50s / 限时 allowed 30m  超时 missed  初报
  5.3.3   开始 start 22:18  完成 stop 22:18  用时 response 0s / 限时 allowed 30m  达标 met (done early)  开放安置点
  5.3.1   开始 start 22:10  完成 stop --:--  用时 response -- / 限时 allowed 2h  未完成 never done  转移
  6.1     开始 start --:--  完成 stop 23:00  用时 response -- / 限时 allowed 2h  未触发 never started  火情
被拒指令 rejected commands: 2
  00:30 #7 镇指挥部 派遣 冲锋舟九号：队伍 冲锋舟九号 尚未到达
  01:05 #8 福宝社区干部 开放避难场所：full
状态哈希 state hash: 00000000000000ab
`
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// In English the rejected commands are said in English, the unit by its name.
	b.Reset()
	if err := WriteRunSummary(&b, s, scn, i18n.English); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"  00:30 #7 the town command post dispatch 冲锋舟九号: unit 冲锋舟九号 has not arrived yet\n", "  01:05 #8 cadres of 福宝社区 open shelter: full\n"} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("in English the summary lacks %q:\n%s", line, b.String())
		}
	}
}
