package report

import (
	"fmt"
	"strings"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// eventKindNames names the event kinds of the timeline in Chinese and English.
var eventKindNames = map[scenarios.EventKind][2]string{
	scenarios.EventInject:               {"导调注入", "inject"},
	scenarios.EventHazardStarted:        {"险情发生", "hazard started"},
	scenarios.EventRainWarning:          {"暴雨预警", "rainstorm warning"},
	scenarios.EventResponseActivated:    {"启动应急响应", "response activated"},
	scenarios.EventOrder:                {"下达指令", "order"},
	scenarios.EventWarned:               {"群众已预警", "residents warned"},
	scenarios.EventEvacuated:            {"转移完成", "evacuated"},
	scenarios.EventSheltered:            {"群众到达安置点", "sheltered"},
	scenarios.EventUnitOnScene:          {"力量到达现场", "unit on scene"},
	scenarios.EventRoadCut:              {"道路中断", "road cut"},
	scenarios.EventRoadCleared:          {"道路抢通", "road cleared"},
	scenarios.EventFireContained:        {"火势控制", "fire contained"},
	scenarios.EventReportSent:           {"向县报告", "report sent"},
	scenarios.EventInfoReleased:         {"信息发布", "information released"},
	scenarios.EventReinforcementArrived: {"增援到达", "reinforcement arrived"},
	scenarios.EventCasualty:             {"人员伤亡", "casualty"},
	scenarios.EventBuildingDestroyed:    {"建筑损毁", "building destroyed"},
	sim.EventRejected:                   {"指令被拒", "order rejected"},
	sim.EventTaskDone:                   {"任务完成", "task done"},
}

// onTimeline reports whether an event belongs on the report's timeline: everything
// but the periodic status figures and the arrivals at shelters, which the charts show.
func onTimeline(e *sim.Event) bool {
	return e.Kind != sim.EventStatus && e.Kind != scenarios.EventSheltered
}

// eventText describes an event in one line: what happened, then its details.
func eventText(e *sim.Event, l i18n.Language) string {
	name := string(e.Kind)
	if n, ok := eventKindNames[e.Kind]; ok {
		name = l.Pick(n[0], n[1])
	}
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	add(string(e.Order))
	add(e.Level)
	add(string(e.Report))
	add(e.Inject)
	add(e.Hazard)
	add(e.Unit)
	add(e.Village)
	add(e.Zone)
	add(e.Shelter)
	add(e.Road)
	if e.Count > 0 {
		add(fmt.Sprintf(l.Pick("%d人", "%d people"), e.Count))
	}
	if e.Share > 0 && e.Kind == scenarios.EventWarned {
		add(fmt.Sprintf("%.0f%%", 100*e.Share))
	}
	add(i18n.ReasonText(e.Reason, l, nil))
	if len(parts) == 0 {
		return name
	}
	return name + l.Pick("：", ": ") + strings.Join(parts, l.Pick("，", ", "))
}
