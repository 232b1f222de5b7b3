package i18n

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"drillsim/internal/sniff"
	"drillsim/maps"
	"drillsim/scenarios"
)

// problemChinese says each message format of the scenario, plan, order and MSEL
// readers' problems (scenarios.Problem, scenarios.Failure) and of the files refused
// before reading (sniff.Refusal) in Chinese, with the arguments in the order the
// Chinese sentence takes them. A format beginning "%s: " (a field, such as
// orders[3]) is looked up without it; see ProblemText.
var problemChinese = map[string]string{
	"flow %g m³/s cannot be negative":                                                                                                                  "流量 %g 立方米/秒不能为负",
	"gauge %s has no hydrograph: list {at, rise_m} points":                                                                                             "水位站 %s 缺少水位过程（hydrograph）：列出 {at, rise_m} 各点",
	"flood %s (model rain) needs rain: give the scenario weather.rain":                                                                                 "洪水 %s（model rain）需要降雨：请在情景中写出 weather.rain",
	"flood %s is a stage flood: its river is scripted, so it has no scheme (model inflow or rain computes the water by one)":                           "洪水 %s 是水位洪水：其河流水位按脚本给出，没有计算格式（scheme 只用于 model inflow 或 rain 计算的洪水）",
	"Manning's n %g is not a roughness: between 0.01 (smooth) and about 0.2 (dense forest)":                                                            "曼宁系数 %g 不是糙率：应在 0.01（光滑）到约 0.2（茂密森林）之间",
	"radius %g m cannot be negative":                                                                                                                   "半径 %g 米不能为负",
	"flood %s has no hydrograph: list {at, rise_m} points, or gauges along the river each with its own":                                                "洪水 %s 缺少水位过程（hydrograph）：列出 {at, rise_m} 各点，或沿河列出各水位站及其各自的水位过程",
	"flood %s (model inflow) has no inflows: list {lonlat or river, hydrograph: [{at, q_m3s}]} (or levels: [{from, to, hydrograph: [{at, level_m}]}])": "洪水 %s（model inflow）没有入流：列出 {lonlat 或 river, hydrograph: [{at, q_m3s}]}（或边界水位 levels: [{from, to, hydrograph: [{at, level_m}]}]）",
	"the level boundary has no hydrograph: list {at, level_m} points":                                                                                  "边界水位缺少水位过程（hydrograph）：列出 {at, level_m} 各点",
	"level %g m is not a level": "水位 %g 米不是有效水位",
	"flood %s is a stage flood: its river is scripted, so it takes no levels at the map's edge (model inflow or rain does)": "洪水 %s 是水位洪水：其河流水位按脚本给出，不接受地图边缘的边界水位（levels 只用于 model inflow 或 rain）",
	"unknown flood scheme %q: use %s": "未知的洪水计算格式 %q：请用 %s",
	"flood %s is %s %s flood: its water comes from inflows and rain, not a river rise (hydrograph, gauges, tributaries are the stage model's)": "洪水 %s 是 %s %s 洪水：其水来自入流和降雨，而不是河流涨水（hydrograph、gauges、tributaries 属于水位模型）",
	"unknown flood model %q: use %s":                                                           "未知的洪水模型 %q：请用 %s",
	"flood %s gives both a hydrograph and gauges: put the hydrograph under a gauge":            "洪水 %s 同时写了 hydrograph 和 gauges：请把水位过程写在某个水位站下",
	"give the inflow one place: lonlat [lon, lat], or river (where that river enters the map)": "请为入流给出一个位置：lonlat [经度, 纬度]，或 river（该河流进入地图之处）",
	"flood %s is a stage flood: inflows and manning_n belong to model inflow or rain":          "洪水 %s 是水位洪水：inflows 和 manning_n 属于 model inflow 或 rain",
	"the inflow has no hydrograph: list {at, q_m3s} points":                                    "入流缺少流量过程（hydrograph）：列出 {at, q_m3s} 各点",
	"%q is neither a village nor a hazard zone of the map":                                     "地图上没有名为 %q 的村或隐患区",
	"%s (%v) is after the drill ends at %s (%v)":                                               "%s（%v）在演练结束（%s，%v）之后",
	"%s (%v) is after the drill ends at %s (%v); a clock time before the start (%s) is read as that time the next day: nothing can happen before the drill starts, so give a time within it": "%s（%v）在演练结束（%s，%v）之后；早于开始时刻（%s）的钟点按次日计：演练开始前不能发生任何事，请写演练时段内的时间",
	"%s id %q is used twice":                                                                               "%s编号 %q 重复",
	"%s gives no %s orders: give it as 指挥部 or a village":                                                   "%s不能下达%s指令：改由指挥部或村下达",
	"a %s hazard cannot set %q: it takes %s":                                                               "%s灾害不能调整 %q：只能调整 %s",
	"a village's cadres give no %s orders: give it as 指挥部":                                                 "村干部不能下达%s指令：改由指挥部下达",
	"above, points_each and max_points must not be negative":                                               "above、points_each 和 max_points 不能为负数",
	"after_start belongs to a requirement's stop: it says the stop counts only once the clock has started": "after_start 只用于要求的 stop：表示计时开始之后的完成才计入",
	"allowed time must be positive, such as 30m":                                                           "限时须为正数，如 30m",
	"count %d must be positive":                                                                            "数量 %d 须为正数",
	"depot %s holds %d %s, not %d":                                                                         "物资储备库 %s 只有 %[3]s %[2]d，不足 %[4]d",
	"depot %s holds no %q: it holds %s":                                                                    "物资储备库 %s 没有 %q：库存为 %s",
	"event %s takes no %s filter: it takes %s":                                                             "事件 %s 不接受 %s 条件：可用 %s",
	"event is missing: give one of %s":                                                                     "缺少 event：写其中之一：%s",
	"expected %s, found %s":                                                                                "应为%s，实为 %s",
	"expected a list, found %s":                                                                            "应为列表，实为 %s",
	"expected a mapping with the fields %s, found %s":                                                      "应为含字段 %s 的映射，实为 %s",
	"expected a number, found %s":                                                                          "应为数字，实为 %s",
	"expected a whole number, found %s":                                                                    "应为整数，实为 %s",
	"expected text, found %s":                                                                              "应为文字，实为 %s",
	"expected true or false, found %s":                                                                     "应为 true 或 false，实为 %s",
	"give all_of or all_threatened, not both":                                                              "all_of 与 all_threatened 只能写一个",
	"level %s is listed twice":                                                                             "响应级别 %s 重复列出",
	"only the controller (导调) gives %s, not %s":                                                            "%s指令只能由导调下达，%s不能下达",
	"order %s needs %s":                                                                                    "%s指令须写 %s",
	"order %s takes no %s: it takes %s":                                                                    "%s指令不接受 %s：可写 %s",
	"requirement %s names no clause of the plan":                                                           "要求 %s 未注明预案条款（clause）",
	"requirement id %q is used twice":                                                                      "要求编号 %q 重复",
	"share %g must be a fraction between 0 and 1, such as 0.9":                                             "比例 %g 须在0到1之间，如 0.9",
	"the outcome rule names no clause of the plan":                                                         "结果评价规则未注明预案条款（clause）",
	"the requirement has no id":                                                                            "要求缺少编号（id）",
	"the rule neither caps the grade (cap) nor takes points off (points_each): give one":                   "规则既不限定等级（cap）也不扣分（points_each）：请写其一",
	"the scenario offers no %s reinforcement: add one under reinforcements":                                "本想定没有可请求的%s增援：请在 reinforcements 下添加",
	"time goes backwards: %v comes after %v; keep orders in time order":                                    "时间倒流：%v 排在 %v 之后；指令须按时间顺序排列",
	"unknown category %q: use one of %s":                                                                   "未知类别 %q：请用其中之一：%s",
	"unknown cause %q: use order (a participant's order), task (a dispatched unit's task) or world (the hazards and the weather)": "未知原因 %q：请用 order（参演人员的指令）、task（派出队伍的任务）或 world（灾害和天气）",
	"unknown channel %q: use one of %s":                                                              "未知预警方式 %q：请用其中之一：%s",
	"unknown event %q: use one of %s":                                                                "未知事件 %q：请用其中之一：%s",
	"unknown grade %q to cap at: use 良好 (good), 合格 (pass) or 不合格 (fail)":                             "未知等级 %q：请用 良好、合格 或 不合格",
	"unknown hazard %q: the scenario's hazards are %s":                                               "未知灾害 %q：本想定的灾害为 %s",
	"unknown hazard type %q: use one of %s":                                                          "未知灾种 %q：请用其中之一：%s",
	"unknown measure %q: use one of %s":                                                              "未知指标 %q：请用其中之一：%s",
	"unknown order %q: use one of %s":                                                                "未知指令 %q：请用其中之一：%s",
	"unknown place %q: name a feature of the map such as a village, shelter, zone, road or building": "未知地点 %q：请写地图上的地物，如村、避难场所、隐患区、道路或建筑",
	"unknown report %q: use initial (初报) or followup (续报)":                                           "未知报告类型 %q：请用 initial（初报）或 followup（续报）",
	"unknown requirement %q":                                                                         "未知要求 %q",
	"unknown responsible %q: name the command post (镇指挥部), the villages (村（社区）) or a unit kind (%s)": "未知责任主体 %q：请写 镇指挥部、村（社区）或队伍类型（%s）",
	"unknown road %q: name a road of the map or a place on it":                                       "未知道路 %q：请写地图上的道路或路上的地点",
	"unknown task %q: use one of %s":                                                    "未知任务 %q：请用其中之一：%s",
	"unknown unit %q: the scenario's units are %s":                                      "未知队伍 %q：本想定的队伍为 %s",
	"unknown unit kind %q: use one of %s":                                               "未知队伍类型 %q：请用其中之一：%s",
	"unknown unit_kind %q: use one of %s":                                               "未知队伍类型 %q：请用其中之一：%s",
	"unknown warning colour %q: use one of %s":                                          "未知预警颜色 %q：请用其中之一：%s",
	"weight %g must be positive":                                                        "分值 %g 须为正数",
	"[%g, %g] lies outside the map %s; is it [lon, lat] in WGS84?":                      "[%g, %g] 在地图 %s 范围之外；是否为 WGS84 的 [经度, 纬度]？",
	"a %s cannot set %q: it takes %s":                                                   "%s不能调整 %q：只能调整 %s",
	"a rain_warning needs level: one of %s":                                             "暴雨预警情况须写 level：其中之一：%s",
	"a second YAML document: put everything in one document (remove the extra \"---\")": "出现第二个 YAML 文档：请写在同一文档中（删去多余的“---”）",
	"an MSEL sheet must be a .csv or .xlsx file":                                        "情景事件清单（MSEL）须为 .csv 或 .xlsx 文件",
	"bad date and time %q: write it like \"2026-07-15T22:00:00+08:00\"":                 "日期时间 %q 有误：请写成“2026-07-15T22:00:00+08:00”的形式",
	"bad duration %q: %s":                                                               "时长 %q 有误：%s",
	"bad duration %q: units must come once each, in the order h, m, s; %s":              "时长 %q 有误：单位按 h、m、s 的顺序各出现一次；%s",
	"bad offset %q: %s":                                                                 "偏移时间 %q 有误：%s",
	"bad time %q: %s":                                                                   "时间 %q 有误：%s",
	"bad unit %q in duration %q: %s":                                                    "时长 %[2]q 中的单位 %[1]q 有误：%[3]s",
	"built-in scenario %s has no reference orders":                                      "内置想定 %s 没有示范处置指令",
	"cadres %s need the village they belong to: add village: <name>":                    "村干部队伍 %s 须注明所属村：添加 village: <村名>",
	"cannot read %s %s: %v":                                                             "无法读取%s %s：%v",
	"cannot read %s: %v":                                                                "无法读取%s：%v",
	"cannot read injects_from %q: %v; the path is relative to the scenario file":        "无法读取 injects_from %q：%v；路径相对于想定文件",
	"cannot read plan %q: %v; the path is relative to the scenario file":                "无法读取预案 %q：%v；路径相对于想定文件",
	"clock time %q needs the scenario start: write an offset like \"+1h20m\" instead":   "钟点 %q 需要想定的开始时间：请改写为“+1h20m”这样的偏移",
	"column %q repeats another column for %s":                                           "列 %q 与另一列重复（都是%s）",
	"column %s: %v":                                    "第%s列：%v",
	"column %s: the inject has no text":                "第%s列：情况缺少内容",
	"compliance %g must be a fraction between 0 and 1": "响应比例 %g 须在0到1之间",
	"count %d must be at least 1":                      "数量 %d 至少为1",
	"delay cannot be negative":                         "延迟不能为负",
	"delay must be positive: the time from request to arrival, such as 1h30m": "延迟须为正数：从请求到到达的时间，如 1h30m",
	"duration %q is too long: %s":                                                                               "时长 %q 过长：%s",
	"duration %v is longer than a drill can be: at most %v":                                                     "时长 %v 超过演练的上限：最多 %v",
	"duration %v is not a whole number of %v ticks":                                                             "时长 %v 不是步长 %v 的整数倍",
	"duration must be positive, such as 8h":                                                                     "演练时长须为正数，如 8h",
	"empty duration: %s":                                                                                        "时长为空：%s",
	"flood %s has no hydrograph: list {at, rise_m} points":                                                      "洪水 %s 缺少水位过程（hydrograph）：列出 {at, rise_m} 各点",
	"flood %s threatens no zones: list its flood hazard zones under zones":                                      "洪水 %s 未列出受威胁区域：在 zones 下列出洪水风险区",
	"give the ignition one place: at_place (a named map feature) or lonlat [lon, lat]":                          "起火点只写一处：at_place（地图上的地物名）或 lonlat [经度, 纬度]",
	"give the trigger a time (at) or a rainfall (rain_mm and window), not both":                                 "触发条件写时间（at）或雨量（rain_mm 和 window），不能都写",
	"hazard id %q is a hazard type; triggers could not tell them apart: choose another id":                      "灾害编号 %q 与灾种同名，触发条件无法区分：请另取编号",
	"hazard id %q is used twice":                                                                                "灾害编号 %q 重复",
	"in scenario %s, requirement %s (clause %s) can never be met":                                               "想定 %s 中，要求 %s（第%s条）永远无法完成",
	"in scenario %s, requirement %s (clause %s) never starts":                                                   "想定 %s 中，要求 %s（第%s条）永远不会开始计时",
	"inject %s at %v lies outside phase %s (%v to %v)":                                                          "情况 %s 在 %v，不在阶段 %s（%v 至 %v）之内",
	"inject %s has no recipient: add to: 指挥部 or 村:<village>":                                                    "情况 %s 缺少接收方：添加 to: 指挥部 或 村:<村名>",
	"inject %s has no text":                                                                                     "情况 %s 缺少内容",
	"inject %s is never delivered":                                                                              "情况 %s 永远不会下达",
	"inject %s needs at (a time) or when (a condition), one of the two":                                         "情况 %s 须写 at（时间）或 when（条件）之一",
	"inject %s waits for itself":                                                                                "情况 %s 的条件等待它自己",
	"landslide %s needs trigger: {at: <time>} or {rain_mm: <mm>, window: <duration>}":                           "滑坡 %s 须写触发条件：{at: <时间>} 或 {rain_mm: <毫米>, window: <时长>}",
	"landslide %s never fails: the weather never brings %g mm within %v; raise the rain or lower the threshold": "滑坡 %s 永远不会发生：降雨在 %[3]v 内从未达到 %[2]g 毫米；请加大降雨或降低阈值",
	"no built-in plan %q: the built-in plans are %s":                                                            "没有内置预案 %q：内置预案为 %s",
	"no built-in scenario %q: the built-in scenarios are %s":                                                    "没有内置想定 %q：内置想定为 %s",
	"no hazard of the scenario threatens zone %s (threatened: %s)":                                              "本想定没有威胁区域 %s 的灾害（受威胁区域：%s）",
	"no plan to validate against: load the plan %q first":                                                       "没有可对照的预案：请先加载预案 %q",
	"no rain_warning inject of the scenario is %s or more severe":                                               "本想定没有 %s 及以上的暴雨预警情况",
	"no town to validate the scenario against: load its map first":                                              "没有可对照的地图：请先加载想定的地图",
	"only a rain_warning inject has a level":                                                                    "只有暴雨预警情况才有 level",
	"only cadres belong to a village; %s is a %s":                                                               "只有村干部队伍属于村；%s 是%s",
	"phase %s begins at %v, before the previous phase ends at %v":                                               "阶段 %s 在 %v 开始，早于上一阶段结束的 %v",
	"phase %s ends (%v) before it begins (%v)":                                                                  "阶段 %s 的结束（%v）早于开始（%v）",
	"rainfall %g mm/h cannot be negative":                                                                       "雨强 %g 毫米/小时不能为负",
	"rise %g m cannot be negative":                                                                              "水位上涨 %g 米不能为负",
	"role %q names no village: %s":                                                                              "角色 %q 未写村名：%s",
	"scoring.grades: want 0 < pass < good < excellent <= 100, found %g, %g, %g":                                 "scoring.grades：须 0 < 合格 < 良好 < 优秀 <= 100，实为 %g、%g、%g",
	"scoring.zero_at_multiple %g must be above 1 (the allowed time itself)":                                     "scoring.zero_at_multiple %g 须大于1（即限时本身）",
	"scoring: automatic_weight %g and evaluator_weight %g must be non-negative and sum to 1":                    "scoring：automatic_weight %g 与 evaluator_weight %g 须为非负数且之和为1",
	"station %s has %d %s on the map; this is number %d":                                                        "站点 %s 在地图上有 %d 个%s；这是第 %d 个",
	"the %s has no id":                                                                             "%s缺少编号（id）",
	"the file is empty: expected a list":                                                           "文件为空：应为列表",
	"the file is empty: expected a mapping with the fields %s":                                     "文件为空：应为含字段 %s 的映射",
	"the hazard has no id":                                                                         "灾害缺少编号（id）",
	"the header row has no %s column":                                                              "表头没有%s列",
	"the orders are for scenario %q, not %q":                                                       "这些指令属于想定 %q，不是 %q",
	"the plan has no id: add id: <short name>":                                                     "预案缺少编号：添加 id: <简称>",
	"the plan lists no response levels: add levels with the requirements of each":                  "预案没有列出响应级别：添加 levels 及各级别的要求",
	"the scenario has no %s unit and offers none as reinforcement":                                 "本想定没有%s队伍，也没有可请求的此类增援",
	"the scenario has no fire":                                                                     "本想定没有森林火灾",
	"the scenario has no hazard %q (its hazards: %s)":                                              "本想定没有灾害 %q（灾害为：%s）",
	"the scenario has no hazards":                                                                  "本想定没有灾害",
	"the scenario has no id: add id: <short name>":                                                 "想定缺少编号：添加 id: <简称>",
	"the scenario has no inject %q":                                                                "本想定没有情况 %q",
	"the scenario has no rain_warning inject":                                                      "本想定没有暴雨预警情况",
	"the scenario has no start: add start: \"2026-07-15T22:00:00+08:00\"":                          "想定缺少开始时间：添加 start: \"2026-07-15T22:00:00+08:00\"",
	"the scenario has no title":                                                                    "想定缺少标题",
	"the scenario is graded against plan %q but was given plan %q":                                 "想定按预案 %q 评估，但给出的是预案 %q",
	"the scenario names no plan: add plan: <built-in plan id or file>":                             "想定未指定预案：添加 plan: <内置预案编号或预案文件>",
	"the scenario offers no %s reinforcement":                                                      "本想定没有可请求的%s增援",
	"the scenario's hazards list no threatened villages: add villages to them":                     "本想定的灾害未列出受威胁的村：在灾害下添加 villages",
	"the scenario's hazards threaten no zones":                                                     "本想定的灾害未威胁任何区域",
	"the sheet is empty: expected a header row with 时间, 接收方, 发送方, 内容, 预期行动":                        "表格为空：第一行应为表头：时间、接收方、发送方、内容、预期行动",
	"this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces": "本行用制表符（Tab）缩进：YAML 只能用空格缩进，请把制表符换成空格",
	"this program reads no XLSX sheets: save the sheet as CSV (UTF-8)":                             "本程序不读取 XLSX 表格：请另存为 CSV（UTF-8）",
	"tick must be positive, such as 10s":                                                           "步长须为正数，如 10s",
	"time goes backwards or repeats: %v after %v; list entries in time order":                      "时间倒流或重复：%v 在 %v 之后；请按时间顺序排列",
	"unknown %s %q: the map %s has no such feature":                                                "未知%s %q：地图 %s 上没有这个地物",
	"unknown %s %q: the map %s has no such feature; it has %s":                                     "未知%s %q：地图 %s 上没有这个地物；地图上有：%s",
	"unknown column %q: the columns are time/时间, to/接收方, text/内容, from/发送方, expected action/预期行动, id/编号, notes/备注": "未知列 %q：可用的列为 时间/time、接收方/to、内容/text、发送方/from、预期行动/expected action、编号/id、备注/notes",
	"unknown field %q in %s: allowed fields are %s":                                             "%[2]s 中的未知字段 %[1]q：可用字段为 %[3]s",
	"unknown inject %q":                                                                         "未知情况 %q",
	"unknown inject kind %q: use message or rain_warning":                                       "未知情况类型 %q：请用 message 或 rain_warning",
	"unknown place %q: name a feature of the map":                                               "未知地点 %q：请写地图上的地物",
	"unknown response level %q: write IV, III, II or I":                                         "未知响应级别 %q：请写 IV、III、II 或 I",
	"unknown role %q: %s":                                                                       "未知角色 %q：%s",
	"wind direction %g must be in [0, 360) degrees from north":                                  "风向 %g 须在 [0, 360) 度之间（自正北起算）",
	"wind speed %g m/s cannot be negative":                                                      "风速 %g 米/秒不能为负",
	"write the position as [lon, lat], found %d numbers":                                        "位置须写成 [经度, 纬度]，实为 %d 个数",
	"zone %s is a %s zone, not a %s zone":                                                       "区域 %s 是%s隐患区，不是%s隐患区",
	"BUI %g is outside 0-1000":                                                                  "累积指数（BUI）%g 超出 0-1000",
	"FFMC %g is outside 0-101":                                                                  "细小可燃物湿度码（FFMC）%g 超出 0-101",
	"grass curing %g %% is outside 0-100 (0 takes the default)":                                 "草本枯黄度 %g%% 超出 0-100（0 取默认值）",
	"foliar moisture %g %% is outside 0-300 (0 takes the default)":                              "叶片含水率 %g%% 超出 0-300（0 取默认值）",
	"volume %g m³ is not a volume ≥ 0 (0 takes the zone's area times a default depth)":          "体积 %g 立方米不是 ≥ 0 的体积（0 按隐患区面积乘默认厚度计）",
	"reach angle %g° is not between 0° and 90° (typically 11°-30°; 0 takes it from the volume)": "视摩擦角 %g° 不在 0° 到 90° 之间（通常为 11°-30°；0 按体积推算）",
	"%s %q is ambiguous: %d %ss of the map bear that name (%s); name the one meant by its id, or rename them in the map": "%s %q 有歧义：地图上有 %d 个%s同名（%s）；请用编号指明，或在地图中改名",
	"%v: check the quotes of this line": "%v：请检查本行的引号",
	"%v":                                "%v",
	"%s":                                "%s",

	// The observations' reader's.
	"unknown observation item %q: rate one of %s":              "未知观察项 %q：请评其中之一：%s",
	"rating %q is not on the item's %s scale: write one of %s": "评分 %q 不在该项的 %s 评分尺度上：请写其中之一：%s",
	"observation of item %s: %v":                               "观察项 %s：%v",
	"item %s: %v":                                              "观察项 %s：%v",
	"cannot read the observations: %v":                         "无法读取观察记录：%v",
	"the file is empty: write a list of observations, or `observations:` followed by one":               "文件是空的：请写观察记录的列表，或写 `observations:` 再跟列表",
	"expected a list of observations: write a list of observations, or `observations:` followed by one": "应为观察记录的列表：请写观察记录的列表，或写 `observations:` 再跟列表",
	"the sheet is empty: its first row must name the columns %s":                                        "表格是空的：第一行须写列名 %s",
	"unknown column %q: the columns are %s":                                                             "未知列 %q：列名为 %s",
	"the sheet has no %q column: the first row must name the columns %s":                                "表格缺少 %q 列：第一行须写列名 %s",

	// The event log's, the journal's and the commands' own.
	"cannot read the event log: %v": "无法读取演练事件记录：%v",
	"%s:1: an event log of an earlier drillsim, whose events do not say their cause, so it cannot be scored fairly: write it again with `drillsim run %s --out` (with its orders, or --resume and its journal)": "%s:1：这是早先版本 drillsim 的事件记录，事件未注明原因，无法公正评分：请用 `drillsim run %s --out` 重新生成（带上其指令，或用 --resume 及其演练日志）",
	"%s:1: not a drillsim event log (its first line must be the header {\"format\": %q, ...}); write one with `drillsim run --out`":                                                                             "%s:1：不是 drillsim 演练事件记录（第一行须为表头 {\"format\": %q, ...}）；请用 `drillsim run --out` 生成",
	"not an event: %v":      "不是一条事件：%v",
	"the event has no kind": "事件缺少 kind",
	"time goes backwards (%d after %d): events must be in the order they happened":                                                        "时间倒流（%d 排在 %d 之后）：事件须按发生的先后排列",
	"the line runs on past 1 MB without an end: an event is a few hundred bytes, so this is no event log written by `drillsim run --out`": "一行超过 1 MB 仍未结束：一条事件只有几百字节，这不是 `drillsim run --out` 写出的事件记录",
	"the event log is empty": "演练事件记录是空的",
	"the event log is of scenario %q (hash %s), not of %q (hash %s): score it against the scenario it was run with": "该事件记录属于想定 %q（哈希 %s），不是 %q（哈希 %s）：请对照生成它的想定评分",
	"the event log was run on map %s, not on this map (%s): score it with the map it was run on":                    "该事件记录是在地图 %s 上生成的，不是本地图（%s）：请用生成它的地图评分",
	"%s is a folder: name a file to journal the drill to, such as %s":                                               "%s 是文件夹：请写要记录演练的日志文件名，如 %s",
	"journal %s already exists: resume it, or name a new journal file":                                              "演练日志 %s 已存在：请用 --resume 续演，或另写一个新的日志文件名",
	"the map %s has no village %q: its villages are %s":                                                             "地图 %s 上没有村（社区）%q：地图上的村（社区）为 %s",

	sniff.RefusalFolder:                             "是文件夹，不是%s",
	sniff.RefusalTooBig:                             "大小为 %s，%s不会这么大（至多 %s）：是否选错了文件？",
	sniff.RefusalBinary:                             "不是%s：第 %d 字节为 %#02x，是二进制数据而非文本（%s）",
	sniff.RefusalNotUTF8:                            "不是 UTF-8 编码的%s：第 %d 字节不是（%s）：请另存为 UTF-8（原文件可能是 GBK 编码）",
	sniff.RefusalLongLine:                           "不是%s：一行超过 %s 仍未结束（开头为 %s）",
	sniff.RefusalEmpty:                              "不是%s：文件是空的",
	"bad day %q: the exercise's first day is day 1": "日期 %q 有误：演练第一天为第1天",
	"bad day %q: write a day of the exercise like \"Day 2\" or a date like \"2026-07-15\"": "日期 %q 有误：请写演练第几天（如“Day 2”“第2天”）或日期（如“2026-07-15”）",
	"bad time %q: a 12-hour time's hour is 1 to 12":                                        "时间 %q 有误：12小时制的钟点为 1 至 12",
	"the header row has no %s column; the columns read are %s":                             "表头没有%s列；可读的列为 %s",
	"%v; or map the sheet's player %q to a drill role in a roles file (a line %q)":         "%v；或在角色对照文件中把表中的参演方 %q 对应到演练角色（写一行 %q）",
	"cannot read the roles file %q: %v; the path is relative to the scenario file":         "无法读取角色对照文件 %q：%v；路径相对于想定文件",
	"the day %q needs the scenario start":                                                  "日期 %q 需要想定的开始时间",
	"%s is before the scenario's start %s":                                                 "%s 早于想定开始时间 %s",
	"player %q: %v":                                                                        "参演方 %q：%v",
	"players %q and %q are the same name: give it once":                                    "参演方 %q 与 %q 是同一名称：只写一次",
	"a roles file is lines of player: role (SRE: 指挥部): %s":                                 "角色对照文件每行写“参演方: 角色”（如 SRE: 指挥部）：%s",
	"injects_from names no sheet: write sheet: msel.xlsx":                                  "injects_from 没有指明表格：写 sheet: msel.xlsx",
	"injects_from is a sheet's path, or sheet: and roles: (%v)":                            "injects_from 写表格路径，或写 sheet: 和 roles:（%v）",
	sniff.RefusalBlank:      "不是%s：前 %[2]s 全是空白",
	sniff.RefusalBlankAfter: "不是%s：%s 之后的前 %s 全是空白",
	sniff.RefusalStarts:     "不是%s：文件开头为 %s",
	sniff.RefusalEnds:       "不是%s，或文件不完整：结尾为 %s",
}

