package draft

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"drillsim/maps"
	"drillsim/scenarios"
)

// timing is when a kind of drill starts and how long it runs, and its seed.
type timing struct {
	start    string
	duration scenarios.Duration
	seed     uint64
}

// timings are the drills' starts (a summer night's flood, a wet August morning's
// landslide, a dry April afternoon's fire, a June morning's combined drill and
// tabletop) and lengths.
var timings = map[Kind]timing{
	Flood:     {"2026-07-15T22:00:00+08:00", 8 * scenarios.Hour, 20260715},
	Landslide: {"2026-08-20T06:00:00+08:00", 6 * scenarios.Hour, 20260820},
	Fire:      {"2026-04-03T13:00:00+08:00", 6 * scenarios.Hour, 20260403},
	Combined:  {"2026-06-18T09:00:00+08:00", 8 * scenarios.Hour, 20260618},
	Tabletop:  {"2026-06-10T09:00:00+08:00", 2*scenarios.Hour + 30*scenarios.Minute, 20260610},
}

// Hazard ids of the drills written.
const (
	floodID = "flood-1"
	slideID = "slide-1"
	fireID  = "fire-1"
)

// m is a moment m minutes after the start.
func m(minutes int) scenarios.At { return scenarios.At(minutes * 60) }

// writeScenario writes the scenario of sketch s, checks it against the drill's town
// and plan, and returns it as read back.
func (b *builder) writeScenario(s *sketch) (*scenarios.Scenario, error) {
	tm := timings[b.kind]
	start, err := scenarios.ParseTimestamp(tm.start)
	if err != nil {
		return nil, err
	}
	scn := &scenarios.Scenario{
		ID: string(b.kind), Map: maps.RelativePath(b.path("x.yaml"), b.result.Map), Plan: "plan.yaml",
		Level: scenarios.LevelIV, Start: start, Duration: tm.duration, Tick: scenarios.DefaultTick, Seed: tm.seed,
		Warning: scenarios.DefaultWarningParams,
	}
	var what []string
	if f := s.flood; f != nil {
		scn.Hazards.Floods = []scenarios.Flood{{ID: floodID, River: f.river, Zones: f.zones, Villages: b.villagesOf(f.zones...), Hydrograph: hydrograph(f.riseM, b.kind == Tabletop)}}
		what = append(what, f.river+"洪水")
	}
	if l := s.slide; l != nil {
		trigger := scenarios.LandslideTrigger{RainMM: 100, Window: 6 * scenarios.Hour}
		if b.kind == Tabletop {
			at := m(75)
			trigger = scenarios.LandslideTrigger{At: &at}
		}
		scn.Hazards.Landslides = []scenarios.Landslide{{ID: slideID, Zone: l.zone, Villages: b.villagesOf(l.zone), Trigger: trigger, VolumeM3: l.volumeM3}}
		what = append(what, l.zone+"滑坡")
	}
	if f := s.fire; f != nil {
		at := m(10)
		if b.kind == Combined {
			at = m(5 * 60)
		}
		scn.Hazards.Fires = []scenarios.Fire{{ID: fireID, Zone: f.zone, Villages: b.villagesOf(f.zone),
			Ignite: scenarios.Ignition{At: at, LonLat: []float64{f.ignite[0], f.ignite[1]}}}}
		what = append(what, f.zone+"森林火灾")
	}
	b.zones = scn.Hazards.ThreatenedZones()
	if b.kind == Tabletop && b.tabletopVillage(scn) == "" {
		return nil, &Lack{Drill: Tabletop, What: say("a village the hazard threatens"), Add: say("a tabletop is played by a village's cadres: draw the village's boundary around the zone with drillsim edit")}
	}
	scn.Weather = weather(b.kind, s)
	scn.Weather.Rain = slices.DeleteFunc(scn.Weather.Rain, func(r scenarios.RainRate) bool { return r.At > scn.End() })
	scn.Title = spaced(b.town.Name, strings.Join(what, "、")) + map[Kind]string{Tabletop: "村级桌面推演", Combined: "综合应急演练"}[b.kind]
	if !strings.HasSuffix(scn.Title, "推演") && !strings.HasSuffix(scn.Title, "演练") {
		scn.Title += "应急演练"
	}
	scn.Description = b.description(s)
	scn.Units, scn.Reinforcements = b.units(scn)
	scn.Injects = b.injects(s, scn)
	if b.kind == Tabletop {
		scn.Phases = tabletopPhases(scn)
	}
	data, err := marshalYAML(fmt.Sprintf("%s — drillsim new %s 写成的演练情景 a drill drillsim new wrote on the town's map.\n地点、单位和安置点都是地图上的；请按本镇实际修改。", scn.Title, b.kind), scn)
	if err != nil {
		return nil, err
	}
	if b.result.Scenario, err = b.write(string(b.kind)+".yaml", data); err != nil {
		return nil, err
	}
	d, err := b.check("")
	if err != nil {
		return nil, fmt.Errorf("the scenario written does not check (this is drillsim's fault: please report it): %w", err)
	}
	return d.Scenario, nil
}

