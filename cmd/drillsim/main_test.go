package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/assets"
	"drillsim/i18n/i18ntest"
	"drillsim/internal/realdata"
	"drillsim/maps"
)

// drillsim runs the command in process and returns its exit status and output.
func drillsim(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestHelpListsTheCommands(t *testing.T) {
	code, out, _ := drillsim(t, "help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, c := range []string{"check", "mapgen", "help"} {
		if !strings.Contains(out, "  "+c+" ") {
			t.Errorf("help does not list %s:\n%s", c, out)
		}
	}
	if code, _, errOut := drillsim(t, "frobnicate"); code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: exit %d, %q", code, errOut)
	}
}

func TestCheckDefaultTown(t *testing.T) {
	code, out, errOut := drillsim(t, "check")
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	for _, want := range []string{"福宝镇（示意）", "示意 illustrative", "村/社区 villages: 11", "避难场所 shelters: 15", "1 component(s)", "地形 DEM:", "0 error(s)"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	code, out, _ := drillsim(t, "check", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var s maps.Summary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if !s.Illustrative || s.Residents < 18000 || s.Residents > 22000 || s.Features["building"] < 4000 || s.Roads.Components != 1 || s.DEM == nil {
		t.Errorf("summary %+v", s)
	}
	// Each problem keeps its English message for scripts and says it in Chinese too.
	_, out, _ = drillsim(t, "check", realdata.Path(t, "vienna-streets.geojson"), "--json")
	var v struct {
		Problems []struct {
			Message   string `json:"message"`
			MessageZh string `json:"message_zh"`
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || len(v.Problems) == 0 {
		t.Fatalf("not JSON with problems (%v):\n%s", err, out)
	}
	for _, p := range v.Problems {
		if p.Message == "" || p.MessageZh == "" || p.MessageZh == p.Message || i18ntest.EnglishWord(p.MessageZh) != "" {
			t.Errorf("problem %q is said %q in Chinese", p.Message, p.MessageZh)
		}
	}
}

func TestCheckRealMaps(t *testing.T) {
	andorra := realdata.Path(t, "andorra/andorra.geojson")
	code, out, errOut := drillsim(t, "check", andorra, "--dem", realdata.Path(t, "andorra/andorra-srtm.asc"))
	// A raw extract passes check: the parish boundaries the extract cut open are closed
	// along its edge, the villages mapped as points drawn around them, with warnings.
	if code != 0 || errOut != "" {
		t.Fatalf("andorra: exit %d, stderr %q\n%s", code, errOut, out)
	}
	for _, want := range []string{"building 301", "要素 5（id relation/343017，les Valls de Valira）：村界被数据边缘截断，已沿边缘闭合",
		"Sispony        人口", "(地名点推算 drawn around a place point)", "地形 DEM:", "239 voids", "0 error(s)"} {
		if !strings.Contains(out, want) {
			t.Errorf("andorra output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = drillsim(t, "check", realdata.Path(t, "vienna-streets.geojson"))
	if code != 0 || !strings.Contains(out, "road 3341") || !strings.Contains(out, "地图上没有建筑：无人居住") {
		t.Errorf("vienna: exit %d\n%s", code, out)
	}
}

// check opens OpenStreetMap's own formats and map manifests as it opens GeoJSON.
func TestCheckOSMAndManifests(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"check", "../../maps/testdata/osm/village.osm.pbf"}, []string{"村/社区 villages: 6", "白杨村", "(地名点推算 drawn around a place point)",
			"重名 — 2 个避难场所都名为 \"中心小学\"", "0 error(s)"}},
		{[]string{"check", "../../maps/testdata/osm/encamp.osm.pbf"}, []string{"Encamp", "(边缘闭合 closed at the extract's edge)", "0 error(s)"}},
		{[]string{"check", "../../maps/testdata/osm/village.osm.bz2"}, []string{"白杨村"}},
		{[]string{"check", "../../maps/testdata/manifest/town.yaml"}, []string{"地图 map: 福宝镇", "大安里", "习水河左岸淹没区 [flood]",
			"地形 DEM: ../../maps/testdata/manifest/terrain.tif", "../osm/village.osm 的要素 36（id relation/400）"}},
		{[]string{"check", "../../maps/testdata/osm/village.osm", "--dem", "../../maps/testdata/manifest/terrain.tif"}, []string{"covers 100.0% of the roads"}},
	}
	for _, c := range cases {
		code, out, errOut := drillsim(t, c.args...)
		if code != 0 {
			t.Errorf("%v: exit %d, stderr %q\n%s", c.args, code, errOut, out)
			continue
		}
		for _, want := range c.want {
			if !strings.Contains(out, want) {
				t.Errorf("%v: output lacks %q:\n%s", c.args, want, out)
			}
		}
	}
}

func TestCheckBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	broken := write("broken.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\" \"properties\": {}}]}")
	badDEM := write("bad.asc", "ncols 3\nnrows x\n")

	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"check", broken}, 1, "broken.geojson:3:22: 文件此处不是有效的 JSON，请改正或重新导出：invalid character"},
		{[]string{"check", filepath.Join(dir, "missing.geojson")}, 1, "no such file"},
		{[]string{"check", "--dem", badDEM}, 2, "--dem and --crs go with a map file"},
		{[]string{"check", realdata.Path(t, "vienna-streets.geojson"), "--dem", badDEM}, 1, `bad.asc:2: nrows 的值 "x" 不是数字`},
		{[]string{"check", realdata.Path(t, "vienna-streets.geojson"), "--crs", "mars"}, 1, "--crs:"},
		{[]string{"check", "a.geojson", "b.geojson"}, 2, "one map at a time"},
		{[]string{"check", realdata.Path(t, "andorra/andorra-srtm.asc")}, 1, "这是地形文件（DEM），不是地图；请用 --dem 与地图一同给出"},
		{[]string{"check", write("m.yaml", "name: x\nlayers:\n  - {file: nowhere.osm.pbf}\n")}, 1, "m.yaml:3:12: 无法读取图层 nowhere.osm.pbf：" + filepath.Join(dir, "nowhere.osm.pbf") + "：没有这个文件；路径相对于地图清单所在目录"},
	}
	for _, c := range cases {
		code, _, errOut := drillsim(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d saying %q", c.args, code, errOut, c.code, c.want)
		}
	}
}

// TestMapgenWritesTheEmbeddedTown guards the embedded demo town: `drillsim mapgen`
// with its defaults must write exactly the files in assets/town, so they can always be
// made again from the generator.
func TestMapgenWritesTheEmbeddedTown(t *testing.T) {
	if testing.Short() {
		t.Skip("generates the whole town")
	}
	dir := t.TempDir()
	if code, _, errOut := drillsim(t, "mapgen", "--out", dir); code != 0 {
		t.Fatalf("mapgen: exit %d: %s", code, errOut)
	}
	for name, embedded := range map[string][]byte{"town.geojson": assets.TownGeoJSON, "town.asc": assets.TownDEM} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, embedded) {
			t.Errorf("mapgen wrote a %s different from assets/town/%s: run `drillsim mapgen` and commit the result", name, name)
		}
	}
}

func TestCheckRefusesADEMOfElsewhere(t *testing.T) {
	town := filepath.Join(t.TempDir(), "town.geojson")
	if err := os.WriteFile(town, assets.TownGeoJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := drillsim(t, "check", town, "--dem", realdata.Path(t, "andorra/andorra-srtm.asc"))
	if code != 1 || !strings.Contains(out, "andorra-srtm.asc 只覆盖 0% 的道路和建筑") {
		t.Errorf("exit %d\n%s", code, out)
	}
}
