package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

func TestHelpListsRunAndScenarios(t *testing.T) {
	_, out, _ := drillsim(t, "help")
	for _, c := range []string{"run", "scenarios"} {
		if !strings.Contains(out, "  "+c+" ") {
			t.Errorf("help does not list %s:\n%s", c, out)
		}
	}
}

func TestScenariosListsTheLibrary(t *testing.T) {
	code, out, errOut := drillsim(t, "scenarios")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, e := range scenarios.Library() {
		if !strings.Contains(out, e.ID) || !strings.Contains(out, e.Title) || !strings.Contains(out, e.Duration.String()) {
			t.Errorf("the listing lacks %s (%s, %s):\n%s", e.ID, e.Title, e.Duration, out)
		}
	}
	if !strings.Contains(out, "flood+landslide+fire") {
		t.Errorf("the combined scenario's hazards are not listed:\n%s", out)
	}
	if code, _, errOut := drillsim(t, "scenarios", "flood"); code != 2 || !strings.Contains(errOut, "no arguments") {
		t.Errorf("scenarios flood: exit %d, %q", code, errOut)
	}
}

func TestRunFloodReference(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "second.jsonl")
	code, out, errOut := drillsim(t, "run", "flood", "--orders", "reference", "--out", first)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if errOut != "" {
		t.Errorf("stderr is not a terminal, yet the run wrote to it: %q", errOut)
	}
	for _, want := range []string{
		"演练 scenario: flood 福宝镇“7·15”大漕河山洪灾害应急演练",
		"开始 start: 2026-07-15 22:00 CST",
		"种子 seed: 20260715",
		"已安置 sheltered", "伤亡 casualties:", "危险人·分钟 people-minutes in danger:",
		"损毁建筑 buildings destroyed:", "中断道路 roads cut:", "过火面积 area burnt:",
		// The red warning at 22:10 starts 4.2.2; the loudspeakers reach the
		// threatened zones at 22:18.
		"4.2.2   开始 start 22:10  完成 stop 22:18  用时 response 8m / 限时 allowed 30m  达标 met",
		"被拒指令 rejected commands: 0",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary lacks %q:\n%s", want, out)
		}
	}
	// The town's 11: the plan's Ⅳ requirements for floods, less the village duties.
	if !regexp.MustCompile(`预案要求 requirements: \d+ of 11 met 达标`).MatchString(out) {
		t.Errorf("the summary does not count the 11 requirements in force:\n%s", out)
	}
	if !regexp.MustCompile(`状态哈希 state hash: [0-9a-f]{16}\n$`).MatchString(out) {
		t.Errorf("the summary does not end with the state hash in hex:\n%s", out)
	}
	events := readEvents(t, first)
	if len(events) < 100 || events[0].T <= 0 || events[len(events)-1].T > 8*3600 {
		t.Errorf("%d events from %d s to %d s: want hundreds within the 8 hours", len(events), events[0].T, events[len(events)-1].T)
	}

	code, again, _ := drillsim(t, "run", "flood", "--orders", "reference", "--out", second)
	if code != 0 || again != out {
		t.Errorf("a second run printed a different summary (exit %d):\n%s", code, again)
	}
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	if !bytes.Equal(a, b) {
		t.Errorf("two runs wrote different event logs (%d and %d bytes)", len(a), len(b))
	}
}

// readEvents reads an event log of the flood with the engine's reader.
func readEvents(t *testing.T, path string) []sim.Event {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	header, events, err := sim.ReadEventLog(f, path)
	if err != nil {
		t.Fatal(err)
	}
	if header.Scenario != "flood" || header.Seed != 20260715 {
		t.Errorf("the log's header names scenario %q seed %d, want flood 20260715", header.Scenario, header.Seed)
	}
	return events
}

func TestRunSeed(t *testing.T) {
	_, ownSeed, _ := drillsim(t, "run", "landslide")
	code, out, errOut := drillsim(t, "run", "landslide", "--seed", "7")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "种子 seed: 7\n") {
		t.Errorf("the summary does not name seed 7:\n%s", out)
	}
	if stateHash(out) == stateHash(ownSeed) {
		t.Errorf("seed 7 and the scenario's own seed end at the same hash %s", stateHash(out))
	}
}

// stateHash returns the hash a summary ends with.
func stateHash(summary string) string {
	_, hash, _ := strings.Cut(summary, "状态哈希 state hash: ")
	return hash
}

