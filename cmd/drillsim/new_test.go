package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"drillsim/assets"
	"drillsim/internal/realdata"
)

// requirementsMet reads "预案要求 requirements: N of M met" from drillsim run's output.
func requirementsMet(t *testing.T, out string) int {
	t.Helper()
	m := regexp.MustCompile(`requirements: (\d+) of \d+ met`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no requirements line:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestNewFloodOnAndorra is the walkthrough on a real extract and its SRTM terrain:
// drillsim new writes a flood drill from the raw OpenStreetMap export, and drillsim run
// plays it at once with its reference orders, none refused, meeting more of the plan
// than doing nothing; check passes the drill's map.
func TestNewFloodOnAndorra(t *testing.T) {
	extract := realdata.Path(t, "andorra/andorra.geojson")
	dem := realdata.Path(t, "andorra/andorra-srtm.asc")
	out := filepath.Join(t.TempDir(), "andorra-flood")
	code, stdout, stderr := drillsim(t, "new", "flood", "--map", extract, "--dem", dem, "--out", out)
	if code != 0 {
		t.Fatalf("new: exit %d: %s\n%s", code, stderr, stdout)
	}
	for _, want := range []string{"Valira", "flood.yaml", "flood.orders.yaml", "plan.yaml", "town.yaml", "additions.geojson", "示范处置 "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("new's output lacks %q:\n%s", want, stdout)
		}
	}
	scenario, orders := filepath.Join(out, "flood.yaml"), filepath.Join(out, "flood.orders.yaml")
	code, ran, stderr := drillsim(t, "run", scenario, "--orders", orders)
	if code != 0 {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	if !strings.Contains(ran, "被拒指令 rejected commands: 0") {
		t.Errorf("the reference response has orders refused:\n%s", ran)
	}
	code, idle, stderr := drillsim(t, "run", scenario)
	if code != 0 {
		t.Fatalf("run without orders: exit %d: %s", code, stderr)
	}
	if ref, none := requirementsMet(t, ran), requirementsMet(t, idle); ref < none+5 {
		t.Errorf("the reference response meets %d requirements, doing nothing %d", ref, none)
	}
	if code, checked, _ := drillsim(t, "check", filepath.Join(out, "town.yaml")); code != 0 || !strings.Contains(checked, " 0 error(s)") {
		t.Errorf("check of the drill's map: exit %d\n%s", code, checked)
	}
}

// TestNewRefusesWhatItCannotDo: usage errors exit 2, a map lacking what the drill
// needs exits 1 saying what to add.
func TestNewRefusesWhatItCannotDo(t *testing.T) {
	if code, _, stderr := drillsim(t, "new", "earthquake", "--map", "x.geojson"); code != 2 || !strings.Contains(stderr, "flood, landslide, fire, combined, tabletop") {
		t.Errorf("earthquake: exit %d, %q", code, stderr)
	}
	if code, _, stderr := drillsim(t, "new", "flood"); code != 2 || !strings.Contains(stderr, "--map") {
		t.Errorf("no map: exit %d, %q", code, stderr)
	}
	mapPath := filepath.Join(t.TempDir(), "town.geojson")
	if err := os.WriteFile(mapPath, assets.TownGeoJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := drillsim(t, "new", "flood", "--map", mapPath, "--out", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "洪水演练需要地形（DEM），地图上没有：请用 --dem 给出") {
		t.Errorf("no terrain: exit %d, %q", code, stderr)
	}
	code, _, stderr = drillsim(t, "new", "flood", "--map", mapPath, "--out", t.TempDir(), "--lang", "en")
	if code != 1 || !strings.Contains(stderr, "needs terrain (a DEM)") || !strings.Contains(stderr, "--dem") {
		t.Errorf("no terrain in English: exit %d, %q", code, stderr)
	}
}
