package i18n

import (
	"fmt"

	"drillsim/scenarios"
	"drillsim/sim"
)

// reasonChinese says each reason code (sim.Reasons) in Chinese, with one %s for each
// of its arguments and, last, one for its list (%[n]s where the Chinese sentence takes
// them in another order).
var reasonChinese = map[sim.ReasonCode]string{
	sim.ReasonRoleMayNot:           "%s不能下达%s指令：由指挥部下达",
	sim.ReasonControllerOnly:       "%s指令只能由导调下达",
	sim.ReasonUnknownChannel:       "未知的预警方式 %s",
	sim.ReasonNoShelter:            "地图上没有避难场所 %s",
	sim.ReasonNotArrived:           "增援力量 %s 尚未到达：请先向县里请求增援并等待其到达",
	sim.ReasonNoUnit:               "没有队伍 %s：本情景的队伍为 %s",
	sim.ReasonOtherVillagesUnit:    "%s干部只能指挥本村队伍，不能指挥 %s",
	sim.ReasonNoPlace:              "地图上没有地点 %s",
	sim.ReasonAmbiguousPlace:       "地图上有几处都叫 %s（%s）：请用编号指明是哪一处",
	sim.ReasonNoRoad:               "地图上没有道路 %s",
	sim.ReasonOtherVillagesShelter: "%s干部只能开放本村的避难场所，%s 不在本村",
	sim.ReasonUnknownReport:        "未知的报告类型 %s：应为初报或续报",
	sim.ReasonNoLevel:              "启动响应需注明级别（IV、III、II 或 I 级）",
	sim.ReasonNoInject:             "情景中没有情况 %s，或已经下发",
	sim.ReasonUnknownOrder:         "未知指令 %s",
	sim.ReasonNoDepot:              "地图上没有物资储备库 %s",
	sim.ReasonShortStock:           "%s 只有 %s %s，不足 %s",
	sim.ReasonFireSpreadFactor:     "火场蔓延系数须为不小于 0 的数，不能是 %s",
	sim.ReasonFireSet:              "火场只能调整“已控制”或蔓延系数，不能调整 %s",
	sim.ReasonLandslideSet:         "滑坡只能调整冲出距离，不能调整 %s",
	sim.ReasonLandslideRunOut:      "滑坡已经发生，无法再调整",
	sim.ReasonNoHazard:             "情景中没有火场或滑坡 %s",
	sim.ReasonNoReinforcement:      "县里没有可派的%s（情景中无此增援力量，或已全部派出）",
	sim.ReasonNoVillage:            "地图上没有村 %s",
	sim.ReasonNoZone:               "地图上没有隐患区 %s",
	sim.ReasonNoScope:              "指令未指定村或隐患区",
	sim.ReasonOtherVillage:         "%s干部只在本村行动，不能在 %s",
	sim.ReasonOtherVillagesZone:    "%s干部只在本村行动，%s 不在本村",
	sim.ReasonUnitNotArrived:       "队伍 %s 尚未到达",
	sim.ReasonCannotDo:             "%s不能执行%s：可执行 %s",
	sim.ReasonNoRoute:              "%s 从当前位置到 %[3]s %[2]s 米范围内没有可通行的道路",
	sim.ReasonRoadsCut:             "通往 %s 的道路已中断",
	sim.ReasonNotJournaled:         "命令未能写入演练日志，未下达：%s",
	sim.ReasonReplay:               "回放不下达命令",
	sim.ReasonText:                 "%s",
}

// ReasonText says reason r in language l: in English as the engine says it
// (sim.Reason.English), its units named by unitName; in Chinese by the code's sentence, each argument named by what
// it names: kinds of orders, units, tasks, channels and stock items by their names,
// roles as participants call them, units by unitName (by their ids when unitName is
// nil), everything else as it is.
func ReasonText(r sim.Reason, l Language, unitName func(id string) string) string {
	zh, ok := reasonChinese[r.Code]
	spec, known := sim.Reasons[r.Code]
	if l == English || !ok || !known {
		return r.English(unitName)
	}
	name := func(kind sim.ArgKind, s string) string {
		switch kind {
		case sim.ArgRole:
			return scenarios.Role(s).Chinese()
		case sim.ArgOrderKind:
			return OrderKindName(scenarios.OrderKind(s), l)
		case sim.ArgUnit:
			if unitName != nil {
				return unitName(s)
			}
		case sim.ArgUnitKind:
			return UnitKindName(scenarios.UnitKind(s), l)
		case sim.ArgTask:
			return TaskName(scenarios.Task(s), l)
		case sim.ArgChannel:
			return ChannelName(scenarios.Channel(s), l)
		case sim.ArgItem:
			return ItemName(s, l)
		}
		return s
	}
	args := make([]any, 0, len(r.Args)+1)
	for i, a := range r.Args {
		kind := sim.ArgText
		if i < len(spec.Args) {
			kind = spec.Args[i]
		}
		args = append(args, name(kind, a))
	}
	if spec.HasList {
		items := make([]string, len(r.List))
		for i, it := range r.List {
			items[i] = name(spec.List, it)
		}
		args = append(args, Join(items, l))
	}
	return fmt.Sprintf(zh, args...)
}