func TestRunReportsRejectedCommands(t *testing.T) {
	// The county's rescue team is a reinforcement: valid in an order file, but not
	// there to dispatch until it has been requested and has arrived.
	orders := writeFile(t, "early.orders.yaml", `scenario: flood
orders:
  - {at: "22:30", order: dispatch, unit: county-rescue, to: 南岸街洪水风险区, task: rescue}
`)
	code, out, errOut := drillsim(t, "run", "flood", "--orders", orders)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// Chinese first: the command post, the order and the unit by their names, the reason.
	if !strings.Contains(out, "被拒指令 rejected commands: 1\n  22:30 #1 镇指挥部 派遣 合江县消防救援大队水域救援分队：增援力量 合江县消防救援大队水域救援分队 尚未到达") {
		t.Errorf("the rejected dispatch is not listed with its time, command and reason:\n%s", out)
	}
	_, out, _ = drillsim(t, "run", "flood", "--orders", orders, "--lang", "en")
	if !strings.Contains(out, "  22:30 #1 the town command post dispatch 合江县消防救援大队水域救援分队: reinforcement \"合江县消防救援大队水域救援分队\" has not arrived") {
		t.Errorf("in English the rejected dispatch is not listed with its time, command and reason:\n%s", out)
	}
}

// miniScenario is the smallest drill the demo town and its plan accept: a landslide
// at 06:10 after an orange rain warning at 06:05.
const miniScenario = `id: mini-slide
title: 银杏村六组滑坡（最小演练）
map: default
plan: fubao
start: "2026-08-20T06:00:00+08:00"
duration: 1h
hazards:
  landslide:
    - id: slide
      zone: 银杏村六组滑坡隐患点
      villages: [银杏村]
      trigger: {at: "+10m"}
units:
  - {id: rescue-1, kind: rescue_team, name: 救援队, base: 镇综合应急救援队, count: 12}
  - {id: medical-1, kind: medical_team, name: 医疗队, base: 福宝镇卫生院, count: 4}
injects:
  - {id: W1, at: "06:05", to: 指挥部, from: 县气象台, kind: rain_warning, level: orange, text: 暴雨橙色预警}
`

func TestRunScenarioFile(t *testing.T) {
	scn := writeFile(t, "mini.yaml", miniScenario)
	orders := writeFile(t, "mini.orders.yaml", `scenario: mini-slide
orders:
  - {at: "06:06", order: activate_response, level: IV}
`)
	code, out, errOut := drillsim(t, "run", scn, "--orders", orders)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"演练 scenario: mini-slide 银杏村六组滑坡（最小演练）", "时长 duration: 1h",
		// The slide at 06:10 starts 5.1.2; the response was activated at 06:06.
		"5.1.2   开始 start 06:10  完成 stop 06:10  用时 response 0s / 限时 allowed 30m  达标 met (done early)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary lacks %q:\n%s", want, out)
		}
	}
}

// A scenario's map can be a manifest: an OpenStreetMap extract, the villages and flood
// zones of the county's departments and a GeoTIFF terrain, joined. The medical team is
// based at the extract's unnamed hospital, named by its id.
func TestRunOnAManifestMap(t *testing.T) {
	code, out, errOut := drillsim(t, "run", "../../maps/testdata/manifest/xishui.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "居民 residents: 39") || strings.Contains(out, "中断道路 roads cut: 0") {
		t.Errorf("the flood on the manifest's map did not run as it should:\n%s", out)
	}
}

