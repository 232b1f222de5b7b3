package main

import (
	"strings"
	"testing"
)

// TestCheckSaysProblemsInChinese requires check to say a map's problems Chinese first
// (each feature's problem, a map and a terrain file cut short at their line and
// column), and in English
// with --lang en.
func TestCheckSaysProblemsInChinese(t *testing.T) {
	town := writeFile(t, "town.geojson", `{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"highway": "residential"}, "geometry": {"type": "LineString", "coordinates": [[106.1, 28.7], [106.101, 28.7]]}},
{"type": "Feature", "id": "z1", "properties": {"kind": "hazard_zone", "name": "后山", "hazard": "quake"}, "geometry": {"type": "Polygon", "coordinates": [[[106.1, 28.7], [106.101, 28.7], [106.101, 28.701], [106.1, 28.7]]]}}]}`)
	road := writeFile(t, "road.geojson", `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"highway": "residential"}, "geometry": {"type": "LineString", "coordinates": [[106.1, 28.7], [106.101, 28.7]]}}]}`)
	terrain := writeFile(t, "cut.asc", "ncols 3\nnrows 2\nxllcorner 106.0995\nyllcorner 28.6995\ncellsize 0.001\n1 2 3\n4 5")                        // its last row cut short
	cut := writeFile(t, "cut.geojson", `{"type": "FeatureCollection",`+"\n"+` "features": [{"type": "Feature", "properties": {}, "geometry": null}`) // cut short after a feature

	for _, c := range []struct {
		name  string
		args  []string
		out   bool // the words are on stdout, else stderr
		words []string
	}{
		{"a feature's problem", []string{"check", town}, true, []string{
			`警告：要素 1（id z1，后山）：隐患区的灾种为 "quake"；按滑坡处理；请把 hazard 写为 landslide、flood 或 fire`,
			"警告：整张地图：地图上没有避难场所：转移群众无处可去；请添加带容量的避难场所"}},
		{"a feature's problem in English", []string{"check", town, "--lang", "en"}, true, []string{
			`warning: feature 1 (id z1, 后山): hazard zone with hazard "quake"; treated as landslide; set hazard to landslide, flood or fire`,
			"warning: map: the map has no shelters: evacuees have nowhere to go"}},
		{"a file cut short", []string{"check", cut}, false, []string{
			cut + ":2:69: 文件在 JSON 中途结束（共 99 字节）；文件似乎不完整：请重新复制或导出"}},
		{"a file cut short in English", []string{"check", cut, "--lang", "en"}, false, []string{
			cut + ":2:69: the file ends in the middle of the JSON (after 99 bytes); it looks truncated: copy or export it again"}},
		{"a terrain file cut short", []string{"check", road, "--dem", terrain}, false, []string{
			terrain + ":7: 第 2 行（共 2 行）有 2 个值，应为 3 个（ncols）；该行是否不完整？"}},
		{"a terrain file cut short in English", []string{"check", road, "--dem", terrain, "--lang", "en"}, false, []string{
			terrain + ":7: row 2 of 2 has 2 values, want 3 (ncols); is the line cut short?"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stdout, stderr := drillsim(t, c.args...)
			said := stderr
			if c.out {
				said = stdout
			}
			for _, w := range c.words {
				if !strings.Contains(said, w) {
					t.Errorf("does not say %q:\n%s", w, said)
				}
			}
		})
	}
}
