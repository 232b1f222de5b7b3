package i18n

import stdmaps "maps"

// commandProblemChinese says in Chinese each message format of the commands' own
// problems (a flag missing or mistyped, a grid that does not fit, a broker out of
// reach), which the commands give as a scenarios.Failure as the readers do; they join
// problemChinese, so that ProblemText says them as it says a reader's.
var commandProblemChinese = map[string]string{
	// drillsim hazard
	"unknown model %q: use one of %s": "未知模型 %q：请用其中之一：%s",
	"cannot write %s %s: %v":          "无法写入%s %s：%v",
	"cannot write the result: %v":     "无法输出结果：%v",
	"--%s is required":                "缺少 --%s",
	"the grid is in degrees (longitude/latitude, cells of %g°); the hazard models need square cells in metres: reproject it to a projected system first (e.g. gdalwarp -t_srs EPSG:32648 -tr 30 30 %s out.asc)": "格网以度为单位（经纬度，单元 %g°）；灾害模型需要以米为单位的正方形单元：请先投影到平面坐标系（如 gdalwarp -t_srs EPSG:32648 -tr 30 30 %s out.asc）",
	"%s (%d×%d cells of %g from %g, %g) does not lie on the grid of %s (%d×%d cells of %g from %g, %g); resample one onto the other":                                                                            "%s（%d×%d 个 %g 的单元，起点 %g, %g）与 %s 的格网（%d×%d 个 %g 的单元，起点 %g, %g）不重合；请把其中一个重采样到另一个上",
	"no valid elevation at all; the grid is all NODATA": "没有任何有效高程；格网全是 NODATA",
	// drillsim hazard fire
	"give --fuel, --fuel-table, --elevation, --weather, --ignite ROW,COL, --hours N (≥ 1) and --out, and nothing else": "请给出 --fuel、--fuel-table、--elevation、--weather、--ignite ROW,COL、--hours N（≥ 1）和 --out，不要写其他参数",
	"%s, hour %d: the fire model refuses the weather: %v":                                                              "%s，第 %d 小时：火灾模型不接受该时的天气：%v",
	"--ignite %s: the fire model refuses the ignition: %v":                                                             "--ignite %s：火灾模型不接受该起火点：%v",
	"--ignite %s: the cell holds %s, which does not burn; ignite a fuel cell":                                          "--ignite %s：该单元是 %s，不会燃烧；请在可燃单元点火",
	"--ignite %q: write the cell as ROW,COL, two whole numbers from 0 at the grid's top left":                          "--ignite %q：请把单元写成 ROW,COL，即从格网左上角起算、从0开始的两个整数",
	"--ignite %s lies outside %s, which has rows 0-%d and columns 0-%d":                                                "--ignite %s 在 %s 之外，该格网的行为 0-%d，列为 0-%d",
	"the fire model refuses the grid: %v":                                                                              "火灾模型不接受该格网：%v",
	"the fire model refuses a cell's fuel: %v":                                                                         "火灾模型不接受某单元的可燃物：%v",
	"no rows; write a header with grid_value and fuel_type, then a row per fuel code":                                  "没有任何行；请先写含 grid_value 和 fuel_type 的表头，再每种可燃物代码写一行",
	"the header needs grid_value and fuel_type columns; it has %s":                                                     "表头须有 grid_value 和 fuel_type 两列；现有列为 %s",
	"the row has %d fields; it needs grid_value and fuel_type":                                                         "该行只有 %d 个字段；须有 grid_value 和 fuel_type",
	"grid_value %q is not a whole number":                                                                              "grid_value %q 不是整数",
	"fuel_type %q is not a fuel of the FBP System: %v":                                                                 "fuel_type %q 不是 FBP 体系的可燃物类型：%v",
	// drillsim hazard landslide
	"give --dem, --source and --out (and optionally --depth and --reach-angle), and nothing else": "请给出 --dem、--source 和 --out（可选 --depth 和 --reach-angle），不要写其他参数",
	"source cell row %d, col %d fails %v m deep; give every source cell a depth above 0 m":        "滑源单元第 %d 行、第 %d 列的滑动深度为 %v 米；请给每个滑源单元大于0米的深度",
	"no source cells; mark the cells that fail with a non-zero value":                             "没有滑源单元；请用非零值标出滑动的单元",
	"the landslide model refuses the grid: %v":                                                    "滑坡模型不接受该格网：%v",
	"--reach-angle %g: the landslide model refuses it: %v":                                        "--reach-angle %g：滑坡模型不接受：%v",
	// drillsim hazard flood
	"--dem is required: the terrain to flood":                                                                          "缺少 --dem：要淹没的地形",
	"give the water: --inflow X,Y,Q, --level X1,Y1,X2,Y2:LEVEL, --stage X,Y:RISE or --rain MM_PER_H":                   "请给出水的来源：--inflow X,Y,Q、--level X1,Y1,X2,Y2:LEVEL、--stage X,Y:RISE 或 --rain MM_PER_H",
	"--stage is the scripted river level: it does not mix with --inflow, --level or --rain":                            "--stage 是按脚本给出的河流水位：不能与 --inflow、--level 或 --rain 同用",
	"--map gives the rivers of --stage RIVER:RISE; the 2D flood of --inflow, --level and --rain runs on the DEM alone": "--map 只为 --stage RIVER:RISE 提供河流；--inflow、--level 和 --rain 的二维洪水只在地形上计算",
	"--scheme chooses how the 2D flood of --inflow and --rain is computed; --stage has none":                           "--scheme 选择 --inflow 和 --rain 二维洪水的计算格式；--stage 没有计算格式",
	"--rain %v is not a rate in mm/h":                                                                                  "--rain %v 不是以毫米/小时计的雨强",
	"--manning %v is not a roughness (0.01 smooth to about 0.2 dense forest)":                                          "--manning %v 不是糙率（0.01 光滑到约 0.2 茂密森林）",
	"--scheme %q: use inertial or fv1":                                                                                 "--scheme %q：请用 inertial 或 fv1",
	"--duration %q is not a time such as 1000s, 90m or 6h":                                                             "--duration %q 不是时长，应如 1000s、90m 或 6h",
	"--%s %q: write X,Y%s":        "--%s %q：请写成 X,Y%s",
	"--%s %q: %q is not a number": "--%s %q：%q 不是数字",
	"--%s %q: %g,%g lies outside the DEM %s (x %g to %g, y %g to %g in its own coordinates)":                                                                     "--%s %q：%g,%g 在地形 %s 之外（按其自身坐标，x 为 %g 至 %g，y 为 %g 至 %g）",
	"--stage %q: write X,Y:RISE, a point on the river and its rise in metres":                                                                                    "--stage %q：请写成 X,Y:RISE，即河上一点及其涨水米数",
	"--stage %q: a river by name (RIVER:RISE) needs the map that names it: add --map town.geojson (or an OpenStreetMap extract); over a bare DEM write X,Y:RISE": "--stage %q：按名称指定河流（RIVER:RISE）需要有该河名的地图：请加 --map town.geojson（或 OpenStreetMap 提取文件）；只有地形时请写 X,Y:RISE",
	"--stage %q: with --map write RIVER:RISE, a river of the map and its rise in metres":                                                                         "--stage %q：有 --map 时请写成 RIVER:RISE，即地图上的河流及其涨水米数",
	"--stage %q: the map %s has no river or stream named %q; it has: %s":                                                                                         "--stage %q：地图 %s 上没有名为 %q 的河流或溪流；地图上有：%s",
	"--stage %q: the flood model refuses the rise: %v":                                                                                                           "--stage %q：洪水模型不接受该涨水：%v",
	"--stage %q: the river cannot be raised on the map %s: %v":                                                                                                   "--stage %q：无法在地图 %s 上抬高该河水位：%v",
	"the DEM drains no %.2f km² anywhere: no river to raise":                                                                                                     "地形上没有汇水面积达到 %.2f 平方千米的地方：没有可以涨水的河流",
	"the DEM does not say its coordinate system, so it cannot be laid under the map %s; give a DEM that does (an SRTM tile, a GeoTIFF, an .asc with its .prj)":   "地形未写明坐标系，无法与地图 %s 叠合；请给出写明坐标系的地形（SRTM 分幅、GeoTIFF，或带 .prj 的 .asc）",
	"the flood model refuses the DEM: %v":                                                                                                                        "洪水模型不接受该地形：%v",
	"the roughness grid is %d×%d cells of %g from %g,%g; it must lie on the DEM's grid, %d×%d of %g from %g,%g":                                                  "糙率格网为 %d×%d 个 %g 的单元，起点 %g,%g；须与地形格网重合：%d×%d 个 %g 的单元，起点 %g,%g",
	"Manning's n %v at %g,%g is not a roughness between 0 and 1":                                                                                                 "%[2]g,%[3]g 处的曼宁系数 %[1]v 不是0到1之间的糙率",
	"--inflow %q: write X,Y,Q[,R] with a flow Q ≥ 0 m³/s and a radius R ≥ 0 m":                                                                                   "--inflow %q：请写成 X,Y,Q[,R]，流量 Q ≥ 0 立方米/秒，半径 R ≥ 0 米",
	"--inflow %q: the flood model refuses it: %v":                                                                                                                "--inflow %q：洪水模型不接受：%v",
	"--rain %v: the flood model refuses it: %v":                                                                                                                  "--rain %v：洪水模型不接受：%v",
	"--level %q: %v": "--level %q：%v",
	"write X1,Y1,X2,Y2:LEVEL or X1,Y1,X2,Y2:LEVEL@TIME,LEVEL@TIME,...: the two ends of a stretch of the DEM's edge and the water's level beyond it": "请写成 X1,Y1,X2,Y2:LEVEL 或 X1,Y1,X2,Y2:LEVEL@TIME,LEVEL@TIME,...：地形边缘一段的两端及其外侧的水位",
	"%q is not a number":                                              "%q 不是数字",
	"%q is not a level in metres":                                     "%q 不是以米计的水位",
	"%q is not a time such as 0s, 90m or 6h":                          "%q 不是时长，应如 0s、90m 或 6h",
	"give each level of a hydrograph its time, as in 9.7@0s,10.35@1h": "水位过程的每个水位都须写时间，如 9.7@0s,10.35@1h",
	"the times of its levels must go forward (%s)":                    "各水位的时间须逐个向后（%s）",
	"the flood model refuses the stretch of edge: %v":                 "洪水模型不接受这段边缘：%v",
}

func init() { stdmaps.Copy(problemChinese, commandProblemChinese) }
