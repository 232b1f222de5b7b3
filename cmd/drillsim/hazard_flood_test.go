package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"drillsim/internal/realdata"
)

// planeDEM writes a 50×50 grid of 10 m cells falling 1% eastwards, with a valley 0.5 m
// a cell deep along row 25, as a projected ESRI ASCII grid, and returns its path.
func planeDEM(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("ncols 50\nnrows 50\nxllcorner 0\nyllcorner 0\ncellsize 10\nNODATA_value -9999\n")
	for r := range 50 {
		for c := range 50 {
			fmt.Fprintf(&b, "%g ", 100-0.1*float64(c)+0.5*float64(max(r-25, 25-r)))
		}
		b.WriteString("\n")
	}
	path := filepath.Join(t.TempDir(), "plane.asc")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHazardFloodJSON(t *testing.T) {
	dem := planeDEM(t)
	out := filepath.Join(t.TempDir(), "max.asc")
	code, stdout, stderr := drillsim(t, "hazard", "flood", "--dem", dem, "--inflow", "5,245,10", "--probe", "300,245", "--probe", "300,5",
		"--duration", "30m", "--out", out, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Probes []struct {
			X, Y       float64
			PeakStageM float64  `json:"peak_stage_m"`
			PeakDepthM float64  `json:"peak_depth_m"`
			ArrivalS   *float64 `json:"arrival_s"`
		} `json:"probes"`
		MassError float64 `json:"mass_error"`
		WetCells  int     `json:"wet_cells"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v in %s", err, stdout)
	}
	if len(got.Probes) != 2 || got.WetCells == 0 || got.MassError > 0.001 || got.MassError < -0.001 {
		t.Fatalf("result %+v", got)
	}
	down, dry := got.Probes[0], got.Probes[1]
	if down.ArrivalS == nil || down.PeakDepthM <= 0 || down.PeakStageM <= down.PeakDepthM {
		t.Errorf("the probe down the valley: %+v; the water flows down it", down)
	}
	if dry.ArrivalS != nil || dry.PeakDepthM != 0 {
		t.Errorf("the probe up the valley side: %+v; it stays dry", dry)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(data), "ncols 50\nnrows 50") {
		t.Errorf("max depth grid: %v %.40q", err, data)
	}
	// the depths written as the model has them, not rounded to 0.1 m: the grid holds
	// the probe's peak depth to the millimetre
	fine := false
	for _, v := range strings.Fields(string(data)) {
		if d, err := strconv.ParseFloat(v, 64); err == nil && d > 0 && math.Abs(d*10-math.Round(d*10)) > 1e-6 {
			fine = true
			break
		}
	}
	if !fine {
		t.Errorf("the max depth grid holds no depth finer than 0.1 m")
	}
	code, stdout, stderr = drillsim(t, "hazard", "flood", "--dem", dem, "--inflow", "5,245,10", "--probe", "300,245", "--duration", "30m", "--scheme", "fv1", "--json")
	if code != 0 || !strings.Contains(stdout, `"arrival_s":`) || strings.Contains(stdout, `"arrival_s":null`) {
		t.Errorf("fv1 flood: exit %d, %s %s", code, stdout, stderr)
	}
	// water standing 0.5 m over the valley's floor beyond its (highest) western end comes
	// in and runs down the valley, nowhere higher than that level
	code, stdout, stderr = drillsim(t, "hazard", "flood", "--dem", dem, "--level", "0,230,0,260:100@0s,100.5@10m", "--probe", "50,245", "--duration", "30m", "--json")
	if code != 0 {
		t.Fatalf("level boundary: exit %d: %s", code, stderr)
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v in %s", err, stdout)
	}
	if p := got.Probes[0]; p.ArrivalS == nil || p.PeakStageM > 100.5 || p.PeakDepthM < 0.1 || math.Abs(got.MassError) > 0.001 {
		t.Errorf("a level of 100.5 m at the valley's western end: %+v, mass error %g; the water comes in, and nowhere above the level", p, got.MassError)
	}
	code, stdout, _ = drillsim(t, "hazard", "flood", "--dem", dem, "--stage", "5,245:1", "--probe", "300,245", "--json")
	if code != 0 || !strings.Contains(stdout, `"peak_depth_m":1`) {
		t.Errorf("stage flood: exit %d, %s", code, stdout)
	}
}

// TestHazardFloodRejectsBadArguments requires each mistake said in Chinese and, with
// --lang en, in English, with what was written kept as written.
func TestHazardFloodRejectsBadArguments(t *testing.T) {
	dem := planeDEM(t)
	for _, c := range []struct {
		args   []string
		zh, en string
	}{
		{[]string{"hazard", "flood", "--inflow", "1,1,5"}, "缺少 --dem", "--dem is required"},
		{[]string{"hazard", "flood", "--dem", dem}, "请给出水的来源", "give the water"},
		{[]string{"hazard", "flood", "--dem", dem, "--inflow", "900,5,5"}, "900,5 在地形", "lies outside the DEM"},
		{[]string{"hazard", "flood", "--dem", dem, "--inflow", "5,5,x"}, `"x" 不是数字`, `"x" is not a number`},
		{[]string{"hazard", "flood", "--dem", dem, "--stage", "5,5:1", "--rain", "20"}, "不能与 --inflow、--level 或 --rain 同用", "does not mix"},
		{[]string{"hazard", "flood", "--dem", dem, "--rain", "20", "--duration", "soon"}, `--duration "soon" 不是时长`, `--duration "soon" is not a time`},
		{[]string{"hazard", "flood", "--dem", dem, "--rain", "20", "--scheme", "fv2"}, `--scheme "fv2"：请用 inertial 或 fv1`, `--scheme "fv2": use inertial or fv1`},
		{[]string{"hazard", "flood", "--dem", dem, "--stage", "5,5:1", "--scheme", "fv1"}, "--stage 没有计算格式", "--stage has none"},
		{[]string{"hazard", "flood", "--dem", dem, "--level", "0,0,250,250:101"}, "洪水模型不接受这段边缘", "not along one"},
		{[]string{"hazard", "flood", "--dem", dem, "--level", "0,0,0,100:high"}, `"high" 不是以米计的水位`, `"high" is not a level`},
		{[]string{"hazard", "flood", "--dem", dem, "--level", "0,0,0,100:101,102@1h"}, "水位过程的每个水位都须写时间", "give each level of a hydrograph its time"},
		{[]string{"hazard", "flood", "--dem", dem, "--level", "0,0,100:101"}, "请写成 X1,Y1,X2,Y2:LEVEL", "write X1,Y1,X2,Y2:LEVEL"},
		{[]string{"hazard", "flood", "--dem", dem, "--stage", "大漕河:1"}, "需要有该河名的地图：请加 --map", "needs the map that names it: add --map"},
	} {
		code, _, stderr := drillsim(t, c.args...)
		if code != 2 || !strings.Contains(stderr, c.zh) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.zh)
		}
		code, _, stderr = drillsim(t, append(c.args, "--lang", "en")...)
		if code != 2 || !strings.Contains(stderr, c.en) {
			t.Errorf("%v --lang en: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.en)
		}
	}
	code, _, stderr := drillsim(t, "hazard", "tsunami")
	if code != 2 || !strings.Contains(stderr, `未知模型 "tsunami"：请用其中之一：flood, fire, landslide`) || !strings.Contains(stderr, "models:") {
		t.Errorf("an unknown model: exit %d, stderr %q", code, stderr)
	}
}

func TestHazardFloodStageOfAMapsRiver(t *testing.T) {
	// --map names the rivers: a 2 m rise of the Valira d'Orient on the Andorra extract
	// floods the river at Encamp and leaves the Valira del Nord above Ordino dry (a point of its line), which its own rise floods, as the
	// drill's stage flood of that river does; a river the map lacks is refused with the
	// map's rivers listed.
	geojson, asc := realdata.Path(t, "andorra/andorra.geojson"), realdata.Path(t, "andorra/andorra-srtm.asc")
	code, stdout, stderr := drillsim(t, "hazard", "flood", "--dem", asc, "--map", geojson, "--stage", "Valira d'Orient:2",
		"--probe", "1.5811207,42.5336297", "--probe", "1.5368748,42.606416", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Probes []struct {
			PeakDepthM float64 `json:"peak_depth_m"`
		} `json:"probes"`
		WetCells int `json:"wet_cells"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v in %s", err, stdout)
	}
	if len(got.Probes) != 2 || got.Probes[0].PeakDepthM <= 0 || got.Probes[1].PeakDepthM != 0 || got.WetCells == 0 {
		t.Errorf("a 2 m rise of the Valira d'Orient: %s; want water at Encamp and none on the Valira del Nord", stdout)
	}
	code, stdout, _ = drillsim(t, "hazard", "flood", "--dem", asc, "--map", geojson, "--stage", "Valira del Nord:2", "--probe", "1.5368748,42.606416", "--json")
	if code != 0 || strings.Contains(stdout, `"peak_depth_m":0,`) {
		t.Errorf("a 2 m rise of the Valira del Nord: exit %d, %s; want water on it", code, stdout)
	}
	code, _, stderr = drillsim(t, "hazard", "flood", "--dem", asc, "--map", geojson, "--stage", "Nile:2")
	if code != 2 || !strings.Contains(stderr, `--stage "Nile:2"：地图 `+geojson+` 上没有名为 "Nile" 的河流或溪流；地图上有：`) || !strings.Contains(stderr, "Valira d'Orient") {
		t.Errorf("an unknown river: exit %d, %s", code, stderr)
	}
	code, _, stderr = drillsim(t, "hazard", "flood", "--dem", asc, "--map", geojson, "--stage", "Nile:2", "--lang", "en")
	if code != 2 || !strings.Contains(stderr, `no river or stream named "Nile"`) || !strings.Contains(stderr, "Valira d'Orient") {
		t.Errorf("an unknown river in English: exit %d, %s", code, stderr)
	}
	code, _, stderr = drillsim(t, "hazard", "flood", "--dem", asc, "--map", geojson, "--rain", "20")
	if code != 2 || !strings.Contains(stderr, "--map 只为 --stage RIVER:RISE 提供河流") {
		t.Errorf("--map without --stage: exit %d, %s", code, stderr)
	}
}
