package i18n

import (
	"strings"

	"drillsim/scenarios"
	"drillsim/sim"
)

// unitKindNames names each unit kind and gives the one-character mark its icon shows.
var unitKindNames = map[scenarios.UnitKind]struct {
	name Bilingual
	mark string
}{
	scenarios.UnitRescueTeam:  {Bilingual{"综合应急救援队", "rescue team"}, "救"},
	scenarios.UnitFireTeam:    {Bilingual{"森林防火专业队", "fire team"}, "火"},
	scenarios.UnitMedicalTeam: {Bilingual{"医疗队", "medical team"}, "医"},
	scenarios.UnitCadres:      {Bilingual{"村干部、网格员", "village cadres"}, "村"},
	scenarios.UnitBus:         {Bilingual{"转移车辆", "bus"}, "车"},
	scenarios.UnitExcavator:   {Bilingual{"挖掘机", "excavator"}, "挖"},
	scenarios.UnitBoat:        {Bilingual{"冲锋舟", "boat"}, "舟"},
	scenarios.UnitAmbulance:   {Bilingual{"救护车", "ambulance"}, "护"},
	scenarios.UnitPoliceTeam:  {Bilingual{"派出所警力", "police"}, "警"},
}

// taskNames names each task.
var taskNames = map[scenarios.Task]Bilingual{
	scenarios.TaskRescue:         {"搜救", "rescue"},
	scenarios.TaskSuppressFire:   {"灭火", "suppress fire"},
	scenarios.TaskClearRoad:      {"抢通道路", "clear road"},
	scenarios.TaskWarnDoorToDoor: {"入户预警", "warn door to door"},
	scenarios.TaskTransport:      {"转运群众", "transport"},
	scenarios.TaskDeliver:        {"运送物资", "deliver"},
	scenarios.TaskTreat:          {"医疗救治", "treat"},
}

// OrderKindName is the name of order kind k in language l (the order-kind table of
// scenarios), its id when not listed.
func OrderKindName(k scenarios.OrderKind, l Language) string {
	if spec, ok := k.Spec(); ok {
		return l.Pick(spec.Chinese, spec.English)
	}
	return string(k)
}

// UnitKindName is the name of unit kind k in language l, its id when not listed.
func UnitKindName(k scenarios.UnitKind, l Language) string {
	if n, ok := unitKindNames[k]; ok {
		return n.name[l]
	}
	return string(k)
}

// channelNames names each warning channel.
var channelNames = map[scenarios.Channel]Bilingual{
	scenarios.ChannelLoudspeaker: {"大喇叭", "loudspeaker"},
	scenarios.ChannelSMS:         {"短信电话", "SMS/phone"},
	scenarios.ChannelDoorToDoor:  {"入户", "door to door"},
}

// hazardTypeNames names each hazard type.
var hazardTypeNames = map[scenarios.HazardType]Bilingual{
	scenarios.HazardFlood:     {"山洪", "flood"},
	scenarios.HazardLandslide: {"滑坡", "landslide"},
	scenarios.HazardFire:      {"森林火灾", "forest fire"},
}

// unitStateTexts are the strings of the unit states.
var unitStateTexts = [...]Text{
	sim.UnitAbsent:  TextUnitAbsent,
	sim.UnitIdle:    TextUnitIdle,
	sim.UnitEnRoute: TextUnitEnRoute,
	sim.UnitWorking: TextUnitWorking,
}

// UnitStateText is the string of unit state s.
func UnitStateText(s sim.UnitState) Text {
	if int(s) < len(unitStateTexts) {
		return unitStateTexts[s]
	}
	return TextUnitIdle
}

// UnitMark is the one-character mark of a unit kind's icon, "?" for a kind not listed.
func UnitMark(k scenarios.UnitKind) string {
	if n, ok := unitKindNames[k]; ok {
		return n.mark
	}
	return "?"
}

// TaskName is the name of task t in language l, the task's id when not listed.
func TaskName(t scenarios.Task, l Language) string {
	if n, ok := taskNames[t]; ok {
		return n[l]
	}
	return string(t)
}