// problemWords say in Chinese the words messages take as arguments: the kinds of file
// refused (sniff.Kind names) and the files a reader reads.
var problemWords = map[string]string{
	"a scenario file (YAML)":     "想定文件（YAML）",
	"a plan file (YAML)":         "预案文件（YAML）",
	"an order file (YAML)":       "指令文件（YAML）",
	"an MSEL sheet (CSV)":        "情景事件清单（CSV）",
	"an MSEL workbook (XLSX)":    "情景事件清单（XLSX）",
	"a GeoJSON map":              "GeoJSON 地图",
	"an ESRI ASCII grid (.asc)":  "ESRI ASCII 格网（.asc）",
	"a drillsim journal":         "演练日志",
	"a drillsim event log":       "演练事件记录",
	"an observation file (YAML)": "观察记录文件（YAML）",
	"an observation file (CSV)":  "观察记录文件（CSV）",
	"scenario":                   "想定",
	"plan":                       "预案",
	"orders":                     "指令文件",
	"MSEL sheet":                 "情景事件清单",
	"a roles file (YAML)":        "角色对照文件（YAML）",
	"roles file":                 "角色对照文件",
	"roles":                      "角色对照文件",
	"injects_from":               "injects_from",
}

// nounChinese say in Chinese the nouns of what a place should have been
// (scenarios.Noun): a word the messages give, never one a file wrote, such as a field
// "shelter".
var nounChinese = map[scenarios.Noun]string{
	scenarios.NounVillage:    "村",
	scenarios.NounZone:       "隐患区",
	scenarios.NounHazardZone: "隐患区",
	scenarios.NounShelter:    "避难场所",
	scenarios.NounDepot:      "物资储备库",
	scenarios.NounRiver:      "河流",
	scenarios.NounBase:       "驻地",
	scenarios.NounPlace:      "地点",
}

