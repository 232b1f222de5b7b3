package scenarios

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// minimalScenario is the least a scenario file can say.
const minimalScenario = `id: drill
title: 演练
map: default
plan: fubao
start: "2026-07-15T22:00:00+08:00"
duration: 2h
seed: 7
hazards:
  flood:
    - id: f
      zones: [福宝场镇滨河片区洪水风险区]
      hydrograph: [{at: "22:30", rise_m: 1}]
units:
  - {id: r1, kind: rescue_team, base: 镇综合应急救援队}
warning:
  sms: {compliance: 0.3}
`

func TestParseScenarioFillsDefaults(t *testing.T) {
	s, err := ParseScenario([]byte(minimalScenario), "drill.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if s.Tick != DefaultTick || s.Level != LevelIV || s.Units[0].Count != 1 {
		t.Errorf("defaults: tick %v, level %v, count %d", s.Tick, s.Level, s.Units[0].Count)
	}
	if s.Warning.SMS.Compliance != 0.3 || s.Warning.SMS.Delay != DefaultWarningParams.SMS.Delay {
		t.Errorf("a channel given in part keeps the other default: %+v", s.Warning.SMS)
	}
	if s.Warning.Loudspeaker != DefaultWarningParams.Loudspeaker {
		t.Errorf("a channel left out gets the default: %+v", s.Warning.Loudspeaker)
	}
	if got := s.Hazards.Floods[0].Hydrograph[0].At; got != At(30*Minute) {
		t.Errorf("22:30 resolved to %v, want +30m", got)
	}
	if s.End() != At(2*Hour) || s.MapPath() != "" {
		t.Errorf("End %v, MapPath %q", s.End(), s.MapPath())
	}
}

func TestReadScenarioResolvesFilesBesideIt(t *testing.T) {
	dir := t.TempDir()
	src := strings.Replace(minimalScenario, "map: default", "map: maps/town.geojson", 1)
	src = strings.Replace(src, "plan: fubao", "plan: plan.yaml", 1)
	src += "injects:\n  - {id: a, at: \"+5m\", to: 指挥部, text: 开始}\ninjects_from: msel.csv\n"
	plan, err := library.ReadFile("library/plans/fubao.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"drill.yaml": src,
		"plan.yaml":  string(plan),
		"msel.csv":   "时间,接收方,内容\n22:40,村:玉兰村,请报告雨情\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := ReadScenario(filepath.Join(dir, "drill.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Injects) != 2 || s.Injects[1].ID != "msel-1" || *s.Injects[1].At != At(40*Minute) || s.Injects[1].To != "village:玉兰村" {
		t.Fatalf("injects %+v", s.Injects)
	}
	if got := s.pos.Of("$.injects[1].to").String(); got != "msel.csv:2:2" {
		t.Errorf("the imported inject's recipient is at %s, want msel.csv:2:2", got)
	}
	if want := filepath.Join(dir, "maps", "town.geojson"); s.MapPath() != want {
		t.Errorf("MapPath = %q, want %q", s.MapPath(), want)
	}
	p, err := s.ResolvePlan()
	if err != nil || p.ID != "fubao" {
		t.Fatalf("ResolvePlan = %v, %v", p, err)
	}
}

func TestReadScenarioNamesMissingFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "drill.yaml")
	src := strings.Replace(minimalScenario, "plan: fubao", "plan: missing.yaml", 1) + "injects_from: nowhere.xlsx\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadScenario(path)
	if err == nil || !strings.Contains(err.Error(), `drill.yaml:17:15: cannot read injects_from "nowhere.xlsx"`) {
		t.Errorf("error = %v, want the injects_from line", err)
	}
	if _, err := ReadScenario(filepath.Join(dir, "absent.yaml")); err == nil || !strings.Contains(err.Error(), "absent.yaml") {
		t.Errorf("error = %v, want the file named", err)
	}
	s, err := ParseScenario([]byte(strings.Replace(minimalScenario, "plan: fubao", "plan: missing.yaml", 1)), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ResolvePlan(); err == nil || !strings.Contains(err.Error(), `drill.yaml:4:7: cannot read plan "missing.yaml"`) {
		t.Errorf("ResolvePlan = %v", err)
	}
}

func TestParseScenarioReportsBadStartFirst(t *testing.T) {
	src := strings.Replace(minimalScenario, `"2026-07-15T22:00:00+08:00"`, "tonight", 1)
	_, err := ParseScenario([]byte(src), "drill.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), `drill.yaml:5:8: bad date and time "tonight"`) {
		t.Errorf("error = %v", err)
	}
}

func TestScenarioWritesBackAsItReads(t *testing.T) {
	for _, id := range []string{"flood", "fire", "tabletop"} {
		s, err := LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		inline := *s
		inline.InjectsFrom = MSELSource{} // the imported injects are written inline
		data, err := yaml.Marshal(&inline)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseScenario(data, id+".yaml")
		if err != nil {
			t.Fatalf("%s written back does not read:\n%v\n%s", id, err, data)
		}
		for _, same := range []struct {
			name string
			a, b any
		}{
			{"start", s.Start.Unix(), back.Start.Unix()}, {"duration", s.Duration, back.Duration},
			{"weather", s.Weather, back.Weather}, {"hazards", s.Hazards, back.Hazards},
			{"units", s.Units, back.Units}, {"reinforcements", s.Reinforcements, back.Reinforcements},
			{"warning", s.Warning, back.Warning}, {"injects", s.Injects, back.Injects}, {"phases", s.Phases, back.Phases},
		} {
			if !reflect.DeepEqual(same.a, same.b) {
				t.Errorf("%s: %s changed on the way back:\n%+v\n%+v", id, same.name, same.a, same.b)
			}
		}
	}
}

func TestParseScenarioListsAllowedFields(t *testing.T) {
	src := strings.Replace(minimalScenario, "{id: r1, kind: rescue_team,", "{id: r1, type: rescue_team,", 1)
	_, err := ParseScenario([]byte(src), "drill.yaml")
	want := `drill.yaml:14:14: unknown field "type" in units[0]: allowed fields are id, kind, name, base, count, village`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
}
