package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestProblemsAreSaidPlainly gives each command a mistake a user makes and requires
// it to say plainly what is wrong and what to do, not an internal message.
func TestProblemsAreSaidPlainly(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	t.Run("verify without the terrain the scenario needs is an argument error", func(t *testing.T) {
		mapDir := filepath.Join(dir, "town")
		if code, _, errOut := drillsim(t, "mapgen", "--out", mapDir); code != 0 {
			t.Fatalf("mapgen: %s", errOut)
		}
		scn := write("own-map.yaml", strings.Replace(miniScenario, "map: default", "map: "+filepath.Join(mapDir, "town.geojson"), 1))
		journalPath := filepath.Join(dir, "own-map.journal")
		if code, _, errOut := drillsim(t, "run", scn, "--dem", filepath.Join(mapDir, "town.asc"), "--journal", journalPath); code != 0 {
			t.Fatalf("run: %s", errOut)
		}
		code, out, errOut := drillsim(t, "verify", journalPath, "--scenario", scn)
		if code != 2 || strings.Contains(out, "NOT INTACT") || !strings.Contains(errOut, "has no terrain, which its hazards need to be replayed: give it with --dem terrain.asc") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
		}
		if code, out, _ := drillsim(t, "verify", journalPath, "--scenario", scn, "--dem", filepath.Join(mapDir, "town.asc")); code != 0 || !strings.Contains(out, "intact") {
			t.Errorf("with --dem: exit %d, %s", code, out)
		}
	})

	t.Run("a scenario's plan and MSEL sheet at absolute paths", func(t *testing.T) {
		plan, err := os.ReadFile(filepath.Join("..", "..", "scenarios", "library", "plans", "fubao.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		msel, err := os.ReadFile(filepath.Join("..", "..", "scenarios", "library", "tabletop.msel.csv"))
		if err != nil {
			t.Fatal(err)
		}
		other := t.TempDir()
		planPath := filepath.Join(other, "plan.yaml")
		mselPath := filepath.Join(other, "msel.csv")
		os.WriteFile(planPath, plan, 0o644)
		os.WriteFile(mselPath, msel, 0o644)
		tabletop, err := os.ReadFile(filepath.Join("..", "..", "scenarios", "library", "tabletop.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		content := strings.Replace(string(tabletop), "plan: fubao", "plan: "+planPath, 1)
		content = strings.Replace(content, "injects_from: tabletop.msel.csv", "injects_from: "+mselPath, 1)
		scn := write("absolute.yaml", content)
		if code, _, errOut := drillsim(t, "run", scn); code != 0 {
			t.Errorf("a scenario naming its plan and sheet by absolute path: exit %d: %s", code, errOut)
		}
	})

	t.Run("an order before the start", func(t *testing.T) {
		orders := write("early.orders.yaml", "scenario: flood\norders:\n  - {at: \"21:50\", order: release_info, text: 演练开始前}\n")
		code, _, errOut := drillsim(t, "run", "flood", "--orders", orders, "--lang", "en")
		if code != 1 || !strings.Contains(errOut, "a clock time before the start (22:00) is read as that time the next day: nothing can happen before the drill starts") {
			t.Errorf("exit %d: %s", code, errOut)
		}
	})

	t.Run("--journal naming a folder", func(t *testing.T) {
		folder := t.TempDir()
		code, _, errOut := drillsim(t, "run", "tabletop", "--journal", folder)
		if code != 1 || !strings.Contains(errOut, "是文件夹：请写要记录演练的日志文件名") || strings.Contains(errOut, "续演") {
			t.Errorf("exit %d: %s", code, errOut)
		}
		code, _, errOut = drillsim(t, "run", "tabletop", "--journal", folder, "--lang", "en")
		if code != 1 || !strings.Contains(errOut, "is a folder: name a file to journal the drill to") || strings.Contains(errOut, "resume it") {
			t.Errorf("--lang en: exit %d: %s", code, errOut)
		}
	})

	t.Run("a tab in YAML indentation", func(t *testing.T) {
		orders := write("tab.orders.yaml", "scenario: flood\norders:\n\t- {at: \"22:30\", order: release_info, text: 通知}\n")
		code, _, errOut := drillsim(t, "run", "flood", "--orders", orders)
		if code != 1 || !strings.Contains(errOut, orders+":3:1: 本行用制表符（Tab）缩进：YAML 只能用空格缩进") {
			t.Errorf("exit %d: %s", code, errOut)
		}
	})

	t.Run("an event log with an endless line", func(t *testing.T) {
		log := write("huge.jsonl", `{"format":"drillsim events 2","scenario":"flood"}`+"\n"+`{"t":1,"kind":"inject","text":"`+strings.Repeat("水", 1<<19)+`"}`+"\n")
		code, _, errOut := drillsim(t, "score", "--scenario", "flood", "--events", log)
		if code != 1 || !strings.Contains(errOut, "huge.jsonl:2: 一行超过 1 MB 仍未结束") || strings.Contains(errOut, "bufio") {
			t.Errorf("exit %d: %.300s", code, errOut)
		}
	})

	t.Run("check --json on a file that does not parse", func(t *testing.T) {
		bad := write("broken.geojson", `{"type": "FeatureCollection", "features": [}`)
		code, out, _ := drillsim(t, "check", bad, "--json")
		var got struct {
			Source, Error string
			ErrorZh       string `json:"error_zh"`
		}
		if err := json.Unmarshal([]byte(out), &got); code != 1 || err != nil || got.Source != bad || got.Error == "" || !strings.Contains(got.ErrorZh, "文件此处不是有效的 JSON") {
			t.Errorf("exit %d, stdout %q (%v): want a JSON object naming the file and the error, in English and Chinese", code, out, err)
		}
	})

	t.Run("check --json gives empty lists, not null", func(t *testing.T) {
		empty := write("empty.geojson", `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"highway": "residential"}, "geometry": {"type": "LineString", "coordinates": [[106.1, 28.7], [106.101, 28.7]]}}]}`)
		_, out, _ := drillsim(t, "check", empty, "--json")
		if m := regexp.MustCompile(`"(\w+)": null`).FindAllStringSubmatch(out, -1); len(m) > 1 || len(m) == 1 && m[0][1] != "dem" {
			t.Errorf("the summary has null lists %v (only the missing DEM is null):\n%s", m, out)
		}
		for _, key := range []string{`"villages": []`, `"hazard_zones": []`, `"stations": []`, `"depots": []`} {
			if !strings.Contains(out, key) {
				t.Errorf("the summary lacks %s:\n%s", key, out)
			}
		}
	})

	t.Run("run and score count the same roads cut", func(t *testing.T) {
		events := filepath.Join(dir, "flood.jsonl")
		_, run, _ := drillsim(t, "run", "flood", "--out", events)
		_, score, _ := drillsim(t, "score", "--scenario", "flood", "--events", events)
		ran := regexp.MustCompile(`中断道路 roads cut: (\d+)`).FindStringSubmatch(run)
		scored := regexp.MustCompile(`中断道路: (\d+)条`).FindStringSubmatch(score)
		if ran == nil || scored == nil || ran[1] != scored[1] || ran[1] == "0" {
			t.Errorf("run says %v roads cut, score %v", ran, scored)
		}
	})
}

// TestScoreARole grades the landslide's reference response as 银杏村's cadres: the
// score sheet names the seat, holds the village clauses only, and gives no figure of
// the whole town as the village's.
func TestScoreARole(t *testing.T) {
	events := filepath.Join(t.TempDir(), "landslide.jsonl")
	if code, _, errOut := drillsim(t, "run", "landslide", "--orders", "reference", "--out", events); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := drillsim(t, "score", "--scenario", "landslide", "--events", events, "--role", "村:银杏村")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// The town's status figures are not the village's: the share sheltered and the
	// people in danger are unknown for it ("--"), not 0 of 0.
	for _, want := range []string{"评分对象: 银杏村", "4.2.3", "5.3.2", "4.3.3", "3项适用要求，3项达标", "等级：优秀", "安置比例: --", "处于危险人数峰值: --"} {
		if !strings.Contains(out, want) {
			t.Errorf("the village's sheet does not say %q:\n%s", want, out)
		}
	}
	for _, town := range []string{"5.1.2", "5.4.1"} {
		if strings.Contains(out, town+" ") {
			t.Errorf("the village's sheet grades the town's clause %s:\n%s", town, out)
		}
	}
	if code, _, errOut := drillsim(t, "score", "--scenario", "landslide", "--events", events, "--role", "村:无此村"); code != 1 || !strings.Contains(errOut, `上没有村（社区）"无此村"：地图上的村（社区）为`) || !strings.Contains(errOut, "银杏村") {
		t.Errorf("an unknown village: exit %d: %s", code, errOut)
	}
}
