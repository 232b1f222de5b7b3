package i18n

import (
	"cmp"
	"fmt"

	"drillsim/maps"
)

// mapLoadChinese says in Chinese the messages and hints of a map that cannot be loaded
// at all (maps.LoadError) that are written out whole; a message built from its
// arguments (a JSON syntax error, a PBF block) is said as it stands.
var mapLoadChinese = map[string]string{
	"a map manifest cannot be a layer of another":                                                                                  "地图清单不能作为另一个清单的图层",
	"an OSM change file (osmChange), not an extract":                                                                               "这是 OSM 变更文件（osmChange），不是地图摘录",
	"no <osm> element: the file is not OSM XML":                                                                                    "没有 <osm> 元素：这不是 OSM XML 文件",
	"no feature has a usable geometry":                                                                                             "没有一个要素有可用的几何",
	"no node, way or relation of the extract has tags that make a feature":                                                         "摘录中没有任何节点、路径或关系带有构成要素的标签",
	"not a map drillsim reads":                                                                                                     "不是 drillsim 能读取的地图",
	"not an OSM PBF file: it does not start with a PBF block header":                                                               "不是 OSM PBF 文件：开头不是 PBF 数据块头",
	"the extract holds no nodes":                                                                                                   "摘录中没有节点",
	"the file holds a single Feature, not a FeatureCollection":                                                                     "文件只有一个 Feature，不是 FeatureCollection",
	"the file is empty":                                                                                                            "文件是空的",
	"the map is empty: the FeatureCollection has no features":                                                                      "地图是空的：FeatureCollection 中没有要素",
	"this is a terrain file (DEM), not a map":                                                                                      "这是地形文件（DEM），不是地图",
	`not GeoJSON: the top-level object has no "type" member`:                                                                       `不是 GeoJSON：顶层对象没有 "type" 成员`,
	"download it again":                                                                                                            "请重新下载",
	"export the town from OpenStreetMap again":                                                                                     "请从 OpenStreetMap 重新导出本镇",
	"export the town's area again; an extract of only relations has nothing to draw":                                               "请重新导出本镇范围；只有关系的摘录无从绘制",
	"export the town's roads, buildings and places into it":                                                                        "请把本镇的道路、建筑和地点导出到其中",
	"export the town's roads, buildings and places with their tags":                                                                "请连同标签导出本镇的道路、建筑和地点",
	"give it with --dem beside the map, or as dem: in a map manifest":                                                              "请用 --dem 与地图一同给出，或写在地图清单的 dem: 中",
	"list the files themselves under layers:":                                                                                      "请在 layers: 下直接列出各个文件",
	"see the problems above each feature; fix them and load again":                                                                 "见上面各要素的问题；改正后重新加载",
	"the file is not a whole OSM PBF file: download or extract it again":                                                           "文件不是完整的 OSM PBF 文件：请重新下载或导出",
	`a map is {"type": "FeatureCollection", "features": [...]}`:                                                                    `地图应为 {"type": "FeatureCollection", "features": [...]}`,
	`wrap it: {"type": "FeatureCollection", "features": [ ...the feature... ]}`:                                                    `请把它包起来：{"type": "FeatureCollection", "features": [ ……该要素…… ]}`,
	"an OSM XML file starts <osm version=\"0.6\">; GeoJSON goes in .geojson":                                                       "OSM XML 文件以 <osm version=\"0.6\"> 开头；GeoJSON 文件用 .geojson",
	"an OSM XML file starts <osm version=\"0.6\">":                                                                                 "OSM XML 文件以 <osm version=\"0.6\"> 开头",
	"export the town itself: <osm version=\"0.6\"> with its nodes, ways and relations":                                             "请导出本镇本身：含节点、路径和关系的 <osm version=\"0.6\">",
	"export the town from OpenStreetMap again (JOSM, the export page, Overpass with out meta, or osmium)":                          "请从 OpenStreetMap 重新导出本镇（JOSM、导出页面、带 out meta 的 Overpass 或 osmium）",
	"give a GeoJSON FeatureCollection (.geojson), an OpenStreetMap extract (.osm or .osm.pbf) or a map manifest (.yaml)":           "请给出 GeoJSON FeatureCollection（.geojson）、OpenStreetMap 摘录（.osm 或 .osm.pbf）或地图清单（.yaml）",
	"name .osm.pbf files only what osmium, Osmosis or Geofabrik wrote as PBF; XML goes in .osm":                                    "只有 osmium、Osmosis 或 Geofabrik 写出的 PBF 才命名为 .osm.pbf；XML 用 .osm",
	"reproject it to WGS84 (EPSG:4326), or name its system with --crs (for example --crs cgcs2000:gk3:105 or --crs utm:48n)":       "请重投影到 WGS84（EPSG:4326），或用 --crs 指明其坐标系（如 --crs cgcs2000:gk3:105 或 --crs utm:48n）",
	"reproject the file to EPSG:4326, or name its system with --crs (for example --crs epsg:4547 or --crs utm:48n)":                "请把文件重投影到 EPSG:4326，或用 --crs 指明其坐标系（如 --crs epsg:4547 或 --crs utm:48n）",
	"a map manifest has name, crs, dem, dem_crs and layers (each with file, kind, name, crs, properties, edits); see docs/maps.md": "地图清单含 name、crs、dem、dem_crs 和 layers（每层含 file、kind、name、crs、properties、edits）；见 docs/maps.md",
	`a map is {"type": "FeatureCollection", "features": [...]} with one Feature per road, building, shelter ...`:                   `地图应为 {"type": "FeatureCollection", "features": [...]}，每条道路、每栋建筑、每个避难场所……各为一个 Feature`,
}

// mapLoadText says a map that cannot be loaded in Chinese, at its file, line and
// column, when its message is one mapLoadChinese holds; ok is false otherwise.
func mapLoadText(e *maps.LoadError) (string, bool) {
	msg, ok := mapLoadChinese[e.Msg]
	if !ok {
		return "", false
	}
	s := e.Source
	if e.Line > 0 {
		s += fmt.Sprintf(":%d:%d", e.Line, e.Col)
	}
	s += ": " + msg
	if e.Hint != "" {
		s += "；" + cmp.Or(mapLoadChinese[e.Hint], e.Hint)
	}
	return s, true
}
