package i18n

// Text names one string of the interface, of the table below.
type Text int

// The interface strings.
const (
	TextTitle Text = iota
	TextPaused
	TextStep
	TextCounts
	TextResidents
	TextUnwarned
	TextWarned
	TextMoving
	TextSheltered
	TextInDanger
	TextCasualties
	TextTreated
	TextDestroyed
	TextRoadsCut
	TextFloodedCells
	TextBurntHa
	TextFeed
	TextUnread
	TextMarkRead
	TextRejected
	TextTaskAbandoned
	TextUnits
	TextOrders
	TextPickUnit
	TextPickTask
	TextPickPlace
	TextCancel
	TextIssued
	TextEnRoute
	TextOnScene
	TextDone
	TextStatusRejected
	TextLegend
	TextLegendUnwarned
	TextLegendWarned
	TextLegendLeaving
	TextLegendEmpty
	TextLegendHurt
	TextLegendDestroyed
	TextLegendShelter
	TextLegendStation
	TextLegendDepot
	TextLegendUnit
	TextLegendCutRoad
	TextLegendFlood
	TextLegendFire
	TextLegendHazardZone
	TextNorth
	TextHelp
	TextHelpBody
	TextShelterOpen
	TextShelterClosed
	TextRole
	TextEnded
	TextFinalCounts
	TextScoreLine
	TextReportKey
	TextScoreTable
	TextColClause
	TextColRequirement
	TextColAllowed
	TextColResponse
	TextColPoints
	TextColResult
	TextResultNotDone
	TextResultNotApplicable
	TextCategoryLine
	TextReportWritten
	TextReportOnServer
	TextIllustrative
	TextUnitIdle
	TextUnitEnRoute
	TextUnitWorking
	TextUnitAbsent
	TextWarnScope
	TextEvacuateTo
	TextOpenShelter
	TextReportInitial
	TextReportFollowup
	TextActivate
	TextNotAllowed
	TextApplied
	TextHazardStarted
	TextReinforcementArrived
	TextFireContained
	TextChooseScenario
	TextChooseRole
	TextStart
	TextScenarioFiles
	TextRoadOpen
	TextRoadClosed
	TextRoadCut
	TextZoneLine
	TextPickSupplies
	TextInfoPlaceholder
	TextNoScenarioFiles
	TextMoreScenarioFiles
	TextScenarioPath
	TextTypePathFirst
	TextRoleNotOnMap
	TextDeadlines
	TextNoDeadlines
	TextInjectNow
	TextNoPendingInjects
	TextOnCondition
	TextMoreInjects
	TextContainFire
	TextRunout
	TextMetres
	TextSpeedOrder
	TextReleasePhase
	TextPhaseRunning
	TextPhaseDiscuss
	TextPhasesDone
	TextAwaitPhase
	TextQuestion
	TextNotePlaceholder
	TextRequirementTable
	TextClockWaiting
	TextClockRunning
	TextClockOverdue
	TextClockMet
	TextClockMissed
	TextObserve
	TextPrevItem
	TextNextItem
	TextYes
	TextNo
	TextCommentPlaceholder
	TextRecord
	TextLayers
	TextLayerRoads
	TextLayerBuildings
	TextLayerResidents
	TextLayerVillages
	TextLayerHazardZones
	TextLayerTerrain
	TextLayerFlood
	TextLayerFire
	TextLayerUnits
	TextLayerLabels
	TextDepot
	TextHoverResidents
	TextHoverThreatens
	TextBridge
	TextHoverPopulation
	TextVillageHead
	TextHoverOccupancy
	TextUninhabited
	TextUnitsSelected
	TextConfirmOrder
	TextConfirm
	textCount
)

