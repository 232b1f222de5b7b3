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
	"drillsim/maps"
)

// writeASC writes a grid in UTM-like metres (origin 500000, 3300000) of cols×rows cells
// of size cell, value(row, col) with row 0 at the top, as an ESRI ASCII grid.
func writeASC(t *testing.T, path string, cols, rows int, cell float64, value func(row, col int) string) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "ncols %d\nnrows %d\nxllcorner 500000\nyllcorner 3300000\ncellsize %g\nNODATA_value -9999\n", cols, rows, cell)
	for r := range rows {
		for c := range cols {
			if c > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(value(r, c))
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// withFlag returns args with the value of flag replaced.
func withFlag(args []string, flag, value string) []string {
	out := append([]string(nil), args...)
	for i := range out {
		if out[i] == flag {
			out[i+1] = value
		}
	}
	return out
}

// readASC reads a grid the command wrote.
func readASC(t *testing.T, path string) *maps.DEM {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := maps.ReadASC(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fireCase writes a 100 m fuel grid of C-2 (code 2) with a band of water (102) and one
// of non-fuel (101), flat ground, a fuel table in the Prometheus / Cell2Fire layout, and
// three hours of weather from the west at 20 km/h, FFMC 90, BUI 64 (the hand
// calculation of the sim/hazard tests: head rate 16.47 m/min, so 29.6 cells in 3 h).
func fireCase(t *testing.T) (dir string, args []string) {
	dir = t.TempDir()
	writeASC(t, filepath.Join(dir, "fuel.asc"), 80, 40, 100, func(r, c int) string {
		switch {
		case c == 60:
			return "102"
		case r == 5:
			return "101"
		case r == 39 && c == 0:
			return "-9999"
		}
		return "2"
	})
	writeASC(t, filepath.Join(dir, "dem.asc"), 80, 40, 100, func(int, int) string { return "250" })
	table := "grid_value,export_value,descriptive_name,fuel_type,r,g,b,h,s,l\n" +
		"2,2,Boreal Spruce,C-2,34,102,51,93,128,68\n" +
		"31,31,Matted Grass,O-1a,255,255,190,42,255,222\n" +
		"101,101,Non-fuel,NF,130,130,130,170,0,130\n" +
		"102,102,Water,WA,115,223,255,138,255,185\n"
	weather := "HOURLY,HOUR,TEMP,RH,WD,WS,PRECIP,FFMC,DMC,DC,ISI,BUI,FWI\n" +
		"16/10/2001,13,20,30,270,20,0,90,30,300,11.7,64,20\n" +
		"16/10/2001,14,20,30,270,20,0,90,30,300,11.7,64,20\n"
	for name, body := range map[string]string{"fuel.csv": table, "weather.csv": weather} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, []string{"hazard", "fire", "--fuel", filepath.Join(dir, "fuel.asc"), "--fuel-table", filepath.Join(dir, "fuel.csv"),
		"--elevation", filepath.Join(dir, "dem.asc"), "--weather", filepath.Join(dir, "weather.csv"), "--ignite", "20,10", "--hours", "3",
		"--out", filepath.Join(dir, "burnt.asc")}
}

// TestHazardFireBurnsDownwindAtTheFBPRate runs the command on fireCase (the last
// weather row holding for the third hour): the head is 29-31 cells east of the
// ignition, nothing burns beyond the water or the non-fuel band, and the JSON and grid
// agree.
func TestHazardFireBurnsDownwindAtTheFBPRate(t *testing.T) {
	dir, args := fireCase(t)
	code, out, errOut := drillsim(t, append(args, "--json")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res fireResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	burnt := readASC(t, filepath.Join(dir, "burnt.asc"))
	if burnt.Cols != 80 || burnt.Rows != 40 || burnt.Cell != 100 {
		t.Fatalf("burnt grid %d×%d of %v", burnt.Cols, burnt.Rows, burnt.Cell)
	}
	east, count := 0, 0
	for i, v := range burnt.Heights {
		r, c := i/burnt.Cols, i%burnt.Cols
		if v != 0 && v != 1 {
			t.Fatalf("row %d col %d holds %v, want 1 or 0", r, c, v)
		}
		if v == 1 {
			count++
			east = max(east, c)
			if c >= 60 || r <= 5 {
				t.Errorf("burnt at row %d col %d, beyond the water or non-fuel", r, c)
			}
		}
	}
	if head := east - 10; head < 29 || head > 31 {
		t.Errorf("head %d cells east of the ignition after 3 h; FBP gives 29.6", head)
	}
	if count != res.BurntCells || res.Ignition != (gridCellRef{20, 10}) || res.Hours != 3 {
		t.Errorf("JSON %+v, grid holds %d burnt cells", res, count)
	}
}

func TestHazardFireBadInput(t *testing.T) {
	dir, args := fireCase(t)
	set := func(flag, value string) []string { return withFlag(args, flag, value) }
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	lonlat := filepath.Join(dir, "lonlat.asc")
	if err := os.WriteFile(lonlat, []byte("ncols 2\nnrows 2\nxllcorner 106\nyllcorner 28\ncellsize 0.001\n2 2\n2 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "small.asc")
	writeASC(t, small, 10, 10, 100, func(int, int) string { return "250" })
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown fuel type", set("--fuel-table", write("t3.csv", "grid_value,fuel_type\n2,C-9\n")), "t3.csv:2"},
		{"table without columns", set("--fuel-table", write("t4.csv", "code,type\n2,C-2\n")), "t4.csv:1: 表头须有 grid_value 和 fuel_type 两列；现有列为 code, type"},
		{"degrees", set("--elevation", lonlat), "格网以度为单位"},
		{"other grid", set("--elevation", small), "不重合；请把其中一个重采样到另一个上"},
		{"ignite on water", set("--ignite", "20,60"), "--ignite 20,60：该单元是 NF，不会燃烧"},
		{"ignite outside", set("--ignite", "40,3"), "--ignite 40,3 在 "},
		{"ignite not a cell", set("--ignite", "here"), "ROW,COL"},
		{"weather without WS", set("--weather", write("w2.csv", "WD,FFMC\n270,90\n")), "no WS column"},
		{"weather out of range", set("--weather", write("w3.csv", "WS,WD\n-3,270\n")), "w3.csv:2"},
		{"missing file", set("--fuel", filepath.Join(dir, "none.asc")), "none.asc"},
	} {
		code, _, errOut := drillsim(t, c.args...)
		if code != 1 || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d, %q; want 1 and a message with %q", c.name, code, errOut, c.want)
		}
	}
	if code, _, errOut := drillsim(t, append(set("--ignite", "20,60"), "--lang", "en")...); code != 1 || !strings.Contains(errOut, "--ignite 20,60: the cell holds NF, which does not burn; ignite a fuel cell") {
		t.Errorf("ignite on water in English: exit %d, %q", code, errOut)
	}
	// Grid values the table does not list burn as non-fuel, with a warning naming them.
	unlisted := set("--fuel-table", write("t2.csv", "grid_value,fuel_type\n2,C-2\n"))
	if code, out, errOut := drillsim(t, unlisted...); code != 0 || !strings.Contains(out, "101 (79 cells), 102 (40 cells)") {
		t.Errorf("unlisted grid values: exit %d, %q %q", code, out, errOut)
	}
	if code, _, _ := drillsim(t, "hazard", "fire", "--fuel", "x.asc"); code != 2 {
		t.Errorf("missing flags: exit %d, want 2", code)
	}
	if code, _, errOut := drillsim(t, "hazard", "quake"); code != 2 || !strings.Contains(errOut, "landslide") {
		t.Errorf("unknown model: exit %d, %q", code, errOut)
	}
}

// slideCase writes a 10 m DEM of a plane falling 5 m a cell eastward from 100 m onto a
// level floor at 0 m from column 20 (H = 100 m), a source grid marking a 3×3 block at
// the top, and a depth grid of 3 m there; pit digs a one-cell pit 3 m deep on the path.
func slideCase(t *testing.T, pit bool) (dir string, args []string) {
	dir = t.TempDir()
	writeASC(t, filepath.Join(dir, "dem.asc"), 160, 41, 10, func(r, c int) string {
		z := max(0, 100-5*float64(c))
		if pit && r == 20 && c == 40 {
			z -= 3
		}
		return strconv.FormatFloat(z, 'f', -1, 64)
	})
	inSource := func(r, c int) bool { return c < 3 && r >= 19 && r <= 21 }
	writeASC(t, filepath.Join(dir, "src.asc"), 160, 41, 10, func(r, c int) string {
		if inSource(r, c) {
			return "1"
		}
		return "0"
	})
	writeASC(t, filepath.Join(dir, "depth.asc"), 160, 41, 10, func(r, c int) string {
		if inSource(r, c) {
			return "3"
		}
		return "-9999"
	})
	return dir, []string{"hazard", "landslide", "--dem", filepath.Join(dir, "dem.asc"), "--source", filepath.Join(dir, "src.asc"),
		"--depth", filepath.Join(dir, "depth.asc"), "--reach-angle", "15", "--out", filepath.Join(dir, "runout.asc"), "--json"}
}

// TestHazardLandslideRunsHOverTanAlpha runs the command on slideCase, with and without
// the pit: the runout from the crown is H / tan 15° = 373.2 m within a cell, and the
// deposit grid holds the 2,700 m³ that failed (within 1 %).
func TestHazardLandslideRunsHOverTanAlpha(t *testing.T) {
	for _, pit := range []bool{false, true} {
		dir, args := slideCase(t, pit)
		code, out, errOut := drillsim(t, args...)
		if code != 0 {
			t.Fatalf("pit %v: exit %d: %s", pit, code, errOut)
		}
		var res landslideResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v:\n%s", err, out)
		}
		if want := 100 / math.Tan(15*math.Pi/180); math.Abs(res.RunoutM-want) > 10 {
			t.Errorf("pit %v: runout %.1f m, H/tan α = %.1f m", pit, res.RunoutM, want)
		}
		if res.Crown.Col != 0 || res.VolumeM3 != 2700 || res.ReachAngleDeg != 15 {
			t.Errorf("pit %v: %+v", pit, res)
		}
		grid := readASC(t, filepath.Join(dir, "runout.asc"))
		sum := 0.0
		for _, v := range grid.Heights {
			sum += float64(v) * 100
		}
		if math.Abs(sum/2700-1) > 0.01 {
			t.Errorf("pit %v: the deposit grid holds %.1f m³ of 2,700", pit, sum)
		}
	}
}

func TestHazardLandslideBadInput(t *testing.T) {
	dir, args := slideCase(t, false)
	set := func(flag, value string) []string { return withFlag(args, flag, value) }
	empty := filepath.Join(dir, "empty.asc")
	writeASC(t, empty, 160, 41, 10, func(int, int) string { return "0" })
	zero := filepath.Join(dir, "zero.asc")
	writeASC(t, zero, 160, 41, 10, func(int, int) string { return "0" })
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no source cells", set("--source", empty), "empty.asc：没有滑源单元"},
		{"zero depth", set("--depth", zero), "第 19 行、第 0 列"},
		{"angle", set("--reach-angle", "95"), "reach angle"},
	} {
		code, _, errOut := drillsim(t, c.args...)
		if code != 1 || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d, %q; want 1 and a message with %q", c.name, code, errOut, c.want)
		}
	}
	// Without --depth each source cell fails the default depth, and the text says so.
	var noDepth []string
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "--depth":
			i++ // and its file
		case "--json":
		default:
			noDepth = append(noDepth, args[i])
		}
	}
	code, out, errOut := drillsim(t, noDepth...)
	if code != 0 || !strings.Contains(out, "no --depth") {
		t.Errorf("without --depth: exit %d, %q %q", code, out, errOut)
	}
}

