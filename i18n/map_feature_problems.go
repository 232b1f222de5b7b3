package i18n

import (
	"cmp"
	"fmt"
	"strings"

	"drillsim/maps"
)

// mapProblemChinese says in Chinese each message format and hint of the problems a
// map's features have (maps.Problem), with the arguments in the order the Chinese
// sentence takes them.
var mapProblemChinese = map[string]string{
	"%d buildings name village %q, which is not on the map; placed by their location instead": "%d 栋建筑写明属于村 %q，地图上没有该村；已按位置归属",
	"%s drawn as %s; kept as background":                                                      "%s画成了 %s；作为背景保留",
	"%s":                                                                                      "%s",
	"%s; left out":                                                                            "%s；已略去",
	"the road is not connected to the main network (component %d of %d, %d edges): %s":  "该道路未连入主路网（%[2]d 个连通块中的第 %[1]d 个，%[3]d 条边）：%[4]s",
	"%d roads are not connected to the main network (component %d of %d, %d edges): %s": "%d 条道路未连入主路网（%[3]d 个连通块中的第 %[2]d 个，%[4]d 条边）：%[5]s",
	"MultiPoint has no positions":         "MultiPoint 没有坐标点",
	"MultiLineString has no lines":        "MultiLineString 没有线",
	"MultiPolygon has no polygons":        "MultiPolygon 没有面",
	"Polygon has no rings":                "Polygon 没有环",
	"line %d: %s":                         "第 %d 条线：%s",
	"polygon %d: %s":                      "第 %d 个面：%s",
	"member %d: %s":                       "第 %d 个成员：%s",
	"a coordinate is not a finite number": "有坐标不是有限数",
	"position [%g, %g] is outside longitude -180..180 / latitude -90..90": "坐标点 [%g, %g] 超出经度 -180..180、纬度 -90..90 的范围",
	"LineString has %d position(s), needs at least 2":                     "LineString 只有 %d 个坐标点，至少需要 2 个",
	"LineString has no length (all positions equal)":                      "LineString 长度为零（所有坐标点相同）",
	"outer ring": "外环",
	"hole %d":    "第 %d 个内环（洞）",
	"%s has %d position(s); a ring needs at least 4 (3 corners and the first repeated)":                      "%s只有 %d 个坐标点；一个环至少需要 4 个（3 个角点，再重复第一个点）",
	"%s is not closed: its last position %v differs from its first %v; repeat the first position at the end": "%s未闭合：最后一个坐标点 %v 与第一个 %v 不同；请在末尾重复第一个坐标点",
	"%s is degenerate: it encloses no area":                                                                  "%s退化：不围成任何面积",
	"relation/%d (%s)":                                                                                       "relation/%d（%s）",
	"relation/%d":                                                                                            "relation/%d",
	"%s %d (%s)":                                                                                             "%s %d 人（%s）",
	"footprint":                                                                                              "按占地面积和层数估算",
	"buildings in its grounds":                                                                               "按院内建筑面积估算",
	"open ground":                                                                                            "按空地面积估算",
	"the building it stands in":                                                                              "按所在建筑面积估算",
	"no floor area: assumed":                                                                                 "无面积可估，取默认值",
	"%s is a JSON %s where %s was expected":                                                                  "%s 是 JSON %s，此处应为%s",
	"a value":                                                                                                "值",
	"an array":                                                                                               "数组",
	"an object":                                                                                              "对象",
	"a number":                                                                                               "数字",
	"a string":                                                                                               "字符串",
	"true or false":                                                                                          "true 或 false",
	"cannot read the feature: %s":                                                                            "无法读取该要素：%s",
	"has type %q, not Feature":                                                                               "类型为 %q，不是 Feature",
	"hazard zone drawn as %s; taken as a circle of %.0f m":                                                        "隐患区画成了 %s；按半径 %.0f 米的圆处理",
	"hazard zone with hazard %q; treated as landslide":                                                            "隐患区的灾种为 %q；按滑坡处理",
	"landcover without fuel; treated as grass":                                                                    "地表覆盖未写 fuel；按草地处理",
	"loudspeaker without radius_m; assumed 300 m":                                                                 "大喇叭未写 radius_m；按300米计",
	"no terrain (DEM): floods, landslide runout and fire spread by slope cannot be simulated on this map":         "没有地形（DEM）：本地图无法模拟洪水、滑坡滑移和随坡度蔓延的火灾",
	"road has %d distinct point(s), too few to travel along":                                                      "道路只有 %d 个不同的点，无法通行",
	"road has a non-finite coordinate at point %d":                                                                "道路第 %d 点的坐标不是有限数",
	"road point %d at (%g, %g) lies more than %g km from the map centre":                                          "道路第 %d 点 (%g, %g) 距地图中心超过 %g 公里",
	"road speed %v is not a number; using the %s default of %g km/h":                                              "道路速度 %v 不是数字；按 %s 的默认值 %g 公里/小时计",
	"stock entries that are not counts are ignored: %s":                                                           "不是数量的物资条目已忽略：%s",
	"the DEM %s covers %.0f%% of the roads and buildings":                                                         "地形 %s 只覆盖 %.0f%% 的道路和建筑",
	"the DEM %s covers %.1f%% of the roads and buildings":                                                         "地形 %s 覆盖 %.1f%% 的道路和建筑",
	"the DEM %s has %d void cells":                                                                                "地形 %s 有 %d 个空值格",
	"the DEM %s is in projected coordinates and its system is unknown":                                            "地形 %s 为投影坐标，坐标系未知",
	"the feature has no geometry (null)":                                                                          "该要素没有几何（null）",
	"the map has no buildings: nobody lives here":                                                                 "地图上没有建筑：无人居住",
	"the map has no roads":                                                                                        "地图上没有道路",
	"the map has no shelters: evacuees have nowhere to go":                                                        "地图上没有避难场所：转移群众无处可去",
	"unit entries that are not counts are ignored: %s":                                                            "不是数量的队伍条目已忽略：%s",
	"unknown kind %q; kept as background":                                                                         "未知类型 %q；作为背景保留",
	"vulnerable (%d) is more than population (%d); capped":                                                        "脆弱人群（%d）多于人口（%d）；已按人口计",
	"数据边缘外的区域 — %d areas have none of their ways in the extract and are left out: %s":                             "数据边缘外的区域 — %d 个区域没有一条边界在摘录内，已略去：%s",
	"数据边缘外的村 — %d boundaries cut by the extract's edge hold no building or street inside it and are left out: %s": "数据边缘外的村 — %d 个被数据边缘截断的村界内没有建筑或街道，已略去：%s",
	"数据边缘截断的背景区域 — %d background areas run beyond the extract's edge and are left out or drawn in part: %s":       "数据边缘截断的背景区域 — %d 个背景区域超出摘录边缘，已略去或只画出一部分：%s",
	"数据边缘截断道路等 — %d ways run beyond the extract's edge (their parts inside are kept) and %d lie wholly outside (left out)":                                "数据边缘截断道路等 — %d 条路径超出摘录边缘（保留其内部分），%d 条完全在外（已略去）",
	"无名地名点 — %d place points have no name and make no village":                                                                                            "无名地名点 — %d 个地名点没有名称，不作为村",
	"有名称无类型的面 — %d polygons in %s have names in %s (%s) but no kind, so drills only draw them":                                                            "有名称无类型的面 — %s 中有 %[1]d 个面在 %[3]s 中有名称（%[4]s），但没有类型，演练只绘制它们",
	"村界由地名点推算 — %d villages are mapped only as points and were drawn around them, as far as their buildings and streets reach: %s":                        "村界由地名点推算 — %d 个村只标为点，已按其建筑和街道所及范围围绕该点画出：%s",
	"村界被数据边缘截断，已沿边缘闭合 — the boundary runs beyond the extract's edge and was closed along it":                                                              "村界被数据边缘截断，已沿边缘闭合",
	"疑似高德/DataV 坐标 (GCJ-02) — %s looks like a DataV or 高德 export (%s), whose positions are GCJ-02, 100–700 m off WGS84; read as WGS84 the map is shifted": "疑似高德/DataV 坐标 (GCJ-02) — %s 看来是 DataV 或高德导出的数据（依据：%s），其坐标为 GCJ-02，与 WGS84 相差100–700米；按 WGS84 读取，地图会整体偏移",
	"被数据边缘截断 — parts of this %s run beyond the extract's edge and are left out":                                                                           "被数据边缘截断 — 该%s有部分超出摘录边缘，已略去",
	"被数据边缘截断，已略去 — this %s runs beyond the extract's edge and is left out":                                                                                "被数据边缘截断，已略去 — 该%s超出摘录边缘",
	"避难场所容量为估算 — %d shelters have no capacity; estimated at %.0f m² a person from their floor area: %s":                                                   "避难场所容量为估算 — %d 处避难场所未写容量；已按建筑面积每人 %.0f 平方米估算：%s",
	"避难场所远离居民 — shelter %s has no home within %.0f km":                                                                                                    "避难场所远离居民 — 避难场所 %s 周围 %.0f 公里内没有住户",
	"避难场所高出居民区 — shelter %s stands %.0f m above the homes nearest it":                                                                                     "避难场所高出居民区 — 避难场所 %s 比最近的住户高 %.0f 米",
	"重名 — %d %ss are named %q (%s): an order naming it is refused as ambiguous":                                                                           "重名 — %d 个%s都名为 %q（%s）：指令写这个名称会因有歧义而被拒绝",

	"add buildings (building=* or kind building) so that drills have residents to warn":                                            "请添加建筑（building=* 或 kind building），演练才有需要预警的居民",
	"add shelters (kind shelter, or schools, community centres, sports halls, emergency=assembly_point) with capacity":             "请添加带容量的避难场所（kind shelter，或学校、社区中心、体育馆、emergency=assembly_point）",
	"add the roads (highway=* or kind road LineStrings): people and units move on them":                                            "请添加道路（highway=* 或 kind road 的 LineString）：人员和队伍沿道路行进",
	"check the map's coordinate system; the road is left out of the network":                                                       "请检查地图的坐标系；该道路未纳入路网",
	"check the village's area on the map; a larger extract gives its whole boundary":                                               "请在地图上核对该村范围；导出更大的范围可得到完整村界",
	"check their areas on the map; for exact ones add the village boundaries (kind village polygons, or a manifest layer of them)": "请在地图上核对其范围；要得到准确范围，请添加村界（kind village 的面，或地图清单中的村界图层）",
	"draw it as %s to use it in drills":                                                                 "画成 %s 才能在演练中使用",
	"draw the zone as a polygon, or give radius_m":                                                      "请把隐患区画成面，或写明 radius_m",
	`each member of "features" must be {"type": "Feature", ...}`:                                        `"features" 的每一项须为 {"type": "Feature", ...}`,
	"evacuees walk to shelters: check it is one (a mountain hut is not), or set its kind to background": "转移群众要步行前往避难场所：请核实它确是避难场所（山间小屋不是），或把类型设为 background",
	"evacuees walk to shelters: check it is one, or set its kind to background":                         "转移群众要步行前往避难场所：请核实它确是避难场所，或把类型设为 background",
	"fix or remove the point; the road is left out of the network":                                      "请改正或删去该点；该道路未纳入路网",
	"fix the feature (type, properties, geometry) or remove it":                                         "请改正该要素（type、properties、geometry）或删去",
	"fix the geometry in the source data and export again; the feature is left out until then":          "请在源数据中改正几何后重新导出；在此之前该要素略去不用",
	"give a DEM (ESRI ASCII grid) with --dem":                                                           "请用 --dem 给出地形（ESRI ASCII 格网）",
	"give a speed in km/h or leave it out":                                                              "请写以公里/小时计的速度，或不写",
	"give it a geometry (a location) or remove it":                                                      "请给出几何（位置）或删去",
	"give it at least two distinct points or remove it; the road is left out of the network":            "请给出至少两个不同的点或删去；该道路未纳入路网",
	"give them a name (name=*) to make them villages":                                                   "请写名称（name=*）使其成为村",
	"heights at the map's edge are missing; a larger DEM avoids that":                                   "地图边缘缺少高程；用范围更大的地形可避免",
	"join it at a shared vertex or remove it":                                                           "请在共用顶点处连接，或删去",
	"name a village feature exactly so, or fix the buildings' village property":                         "请添加名称完全相同的村要素，或改正建筑的 village 属性",
	"name its coordinate system with --dem-crs (for example utm:48n or cgcs2000:gk3:105)":               "请用 --dem-crs 指明其坐标系（如 utm:48n 或 cgcs2000:gk3:105）",
	"nothing to do for a drill; it can be fixed in OpenStreetMap":                                       "演练无需处理；可在 OpenStreetMap 中改正",
	"nothing to do for an extract; to keep whole ways, extract with osmium's complete_ways strategy":    "摘录无需处理；要保留完整路径，请用 osmium 的 complete_ways 策略导出",
	"nothing to do unless one of them matters to the drill; then extract a larger area":                 "除非其中有演练要用的，否则无需处理；若有，请导出更大的范围",
	"nothing to do unless the drill needs it whole; then extract a larger area":                         "除非演练需要它完整，否则无需处理；若需要，请导出更大的范围",
	"nothing to do unless the drill needs it; then extract a larger area":                               "除非演练需要它，否则无需处理；若需要，请导出更大的范围",
	"nothing to do: nobody lives in the part the extract holds":                                         "无需处理：摘录范围内无人居住",
	"nothing to do: they are only drawn":                                                                "无需处理：它们只用于绘制",
	"rename one in the map, or name it in orders by its id":                                             "请在地图中改名，或在指令中用编号指明",
	"set capacity on each to the number of people it takes":                                             "请为每处写明容量（可容纳人数）",
	"set fuel: forest, conifer, broadleaf, bamboo, shrub, grass or farmland":                            "请写 fuel：forest、conifer、broadleaf、bamboo、shrub、grass 或 farmland",
	"set hazard to landslide, flood or fire":                                                            "请把 hazard 写为 landslide、flood 或 fire",
	"set radius_m to the distance at which it is heard":                                                 "请把 radius_m 写为能听到的距离",
	"to use them as %ss, list the file in a map manifest (see docs/maps.md) with the line:\n%s":         "若要作为 %s 使用，请在地图清单中列出该文件（见 docs/maps.md），写入这一行：\n%s",
	"try --crs gcj02": "请试用 --crs gcj02",
	"try crs: gcj02 on its layer in the manifest":                           "请在地图清单中该图层上试写 crs: gcj02",
	"use a DEM that covers the whole map (its bounds are printed by check)": "请使用覆盖整张地图的地形（check 会打印其范围）",
	"use one of: %s": "请用其中之一：%s",
	"voids are filled from their neighbours; check the heights there":          "空值格已按相邻格填补；请核对该处高程",
	"vulnerable counts the elderly, children and disabled among the residents": "脆弱人群指居民中的老人、儿童和残疾人",
	`write stock as {"sandbags": 2000, "boats": 2}`:                            `请把 stock 写成 {"sandbags": 2000, "boats": 2}`,
	`write units as {"rescue_team": 2}`:                                        `请把 units 写成 {"rescue_team": 2}`,
}

