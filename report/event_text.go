package report

import (
	"cmp"
	"fmt"
	"strings"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// drillNames says what a drill's events refer to in the scenario's own words: units
// and reinforcements by their names, hazards by river or zone and type (大漕河山洪),
// injects by sender and text, orders, tasks, channels and warning colours by their
// Chinese (or English) names. Identifiers are left to the report's annex.
type drillNames struct {
	scn *scenarios.Scenario
	l   i18n.Language
}

// unit names a scenario unit or reinforcement by its id; a unit the scenario does not
// list keeps its id.
func (n drillNames) unit(id string) string {
	for _, u := range n.scn.Units {
		if u.ID == id && u.Name != "" {
			return u.Name
		}
	}
	for _, r := range n.scn.Reinforcements {
		if r.ID == id && r.Name != "" {
			return r.Name
		}
	}
	return id
}

// hazard names a scenario hazard by its id: a flood by its river (大漕河山洪), a
// landslide or fire by its zone, else by its type alone.
func (n drillNames) hazard(id string, typ scenarios.HazardType) string {
	h := n.scn.Hazards
	for _, f := range h.Floods {
		if f.ID == id {
			return n.hazardAt(f.River, scenarios.HazardFlood)
		}
	}
	for _, s := range h.Landslides {
		if s.ID == id {
			return n.hazardAt(s.Zone, scenarios.HazardLandslide)
		}
	}
	for _, f := range h.Fires {
		if f.ID == id {
			return n.hazardAt(f.Zone, scenarios.HazardFire)
		}
	}
	if typ != "" {
		return i18n.HazardName(typ, n.l)
	}
	return id
}

// hazardAt names a hazard of type typ at place: 大漕河山洪, or the place alone when it
// already says the hazard (银杏村滑坡隐患点).
func (n drillNames) hazardAt(place string, typ scenarios.HazardType) string {
	name := i18n.HazardName(typ, n.l)
	switch {
	case place == "":
		return name
	case n.l == i18n.English:
		return name + " at " + place
	case strings.Contains(place, name) || strings.Contains(place, "隐患") || strings.Contains(place, "风险区"):
		return place
	}
	return place + name
}

// inject returns the scenario's inject id, and false when it has none.
func (n drillNames) inject(id string) (scenarios.Inject, bool) {
	for _, in := range n.scn.Injects {
		if in.ID == id {
			return in, true
		}
	}
	return scenarios.Inject{}, false
}

// role names who gave an order or received an inject: 镇指挥部, 银杏村 (village cadres),
// 导调, 评估.
func (n drillNames) role(r scenarios.Role) string {
	if v := r.Village(); v != "" {
		return n.l.Pick(v+"干部", "cadres of "+v)
	}
	switch r {
	case scenarios.RoleCommand, "":
		return n.l.Pick("镇指挥部", "the town command post")
	case scenarios.RoleController:
		return n.l.Pick("导调", "the controller")
	case scenarios.RoleEvaluator:
		return n.l.Pick("评估组", "the evaluators")
	}
	return string(r)
}

// warningColours names the colours of rainstorm warnings.
var warningColours = map[string]i18n.Bilingual{
	"red": {"红色", "red"}, "orange": {"橙色", "orange"}, "yellow": {"黄色", "yellow"}, "blue": {"蓝色", "blue"},
}

// rainWarning names a rainstorm warning of colour c: 暴雨红色预警.
func (n drillNames) rainWarning(c string) string {
	colour := c
	if b, ok := warningColours[c]; ok {
		colour = b.In(n.l)
	}
	return n.l.Pick("暴雨"+colour+"预警", colour+" rainstorm warning")
}

// level names a response level written as in files ("IV"): Ⅳ级.
func (n drillNames) level(s string) string {
	lv, err := scenarios.ParseLevel(s)
	if err != nil {
		return s
	}
	return n.l.Pick(lv.Chinese(), "level "+lv.String())
}

// report names a report to the county: 初报 or 续报.
func (n drillNames) report(k scenarios.ReportKind) string {
	switch k {
	case scenarios.ReportInitial:
		return n.l.Pick("初报", "initial report")
	case scenarios.ReportFollowup:
		return n.l.Pick("续报", "follow-up report")
	}
	return string(k)
}

// list joins names in the language: 甲、乙 or a, b.
func (n drillNames) list(names []string) string { return i18n.Join(names, n.l) }

// items lists supplies by name and count: 棉被200、饮用水(吨)2.
func (n drillNames) items(qs []maps.Quantity) string {
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = fmt.Sprintf("%s%s%d", i18n.ItemName(q.Item, n.l), n.l.Pick("", " "), q.Count)
	}
	return n.list(parts)
}