// listSeparator separates the items of a list in each language.
var listSeparator = Bilingual{"、", ", "}

// Join lists items in language l: 甲、乙 or a, b.
func Join(items []string, l Language) string { return strings.Join(items, listSeparator[l]) }

// roadClassNames name road classes as a township names its roads.
var roadClassNames = map[string]Bilingual{
	"motorway":      {"高速公路", "motorway"},
	"trunk":         {"国道", "trunk road"},
	"primary":       {"省道", "provincial road"},
	"secondary":     {"县道", "county road"},
	"tertiary":      {"乡道", "township road"},
	"unclassified":  {"村道", "village road"},
	"residential":   {"街道", "street"},
	"living_street": {"街巷", "lane"},
	"service":       {"支路", "access road"},
	"track":         {"机耕道", "farm track"},
	"path":          {"小路", "path"},
	"footway":       {"步道", "footway"},
	"steps":         {"梯步", "steps"},
}

// stationTypeNames name station types.
var stationTypeNames = map[string]Bilingual{
	"townhall":     {"镇政府（指挥部）", "town hall (command post)"},
	"rescue":       {"救援队驻地", "rescue team base"},
	"hospital":     {"卫生院", "health centre"},
	"police":       {"派出所", "police station"},
	"fire_station": {"消防站", "fire station"},
}

// buildingUseNames name the uses of unnamed buildings.
var buildingUseNames = map[string]Bilingual{
	"house":             {"民房", "house"},
	"residential":       {"住宅", "residential"},
	"village_committee": {"村委会", "village committee"},
	"school":            {"学校", "school"},
	"warehouse":         {"仓库", "warehouse"},
}

// itemNames name stock items and the units stations hold.
var itemNames = map[string]Bilingual{
	"sandbags":              {"沙袋", "sandbags"},
	"tents":                 {"帐篷", "tents"},
	"quilts":                {"棉被", "quilts"},
	"life_jackets":          {"救生衣", "life jackets"},
	"boats":                 {"冲锋舟", "boats"},
	"generators":            {"发电机", "generators"},
	"chainsaws":             {"油锯", "chainsaws"},
	"flashlights":           {"手电筒", "flashlights"},
	"drinking_water_t":      {"饮用水(吨)", "drinking water (t)"},
	"instant_noodles_boxes": {"方便面(箱)", "instant noodles (boxes)"},
	"rescue_team":           {"救援队", "rescue teams"},
	"fire_team":             {"防火队", "fire teams"},
	"police_team":           {"警力", "police teams"},
	"medical_team":          {"医疗队", "medical teams"},
	"ambulance":             {"救护车", "ambulances"},
	"command_post":          {"指挥部", "command post"},
}

// named is the name of key in table t in language l, key itself when not listed.
func named(t map[string]Bilingual, key string, l Language) string {
	if n, ok := t[key]; ok {
		return n[l]
	}
	return key
}

// RoadClassName names road class c (highway=*) in language l, as a township names
// its roads.
func RoadClassName(c string, l Language) string { return named(roadClassNames, c, l) }

// StationTypeName names station type s in language l.
func StationTypeName(s string, l Language) string { return named(stationTypeNames, s, l) }

// BuildingUseName names the use u of an unnamed building in language l.
func BuildingUseName(u string, l Language) string { return named(buildingUseNames, u, l) }

// ItemName names a stock item, or the kind of unit a station holds, in language l.
func ItemName(i string, l Language) string { return named(itemNames, i, l) }

// HazardName names hazard type h in language l, its id when not listed.
func HazardName(h scenarios.HazardType, l Language) string {
	if n, ok := hazardTypeNames[h]; ok {
		return n[l]
	}
	return string(h)
}

