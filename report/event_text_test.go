package report

import (
	"regexp"
	"strings"
	"testing"

	"drillsim/drill/drilltest"
	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/scoring/scoringtest"
	"drillsim/sim"
)

// TestEventTextSaysNames requires the report's lines to name units, orders, tasks,
// warning levels, injects and hazards as a reader knows them, not by identifier.
func TestEventTextSaysNames(t *testing.T) {
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		t.Fatal(err)
	}
	zh, en := drillNames{scn: scn, l: i18n.Chinese}, drillNames{scn: scn, l: i18n.English}
	for _, tc := range []struct {
		e      sim.Event
		zh, en string
	}{
		{sim.Event{Kind: scenarios.EventOrder, Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "rescue-1", Task: scenarios.TaskRescue, Place: "滨河路"},
			"镇指挥部下达指令：调派镇综合应急救援队一分队前往滨河路（搜救）", "the town command post orders: send 镇综合应急救援队一分队 to 滨河路 (rescue)"},
		{sim.Event{Kind: scenarios.EventOrder, Role: scenarios.VillageRole("福宝社区"), Order: scenarios.OrderDispatch, Unit: "grid-fubao", Task: scenarios.TaskWarnDoorToDoor, Place: "福宝场镇滨河片区洪水风险区"},
			"福宝社区干部下达指令：调派福宝社区干部和网格员前往福宝场镇滨河片区洪水风险区（入户预警）", "cadres of 福宝社区 orders: send 福宝社区干部和网格员 to 福宝场镇滨河片区洪水风险区 (warn door to door)"},
		{sim.Event{Kind: scenarios.EventRainWarning, Inject: "F01", Level: "red", From: "合江县气象台"},
			"合江县气象台发布暴雨红色预警", "合江县气象台 issues a red rainstorm warning"},
		{sim.Event{Kind: scenarios.EventInject, Inject: "F07", Role: scenarios.RoleCommand},
			"县交通运输局致镇指挥部：县道合福路场镇西段受洪水冲刷路基垮塌约15米，车辆无法通行，县公路养护中心抢修队预计天亮后到达。",
			"县交通运输局 to the town command post: 县道合福路场镇西段受洪水冲刷路基垮塌约15米，车辆无法通行，县公路养护中心抢修队预计天亮后到达。"},
		{sim.Event{Kind: scenarios.EventHazardStarted, Hazard: "dacao-flood", HazardType: scenarios.HazardFlood, Zone: "南岸街洪水风险区"},
			"险情发生：大漕河山洪（南岸街洪水风险区）", "hazard strikes: flood at 大漕河 (南岸街洪水风险区)"},
		{sim.Event{Kind: scenarios.EventUnitOnScene, Unit: "boat-1", Task: scenarios.TaskRescue, Place: "南岸街洪水风险区"},
			"冲锋舟1号到达南岸街洪水风险区（搜救）", "冲锋舟1号 reaches 南岸街洪水风险区 (rescue)"},
		{sim.Event{Kind: scenarios.EventOrder, Role: scenarios.RoleCommand, Order: scenarios.OrderMoveSupplies, From: "镇应急物资储备库", Place: "福宝中学",
			Items: []maps.Quantity{{Item: "quilts", Count: 200}}},
			"镇指挥部下达指令：从镇应急物资储备库调运棉被200至福宝中学", "the town command post orders: move quilts 200 from 镇应急物资储备库 to 福宝中学"},
		{sim.Event{Kind: scenarios.EventResponseActivated, Role: scenarios.RoleCommand, Level: "IV"},
			"镇指挥部启动Ⅳ级应急响应", "the town command post activates the level IV response"},
	} {
		if got := zh.eventText(&tc.e); got != tc.zh {
			t.Errorf("Chinese: %q, want %q", got, tc.zh)
		}
		if got := en.eventText(&tc.e); got != tc.en {
			t.Errorf("English: %q, want %q", got, tc.en)
		}
	}
}

// identifier matches what a reader should not meet outside the annex: the ids of
// units, injects and hazards, order kinds, tasks, colours and hazard types as the
// files write them.
var identifier = regexp.MustCompile(`\b(rescue-\d|medical-\d|boat-\d|bus-\d|police-\d|grid-[a-z]+|dacao-flood|F0\d|dispatch|warn_door_to_door|rain_warning|red|orange|flood|landslide|fire_team|rescue_team)\b`)

// TestReportSpeaksInNames requires every section of the Chinese report but the annex
// to be free of identifiers, for every built-in drill played with its reference
// response.
func TestReportSpeaksInNames(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: runs every built-in drill")
	}
	for _, e := range scenarios.Library() {
		t.Run(e.ID, func(t *testing.T) {
			a := assessed{scoringtest.BuiltinAssessment(t, e.ID, true)}
			doc := a.reportDocOf(i18n.Chinese, nil, a.AssessVillages(scenarios.NewPlaces(drilltest.Town(t))))
			for _, s := range doc.Sections[:len(doc.Sections)-1] {
				for _, text := range docTexts(reportDoc{Sections: []reportSection{s}}) {
					if id := identifier.FindString(text); id != "" {
						t.Errorf("%s: %q names %q", s.Title, text, id)
					}
				}
			}
			annex := strings.Join(docTexts(reportDoc{Sections: doc.Sections[len(doc.Sections)-1:]}), "\n")
			for _, want := range []string{a.Scenario.ID, a.Header.ScenarioHash, a.Header.MapHash} {
				if !strings.Contains(annex, want) {
					t.Errorf("the annex does not give %q", want)
				}
			}
		})
	}
}