// villagesOf lists the villages the people of the zones named live in, as the drill
// names them.
func (b *builder) villagesOf(zones ...string) []string {
	var names []string
	for _, z := range zones {
		pl, err := b.places.Find(z, maps.KindHazardZone)
		if err != nil {
			continue
		}
		area := b.town.HazardZones[pl.Index].Area
		for _, bd := range b.town.Buildings {
			if bd.Village < 0 || bd.Population <= 0 || !containsPoint(area, bd.Centroid) {
				continue
			}
			if name, ok := b.name(b.town.Villages[bd.Village].Ref); ok && !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	return names
}

// name is how the drill's files name a feature of its town: its name when the name
// finds it (no other feature of its kind, nor of a kind before it, bears it), else its
// OpenStreetMap id; ok is false when it cannot be named.
func (b *builder) name(ref maps.FeatureRef) (string, bool) {
	return placeName(b.places, ref)
}

// placeName is name on the town of places.
func placeName(places *maps.Places, ref maps.FeatureRef) (string, bool) {
	if named := places.Named(ref.Name); ref.Name != "" && len(named) > 0 && named[0].Ref == ref &&
		(len(named) == 1 || named[1].Kind != named[0].Kind) {
		return ref.Name, true
	}
	if maps.IsOSMID(ref.ID) {
		return ref.ID, true
	}
	return "", false
}

// hydrograph is a flood's rise over time peaking at peak metres 3h40m after the start
// (after 1h10m for a tabletop's shorter day), as a mountain river's flood rises and
// falls. The rain starts with the drill; the river stays near its normal level until
// the ground has taken its initial abstraction (Ia = 0.2 S of the SCS curve number
// method, USDA NRCS National Engineering Handbook Part 630, Chapter 10, Eq. 10-8: some
// 20 mm, half an hour of the drill's 35 mm/h), then rises by the SCS dimensionless
// unit hydrograph (NEH 630, Chapter 16, Table 16-1: a tenth of the peak a fifth of the
// way to it, half at half way, nine tenths at four fifths). So the red warning and the
// first hydrological report come before the water reaches the houses, as they do in a
// township's flood, and a response that acts on them has its time.
func hydrograph(peak float64, short bool) []scenarios.RiverRise {
	shape := []struct {
		min   int
		share float64
	}{{0, 0}, {30, 0.02}, {60, 0.08}, {120, 0.4}, {180, 0.85}, {220, 1}, {270, 0.9}, {360, 0.6}, {480, 0.35}}
	if short {
		shape = shape[:0]
		for _, p := range [][2]float64{{0, 0}, {20, 0.2}, {50, 0.6}, {70, 1}, {110, 0.8}, {150, 0.6}} {
			shape = append(shape, struct {
				min   int
				share float64
			}{int(p[0]), p[1]})
		}
	}
	var h []scenarios.RiverRise
	for _, p := range shape {
		h = append(h, scenarios.RiverRise{At: m(p.min), RiseM: float64(int(peak*p.share*10+0.5)) / 10})
	}
	return h
}

// weather is the rain and wind of a drill: heavy rain for floods and landslides (100
// mm within a few hours, what triggers the slide), a dry windy day for a fire, the wind
// blowing from the ignition towards the houses.
func weather(k Kind, s *sketch) scenarios.Weather {
	var w scenarios.Weather
	if s.flood != nil || s.slide != nil {
		for i, r := range []float64{35, 62, 78, 50, 28, 12, 3, 0} {
			w.Rain = append(w.Rain, scenarios.RainRate{At: m(60 * i), MMPerH: r})
		}
		if k == Tabletop {
			w.Rain = []scenarios.RainRate{{At: m(0), MMPerH: 30}, {At: m(60), MMPerH: 45}, {At: m(120), MMPerH: 15}}
		}
	}
	if f := s.fire; f != nil {
		at := m(0)
		if k == Combined {
			w.Rain = append(w.Rain[:min(len(w.Rain), 4)], scenarios.RainRate{At: m(240), MMPerH: 0})
			at = m(270)
			w.GreenUp = true
		}
		w.Wind = []scenarios.WindState{{At: at, SpeedMS: 5, FromDeg: f.windFrom}, {At: at + m(90), SpeedMS: 7, FromDeg: f.windFrom}}
		w.FireDanger = []scenarios.FireDanger{{At: at, FFMC: 91, BUI: 70}}
		if k == Combined {
			w.FireDanger = []scenarios.FireDanger{{At: m(0), FFMC: 70, BUI: 40}, {At: at, FFMC: 88, BUI: 45}}
		}
	} else {
		w.Wind = []scenarios.WindState{{At: m(0), SpeedMS: 4, FromDeg: 160}}
	}
	return w
}

// description says what the drill is, in the words of a drill's plan (演练方案).
func (b *builder) description(s *sketch) string {
	var parts []string
	if f := s.flood; f != nil {
		parts = append(parts, fmt.Sprintf("持续强降雨，%s水位上涨约%.1f米，威胁%s的群众。", f.river, f.riseM, strings.Join(f.zones, "、")))
	}
	if l := s.slide; l != nil {
		parts = append(parts, fmt.Sprintf("累计降雨后%s发生滑坡，威胁坡下住户，掩埋道路。", l.zone))
	}
	if f := s.fire; f != nil {
		parts = append(parts, fmt.Sprintf("林区起火，火头向%s蔓延。", f.zone))
	}
	test := "检验镇指挥部预警发布、群众转移、救援调度、物资保障和信息报送能力。"
	if b.kind == Tabletop {
		test = "面向村“两委”干部、网格员的桌面推演，分阶段讨论预警、转移、处置和安置。"
	}
	return strings.Join(parts, "") + test + "\n地图、单位和安置点取自" + b.town.Name + "的地图（drillsim new 生成，示意）。\n"
}

// spaced joins a and b, with a space between when both are Latin words where they meet
// (a town named Andorra and the Valira's flood), as Chinese needs none.
func spaced(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if latin(last) && latin(first) {
		return a + " " + b
	}
	return a + b
}

// latin reports whether r is a Latin letter or a digit.
func latin(r rune) bool { return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