// reason says why the world refused an order or a unit gave up its task, its
// arguments named: units by name, kinds, tasks and items by their names.
func (n drillNames) reason(r sim.Reason) string { return i18n.ReasonText(r, n.l, n.unit) }

// task names a unit's task in brackets after what it did: （搜救）, or nothing.
func (n drillNames) task(t scenarios.Task) string {
	if t == "" {
		return ""
	}
	return n.l.Pick("（", " (") + i18n.TaskName(t, n.l) + n.l.Pick("）", ")")
}

// placeOf names where an event happened: its zone, else its village.
func placeOf(e *sim.Event) string {
	if e.Zone != "" {
		return e.Zone
	}
	return e.Village
}

// orderText says what an order did, in names: 调派镇综合应急救援队一分队前往滨河路（搜救）.
func (n drillNames) orderText(e *sim.Event) string {
	l := n.l
	places := n.list(e.Places)
	if places == "" {
		places = placeOf(e)
	}
	switch e.Order {
	case scenarios.OrderWarn:
		return fmt.Sprintf(l.Pick("通过%s向%s发布预警", "warn %[2]s by %[1]s"), i18n.ChannelName(e.Channel, l), places)
	case scenarios.OrderEvacuate:
		return fmt.Sprintf(l.Pick("组织%s群众转移至%s", "evacuate %s to %s"), places, e.Shelter)
	case scenarios.OrderDispatch:
		return fmt.Sprintf(l.Pick("调派%s前往%s", "send %s to %s"), n.unit(e.Unit), cmp.Or(e.Place, placeOf(e), "--")) + n.task(e.Task)
	case scenarios.OrderCloseRoad:
		return l.Pick("封闭", "close ") + e.Road
	case scenarios.OrderOpenRoad:
		return fmt.Sprintf(l.Pick("恢复%s通行", "reopen %s"), e.Road)
	case scenarios.OrderOpenShelter:
		return l.Pick("开放应急避难场所", "open the shelter ") + e.Shelter
	case scenarios.OrderMoveSupplies:
		return fmt.Sprintf(l.Pick("从%s调运%s至%s", "move %[2]s from %[1]s to %[3]s"), e.From, n.items(e.Items), e.Place)
	case scenarios.OrderReport:
		return l.Pick("向县应急管理局", "send the county its ") + n.report(e.Report)
	case scenarios.OrderRequestReinforcement:
		return fmt.Sprintf(l.Pick("请求县级增援：%s %d支", "request county reinforcement: %s ×%d"), i18n.UnitKindName(e.UnitKind, l), max(e.Count, 1))
	case scenarios.OrderReleaseInfo:
		return l.Pick("发布信息：", "release information: ") + e.Text
	case scenarios.OrderActivateResponse:
		return fmt.Sprintf(l.Pick("启动%s应急响应", "activate the %s response"), n.level(e.Level))
	case scenarios.OrderInjectNow:
		if in, ok := n.inject(e.Inject); ok {
			return fmt.Sprintf(l.Pick("提前下达情况：%s", "inject now: %s"), in.From)
		}
	case scenarios.OrderSetHazard:
		return fmt.Sprintf(l.Pick("调整%s", "change %s"), n.hazard(e.Hazard, ""))
	case scenarios.OrderAnswer:
		return fmt.Sprintf(l.Pick("推演答复：%s", "tabletop answer: %s"), e.Text)
	}
	return i18n.OrderKindName(e.Order, l)
}