func TestRunRefusesBadInput(t *testing.T) {
	miniFile := writeFile(t, "mini.yaml", miniScenario)
	badOrders := writeFile(t, "bad.orders.yaml", `scenario: flood
orders:
  - {at: "22:30", order: dispatch, unit: rescue-9, to: 南岸街洪水风险区, task: rescue}
`)
	badScenario := writeFile(t, "bad.yaml", "id: bad\nduration: 8 hours\n")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no scenario", []string{"run"}, 2, "name one scenario"},
		{"two scenarios", []string{"run", "flood", "fire"}, 2, "name one scenario"},
		{"unknown flag", []string{"run", "flood", "--fast"}, 2, "flag provided but not defined"},
		{"unknown built-in", []string{"run", "nosuch"}, 1, `no built-in scenario "nosuch": the built-in scenarios are combined, fire, flood`},
		{"missing file", []string{"run", filepath.Join(t.TempDir(), "gone.yaml")}, 1, "cannot read scenario"},
		{"bad scenario file", []string{"run", badScenario}, 1, badScenario + ":2:11: "},
		{"bad orders", []string{"run", "flood", "--orders", badOrders}, 1, badOrders + `:3:42: orders[0]: unknown unit "rescue-9"`},
		{"missing orders", []string{"run", "flood", "--orders", filepath.Join(t.TempDir(), "gone.yaml")}, 1, "cannot read orders"},
		{"reference of a file", []string{"run", miniFile, "--orders", "reference"}, 1, miniFile + " has no reference response (示范处置): write its orders to " + strings.TrimSuffix(miniFile, ".yaml") + ".orders.yaml"},
		{"dem for the demo town", []string{"run", "flood", "--dem", "x.asc"}, 1, "--dem goes with a scenario whose map is its own file"},
		{"unwritable events", []string{"run", "tabletop", "--out", filepath.Join(t.TempDir(), "no", "such", "dir.jsonl")}, 1, "cannot write the events"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := drillsim(t, append(tc.args, "--lang", "en")...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d (want %d), stderr %q, want it to contain %q", code, tc.code, errOut, tc.want)
			}
			if out != "" {
				t.Errorf("a refused run printed a summary:\n%s", out)
			}
		})
	}
}

// TestProblemsAreChineseFirst requires a problem of a file to be said in Chinese by
// default and in English with --lang en, at the same file:line:col.
func TestProblemsAreChineseFirst(t *testing.T) {
	orders := writeFile(t, "bad.orders.yaml", "scenario: flood\norders:\n  - {at: \"22:30\", order: dispatch, unit: rescue-9, to: 南岸街洪水风险区, task: rescue}\n")
	_, _, zh := drillsim(t, "run", "flood", "--orders", orders)
	_, _, en := drillsim(t, "run", "flood", "--orders", orders, "--lang", "en")
	if !strings.Contains(zh, orders+`:3:42: orders[0]：未知队伍 "rescue-9"：本想定的队伍为 rescue-1`) {
		t.Errorf("in Chinese (the default): %s", zh)
	}
	if !strings.Contains(en, orders+`:3:42: orders[0]: unknown unit "rescue-9": the scenario's units are rescue-1`) {
		t.Errorf("with --lang en: %s", en)
	}
	if _, _, gone := drillsim(t, "run", filepath.Join(t.TempDir(), "gone.yaml")); !strings.Contains(gone, "无法读取想定") || !strings.Contains(gone, "没有这个文件") {
		t.Errorf("a missing scenario file, in Chinese: %s", gone)
	}
}

// writeFile writes content to a file named name in a new temporary directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunReportsAFailedEventWrite(t *testing.T) {
	const full = "/dev/full" // a device whose every write fails: no space left
	if _, err := os.Stat(full); err != nil {
		t.Skip("no /dev/full on this system")
	}
	code, out, errOut := drillsim(t, "run", "tabletop", "--out", full)
	if code != 1 || out != "" || !strings.Contains(errOut, "cannot write the events to /dev/full") {
		t.Errorf("exit %d, stdout %q, stderr %q: want exit 1 saying the events were not written", code, out, errOut)
	}
}

// TestRunJournalsAndResumes journals a drill as it runs, then resumes the finished
// journal: the regenerated event log is the same, byte for byte, and a second
// journal on the same file is refused.
func TestRunJournalsAndResumes(t *testing.T) {
	dir := t.TempDir()
	j := filepath.Join(dir, "drill.journal")
	first, again := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "again.jsonl")
	if code, _, errOut := drillsim(t, "run", "landslide", "--orders", "reference", "--journal", j, "--out", first); code != 0 {
		t.Fatalf("run --journal: exit %d: %s", code, errOut)
	}
	code, out, errOut := drillsim(t, "run", "--resume", j, "--orders", "reference", "--out", again)
	if code != 0 {
		t.Fatalf("run --resume: exit %d: %s", code, errOut)
	}
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(again)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("the resumed journal's event log differs from the run's (%d and %d bytes)", len(a), len(b))
	}
	if !strings.Contains(out, "银杏村") {
		t.Errorf("resume printed no summary of the drill:\n%s", out)
	}
	if code, _, errOut := drillsim(t, "run", "landslide", "--journal", j); code != 1 || errOut == "" {
		t.Errorf("a second journal on %s: exit %d, %q; want a refusal", j, code, errOut)
	}
}
