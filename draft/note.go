package draft

import (
	"fmt"

	"drillsim/i18n"
)

// Note is something drillsim new says to the designer (what it assumed or added, what
// the map lacks, what to add), by its format and arguments, so that it is said Chinese
// first and in English as asked.
type Note struct {
	Format string
	Args   []any
}

// say is the Note of format and args.
func say(format string, args ...any) Note { return Note{Format: format, Args: args} }

// In says the note in language l.
func (n Note) In(l i18n.Language) string { return i18n.Say(noteChinese, n.Format, n.Args, l) }

// String says the note in English.
func (n Note) String() string { return fmt.Sprintf(n.Format, n.Args...) }

// SaidInChinese says the note in Chinese, as a note within another is said.
func (n Note) SaidInChinese() string { return n.In(i18n.Chinese) }

// kindChinese names each kind of drill in Chinese, as drillsim new's messages say it.
var kindChinese = map[Kind]string{Flood: "洪水", Landslide: "滑坡", Fire: "林火", Combined: "综合应急", Tabletop: "村级桌面推演"}

// SaidInChinese names the kind of drill in Chinese.
func (k Kind) SaidInChinese() string { return kindChinese[k] }

// noteChinese says each format of drillsim new's notes in Chinese, with the arguments
// in the order the Chinese sentence takes them.
var noteChinese = map[string]string{
	"a %s drill needs %s, which the map does not have: %s": "%s演练需要%s，地图上没有：%s",
	"%s (%s)":                            "%s（%s）",
	"left out of the combined drill: %s": "综合演练不含：%s",
	"flood: the map's flood zones %s, %s rising %.1f m":                                                         "洪水：地图上的洪水风险区 %s，%s 涨水 %.1f 米",
	"flood: %s risen %g m; its zones drawn by the flood model: %s (%.0f people); check them with drillsim edit": "洪水：%s 涨水 %g 米；按洪水模型画出的风险区：%s（%.0f 人）；请用 drillsim edit 核对",
	"landslide: the map's zone %s":                                                                              "滑坡：地图上的隐患区 %s",
	"landslide: the steep ground of %s drawn as its zone (%v people below it); check it with drillsim edit":     "滑坡：%s 的陡坡画作隐患区（坡下 %v 人）；请用 drillsim edit 核对",
	"fire: the houses at the forest's edge drawn as %s (%v people); check it with drillsim edit":                "林火：林缘房屋画作 %s（%v 人）；请用 drillsim edit 核对",
	"shelters: the map's shelters outside the zones take too few of the %d people threatened, or lie too far from them; halls added as shelters: %s; check them with drillsim edit": "安置点：风险区外地图上的安置点容纳不下受威胁的 %d 人，或离他们太远；已把这些场所加为安置点：%s；请用 drillsim edit 核对",
	"shelters: no shelter or hall within %d m takes the people of %s: they walk further and may not be moved in time; place a shelter near them with drillsim edit":                 "安置点：%[2]s 的群众 %[1]d 米内没有能容纳他们的安置点或场所，要走得更远，可能来不及转移；请用 drillsim edit 在附近设置安置点",
	"shelters take %d of the %d people threatened: the others wait at home; place more with drillsim edit":                                                                          "安置点只能容纳受威胁的 %[2]d 人中的 %[1]d 人，其余的人留在家中；请用 drillsim edit 增设",
	"supplies: the map has no depot with stock (应急物资储备库), so no supplies are moved to the shelters: place one with drillsim edit":                                                   "物资：地图上没有存有物资的应急物资储备库，不会向安置点调运物资；请用 drillsim edit 设置一处",
	"units: no station of the map has units of kind %s; one is based at %s: place the station it comes from with drillsim edit (a station with its units)":                          "队伍：地图上没有站点有%s；已在%s设一支：请用 drillsim edit 设置它所在的站点（含其队伍）",

	"a landslide zone or a river that floods houses": "滑坡隐患区或会淹到房屋的河流",
	"two hazards at least":                           "至少两种灾害",
	"the map lacks %s":                               "地图上缺少 %s",
	"a river":                                        "河流",
	"add the river that floods to the map with its name (waterway=river in OpenStreetMap, or a LineString of kind river)": "请在地图上添加会涨水的河流并写明名称（OpenStreetMap 中的 waterway=river，或 kind 为 river 的 LineString）",
	"houses a river's flood reaches": "河流洪水能淹到的房屋",
	"risen %g m, no river reaches a house: give a higher rise with --rise, or draw the flood zones with drillsim edit": "涨水 %g 米时没有河流淹到房屋：请用 --rise 给出更高的涨水高度，或用 drillsim edit 画出洪水风险区",
	"steep ground above houses": "房屋上方的陡坡",
	"no slope of %d° or more stands above a house on the terrain: draw the landslide zone the town knows (地质灾害隐患点) with drillsim edit": "地形上没有位于房屋上方、坡度不小于 %d° 的山坡：请用 drillsim edit 画出本镇已知的地质灾害隐患点",
	"forest": "森林",
	"add the forest to the map (landuse=forest, natural=wood or scrub, or land cover of kind landcover with fuel forest)": "请在地图上添加森林（landuse=forest、natural=wood 或 scrub，或 kind 为 landcover、fuel 为 forest 的地表覆盖）",
	"houses at the forest's edge": "林缘的房屋",
	"no house stands within 100 m of the forest: draw the fire zone with drillsim edit": "森林 100 米内没有房屋：请用 drillsim edit 画出林火风险区",
	"forest near the houses of %s": "%s 房屋附近的森林",
	"the fire starts in forest within 2 km of them: add the forest around the village to the map": "林火从房屋 2 公里内的森林烧起：请在地图上添加该村周围的森林",
	"a village the hazard threatens": "受灾害威胁的村",
	"a tabletop is played by a village's cadres: draw the village's boundary around the zone with drillsim edit": "桌面推演由村干部进行：请用 drillsim edit 在风险区周围画出村界",
	"a shelter outside the hazard zones": "风险区外的安置点",
	"evacuees need somewhere to go: use drillsim edit to place a shelter (a school, a hall, a square) outside the zones": "转移群众需要去处：请用 drillsim edit 在风险区外设置安置点（学校、礼堂、广场）",
	"terrain (a DEM)": "地形（DEM）",
	"give it with --dem (%s), as SRTM or a county's survey comes": "请用 --dem 给出（%s），SRTM 或县里的测绘数据均可",
}