// texts holds every interface string, Chinese then English. Keep both columns full:
// the tests check that every entry renders with the embedded font.
var texts = [textCount]Bilingual{
	TextTitle:            {"福宝镇应急演练", "Fubao township drill"},
	TextPaused:           {"暂停", "Paused"},
	TextStep:             {"单步", "Step"},
	TextCounts:           {"态势统计", "Counts"},
	TextResidents:        {"居民", "Residents"},
	TextUnwarned:         {"未预警", "Unwarned"},
	TextWarned:           {"已预警在家", "Warned at home"},
	TextMoving:           {"转移途中", "Moving"},
	TextSheltered:        {"已安置", "Sheltered"},
	TextInDanger:         {"处于危险", "In danger"},
	TextCasualties:       {"伤亡", "Casualties"},
	TextTreated:          {"已救治", "Treated"},
	TextDestroyed:        {"损毁房屋", "Buildings destroyed"},
	TextRoadsCut:         {"道路中断", "Roads cut"},
	TextFloodedCells:     {"淹没网格", "Flooded cells"},
	TextBurntHa:          {"过火面积(公顷)", "Burnt (ha)"},
	TextFeed:             {"信息与指令", "Messages"},
	TextUnread:           {"未读", "unread"},
	TextMarkRead:         {"全部已读", "Mark all read"},
	TextRejected:         {"指令被拒绝", "Order rejected"},
	TextTaskAbandoned:    {"任务中止", "Task abandoned"},
	TextUnits:            {"救援力量", "Units"},
	TextOrders:           {"指令状态", "Orders"},
	TextPickUnit:         {"点击地图上的队伍或从列表选择", "Click a unit on the map or in the list"},
	TextPickTask:         {"选择任务", "Choose a task"},
	TextPickPlace:        {"在地图上点击目的地", "Click the destination on the map"},
	TextCancel:           {"取消", "Cancel"},
	TextIssued:           {"已下达", "issued"},
	TextEnRoute:          {"途中", "en route"},
	TextOnScene:          {"到达现场", "on scene"},
	TextDone:             {"完成", "done"},
	TextStatusRejected:   {"被拒绝", "rejected"},
	TextLegend:           {"图例", "Legend"},
	TextLegendUnwarned:   {"未预警住户", "Unwarned homes"},
	TextLegendWarned:     {"已预警住户", "Warned homes"},
	TextLegendLeaving:    {"正在转移", "Leaving"},
	TextLegendEmpty:      {"已撤空", "Empty"},
	TextLegendHurt:       {"有伤亡", "Casualties"},
	TextLegendDestroyed:  {"已损毁", "Destroyed"},
	TextLegendShelter:    {"避难场所", "Shelter"},
	TextLegendStation:    {"站点", "Station"},
	TextLegendDepot:      {"物资储备库", "Supplies depot"},
	TextLegendUnit:       {"救援队伍", "Unit"},
	TextLegendCutRoad:    {"中断道路", "Cut road"},
	TextLegendFlood:      {"淹没水深", "Flood depth"},
	TextLegendFire:       {"火场", "Fire"},
	TextLegendHazardZone: {"隐患区", "Hazard zone"},
	TextNorth:            {"北", "N"},
	TextHelp:             {"H 帮助", "H help"},
	TextHelpBody: {
		"拖动或方向键 平移    滚轮或 +/- 缩放    F 全图    右上角 图层\n空格 暂停/继续    1 ×1  2 ×10  3 ×60  4 ×300    . 单步\n点击队伍 选择    Shift+点击 加选    Shift+拖动 框选\n选任务后点击目的地，Enter 确认    Esc 取消\n点击村庄、隐患区 预警/转移    点击道路 封闭/恢复    点击储备库 调拨物资\n鼠标停留 查看详情    L 中文/English    H 帮助",
		"drag or arrows pan    wheel or +/- zoom    F fit    layers top right\nspace pause/resume    1 ×1  2 ×10  3 ×60  4 ×300    . step\nclick a unit to select    shift+click to add    shift+drag to box-select\npick a task, click the destination, Enter to confirm    Esc cancel\nclick a village or zone: warn, evacuate · a road: close, reopen · a depot: supplies\nhover for details    L English/中文    H help",
	},
	TextShelterOpen:          {"开放", "open"},
	TextShelterClosed:        {"未开放", "closed"},
	TextRole:                 {"角色", "Role"},
	TextEnded:                {"演练结束", "Drill ended"},
	TextFinalCounts:          {"最终统计", "Final counts"},
	TextScoreLine:            {"综合得分 %.1f  等级 %s  （%d/%d 项达标）", "Score %.1f  grade %s  (%d of %d met)"},
	TextReportKey:            {"按 R 写出演练评估报告", "Press R to write the after-action report"},
	TextScoreTable:           {"各项要求得分", "Score by requirement"},
	TextColClause:            {"条款", "Clause"},
	TextColRequirement:       {"要求", "Requirement"},
	TextColAllowed:           {"时限", "Allowed"},
	TextColResponse:          {"用时", "Took"},
	TextColPoints:            {"得分", "Points"},
	TextColResult:            {"结果", "Result"},
	TextResultNotDone:        {"未完成", "not done"},
	TextResultNotApplicable:  {"未触发", "did not arise"},
	TextCategoryLine:         {"%s %.0f/%.0f", "%s %.0f/%.0f"},
	TextReportWritten:        {"评估报告已写入 %s", "Report written to %s"},
	TextReportOnServer:       {"评估报告由演练服务器写出：drillsim report", "The report is written on the drill server: drillsim report"},
	TextIllustrative:         {"示意图，非实测", "Illustrative, not surveyed"},
	TextUnitIdle:             {"待命", "idle"},
	TextUnitEnRoute:          {"途中", "en route"},
	TextUnitWorking:          {"作业中", "working"},
	TextUnitAbsent:           {"未到", "absent"},
	TextWarnScope:            {"预警", "Warn"},
	TextEvacuateTo:           {"转移至", "Evacuate to"},
	TextOpenShelter:          {"开放避难场所", "Open shelter"},
	TextReportInitial:        {"初报", "Initial report"},
	TextReportFollowup:       {"续报", "Follow-up report"},
	TextActivate:             {"启动响应", "Activate response"},
	TextNotAllowed:           {"此角色不能下达该指令", "This role cannot give that order"},
	TextApplied:              {"已执行", "applied"},
	TextHazardStarted:        {"灾害发生", "Hazard started"},
	TextReinforcementArrived: {"增援到达", "Reinforcement arrived"},
	TextFireContained:        {"火势得到控制", "Fire contained"},
	TextChooseScenario:       {"选择演练情景", "Choose a scenario"},
	TextChooseRole:           {"选择角色", "Choose a role"},
	TextStart:                {"开始演练 (Enter)", "Start (Enter)"},
	TextRoadOpen:             {"畅通", "open"},
	TextRoadClosed:           {"已封闭", "closed"},
	TextRoadCut:              {"中断", "cut"},
	TextZoneLine:             {"%s（%s隐患点，威胁 %d 人）", "%s (%s hazard, %d people threatened)"},
	TextPickSupplies:         {"点物资按钮加量，再在地图上点目的地", "Click an item to add a lot of it, then the destination on the map"},
	TextInfoPlaceholder:      {"点此输入文字（随报告或发布信息发送）", "Click to type (sent with a report or released)"},
	TextScenarioFiles:        {"场景文件（当前目录与 scenarios/ 文件夹）", "Scenario files (in this folder and scenarios/)"},
	TextNoScenarioFiles:      {"未找到场景文件", "No scenario files found"},
	TextMoreScenarioFiles:    {"另有 %d 个未列出：请输入其路径", "%d more not listed: type the path"},
	TextScenarioPath:         {"点此输入场景文件路径，如 scenarios/my.yaml", "Click to type a scenario file's path, e.g. scenarios/my.yaml"},
	TextTypePathFirst:        {"请先输入场景文件的路径", "Type the path of a scenario file first"},
	TextRoleNotOnMap:         {"此情景的地图上没有 %s：请另选角色", "This scenario's map has no %s: choose another role"},
	TextDeadlines:            {"预案时限", "Plan deadlines"},
	TextNoDeadlines:          {"暂无计时中的要求", "No requirement is timing"},
	TextInjectNow:            {"立即插入情况", "Inject now"},
	TextNoPendingInjects:     {"情况已全部发出", "Every inject has been delivered"},
	TextOnCondition:          {"条件触发", "on condition"},
	TextMoreInjects:          {"另有 %d 条未发出", "%d more not delivered"},
	TextContainFire:          {"宣布火势控制", "Declare contained"},
	TextRunout:               {"滑坡冲出距离", "Landslide runout"},
	TextMetres:               {"%g 米", "%g m"},
	TextSpeedOrder:           {"演练速度", "Drill speed"},
	TextReleasePhase:         {"发布", "Release"},
	TextPhaseRunning:         {"推演中", "under way"},
	TextPhaseDiscuss:         {"讨论中", "in discussion"},
	TextPhasesDone:           {"各阶段已全部发布", "Every phase has been released"},
	TextAwaitPhase:           {"等待导调发布第一阶段", "Waiting for the controller to release the first phase"},
	TextQuestion:             {"讨论问题", "Question"},
	TextNotePlaceholder:      {"点此输入讨论意见（随报告发送）", "Click to type a note (sent with a report)"},
	TextRequirementTable:     {"预案要求执行情况", "Plan requirements"},
	TextClockWaiting:         {"未开始", "not started"},
	TextClockRunning:         {"计时中", "timing"},
	TextClockOverdue:         {"已超时", "overdue"},
	TextClockMet:             {"达标", "met"},
	TextClockMissed:          {"超时完成", "late"},
	TextObserve:              {"评估记录", "Observation"},
	TextPrevItem:             {"上一项", "Prev"},
	TextNextItem:             {"下一项", "Next"},
	TextYes:                  {"是", "yes"},
	TextNo:                   {"否", "no"},
	TextCommentPlaceholder:   {"点此输入评语", "Click to type a comment"},
	TextRecord:               {"记录观察 (当前时刻)", "Record (at the present moment)"},
	TextLayers:               {"图层", "Layers"},
	TextLayerRoads:           {"道路", "Roads"},
	TextLayerBuildings:       {"建筑", "Buildings"},
	TextLayerResidents:       {"居民状态", "Residents"},
	TextLayerVillages:        {"村界", "Villages"},
	TextLayerHazardZones:     {"隐患区", "Hazard zones"},
	TextLayerTerrain:         {"地形", "Terrain"},
	TextLayerFlood:           {"水深", "Flood depth"},
	TextLayerFire:            {"火场", "Fire"},
	TextLayerUnits:           {"队伍", "Units"},
	TextLayerLabels:          {"标注", "Labels"},
	TextDepot:                {"应急物资储备库", "Emergency supplies depot"},
	TextHoverResidents:       {"居民 %d 人（其中老幼病残 %d 人）", "%d residents (%d vulnerable)"},
	TextHoverThreatens:       {"威胁 %d 户 %d 人", "threatens %d households, %d people"},
	TextBridge:               {"桥梁", "bridge"},
	TextHoverPopulation:      {"人口 %d", "population %d"},
	TextVillageHead:          {"村支书", "Party secretary"},
	TextHoverOccupancy:       {"安置 %d/%d，途中 %d", "sheltering %d of %d, %d on the way"},
	TextUninhabited:          {"无人居住", "uninhabited"},
	TextUnitsSelected:        {"已选 %d 支队伍", "%d units"},
	TextConfirmOrder:         {"确认调派", "Confirm"},
	TextConfirm:              {"确认 (Enter)", "Confirm (Enter)"},
}

// In returns the string t in language l.
func (t Text) In(l Language) string {
	if t < 0 || t >= textCount {
		return ""
	}
	return texts[t][l]
}