// eventText says in one line, in names, what an event was: who did what where.
func (n drillNames) eventText(e *sim.Event) string {
	l := n.l
	switch e.Kind {
	case scenarios.EventInject:
		in, ok := n.inject(e.Inject)
		if !ok {
			in = scenarios.Inject{From: e.From, Text: e.Text}
		}
		return fmt.Sprintf(l.Pick("%s致%s：%s", "%s to %s: %s"), in.From, n.role(e.Role), in.Text)
	case scenarios.EventRainWarning:
		from := e.From
		if in, ok := n.inject(e.Inject); ok && from == "" {
			from = in.From
		}
		return fmt.Sprintf(l.Pick("%s发布%s", "%s issues a %s"), from, n.rainWarning(e.Level))
	case scenarios.EventHazardStarted:
		s := l.Pick("险情发生：", "hazard strikes: ") + n.hazard(e.Hazard, e.HazardType)
		if e.Zone != "" && !strings.Contains(s, e.Zone) {
			s += l.Pick("（", " (") + e.Zone + l.Pick("）", ")")
		}
		return s
	case scenarios.EventResponseActivated:
		return fmt.Sprintf(l.Pick("%s启动%s应急响应", "%s activates the %s response"), n.role(e.Role), n.level(e.Level))
	case scenarios.EventOrder:
		return fmt.Sprintf(l.Pick("%s下达指令：%s", "%s orders: %s"), n.role(e.Role), n.orderText(e))
	case scenarios.EventRejected:
		return fmt.Sprintf(l.Pick("%s的指令未执行（%s）：%s", "%s's order was refused (%s): %s"), n.role(e.Role), i18n.OrderKindName(e.Order, l), n.reason(e.Reason))
	case scenarios.EventWarned:
		return fmt.Sprintf(l.Pick("%s已预警%d人（%.0f%%），经%s", "%s: %d warned (%.0f%%), by %s"), placeOf(e), e.Count, 100*e.Share, i18n.ChannelName(e.Channel, l))
	case scenarios.EventEvacuated:
		return fmt.Sprintf(l.Pick("%s群众转移完成（%d人）", "%s evacuated (%d people)"), placeOf(e), e.Count)
	case scenarios.EventSheltered:
		return fmt.Sprintf(l.Pick("%s群众%d人到达%s", "%[2]d of %[1]s reach %[3]s"), e.Village, e.Count, e.Shelter)
	case scenarios.EventShelterFull:
		instead := cmp.Or(e.Place, l.Pick("无处可去，在家等待", "nowhere: they wait at home"))
		return fmt.Sprintf(l.Pick("%s已满，%s还有%d人改往%s", "%[1]s is full: %[3]d more of %[2]s go to %[4]s instead"), e.Shelter, e.Village, e.Count, instead)
	case scenarios.EventUnitOnScene:
		return fmt.Sprintf(l.Pick("%s到达%s", "%s reaches %s"), n.unit(e.Unit), cmp.Or(e.Place, placeOf(e), "--")) + n.task(e.Task)
	case scenarios.EventTaskDone:
		if !e.Reason.IsZero() {
			return fmt.Sprintf(l.Pick("%s中止%s任务：%s", "%s gives up %s: %s"), n.unit(e.Unit), i18n.TaskName(e.Task, l), n.reason(e.Reason))
		}
		return fmt.Sprintf(l.Pick("%s在%s完成%s任务", "%s finishes %[3]s at %[2]s"), n.unit(e.Unit), e.Place, i18n.TaskName(e.Task, l))
	case scenarios.EventRoadCut:
		return fmt.Sprintf(l.Pick("%s中断（%s）", "%s cut (%s)"), e.Road, n.hazard(e.Hazard, e.HazardType))
	case scenarios.EventRoadCleared:
		return fmt.Sprintf(l.Pick("%s恢复通行", "%s open again"), e.Road)
	case scenarios.EventFireContained:
		return fmt.Sprintf(l.Pick("%s火势得到控制", "%s contained"), n.hazard(e.Hazard, e.HazardType))
	case scenarios.EventReportSent:
		return fmt.Sprintf(l.Pick("%s向县应急管理局%s", "%s sends the county its %s"), n.role(e.Role), n.report(e.Report))
	case scenarios.EventInfoReleased:
		return fmt.Sprintf(l.Pick("%s发布信息：%s", "%s releases: %s"), n.role(e.Role), e.Text)
	case scenarios.EventReinforcementArrived:
		return fmt.Sprintf(l.Pick("县级增援%s到达%s", "county reinforcement %s reaches %s"), n.unit(e.Unit), e.Place)
	case scenarios.EventCasualty:
		return fmt.Sprintf(l.Pick("%s伤亡%d人（%s）", "%s: %d hurt (%s)"), placeOf(e), countOf(e), n.hazard(e.Hazard, e.HazardType))
	case scenarios.EventBuildingDestroyed:
		return fmt.Sprintf(l.Pick("%s建筑损毁%d栋（%s）", "%s: %d buildings destroyed (%s)"), placeOf(e), countOf(e), n.hazard(e.Hazard, e.HazardType))
	}
	return string(e.Kind)
}

// countOf is the number of people or buildings an event concerns: its count, or one.
func countOf(e *sim.Event) int { return max(e.Count, 1) }
