package scenarios

import (
	"errors"
	"strings"
	"testing"
)

// mutated loads built-in scenario id with old replaced by new in its source, and
// returns the scenario and the line where new was written (0 when new is empty).
func mutated(t *testing.T, id, old, new string) (*Scenario, int) {
	t.Helper()
	data, err := library.ReadFile("library/" + id + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	if !strings.Contains(src, old) {
		t.Fatalf("%s.yaml does not contain %q", id, old)
	}
	line := 0
	if new != "" {
		line = strings.Count(src[:strings.Index(src, old)], "\n") + 1
	}
	src = strings.Replace(src, old, new, 1)
	s, err := parseScenario([]byte(src), id+".yaml", library, libraryDir)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return s, line
}

// problemWith returns the problem of err whose message contains want.
func problemWith(err error, want string) *Problem {
	var ps Problems
	if !errors.As(err, &ps) {
		var p *Problem
		if errors.As(err, &p) && strings.Contains(p.Msg, want) {
			return p
		}
		return nil
	}
	for _, p := range ps {
		if strings.Contains(p.Msg, want) {
			return p
		}
	}
	return nil
}

func TestValidateCatchesEachKindOfBadReference(t *testing.T) {
	town := loadDefaultTown(t)
	plan, err := LoadPlan("fubao")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, id, old, new, want string
		inPlan                   bool // the problem points into the plan file
	}{
		{"unknown zone", "flood", "zones: [福宝场镇滨河片区洪水风险区, 南岸街洪水风险区]", "zones: [福宝场镇滨河片区洪水风险区, 北岸街洪水风险区]",
			`unknown hazard zone "北岸街洪水风险区"`, false},
		{"zone of another hazard", "landslide", "zone: 银杏村六组滑坡隐患点", "zone: 南岸街洪水风险区",
			"zone 南岸街洪水风险区 is a flood zone, not a landslide zone", false},
		{"unknown village", "flood", "villages: [福宝社区]", "villages: [福宝村]", `unknown village "福宝村"`, false},
		{"unknown village role", "landslide", "to: 村:银杏村", "to: 村:金杏村", `unknown village "金杏村"`, false},
		{"unknown base", "flood", "base: 福宝派出所", "base: 福宝公安局", `unknown base "福宝公安局"`, false},
		{"unknown unit kind", "flood", "kind: police_team", "kind: swat_team", `unknown unit kind "swat_team"`, false},
		{"more units than the station has", "flood", "kind: medical_team, name: 卫生院应急医疗队, base: 福宝镇卫生院", "kind: rescue_team, name: 卫生院应急医疗队, base: 镇综合应急救援队",
			"station 镇综合应急救援队 has 2 rescue_team on the map; this is number 3", false},
		{"cadres without a village", "flood", ", village: 福宝社区, count: 14}", ", count: 14}", "need the village they belong to", false},
		{"unknown river", "flood", "river: 大漕河", "river: 长江", `unknown river "长江"`, false},
		{"unknown hazard in a condition", "flood", "hazard: dacao-flood, after: 40m", "hazard: dacao-fl00d, after: 40m",
			`the scenario has no hazard "dacao-fl00d"`, false},
		{"unknown inject in a phase", "tabletop", "injects: [T07, T08]", "injects: [T07, T09]", `unknown inject "T09"`, false},
		{"inject outside its phase", "tabletop", "injects: [T01, T02]", "injects: [T01, T03]", "inject T03 at +40m lies outside phase P1", false},
		{"repeated inject id", "flood", "id: F05", "id: F04", `inject id "F04" is used twice`, false},
		{"time after the end", "flood", `at: "05:30"`, `at: "06:30"`, "07-16 06:30 (+8h30m) is after the drill ends at 07-16 06:00 (+8h)", false},
		{"clock time before the start", "flood", `at: "23:40"`, `at: "21:40"`, "a clock time before the start (22:00) is read as that time the next day", false},
		{"series going backwards", "flood", `{at: "+3h", rise_m: 3.9}`, `{at: "+50m", rise_m: 3.9}`, "time goes backwards or repeats: +50m after +2h", false},
		{"rain going backwards", "flood", `{at: "02:00", mm_per_h: 28}`, `{at: "00:30", mm_per_h: 28}`, "time goes backwards", false},
		{"landslide that never fails", "landslide", "trigger: {rain_mm: 120, window: 6h}", "trigger: {rain_mm: 400, window: 6h}",
			"landslide yinxing-6-slide never fails", false},
		{"ignition outside the map", "fire", "lonlat: [106.0640, 28.5860]", "lonlat: [28.5860, 106.0640]", "lies outside the map", false},
		{"override the hazard does not take", "fire", "set: spread_factor", "set: runout_m", `a fire cannot set "runout_m"`, false},
		{"unknown flood model", "flood", "river: 大漕河\n", "model: tidal\n      river: 大漕河\n", `unknown flood model "tidal": use stage, inflow, rain`, false},
		{"inflow flood with a river rise", "flood", "river: 大漕河\n", "model: inflow\n      river: 大漕河\n", "is an inflow flood: its water comes from inflows", false},
		{"unknown flood scheme", "flood2d", "model: inflow\n", "scheme: fv2\n      model: inflow\n", `unknown flood scheme "fv2": use inertial or fv1`, false},
		{"stage flood with a scheme", "flood", "river: 大漕河\n", "scheme: fv1\n      river: 大漕河\n", "is a stage flood: its river is scripted, so it has no scheme", false},
		{"negative inflow", "flood", "      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n", "      inflows: [{river: 大漕河, hydrograph: [{at: \"+0m\", q_m3s: -5}]}]\n      model: inflow\n      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n",
			"flow -5 m³/s cannot be negative", false},
		{"level boundary off the map", "flood", "      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n", "      levels: [{from: [100, 20], to: [106.1244, 28.5615], hydrograph: [{at: \"+0m\", level_m: 252}]}]\n      model: inflow\n      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n",
			"lies outside the map", false},
		{"level boundary without levels", "flood", "      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n", "      levels: [{from: [106.1244, 28.5590], to: [106.1244, 28.5615]}]\n      model: inflow\n      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n",
			"the level boundary has no hydrograph: list {at, level_m} points", false},
		{"level boundary of a stage flood", "flood", "      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n", "      levels: [{from: [106.1244, 28.5590], to: [106.1244, 28.5615], hydrograph: [{at: \"+0m\", level_m: 252}]}]\n      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n",
			"is a stage flood: its river is scripted, so it takes no levels", false},
		{"gauge outside the map", "flood", "      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n", "      gauges: [{name: 先滩站, lonlat: [100, 20], hydrograph: [{at: \"+0m\", rise_m: 1}]}]\n      hydrograph:\n        - {at: \"+0m\", rise_m: 0}\n",
			"lies outside the map", false},
		{"FFMC out of range", "fire", "ffmc: 93", "ffmc: 130", "FFMC 130 is outside 0-101", false},
		{"fuel moisture going backwards", "fire", `{at: "18:00", ffmc: 89`, `{at: "14:00", ffmc: 89`, "time goes backwards", false},
		{"negative slide volume", "landslide", "volume_m3: 30000", "volume_m3: -5", "volume -5 m³ is not a volume ≥ 0", false},
		{"reach angle out of range", "landslide", "reach_angle_deg: 20", "reach_angle_deg: 95", "reach angle 95° is not between 0° and 90°", false},
		{"unknown plan", "flood", "plan: fubao", "plan: hejiang", `graded against plan "hejiang" but was given plan "fubao"`, false},
		{"requirement that never starts", "flood", "kind: rain_warning\n    level: red", "kind: message",
			"requirement R01 (clause 4.2.2) never starts: no rain_warning inject of the scenario is orange or more severe", true},
		{"warning colour too weak", "landslide", "level: orange", "level: yellow", "requirement R06 (clause 5.3.1) never starts", true},
		{"requirement that can never be met", "fire", "      zone: 福宝国家森林公园林缘火险区\n", "",
			"requirement R07 (clause 5.3.1) can never be met: the scenario's hazards threaten no zones", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, line := mutated(t, tt.id, tt.old, tt.new)
			err := s.Validate(town, plan)
			p := problemWith(err, tt.want)
			if p == nil {
				t.Fatalf("no problem containing %q in:\n%v", tt.want, err)
			}
			switch {
			case tt.inPlan:
				if !strings.Contains(p.Pos.File, "plans/fubao.yaml") || p.Pos.Line == 0 {
					t.Errorf("problem at %v, want a line of the plan", p.Pos)
				}
			case line > 0 && p.Pos.Line != line:
				t.Errorf("problem at %v, want line %d: %v", p.Pos, line, p)
			}
		})
	}
}

func TestValidateNeedsTownAndPlan(t *testing.T) {
	s, err := LoadBuiltin("flood")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(nil, nil); err == nil || !strings.Contains(err.Error(), "load its map") {
		t.Errorf("Validate(nil town) = %v", err)
	}
	if err := s.Validate(loadDefaultTown(t), nil); problemWith(err, `load the plan "fubao"`) == nil {
		t.Errorf("Validate(nil plan) = %v", err)
	}
}

func TestValidateReportsMissingHeaderFigures(t *testing.T) {
	src := "id: x\ntitle: t\nplan: fubao\nduration: 1h\ntick: 7m\nhazards: {}\nunits: []\n"
	s, err := parseScenario([]byte(src), "x.yaml", library, libraryDir)
	if err != nil {
		t.Fatal(err)
	}
	plan, _ := LoadPlan("fubao")
	err = s.Validate(loadDefaultTown(t), plan)
	for _, want := range []string{"the scenario has no start", "duration 1h is not a whole number of 7m ticks"} {
		if problemWith(err, want) == nil {
			t.Errorf("no problem %q in:\n%v", want, err)
		}
	}
}