// featureKindChinese names each kind of map feature in Chinese, as the map's problems
// say it.
var featureKindChinese = map[maps.Kind]string{
	maps.Background:      "背景要素",
	maps.KindRoad:        "道路",
	maps.KindRiver:       "河流",
	maps.KindStream:      "溪流",
	maps.KindWater:       "水面",
	maps.KindBuilding:    "建筑",
	maps.KindVillage:     "村",
	maps.KindShelter:     "避难场所",
	maps.KindDepot:       "物资储备库",
	maps.KindStation:     "站点",
	maps.KindHazardZone:  "隐患区",
	maps.KindLandcover:   "地表覆盖",
	maps.KindLoudspeaker: "大喇叭",
}

// MapProblemText says a problem of a map in language l on one line: in English as it
// stands ("warning: feature 3 (id a): message; hint"); in Chinese by its format, with
// the feature and its severity said in Chinese too.
func MapProblemText(p maps.Problem, l Language) string {
	if l == English || p.Format == "" {
		return p.String()
	}
	severity := "警告"
	if p.Severity == maps.Error {
		severity = "错误"
	}
	message, hint := MapProblemChinese(p)
	s := severity + "：" + featureRefChinese(p.Feature) + "：" + message
	if hint != "" {
		s += "；" + hint
	}
	return s
}