// buildingStateTexts say what a building's residents are doing, as the legend does.
var buildingStateTexts = [...]Text{
	sim.Uninhabited:  TextUninhabited,
	sim.HomeUnwarned: TextLegendUnwarned,
	sim.HomeWarned:   TextLegendWarned,
	sim.Leaving:      TextLegendLeaving,
	sim.Empty:        TextLegendEmpty,
	sim.Hurt:         TextLegendHurt,
	sim.Destroyed:    TextLegendDestroyed,
}

// BuildingStateText is the text of building state s.
func BuildingStateText(s sim.BuildingState) Text {
	if int(s) < len(buildingStateTexts) {
		return buildingStateTexts[s]
	}
	return TextUninhabited
}

// ChannelName is the name of warning channel c in language l, "" for none.
func ChannelName(c scenarios.Channel, l Language) string {
	if n, ok := channelNames[c]; ok {
		return n[l]
	}
	return string(c)
}

// eventKindNames names the event kinds.
var eventKindNames = map[scenarios.EventKind]Bilingual{
	scenarios.EventInject:               {"导调注入", "inject"},
	scenarios.EventHazardStarted:        {"险情发生", "hazard started"},
	scenarios.EventRainWarning:          {"暴雨预警", "rainstorm warning"},
	scenarios.EventResponseActivated:    {"启动应急响应", "response activated"},
	scenarios.EventOrder:                {"下达指令", "order"},
	scenarios.EventWarned:               {"群众已预警", "residents warned"},
	scenarios.EventEvacuated:            {"转移完成", "evacuated"},
	scenarios.EventSheltered:            {"群众到达安置点", "sheltered"},
	scenarios.EventShelterFull:          {"安置点已满", "shelter full"},
	scenarios.EventUnitOnScene:          {"力量到达现场", "unit on scene"},
	scenarios.EventRoadCut:              {"道路中断", "road cut"},
	scenarios.EventRoadCleared:          {"道路抢通", "road cleared"},
	scenarios.EventFireContained:        {"火势控制", "fire contained"},
	scenarios.EventReportSent:           {"向县报告", "report sent"},
	scenarios.EventInfoReleased:         {"信息发布", "information released"},
	scenarios.EventReinforcementArrived: {"增援到达", "reinforcement arrived"},
	scenarios.EventCasualty:             {"人员伤亡", "casualty"},
	scenarios.EventBuildingDestroyed:    {"建筑损毁", "building destroyed"},
	scenarios.EventRejected:             {"指令被拒", "order rejected"},
	scenarios.EventTaskDone:             {"任务完成", "task done"},
	scenarios.EventStatus:               {"态势统计", "status"},
}

// EventKindName names event kind k in language l, its id when not listed.
func EventKindName(k scenarios.EventKind, l Language) string {
	if n, ok := eventKindNames[k]; ok {
		return n[l]
	}
	return string(k)
}

// roleNames name the seats that are not a village's.
var roleNames = map[scenarios.Role]Bilingual{
	scenarios.RoleCommand:    {"镇指挥部", "the town command post"},
	scenarios.RoleController: {"导调", "the controller"},
	scenarios.RoleEvaluator:  {"评估组", "the evaluators"},
}

// RoleName names role r in language l: 镇指挥部, 银杏村村委会 …; an order file's
// empty role is the command post's.
func RoleName(r scenarios.Role, l Language) string {
	if r == "" {
		r = scenarios.RoleCommand
	}
	if v := r.Village(); v != "" {
		return l.Pick(v+"村委会", v+" cadres")
	}
	if n, ok := roleNames[r]; ok {
		return n[l]
	}
	return string(r)
}

// warningColours names the colours of rainstorm warnings.
var warningColours = map[string]Bilingual{
	"red": {"红色", "red"}, "orange": {"橙色", "orange"}, "yellow": {"黄色", "yellow"}, "blue": {"蓝色", "blue"},
}

// RainWarningName names a rainstorm warning of colour c in language l: 暴雨橙色预警.
func RainWarningName(c string, l Language) string {
	colour := c
	if b, ok := warningColours[c]; ok {
		colour = b[l]
	}
	return l.Pick("暴雨"+colour+"预警", colour+" rainstorm warning")
}