// TestHazardModelsOnRealTerrain writes the real Andorra SRTM clip, resampled to 30 m
// metric cells over the Andorra map, as an ESRI grid in metres and runs both models on
// it: a C-2 fire for two hours of west wind, and a 3 m slide from the steepest cell.
func TestHazardModelsOnRealTerrain(t *testing.T) {
	dem, err := maps.ReadDEMFile(realdata.Path(t, "andorra/andorra-srtm.asc"))
	if err != nil {
		t.Fatal(err)
	}
	dem.FillVoids()
	town, err := maps.LoadFile(realdata.Path(t, "andorra/andorra.geojson"), maps.LoadOptions{DEM: dem})
	if err != nil {
		t.Fatal(err)
	}
	g := town.Terrain(30)
	dir := t.TempDir()
	z := func(r, c int) float32 { return g.Elev[g.Index(c, g.Rows-1-r)] }
	writeASC(t, filepath.Join(dir, "dem.asc"), g.Cols, g.Rows, g.Cell, func(r, c int) string {
		return strconv.FormatFloat(float64(z(r, c)), 'f', 1, 32)
	})
	writeASC(t, filepath.Join(dir, "fuel.asc"), g.Cols, g.Rows, g.Cell, func(int, int) string { return "2" })
	steepest, drop := [2]int{}, float32(0)
	for r := 1; r < g.Rows-1; r++ {
		for c := 1; c < g.Cols-1; c++ {
			if d := z(r, c) - z(r, c+1); d > drop {
				steepest, drop = [2]int{r, c}, d
			}
		}
	}
	writeASC(t, filepath.Join(dir, "src.asc"), g.Cols, g.Rows, g.Cell, func(r, c int) string {
		if r == steepest[0] && c == steepest[1] {
			return "1"
		}
		return "0"
	})
	for name, body := range map[string]string{
		"fuel.csv":    "grid_value,fuel_type\n2,C-2\n",
		"weather.csv": "WS,WD,FFMC,BUI\n25,270,90,64\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := drillsim(t, "hazard", "fire", "--fuel", filepath.Join(dir, "fuel.asc"), "--fuel-table", filepath.Join(dir, "fuel.csv"),
		"--elevation", filepath.Join(dir, "dem.asc"), "--weather", filepath.Join(dir, "weather.csv"),
		"--ignite", fmt.Sprintf("%d,%d", g.Rows/2, g.Cols/2), "--hours", "2", "--out", filepath.Join(dir, "burnt.asc"), "--json")
	var fire fireResult
	if code != 0 || json.Unmarshal([]byte(out), &fire) != nil || fire.BurntCells < 50 {
		t.Errorf("fire on real terrain: exit %d, %s %s", code, out, errOut)
	}
	code, out, errOut = drillsim(t, "hazard", "landslide", "--dem", filepath.Join(dir, "dem.asc"), "--source", filepath.Join(dir, "src.asc"),
		"--out", filepath.Join(dir, "runout.asc"), "--json")
	var slide landslideResult
	if code != 0 || json.Unmarshal([]byte(out), &slide) != nil || slide.RunoutM < g.Cell || math.Abs(slide.DepositM3/slide.VolumeM3-1) > 0.01 {
		t.Errorf("landslide on real terrain: exit %d, %s %s", code, out, errOut)
	}
}
