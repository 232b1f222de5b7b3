package i18n

import (
	"fmt"
	"go/ast"
	"go/token"
	stdmaps "maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"drillsim/i18n/i18ntest"
	"drillsim/maps"
)

// mapProblemCalls are the map reader's methods that add a problem of its features, and
// the indexes of their hint and message formats among their arguments; and phrase,
// which makes a piece of a message (maps.Phrase), its format first.
var mapProblemCalls = map[string][2]int{"add": {2, 3}, "addHinted": {2, 4}, "phrase": {0, 0}}

// TestEveryMapProblemHasChinese reads the source of the map reader and requires every
// message format and hint of its features' problems (maps.Problem), and every phrase
// within them, to have its Chinese, with as many arguments.
func TestEveryMapProblemHasChinese(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	inspectSource(t, fset, []string{"maps"}, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		at, isProblem := mapProblemCalls[i18ntest.CalledName(call)]
		if !isProblem || len(call.Args) <= at[1] {
			return true
		}
		for _, i := range at {
			lit, isLit := call.Args[i].(*ast.BasicLit)
			if !isLit || lit.Kind != token.STRING {
				continue
			}
			s, _ := strconv.Unquote(lit.Value)
			found++
			requireChinese(t, mapProblemChinese, s, fset.Position(lit.Pos()).String())
		}
		return true
	})
	if found < 80 {
		t.Fatalf("found only %d formats and hints: the scan misses the map reader's", found)
	}
}

// TestMapProblemTextSaysAFeaturesProblem loads a map with a hazard zone of a hazard
// drillsim does not know and requires its problem said in Chinese (the feature, the
// kinds and the hint too, what the file wrote as written), in English with --lang en.
func TestMapProblemTextSaysAFeaturesProblem(t *testing.T) {
	const town = `{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"highway": "residential"}, "geometry": {"type": "LineString", "coordinates": [[106.1, 28.7], [106.101, 28.7]]}},
{"type": "Feature", "id": "z1", "properties": {"kind": "hazard_zone", "name": "后山", "hazard": "quake"}, "geometry": {"type": "Point", "coordinates": [106.1, 28.7]}},
{"type": "Feature", "properties": {"kind": "shelter", "name": "学校"}, "geometry": {"type": "Point", "coordinates": [106.1, 28.7]}}]}`
	m, err := maps.Load([]byte(town), maps.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var zh, en []string
	for _, p := range m.Problems {
		zh = append(zh, MapProblemText(p, Chinese))
		en = append(en, MapProblemText(p, English))
	}
	all := strings.Join(zh, "\n")
	for _, want := range []string{
		`警告：要素 1（id z1，后山）：隐患区的灾种为 "quake"；按滑坡处理；请把 hazard 写为 landslide、flood 或 fire`,
		`警告：整张地图：地图上没有建筑：无人居住`,
		`隐患区画成了 Point；按半径`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("in Chinese the problems do not say %q:\n%s", want, all)
		}
	}
	if all := strings.Join(en, "\n"); !strings.Contains(all, `warning: feature 1 (id z1, 后山): hazard zone with hazard "quake"; treated as landslide; set hazard to landslide, flood or fire`) {
		t.Errorf("in English:\n%s", all)
	}
}

// TestMapProblemListsAndGeometryInChinese loads a map with a ring left open, eight
// shelters with nothing to estimate their capacity from and two roads apart from the
// rest, and requires each problem said in Chinese to the end (the features it lists,
// the fault of the geometry, how each capacity was found), with no English left; in
// English with --lang en.
func TestMapProblemListsAndGeometryInChinese(t *testing.T) {
	var feats []string
	road := func(x0, x1 float64) string {
		return fmt.Sprintf(`{"type": "Feature", "properties": {"highway": "residential"}, "geometry": {"type": "LineString", "coordinates": [[%g, 28.7], [%g, 28.7]]}}`, x0, x1)
	}
	feats = append(feats, road(106.1, 106.101), road(106.101, 106.102), road(106.2, 106.201))
	feats = append(feats, `{"type": "Feature", "id": "b9", "properties": {"kind": "building", "name": "粮站"}, "geometry": {"type": "Polygon", "coordinates": [[[106.1, 28.7], [106.1001, 28.7], [106.1001, 28.7001], [106.1, 28.7001]]]}}`)
	for i := range 8 {
		feats = append(feats, fmt.Sprintf(`{"type": "Feature", "properties": {"kind": "shelter", "name": "安置点%d"}, "geometry": {"type": "Point", "coordinates": [106.1%d, 28.71]}}`, i+1, i))
	}
	m, err := maps.Load([]byte(`{"type": "FeatureCollection", "features": [`+strings.Join(feats, ",\n")+`]}`), maps.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	said := map[string]string{}
	for _, p := range append(m.Problems, m.Network.DisconnectedProblems()...) {
		said[MapProblemText(p, Chinese)] = MapProblemText(p, English)
	}
	for _, want := range []struct{ zh, en string }{
		{"错误：要素 3（id b9，粮站）：外环未闭合：最后一个坐标点 [106.1 28.7001] 与第一个 [106.1 28.7] 不同", "outer ring is not closed"},
		{"安置点1 100 人（无面积可估，取默认值）、安置点2 100 人", "安置点1 100 (no floor area: assumed), 安置点2 100"},
		{"、安置点6 100 人（无面积可估，取默认值），另有 2 个", "安置点6 100 (no floor area: assumed) and 2 more"},
		{"警告：要素 2：该道路未连入主路网（2 个连通块中的第 2 个，1 条边）：要素 2；", "the road is not connected to the main network (component 2 of 2, 1 edges): feature 2;"},
	} {
		found := false
		for zh, en := range said {
			if !strings.Contains(zh, want.zh) {
				continue
			}
			found = true
			if w := i18ntest.EnglishWord(zh); w != "" {
				t.Errorf("in Chinese %q is left in:\n%s", w, zh)
			}
			if !strings.Contains(en, want.en) {
				t.Errorf("in English the problem lacks %q:\n%s", want.en, en)
			}
		}
		if !found {
			t.Errorf("no problem says %q:\n%s", want.zh, strings.Join(slices.Sorted(stdmaps.Keys(said)), "\n"))
		}
	}
}