// MapProblemChinese is a map problem's message and hint in Chinese ("" for no hint),
// each as it stands when the problem has no format to say it by.
func MapProblemChinese(p maps.Problem) (message, hint string) {
	if p.Format == "" {
		return p.Message, p.Hint
	}
	message = chineseBy(mapProblemChinese, p.Format, p.Args)
	switch {
	case p.HintArgs != nil:
		hint = chineseBy(mapProblemChinese, p.HintFormat, p.HintArgs)
	case p.HintFormat != "":
		hint = cmp.Or(mapProblemChinese[p.HintFormat], p.HintFormat)
	}
	return message, hint
}

// featureRefChinese says which feature in Chinese: "要素 12（id way/42，福宝中学）",
// "villages.geojson 的要素 12", or 整张地图 for the map as a whole.
func featureRefChinese(r maps.FeatureRef) string {
	if r.Index < 0 {
		return "整张地图"
	}
	s := fmt.Sprintf("要素 %d", r.Index)
	if r.Layer != "" {
		s = r.Layer + " 的" + s
	}
	parts := r.Details()
	if len(parts) == 0 {
		return s
	}
	return s + "（" + strings.Join(parts, "，") + "）"
}

// listingChinese says the items a problem lists in Chinese, parted by 、, and how many
// more there are: names and ids as the file wrote them, features and phrases in Chinese.
func listingChinese(l maps.Listing) string {
	said := make([]string, len(l.Items))
	for i, it := range l.Items {
		switch v := it.(type) {
		case maps.FeatureRef:
			said[i] = featureRefChinese(v)
		case maps.Phrase:
			said[i] = chineseBy(mapProblemChinese, v.Format, v.Args)
		case SaidInChinese:
			said[i] = v.SaidInChinese()
		case maps.Problem:
			said[i] = MapProblemText(v, Chinese)
		default:
			said[i] = fmt.Sprint(v)
		}
	}
	s := strings.Join(said, "、")
	if l.More > 0 {
		s += fmt.Sprintf("，另有 %d 个", l.More)
	}
	return s
}
