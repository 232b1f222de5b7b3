package i18n

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"drillsim/maps"
)

// mapProblemCalls are the map reader's methods that add a problem of its features, and
// the indexes of their hint and message formats among their arguments.
var mapProblemCalls = map[string][2]int{"add": {2, 3}, "addHinted": {2, 4}}

// TestEveryMapProblemHasChinese reads the source of the map reader and requires every
// message format and hint of its features' problems (maps.Problem) to have its
// Chinese, with as many arguments.
func TestEveryMapProblemHasChinese(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	inspectSource(t, fset, []string{"maps"}, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, isSel := call.Fun.(*ast.SelectorExpr)
		if !isSel {
			return true
		}
		at, isProblem := mapProblemCalls[sel.Sel.Name]
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