// ProblemText says err in language l: in English as it stands; in Chinese, each
// problem of a file (scenarios.Problem, one a line for scenarios.Problems), each
// failure of a reader (scenarios.Failure), each file refused before reading
// (sniff.Refusal) by its format, a map that cannot be loaded (maps.LoadError) by
// its message, and a damaged journal, its torn last line or a journal not of the drill
// by the journal's own words (journalText), keeping file:line:col. An error that wraps one of
// them has it said in Chinese within its own text; anything else is said as it stands.
func ProblemText(err error, l Language) string {
	if err == nil {
		return ""
	}
	if l == English {
		return err.Error()
	}
	var ps scenarios.Problems
	if errors.As(err, &ps) {
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = problemChineseText(p)
		}
		return within(err, ps, strings.Join(lines, "\n"))
	}
	var p *scenarios.Problem
	if errors.As(err, &p) {
		return within(err, p, problemChineseText(p))
	}
	var r *sniff.Refusal
	if errors.As(err, &r) {
		where := r.File
		if r.Line > 0 {
			where += fmt.Sprintf(":%d", r.Line)
		}
		return within(err, r, where+": "+chinese(r.Format, r.Args))
	}
	var f *scenarios.Failure
	if errors.As(err, &f) {
		return within(err, f, chinese(f.Format, f.Args))
	}
	var le *maps.LoadError
	if errors.As(err, &le) {
		if said, ok := mapLoadText(le); ok {
			return within(err, le, said)
		}
	}
	if said, ok := journalText(err); ok {
		return said
	}
	return err.Error()
}

