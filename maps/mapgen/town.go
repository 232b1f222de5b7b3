package mapgen

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// Offsets from the river of the town's streets, in metres.
const (
	riversideStreet = 130.0  // 滨河路, the newer riverside street
	oldStreet       = 520.0  // 福宝古镇老街, the old town's street on the slope above the county road
	upperStreet     = 680.0  // 上街
	southStreet     = -150.0 // 南岸街
)

// layoutTownRoads lays the valley trunk roads, the town's streets and lanes and the
// three river bridges.
func (t *tile) layoutTownRoads() {
	v, p := t.v, t.prefix
	t.roads = append(t.roads,
		along(v, p+"县道合福路", classCounty, 50, -tileHalfWidth, tileHalfWidth, trunkOffset),
		along(v, p+"南岸公路", classTown, 30, -4600, 4600, -trunkOffset),
		along(v, p+"滨河路", classTown, 30, -1000, 1000, riversideStreet),
		along(v, p+"福宝古镇老街", classStreet, 15, -600, 600, oldStreet),
		along(v, p+"上街", classStreet, 20, -900, 900, upperStreet),
		along(v, p+"南岸街", classTown, 30, -500, 500, southStreet),
	)
	lanes := []struct {
		name string
		x    float64
	}{{"盐井巷", -900}, {"米市巷", -600}, {"石板巷", -300}, {"正街", 0}, {"回龙巷", 300}, {"水巷子", 600}, {"河街巷", 900}}
	for _, l := range lanes {
		offs := []float64{riversideStreet, trunkOffset}
		if math.Abs(l.x) <= 600 {
			offs = append(offs, oldStreet)
		}
		offs = append(offs, upperStreet)
		t.roads = append(t.roads, across(v, p+l.name, classStreet, 20, l.x, offs...))
	}
	for _, x := range []float64{-300, 0, 300} {
		t.roads = append(t.roads, across(v, fmt.Sprintf("%s南岸%d巷", p, int(x/300)+2), classStreet, 20, x, southStreet, -trunkOffset))
	}
	t.roads = append(t.roads, bridgeCrossing(v, p+"福宝大桥", classTown, 30, 0, southStreet, riversideStreet)...)
	t.roads = append(t.roads, bridgeCrossing(v, p+"石龙大桥", classTown, 30, -3000, -trunkOffset, trunkOffset)...)
	t.roads = append(t.roads, bridgeCrossing(v, p+"天堂坝大桥", classTown, 30, 3400, -trunkOffset, trunkOffset)...)
}

// publicBuilding is a named building of the town at a fixed place in the valley frame.
type publicBuilding struct {
	name, use    string
	x, off       float64
	halfW, halfH float64
}

// townPublicBuildings are the town's schools, government and services.
var townPublicBuildings = []publicBuilding{
	{"福宝镇人民政府", useTownhall, 150, 420, 20, 11},
	{"福宝镇中心小学", useSchool, -780, 430, 35, 25},
	{"福宝中学", useSchool, 780, 600, 40, 30},
	{"福宝镇卫生院", useHospital, -420, 420, 20, 12},
	{"福宝派出所", usePolice, 430, 420, 12, 8},
	{"镇综合应急救援队", useRescue, 1050, 365, 15, 10},
	{"镇应急物资储备库", useWarehouse, -1075, 365, 20, 12},
}

// townSquares are open squares: shelters, kept free of houses.
var townSquares = []struct {
	name                string
	x, off, halfW, half float64
	capacity            int
}{
	{"古镇广场", -150, 600, 30, 20, 1000},
	{"文化广场", 450, 720, 35, 20, 600},
}

// layoutTownFacilities places the public buildings, squares and the services housed in
// them: shelters, the command post and stations, the materials depot.
func (t *tile) layoutTownFacilities() {
	community := t.community()
	byName := map[string]orb.Point{}
	for _, pb := range townPublicBuildings {
		c := t.v.at(pb.x, pb.off)
		angle := math.Atan(t.v.riverSlope(pb.x))
		t.add(building{name: t.prefix + pb.name, use: pb.use, centre: c, halfW: pb.halfW, halfH: pb.halfH, angle: angle, village: community, hamlet: -1})
		byName[pb.name] = c
	}
	for _, sq := range townSquares {
		c := t.v.at(sq.x, sq.off)
		t.occ.take(c, sq.halfW, sq.half, math.Atan(t.v.riverSlope(sq.x)))
		t.shelters = append(t.shelters, shelter{name: t.prefix + sq.name, typ: "square", at: c, capacity: sq.capacity})
	}
	p := t.prefix
	t.shelters = append(t.shelters,
		shelter{name: p + "福宝镇中心小学", typ: "school", at: byName["福宝镇中心小学"], capacity: 800},
		shelter{name: p + "福宝中学", typ: "school", at: byName["福宝中学"], capacity: 1200},
		shelter{name: p + "福宝镇人民政府", typ: "townhall", at: byName["福宝镇人民政府"], capacity: 300},
	)
	t.stations = append(t.stations,
		station{name: p + "福宝镇人民政府（应急指挥部）", typ: "townhall", at: byName["福宝镇人民政府"], units: map[string]int{"command_post": 1}},
		station{name: p + "镇综合应急救援队", typ: "rescue", at: byName["镇综合应急救援队"], units: map[string]int{"rescue_team": 2}},
		station{name: p + "福宝镇卫生院", typ: "hospital", at: byName["福宝镇卫生院"], units: map[string]int{"medical_team": 1, "ambulance": 1}},
		station{name: p + "福宝派出所", typ: "police", at: byName["福宝派出所"], units: map[string]int{"police_team": 1}},
	)
	t.depots = append(t.depots, depot{name: p + "镇应急物资储备库", at: byName["镇应急物资储备库"], stock: map[string]int{
		"sandbags": 5000, "tents": 120, "life_jackets": 300, "boats": 2, "generators": 4,
		"drinking_water_t": 20, "instant_noodles_boxes": 800, "quilts": 600, "flashlights": 300, "chainsaws": 6,
	}})
	for _, s := range []struct {
		name   string
		x, off float64
	}{
		{"古镇广场广播", -150, 600}, {"古镇东街广播", 450, 520}, {"盐井巷广播", -800, 380}, {"河街巷广播", 850, 380},
		{"滨河路西广播", -600, 150}, {"滨河路东广播", 500, 150}, {"南岸街广播", 0, -200},
	} {
		t.speakers = append(t.speakers, loudspeaker{name: p + s.name, at: t.v.at(s.x, s.off), radiusM: 400})
	}
}

// layoutTownBuildings fills the town's blocks with rows of houses along the streets:
// the riverside new town, the blocks either side of the county road, the dense old
// town on the slope and the south-bank street.
func (t *tile) layoutTownBuildings() {
	rows := []struct {
		offs    []float64
		x0, x1  float64
		oldTown bool
	}{
		{[]float64{85, 108, 150, 172}, -800, 800, false},
		{[]float64{235, 279}, -1000, 1000, false},
		{[]float64{342, 364}, -1150, 1150, false},
		{[]float64{442, 464, 494, 546, 568, 590, 612, 634}, -620, 620, true},
		{[]float64{703}, -900, 900, false},
		{[]float64{-128, -172, -194, -216}, -520, 520, false},
	}
	community := t.community()
	for _, r := range rows {
		for _, off := range r.offs {
			t.placeRow(off, r.x0, r.x1, community, r.oldTown)
		}
	}
}
