package draft

import (
	"fmt"
	"strings"

	"drillsim/maps"
	"drillsim/scenarios"
)

// injects are the drill's messages (its MSEL): the warnings that start the response,
// the reports from the ground that ask for each of its duties, each naming the town's
// own places.
func (b *builder) injects(s *sketch, scn *scenarios.Scenario) []scenarios.Inject {
	var out []scenarios.Inject
	at := func(mins int) *scenarios.At { a := m(mins); return &a }
	when := func(hazard string, mins int) *scenarios.Condition {
		return &scenarios.Condition{Trigger: scenarios.Trigger{Event: scenarios.EventHazardStarted, Hazard: hazard}, After: scenarios.Duration(mins) * scenarios.Minute}
	}
	cmd := scenarios.RoleCommand
	if b.kind == Tabletop {
		return b.tabletopInjects(s, scn)
	}
	if f := s.flood; f != nil {
		zones := strings.Join(f.zones, "、")
		villages := strings.Join(scn.Hazards.Floods[0].Villages, "、")
		out = append(out,
			scenarios.Inject{ID: "F01", At: at(10), To: cmd, From: "县气象台", Kind: scenarios.InjectRainWarning, Level: "red",
				Text:   fmt.Sprintf("县气象台发布暴雨红色预警信号：预计未来3小时%s降雨量将达100毫米以上，%s沿线发生洪水的风险极高，请做好防御。", b.town.Name, f.river),
				Expect: fmt.Sprintf("启动Ⅳ级应急响应；向%s发布预警；组织%s群众转移。", or(villages, zones), zones)},
			scenarios.Inject{ID: "F02", At: at(25), To: cmd, From: "县水文站",
				Text:   fmt.Sprintf("%s水位较常水位上涨%.1f米，上游雨强超过60毫米/小时，预计洪峰约3小时后到达，涨幅可能达到%.1f米。", f.river, f.riseM*0.15, f.riseM),
				Expect: fmt.Sprintf("研判洪峰到达时间，%s群众立即转移，开放安置点。", zones)},
			scenarios.Inject{ID: "F03", When: when(floodID, 20), To: cmd, From: f.zones[0] + "网格员",
				Text:   fmt.Sprintf("河水已漫入%s，临河房屋进水，仍有部分居民在家中收拾物品，不愿离开。", f.zones[0]),
				Expect: "派村干部和救援队入户动员，协助转移，救援队携冲锋舟待命。"},
			scenarios.Inject{ID: "F04", When: when(floodID, 40), To: cmd, From: "县应急管理局值班室",
				Text:   fmt.Sprintf("县防汛抗旱指挥部要求%s于1小时内书面续报人员转移安置、受灾和道路中断情况。", b.town.Name),
				Expect: "书面续报县应急管理局。"})
	}
	if l := s.slide; l != nil {
		if s.flood == nil {
			out = append(out, scenarios.Inject{ID: "L01", At: at(20), To: cmd, From: "县气象台", Kind: scenarios.InjectRainWarning, Level: "orange",
				Text:   fmt.Sprintf("县气象台发布暴雨橙色预警信号：预计未来6小时%s累计降雨量将达80至120毫米。", b.town.Name),
				Expect: "启动Ⅳ级应急响应，通知各村加密巡查地质灾害隐患点，向受威胁群众发布预警。"})
		}
		village := strings.Join(scn.Hazards.Landslides[0].Villages, "、")
		out = append(out,
			scenarios.Inject{ID: "L02", At: at(40), To: cmd, From: "县自然资源局",
				Text:   fmt.Sprintf("县自然资源局、县气象局联合发布地质灾害气象风险橙色预警：%s处于高风险区，请立即组织%s巡查，发现险情及时转移群众。", or(village, b.town.Name), l.zone),
				Expect: fmt.Sprintf("通知%s监测员加密巡查，%s受威胁群众提前转移。", or(village, "各村"), l.zone)},
			scenarios.Inject{ID: "L03", When: when(slideID, 5), To: cmd, From: or(village, "村") + "村委会",
				Text:   fmt.Sprintf("%s发生滑坡，土石冲毁坡脚房屋，道路被掩埋，车辆无法通行，可能有村民被困。", l.zone),
				Expect: "派救援队和挖掘机赶赴现场搜救、抢通道路，医疗队待命，30分钟内电话初报县应急管理局。"})
	}
	if f := s.fire; f != nil {
		out = append(out,
			scenarios.Inject{ID: "W01", When: when(fireID, 8), To: cmd, From: "护林员",
				Text:   fmt.Sprintf("%s附近山林冒出浓烟，火头借风势向林缘住户蔓延。", f.zone),
				Expect: "森林防火专业队立即出动，启动Ⅳ级响应，电话初报县森林草原防灭火指挥部，组织林缘群众转移。"},
			scenarios.Inject{ID: "W02", When: when(fireID, 60), To: cmd, From: "火场前线指挥",
				Text:   "火线继续扩大，现有扑救力量不足，请求增援。",
				Expect: "请求县森林消防专业队增援，续报县指挥部。"})
	}
	return out
}