// within says outer, an error that wraps inner, with inner's text replaced by said.
func within(outer, inner error, said string) string {
	return strings.Replace(outer.Error(), inner.Error(), said, 1)
}

// problemChineseText says a problem in Chinese after its position.
func problemChineseText(p *scenarios.Problem) string {
	msg := p.Msg
	if p.Format != "" {
		msg = chinese(p.Format, p.Args)
	}
	if s := p.Pos.String(); s != "" {
		return s + ": " + msg
	}
	return msg
}

// chinese says a message format and its arguments in Chinese: the format by
// problemChinese (a leading file and line, "%s:%d: ", or field, "%s: ", kept and
// looked up without), the arguments that are errors by their own formats, the nouns
// and the words of problemWords by theirs, and what the file wrote (quoted, %q) as it
// stands. A format not in the table is said in English.
func chinese(format string, args []any) string {
	return chineseBy(problemChinese, format, args)
}

// chineseBy says a message format and its arguments in Chinese as chinese does, by
// the formats of table.
func chineseBy(table map[string]string, format string, args []any) string {
	quoted := quotedArgs(format)
	said := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case *scenarios.Failure:
			said[i] = chinese(v.Format, v.Args)
		case *maps.LoadError:
			said[i] = v.Error()
			if zh, ok := mapLoadText(v); ok {
				said[i] = zh
			}
		case error:
			said[i] = osErrorText(v)
		case scenarios.Noun:
			said[i] = cmp.Or(nounChinese[v], string(v))
		case maps.Kind:
			said[i] = cmp.Or(featureKindChinese[v], v.String())
		case maps.Phrase:
			said[i] = chineseBy(mapProblemChinese, v.Format, v.Args)
		case maps.FeatureRef:
			said[i] = featureRefChinese(v)
		case maps.Listing:
			said[i] = listingChinese(v)
		case SaidInChinese:
			said[i] = v.SaidInChinese()
		case string:
			switch zh, ok := table[v]; {
			case quoted[i]:
				said[i] = v // the file's own text, such as a place named "zone"
			case ok:
				said[i] = zh // a sentence of the messages, such as how a file is written
			default:
				said[i] = chineseWord(v)
			}
		default:
			said[i] = a
		}
	}
	prefix := ""
	if strings.HasPrefix(format, "%s:%d: ") { // file:line, as every position is written
		prefix, format = "%s:%d: ", format[len("%s:%d: "):]
	}
	for _, p := range []string{"%s: ", "%v: "} {
		for strings.HasPrefix(format, p) {
			prefix += strings.TrimSuffix(p, ": ") + "："
			format = format[len(p):]
		}
	}
	zh, ok := table[format]
	if !ok {
		return fmt.Sprintf(prefix+format, args...)
	}
	return fmt.Sprintf(prefix+zh, said...)
}

