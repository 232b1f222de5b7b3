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
	TextActLoudspeaker
	TextActSMS
	TextActDoorToDoor
	TextActEvacuate
	TextActReport
	TextActOpenShelter
	TextOwnFigures
	TextOwnActions
	TextNoOwnShelter
	TextAlarmCasualty
	TextAlarmDanger
	TextTheTown
	TextAnswer
	TextAnswerPlaceholder
	TextSubmit
	TextBackToStart
	TextClickPicks
	TextClockLate
	TextClockStarted
	TextClockMetNote
	TextClockLateNote
	TextClockOverdueNote
	TextClose
	TextDeselect
	TextEvacuate
	TextWarnEllipsis
	TextEvacuateEllipsis
	TextHelpButton
	TextHelpTitle
	TextHelpKeys
	TextHelpVillage
	TextHelpCommand
	TextHelpController
	TextHelpEvaluator
	TextHelpLoudspeaker
	TextHelpSMS
	TextHelpDoorToDoor
	TextHelpEvacuate
	TextHelpOpenShelter
	TextHelpReport
	TextHours
	TextHoursMinutes
	TextMinutes
	TextMinutesSeconds
	TextSeconds
	TextHouseHere
	TextHow
	TextWhere
	TextWhichShelter
	TextWhichReport
	TextWholeVillage
	TextReportSays
	TextReportToTown
	TextReportToCounty
	TextTypeHere
	TextKilometres
	TextLegendBurnt
	TextLegendClosedRoad
	TextLegendOwnVillage
	TextLegendShelterOpen
	TextLegendShelterShut
	TextLegendSpeaker
	TextNoOrders
	TextNoUnits
	TextNotYourUnit
	TextNoteAlarm
	TextNoteAnswer
	TextNoteClockStarted
	TextNoteOtherOrder
	TextNoteShelterFull
	TextShelterFullHint
	TextShelterFullNote
	TextOrderWaits
	TextWaitsForClock
	TextOtherSeats
	TextOthersByReference
	TextOthersIdle
	TextNoReference
	TextPausedBanner
	TextSlowedBanner
	TextPlayAgain
	TextReplay
	TextWriteReport
	TextShowResults
	TextProjector
	TextRatingP
	TextRatingS
	TextRatingM
	TextRatingU
	TextStartPhase
	TextVillagePickHint
	TextHectares
	TextTimeLeft
	TextShelterFullNowhere
	TextChooseAnother
	TextUnjoinedSeats
	TextUnjoinedReference
	TextUnjoinedIdle
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
	TextFloodedCells:     {"淹没", "Flooded"},
	TextBurntHa:          {"过火", "Burnt"},
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
	TextHelp:             {"帮助（H）", "Help (H)"},
	TextHelpBody: {
		"拖动地图或方向键：平移；滚轮或 +/-：缩放；F：回到本席位的范围；右上角「图层」：显示或隐藏图层\n空格：暂停或继续；1 2 3 4：×1 ×10 ×60 ×300；句号：走一步\n点击队伍：选中；按住 Shift 点击：加选；按住 Shift 拖动：框选\n选任务后点击目的地，回车键确认；Esc：取消\n鼠标停在地图上：说明点击会选中什么；停在被截断的文字上：显示全文\nCtrl 和 +/-：放大或缩小界面（100%～200%）；L：中文/English；P：投影模式（桌面推演）；H：帮助",
		"drag or arrows: pan; wheel or +/-: zoom; F: back to your area; Layers, top right: show or hide layers\nspace: pause or resume; 1 2 3 4: ×1 ×10 ×60 ×300; period: one step\nclick a unit: select; shift+click: add; shift+drag: box-select\npick a task, click the destination, Enter to confirm; Esc: cancel\nthe cursor on the map says what a click selects; on a cut text, shows it whole\nCtrl and +/-: larger or smaller interface (100% to 200%); L: English/中文; P: projector (tabletop); H: help",
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
	TextStart:                {"开始演练（回车键）", "Start (Enter)"},
	TextRoadOpen:             {"畅通", "open"},
	TextRoadClosed:           {"已封闭", "closed"},
	TextRoadCut:              {"中断", "cut"},
	TextZoneLine:             {"%s（%s隐患点，威胁 %d 人）", "%s (%s hazard, %d people threatened)"},
	TextPickSupplies:         {"点物资按钮加量，再在地图上点目的地", "Click an item to add a lot of it, then the destination on the map"},
	TextInfoPlaceholder:      {"点此输入文字（随报告或发布信息发送）", "Click to type (sent with a report or released)"},
	TextScenarioFiles:        {"场景文件（当前文件夹及其中的场景文件夹）", "Scenario files (in this folder and scenarios/)"},
	TextNoScenarioFiles:      {"未找到场景文件", "No scenario files found"},
	TextMoreScenarioFiles:    {"另有 %d 个未列出：请输入其路径", "%d more not listed: type the path"},
	TextScenarioPath:         {"点此输入场景文件的路径（以 .yaml 结尾的文件）", "Click to type a scenario file's path, e.g. scenarios/my.yaml"},
	TextTypePathFirst:        {"请先输入场景文件的路径", "Type the path of a scenario file first"},
	TextRoleNotOnMap:         {"此情景的地图上没有%s：请另选角色", "This scenario's map has no %s: choose another role"},
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
	TextConfirm:              {"确认（回车键）", "Confirm (Enter)"},
	TextActLoudspeaker:       {"大喇叭预警", "Loudspeaker"},
	TextActSMS:               {"短信预警", "Text message"},
	TextActDoorToDoor:        {"入户通知", "Door to door"},
	TextActEvacuate:          {"组织转移", "Evacuate"},
	TextActReport:            {"向镇报告", "Report to town"},
	TextActOpenShelter:       {"开放安置点", "Open a shelter"},
	TextOwnFigures:           {"本村情况 — %s", "%s: figures"},
	TextOwnActions:           {"本村处置（点击后确认）", "Your actions (click, then confirm)"},
	TextNoOwnShelter:         {"本村没有安置点：转移时选择邻近的安置点", "No shelter in the village: evacuate to a nearby one"},
	TextAlarmCasualty:        {"首例伤亡：%s %d 人受伤（%s）", "First casualties: %[2]d hurt in %[1]s (%[3]s)"},
	TextAlarmDanger:          {"%s 有 %d 人处于危险之中，请立即组织转移或救援", "%[2]d people in danger in %[1]s: evacuate or rescue them now"},
	TextTheTown:              {"全镇", "the town"},
	TextAnswer:               {"讨论答复", "Answer"},
	TextAnswerPlaceholder:    {"点此输入对本阶段问题的答复", "Click to type your answer to the question"},
	TextSubmit:               {"提交", "Submit"},
	TextBackToStart:          {"返回开始", "Start screen"},
	TextClickPicks:           {"点击选定目的地：", "Click to choose:"},
	TextClockLate:            {"超时", "late"},
	TextClockStarted:         {"%s %s → %s内：%s", "%s %s → within %s: %s"},
	TextClockMetNote:         {"达标：%s，用时 %s", "Met: %s, in %s"},
	TextClockLateNote:        {"超时：%s，用时 %s（限 %s）", "Late: %s, in %s (allowed %s)"},
	TextClockOverdueNote:     {"已超时：%s 未在 %s 内完成", "Overdue: %s not done within %s"},
	TextClose:                {"关闭（Esc）", "Close (Esc)"},
	TextDeselect:             {"取消选择", "Deselect"},
	TextEvacuate:             {"组织转移", "Evacuate"},
	TextWarnEllipsis:         {"预警…", "Warn…"},
	TextEvacuateEllipsis:     {"组织转移…", "Evacuate…"},
	TextHelpButton:           {"帮助", "Help"},
	TextHelpTitle:            {"帮助", "Help"},
	TextHelpKeys:             {"按键与鼠标", "Keys and mouse"},
	TextHelpVillage:          {"你是本村的村干部，负责本村群众的预警、转移和报告。\n1. 收到预警或险情后，先用「大喇叭预警」「短信预警」通知全村或隐患点的群众，再用「入户通知」派人逐户敲门，叫醒、叫走每一户。\n2. 「开放安置点」打开本村的安置点，「组织转移」把群众转移到指定的安置点；安置点满了会提示你另选一处。\n3. 「向镇报告」向镇指挥部报告本村的情况：先初报，情况变化再续报。\n4. 面板上的「预案时限」是预案要求的倒计时，写明由什么事件开始、多长时间内完成；到时显示「达标」或「超时」。\n5. 「信息与指令」里有上级和导调发来的情况；红色的是警报，点击一条可看全文。\n地图打开在本村，蓝框是本村范围；点击本村的安置点、队伍或隐患点可下达更多指令。", "You are the village's cadres: you warn, evacuate and report for your village.\n1. On a warning or a hazard, warn the village or its hazard zones by loudspeaker and text message, then send people door to door to wake and move every household.\n2. Open a shelter, then evacuate the residents to it; when a shelter is full you are told and choose another.\n3. Report to the town command post: a first report, then follow-ups as things change.\n4. The countdowns are the plan's deadlines: each says what started it and how long you have; at the end it says met or late.\n5. Messages from above and from the controller come in the feed; red ones are alarms. Click one to read it whole.\nThe map opens on your village, outlined in blue; click its shelters, units or hazard zones for more orders."},
	TextHelpCommand:          {"你是镇指挥部，统一指挥全镇的应急处置。\n1. 收到预警后按预案启动响应（Ⅳ级至Ⅰ级），向县报告（初报、续报），发布信息。\n2. 点击地图上的村庄或隐患区，预警、组织转移；点击道路封闭或恢复；点击储备库调拨物资。\n3. 点击队伍（或在「救援力量」中选择），选任务，再点目的地并确认，派出队伍。\n4. 「预案时限」显示预案要求的倒计时及起因；「指令状态」跟踪每条指令是否执行。", "You are the town command post and lead the whole response.\n1. On a warning, activate the response level the plan asks (IV to I), report to the county (first report, follow-ups) and release information.\n2. Click a village or a hazard zone to warn or evacuate it; a road to close or reopen it; a depot to move supplies.\n3. Click a unit (or pick it from the list), a task, then its destination, and confirm.\n4. The countdowns show the plan's deadlines and what started them; the orders list follows each order."},
	TextHelpController:       {"你是导调，掌握演练的进程。\n1. 用速度按钮控制时钟；桌面推演中点击「发布」放出下一阶段，时钟运行到阶段结束自动停止。\n2. 「立即插入情况」列出未发出的情况，点击一条并确认即可立即下发。\n3. 可宣布火势得到控制、设定滑坡冲出距离。\n4. 「投影模式」把阶段标题、问题和信息用大字显示在地图一侧，供会场投影。", "You are the controller and run the exercise.\n1. The speed buttons run the clock; in a tabletop, Release lets the next phase run, and the clock stops at its end.\n2. Inject now lists the injects not delivered: click one and confirm to deliver it at once.\n3. You may declare a fire contained or set a landslide's runout.\n4. Projector mode shows the phase, its question and the feed in large type over the map, for a room."},
	TextHelpEvaluator:        {"你是评估人员，对照预案记录演练情况。\n1. 「预案要求执行情况」列出每项要求：计时中、达标、超时或未开始。\n2. 选择评估项，按「圆满完成(P)／基本完成(S)／存在较大问题(M)／未能完成(U)」或「是／否」评定，可写评语，点击记录（记在当前时刻）。\n3. 演练结束后写出评估报告。", "You are an evaluator and record how the plan was carried out.\n1. The table lists each requirement: timing, met, late or not started.\n2. Pick an item, rate it (performed (P), some challenges (S), major challenges (M), unable to perform (U), or yes/no), add a comment and record it at the present moment.\n3. At the end, write the after-action report."},
	TextHelpLoudspeaker:      {"通过村里的大喇叭广播预警。喇叭覆盖范围内的群众很快听到，范围外的听不到。", "Broadcast the warning over the village's loudspeakers: those within their reach hear it quickly, others not at all."},
	TextHelpSMS:              {"向选定范围内的群众发送预警短信。多数人几分钟内收到，夜间有人未看到。", "Send the warning by text message: most see it within minutes; at night some do not."},
	TextHelpDoorToDoor:       {"由村干部、网格员逐户上门通知，最可靠，但需要时间。", "Cadres and grid workers knock on every door: the surest way, but it takes time."},
	TextHelpEvacuate:         {"组织选定范围内已预警的群众转移到选定的安置点。安置点已满时会提示你另选一处。", "Move the warned residents of the place chosen to the shelter chosen. When it is full you are told and choose another."},
	TextHelpOpenShelter:      {"开放安置点约需 15 分钟（开门、照明、铺位、登记）；提前开放，群众到达时不必等待。", "Opening a shelter takes about 15 minutes (doors, lights, beds, register); open it early so evacuees need not wait."},
	TextHelpReport:           {"初报：先电话报告发生了什么、在哪里、多少人受威胁；续报：情况变化或处置进展。", "First report: what happened, where, how many are threatened; follow-up: what changed and what was done."},
	TextHours:                {"%d小时", "%dh"},
	TextHoursMinutes:         {"%d小时%d分钟", "%dh %dmin"},
	TextMinutes:              {"%d分钟", "%d min"},
	TextMinutesSeconds:       {"%d分%d秒", "%d min %d s"},
	TextSeconds:              {"%d秒", "%d s"},
	TextHouseHere:            {"此处房屋：", "House here:"},
	TextHow:                  {"预警方式", "How"},
	TextWhere:                {"范围", "Where"},
	TextWhichShelter:         {"安置点", "Shelter"},
	TextWhichReport:          {"报告类型", "Report"},
	TextWholeVillage:         {"%s（全村）", "%s (the whole village)"},
	TextReportSays:           {"报告内容（可不填）", "What it says (optional)"},
	TextReportToTown:         {"向镇指挥部报告", "Report to the town command post"},
	TextReportToCounty:       {"向县报告", "Report to the county"},
	TextTypeHere:             {"点此输入", "Click to type"},
	TextKilometres:           {"%g 公里", "%g km"},
	TextLegendBurnt:          {"过火区", "Burnt"},
	TextLegendClosedRoad:     {"封闭道路", "Closed road"},
	TextLegendOwnVillage:     {"本村范围", "Your village"},
	TextLegendShelterOpen:    {"安置点（已开放）", "Shelter, open"},
	TextLegendShelterShut:    {"安置点（未开放）", "Shelter, not open"},
	TextLegendSpeaker:        {"大喇叭", "Loudspeaker"},
	TextNoOrders:             {"尚未下达指令", "No order given yet"},
	TextNoUnits:              {"没有可指挥的队伍", "No unit to command"},
	TextNotYourUnit:          {"该队伍由其他席位指挥", "Another seat commands this unit"},
	TextNoteAlarm:            {"警报", "Alarm"},
	TextNoteAnswer:           {"答复", "Answer"},
	TextNoteClockStarted:     {"开始计时", "Clock started"},
	TextNoteOtherOrder:       {"其他席位", "Another seat"},
	TextNoteShelterFull:      {"安置点已满", "Shelter full"},
	TextShelterFullHint:      {"点击此条可另选安置点。", "Click this message to choose another shelter."},
	TextShelterFullNote:      {"%s已满 %d/%d，其余 %d 人正前往%s", "%s is full (%d of %d); the other %d are heading to %s"},
	TextShelterFullNowhere:   {"%s已满 %d/%d，其余 %d 人无处可去，在家等待", "%s is full (%d of %d); the other %d have nowhere to go and wait at home"},
	TextChooseAnother:        {"点此另选安置点", "click to choose another shelter"},
	TextOrderWaits:           {"时钟已暂停：指令将在时钟运行后执行（空格或 ×1）。", "The clock is paused: the order takes effect once it runs (space or ×1)."},
	TextWaitsForClock:        {"等待时钟运行", "waits for the clock"},
	TextOtherSeats:           {"其他席位", "The other seats"},
	TextOthersByReference:    {"其他席位由电脑按预案处置", "The computer plays the other seats by the plan"},
	TextOthersIdle:           {"其他席位无人处置", "Nobody plays the other seats"},
	TextNoReference:          {"此情景没有示范处置，其他席位无人处置。", "This scenario has no reference response: nobody plays the other seats."},
	TextPausedBanner:         {"已暂停 — 空格或 ×1 开始", "Paused — space or ×1 to start"},
	TextSlowedBanner:         {"临近结束，已减速至 ×%d", "Near the end: slowed to ×%d"},
	TextPlayAgain:            {"再练一次", "Play again"},
	TextReplay:               {"回放", "Replay"},
	TextWriteReport:          {"写出报告（R）", "Write report (R)"},
	TextShowResults:          {"查看演练结果", "Show the results"},
	TextProjector:            {"投影模式", "Projector"},
	TextRatingP:              {"圆满完成", "Performed"},
	TextRatingS:              {"基本完成", "Some challenges"},
	TextRatingM:              {"存在较大问题", "Major challenges"},
	TextRatingU:              {"未能完成", "Unable to perform"},
	TextStartPhase:           {"按空格或 ×1 开始第一阶段", "Press space or ×1 to start the first phase"},
	TextVillagePickHint:      {"点击地图上本村的安置点、队伍或隐患点，可下达更多指令。", "Click your village's shelters, units or hazard zones on the map for more orders."},
	TextHectares:             {"%.1f公顷", "%.1f ha"},
	TextTimeLeft:             {"剩", "left"},
	TextUnjoinedSeats:        {"未加入的席位", "Seats nobody joined"},
	TextUnjoinedReference:    {"按示范处置", "Play the reference"},
	TextUnjoinedIdle:         {"空闲", "Stay idle"},
}

// In returns the string t in language l.
func (t Text) In(l Language) string {
	if t < 0 || t >= textCount {
		return ""
	}
	return texts[t][l]
}