// or is s, or else when s is empty.
func or(s, otherwise string) string {
	if s == "" {
		return otherwise
	}
	return s
}

// tabletopInjects are a village tabletop exercise's injects, to the village's cadres,
// in four phases: the warning, the signs of the coming hazard, the hazard, shelter.
func (b *builder) tabletopInjects(s *sketch, scn *scenarios.Scenario) []scenarios.Inject {
	village := b.tabletopVillage(scn)
	to := scenarios.VillageRole(village)
	place, what := "", ""
	switch {
	case s.slide != nil:
		place, what = s.slide.zone, "滑坡"
	default:
		place, what = s.flood.zones[0], "洪水"
	}
	at := func(mins int) *scenarios.At { a := m(mins); return &a }
	return []scenarios.Inject{
		{ID: "T01", At: at(2), To: to, From: "镇应急办", Kind: scenarios.InjectRainWarning, Level: "orange",
			Text:   fmt.Sprintf("镇应急办转发：县气象台发布暴雨橙色预警，%s处于%s高风险区，请立即落实巡查和预警措施。", village, what),
			Expect: "村两委分工：村支书坐镇指挥，监测员巡查，网格员通知受威胁户做好转移准备。"},
		{ID: "T02", At: at(15), To: to, From: "监测员",
			Text:   fmt.Sprintf("%s巡查：暂无明显异常，雨势仍在加大。", place),
			Expect: "加密巡查频次，通知受威胁群众做好转移准备，向镇应急办报告。"},
		{ID: "T03", At: at(40), To: to, From: "监测员",
			Text:   fmt.Sprintf("%s出现险情征兆，情况正在恶化。", place),
			Expect: "立即鸣锣、大喇叭示警，组织受威胁群众按预定路线转移到安置点，报告镇指挥部。"},
		{ID: "T04", At: at(55), To: to, From: "网格员",
			Text:   "一户独居老人不愿离开，说房子住了几十年没出过事。",
			Expect: "村干部入户劝导，联系其子女做工作，必要时强制带离。"},
		{ID: "T05", At: at(80), To: to, From: "村民",
			Text:   fmt.Sprintf("%s发生%s，有房屋受损，道路受阻，可能有人被困！", place, what),
			Expect: "立即电话报告镇指挥部（初报），在安全区域警戒，不得盲目进入危险区，等待救援队。"},
		{ID: "T06", At: at(95), To: to, From: "镇指挥部",
			Text:   "请村里清点转移人数，核实是否还有人员未撤离。",
			Expect: "逐户核对转移名单，报告镇指挥部（续报）。"},
		{ID: "T07", At: at(115), To: to, From: "安置点",
			Text:   "安置点已接收转移群众，棉被和饮用水不足，有老人身体不适。",
			Expect: "登记安置人员，申请镇里调运物资，联系医疗队。"},
		{ID: "T08", At: at(135), To: to, From: "村民",
			Text:   "雨小了，有群众要求回家看看。",
			Expect: "险情解除前不得返家，由镇指挥部统一决定。"},
	}
}

// tabletopVillage is the village whose cadres play a tabletop: the first the hazard
// threatens.
func (b *builder) tabletopVillage(scn *scenarios.Scenario) string {
	for _, v := range scn.Hazards.ThreatenedVillages() {
		if !maps.IsOSMID(v) {
			return v
		}
	}
	return ""
}

// tabletopPhases are the four phases of a tabletop, with their questions.
func tabletopPhases(scn *scenarios.Scenario) []scenarios.Phase {
	return []scenarios.Phase{
		{ID: "P1", Title: "第一阶段：预警响应", From: m(0), To: m(30), Injects: []string{"T01", "T02"},
			Question: "接到预警后，村两委如何分工？大喇叭、微信群、入户通知分别由谁负责？夜间停电时怎么办？"},
		{ID: "P2", Title: "第二阶段：临灾征兆与转移", From: m(30), To: m(70), Injects: []string{"T03", "T04"},
			Question: "出现险情征兆时，是否立即转移？不愿撤离的老人如何处理？转移路线避开哪些地段？"},
		{ID: "P3", Title: "第三阶段：灾情发生与先期处置", From: m(70), To: m(110), Injects: []string{"T05", "T06"},
			Question: "灾情发生后第一个电话打给谁？报告哪些内容？村里能做哪些先期处置，哪些必须等专业队伍？"},
		{ID: "P4", Title: "第四阶段：安置与信息报送", From: m(110), To: m(150), Injects: []string{"T07", "T08"},
			Question: "安置点如何登记人员、保障老人和儿童？何时、由谁决定群众返家？"},
	}
}