// verb matches a fmt verb, with an optional argument index.
var verb = regexp.MustCompile(`%(\[\d+\])?[#+\- 0]*\d*(\.\d+)?[a-zA-Z]`)

// quotedArgs reports which arguments of format (by index from 0) it quotes with %q:
// what a file or a user wrote, which is never translated.
func quotedArgs(format string) map[int]bool {
	quoted := map[int]bool{}
	next := 0
	for _, m := range verb.FindAllStringSubmatch(strings.ReplaceAll(format, "%%", ""), -1) {
		if m[1] != "" {
			n, _ := strconv.Atoi(strings.Trim(m[1], "[]"))
			next = n - 1
		}
		quoted[next] = quoted[next] || strings.HasSuffix(m[0], "q")
		next++
	}
	return quoted
}

// chineseWord is a word of problemWords in Chinese, other text as it stands.
func chineseWord(s string) string {
	if zh, ok := problemWords[s]; ok {
		return zh
	}
	return s
}

// osErrorText says an error reading a file in Chinese when it is one the system
// commonly gives, else as it stands.
func osErrorText(err error) string {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist) && errors.As(err, &pe):
		return pe.Path + "：没有这个文件"
	case errors.Is(err, fs.ErrPermission) && errors.As(err, &pe):
		return pe.Path + "：没有读取权限"
	}
	return err.Error()
}
