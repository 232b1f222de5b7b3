package i18n

import (
	"cmp"

	"drillsim/maps"
)

// mapLoadChinese says in Chinese the messages and hints of a map that cannot be loaded
// at all (maps.LoadError), written out whole or as the format they are built from; a
// message of another library (a JSON syntax error) is said as it stands.
var mapLoadChinese = map[string]string{
	"the file ends in the middle of the JSON (after %d bytes)":                                                                                 "文件在 JSON 中途结束（共 %d 字节）",
	"it looks truncated: copy or export it again":                                                                                              "文件似乎不完整：请重新复制或导出",
	`a GeoJSON FeatureCollection has a "features" array of Feature objects`:                                                                    `GeoJSON FeatureCollection 应有由 Feature 对象组成的 "features" 数组`,
	"the file is a GeoJSON %s, not a FeatureCollection":                                                                                        "文件是 GeoJSON %s，不是 FeatureCollection",
	"the file starts with <%s>, not <osm>: it is not OSM XML":                                                                                  "文件以 <%s> 开头，不是 <osm>：这不是 OSM XML 文件",
	`the file carries a legacy "crs" member naming %s, but drillsim reads WGS84 longitude/latitude (RFC 7946)`:                                 `文件带有旧式 "crs" 成员，指明坐标系为 %s，而 drillsim 读取的是 WGS84 经纬度（RFC 7946）`,
	"%d of %d features have positions outside longitude/latitude range (x %.0f..%.0f, y %.0f..%.0f): the file is in projected coordinates; %s": "有 %d 个要素（共 %d 个）的坐标超出经纬度范围（x %.0f..%.0f，y %.0f..%.0f）：文件为投影坐标；%s",
	"%v": "%v",
	"%s unpacks to %d bytes, more than a DEM drillsim reads":                                                                                              "%s 解压后有 %d 字节，超过 drillsim 能读取的地形文件",
	"the zip holds %d terrain files; drillsim reads a zip holding exactly one of %s":                                                                      "压缩包中有 %d 个地形文件；drillsim 只读取恰好含一个 %s 文件的压缩包",
	"unknown DEM format %q; drillsim reads %s":                                                                                                            "未知地形格式 %q；drillsim 能读取 %s",
	"cells of %g × %g, too far from square to resample (at most 16 to 1 and %d cells)":                                                                    "格网单元为 %g × %g，离正方形太远，无法重采样（至多 16 比 1，且不超过 %d 格）",
	"%d bytes is not an SRTM tile: a .hgt file holds %d (1201x1201, 3 arc-seconds) or %d bytes (3601x3601, 1 arc-second); is it compressed or cut short?": "%d 字节不是 SRTM 分幅：.hgt 文件应有 %d 字节（1201x1201，3 角秒）或 %d 字节（3601x3601，1 角秒）；是否被压缩或不完整？",
	"%s; an SRTM tile is named after its south-west corner, like N42E001.hgt or S09W078.hgt":                                                              "%s；SRTM 分幅以其西南角命名，如 N42E001.hgt 或 S09W078.hgt",
	"the latitude or longitude in the name is not a number":                                                                                               "文件名中的纬度或经度不是数字",
	"the name does not start with N or S, two digits, E or W and three digits":                                                                            "文件名开头不是 N 或 S 加两位数字、E 或 W 加三位数字",
	"the name is too short to hold a tile corner":                                                                                                         "文件名太短，不含分幅角点",
	"%s %s is not a number; write a plain decimal number":                                                                                                 "%s 的值 %s 不是数字；请写普通的十进制数",
	"%s %s must be a whole number from 1 to %d":                                                                                                           "%s 的值 %s 须为1到 %d 的整数",
	"%s %s must be positive: it is the width of one cell":                                                                                                 "%s 的值 %s 须为正数：它是一个格网单元的宽度",
	"%s given a second time (first on line %d); keep one":                                                                                                 "%s 写了第二次（第一次在第 %d 行）；只保留一处",
	"%s has no value; write it as %q":                                                                                                                     "%s 没有值；请写成 %q",
	"%s is not a header key and not a number; %s":                                                                                                         "%s 既不是文件头的键，也不是数字；%s",
	"both %s and %s given (line %d); keep the one the grid was written with":                                                                              "%s 与 %s 都写了（第 %d 行）；只保留格网实际采用的那个",
	"both cellsize and dx/dy given; keep cellsize only":                                                                                                   "cellsize 与 dx/dy 都写了；只保留 cellsize",
	"dx %s and dy %s differ; drillsim needs square cells: resample the grid (e.g. gdalwarp -tr)":                                                          "dx %s 与 dy %s 不相等；drillsim 需要正方形格网单元：请重采样（如 gdalwarp -tr）",
	"dx and dy must be given together (or cellsize instead); add the missing one":                                                                         "dx 与 dy 须同时写出（或改写 cellsize）；请补上缺少的一个",
	"more values after the %d rows the header declares; fix nrows or remove the extra lines":                                                              "文件头声明的 %d 行之后还有数值；请改正 nrows 或删去多余的行",
	"ncols %d × nrows %d = %d cells is more than the limit of %d; check the header or clip the grid":                                                      "ncols %d × nrows %d = %d 格，超过上限 %d；请检查文件头或裁剪格网",
	"row %d of %d has %d values on lines %d-%d, want %d (ncols); every row must hold ncols values and start on a new line":                                "第 %[1]d 行（共 %[2]d 行）在第 %[4]d–%[5]d 文本行中有 %[3]d 个值，应为 %[6]d 个（ncols）；每行须有 ncols 个值且另起一行",
	"row %d of %d has %d values, want %d (ncols); fix the row or the header's ncols":                                                                      "第 %d 行（共 %d 行）有 %d 个值，应为 %d 个（ncols）；请改正该行或文件头的 ncols",
	"row %d of %d has %d values, want %d (ncols); is the line cut short?":                                                                                 "第 %d 行（共 %d 行）有 %d 个值，应为 %d 个（ncols）；该行是否不完整？",
	"the file ends after %d of %d rows (nrows); is it truncated, or nrows wrong?":                                                                         "文件在第 %d 行（共 %d 行，nrows）后结束；文件是否不完整，或 nrows 有误？",
	"the file ends inside row %d of %d after %d of %d values; is it truncated?":                                                                           "文件在第 %d 行（共 %d 行）中途结束，只有 %d 个值（应为 %d 个）；文件是否不完整？",
	"the header ends without %s; %s":                                                                                                                      "文件头缺少 %s；%s",
	"the header ends without %sllcorner or %sllcenter; %s":                                                                                                "文件头缺少 %sllcorner 或 %sllcenter；%s",
	"the header ends without cellsize; %s":                                                                                                                "文件头缺少 cellsize；%s",
	"unexpected %s after %s %s; a header line holds one key and one number":                                                                               "%[2]s %[3]s 之后多出 %[1]s；文件头每行只写一个键和一个数",
	"value %s in row %d is not a finite height; write voids as the NODATA_value":                                                                          "第 %[2]d 行的值 %[1]s 不是有限的高程；空值请写为 NODATA_value",
	"value %s in row %d is not a number; write plain decimal numbers":                                                                                     "第 %[2]d 行的值 %[1]s 不是数字；请写普通的十进制数",
	"an ESRI ASCII grid header has the lines ncols, nrows, xllcorner or xllcenter, yllcorner or yllcenter, cellsize and optionally NODATA_value, each followed by a number": "ESRI ASCII 格网的文件头有 ncols、nrows、xllcorner 或 xllcenter、yllcorner 或 yllcenter、cellsize 各行，可选 NODATA_value，每行后跟一个数",
	"block %d (byte %d): cut short in a block's length (%v)":                                        "第 %d 块（第 %d 字节）：在块长度处中断（%v）",
	"block %d (byte %d): a block header of %d bytes (the format allows under %d)":                   "第 %d 块（第 %d 字节）：块头有 %d 字节（格式允许不到 %d）",
	"block %d (byte %d): cut short in a block header (%v)":                                          "第 %d 块（第 %d 字节）：在块头处中断（%v）",
	"block %d (byte %d): its header cannot be read: %v":                                             "第 %d 块（第 %d 字节）的块头无法读取：%v",
	"block %d (byte %d): its data cannot be unpacked: %v":                                           "第 %d 块（第 %d 字节）的数据无法解压：%v",
	"block %d (byte %d): its %s cannot be decoded: %v":                                              "第 %d 块（第 %d 字节）的 %s 数据无法解码：%v",
	"the GeoTIFF cannot be read as terrain: %v":                                                     "无法把该 GeoTIFF 读作地形（请确认文件完整、是单波段高程，必要时用 gdal_translate 重新导出）：%v",
	"the file cannot be read as JSON; fix or re-export it: %s":                                      "无法按 JSON 读取该文件，请改正或重新导出：%s",
	"the file is not valid JSON here; fix or re-export it: %s":                                      "文件此处不是有效的 JSON，请改正或重新导出：%s",
	"the manifest cannot be read here: %s":                                                          "无法读取地图清单此处的内容：%s",
	"the manifest lists no layers":                                                                  "地图清单没有列出任何图层",
	"list the map's files: layers: [{file: town.osm.pbf}, {file: villages.geojson, kind: village}]": "请列出地图的文件：layers: [{file: town.osm.pbf}, {file: villages.geojson, kind: village}]",
	"crs: %v":              "坐标系 crs 无法识别：%v",
	"dem_crs: %v":          "地形坐标系 dem_crs 无法识别：%v",
	"layer %d has no file": "第 %d 个图层没有写 file",
	"write file: <path of a GeoJSON or OSM file, relative to the manifest>":                                                        "请写 file: <GeoJSON 或 OSM 文件的路径，相对于地图清单>",
	"unknown kind %q; use one of: %s":                                                                                              "未知类型 %q；请用其中之一：%s",
	"cannot read layer %s: %v":                                                                                                     "无法读取图层 %s：%v",
	"the path is relative to the manifest":                                                                                         "路径相对于地图清单所在目录",
	"layer %s: %v":                                                                                                                 "图层 %s：%v",
	"the file is not laid out as GeoJSON: %s":                                                                                      "文件的结构不是 GeoJSON：%s",
	"block %d (byte %d): cut short in a %d-byte block (%v)":                                                                        "第 %d 块（第 %d 字节）：在 %d 字节的数据块中中断（%v）",
	"a map manifest cannot be a layer of another":                                                                                  "地图清单不能作为另一个清单的图层",
	"an OSM change file (osmChange), not an extract":                                                                               "这是 OSM 变更文件（osmChange），不是地图摘录",
	"no <osm> element: the file is not OSM XML":                                                                                    "没有 <osm> 元素：这不是 OSM XML 文件",
	"no feature has a usable geometry: %s":                                                                                         "没有一个要素有可用的几何：%s",
	"fix them in the source data and load again":                                                                                   "请在源数据中改正后重新加载",
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
	"a map manifest has name, crs, dem, dem_crs and layers (each with file, kind, name, crs, properties); see docs/maps.md":        "地图清单含 name、crs、dem、dem_crs 和 layers（每层含 file、kind、name、crs、properties）；见 docs/maps.md",
	`a map is {"type": "FeatureCollection", "features": [...]} with one Feature per road, building, shelter ...`:                   `地图应为 {"type": "FeatureCollection", "features": [...]}，每条道路、每栋建筑、每个避难场所……各为一个 Feature`,
	"a map manifest has name, crs, dem, dem_crs and layers (each with file, kind, name, crs, properties, edits); see docs/maps.md": "地图清单含 name、crs、dem、dem_crs 和 layers（每层含 file、kind、name、crs、properties、edits）；见 docs/maps.md",
}

// mapLoadText says a map that cannot be loaded in Chinese, at its file, line and
// column, when its message (or the format it is built from) is one mapLoadChinese
// holds; ok is false otherwise.
func mapLoadText(e *maps.LoadError) (string, bool) {
	msg, ok := mapLoadChinese[e.Msg]
	if e.Format != "" {
		_, ok = mapLoadChinese[e.Format]
		msg = chineseBy(mapLoadChinese, e.Format, e.Args)
	}
	if !ok {
		return "", false
	}
	s := e.Where() + ": " + msg
	if e.Hint != "" {
		s += "；" + cmp.Or(mapLoadChinese[e.Hint], e.Hint)
	}
	return s, true
}
