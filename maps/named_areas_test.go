package maps

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A city's open-data villages (names in VNAME, no kind) and a department's flood zones
// are only drawn; check says the manifest line that gives them their meaning, and the
// line, pasted into a manifest, does.
func TestNamedAreasGetTheirManifestLine(t *testing.T) {
	villages := readFixture(t, "manifest/villages.geojson")
	flood := readFixture(t, "manifest/flood.geojson")
	dir := writeFiles(t, map[string]string{"villages.geojson": string(villages), "flood.geojson": string(flood)})
	lines := map[string]string{}
	for _, name := range []string{"villages.geojson", "flood.geojson"} {
		town, err := Open(filepath.Join(dir, name), OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range town.Problems {
			if strings.Contains(p.Message, "有名称无类型的面") {
				_, line, _ := strings.Cut(p.Hint, "\n")
				lines[name] = line
				if !strings.Contains(p.Message, "2 polygons in villages.geojson have names in VNAME (大安里, 福德里)") && name == "villages.geojson" {
					t.Errorf("message %q", p.Message)
				}
			}
		}
	}
	want := map[string]string{
		"villages.geojson": "  - {file: villages.geojson, kind: village, name: VNAME}",
		"flood.geojson":    "  - {file: flood.geojson, kind: hazard_zone, name: 名称, properties: {hazard: flood}}",
	}
	for name, line := range want {
		if lines[name] != line {
			t.Errorf("%s: suggested %q, want %q", name, lines[name], line)
		}
	}
	osmPath, _ := filepath.Abs("testdata/osm/village.osm")
	manifest := "layers:\n  - file: " + osmPath + "\n" + lines["villages.geojson"] + "\n" + lines["flood.geojson"] + "\n"
	dir2 := writeFiles(t, map[string]string{"m.yaml": manifest, "villages.geojson": string(villages), "flood.geojson": string(flood)})
	town, err := Open(filepath.Join(dir2, "m.yaml"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	villageNamed(t, town, "大安里")
	villageNamed(t, town, "福德里")
	if len(town.HazardZones) != 1 || town.HazardZones[0].Hazard != "flood" {
		t.Errorf("hazard zones %+v", town.HazardZones)
	}
}

func TestNameKeys(t *testing.T) {
	cases := []struct {
		p    properties
		want []string
	}{
		{properties{"name": "白杨村", "VNAME": "x"}, []string{"name", "VNAME"}},
		{properties{"VNAME": "大安里", "TOWNNAME": "福宝镇", "VILLCODE": "6500"}, []string{"TOWNNAME", "VNAME"}},
		{properties{"村名": "白杨村"}, []string{"村名"}},
		{properties{"XZQMC": "福宝镇", "XZQDM": "510522101"}, []string{"XZQMC"}},
		{properties{"TOWNNAME": "101", "AREA": "3.2"}, nil},
		{properties{"depth": "1.5"}, nil},
	}
	for _, c := range cases {
		if got := nameKeys(c.p); !slices.Equal(got, c.want) {
			t.Errorf("nameKeys(%v) = %q, want %q", c.p, got, c.want)
		}
	}
}
