package draft

import (
	"go/ast"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"drillsim/i18n"
	"drillsim/i18n/i18ntest"
	"drillsim/maps"
)

// verbs matches a fmt verb, with an optional argument index.
var verbs = regexp.MustCompile(`%(\[\d+\])?[#+\- 0]*\d*(\.\d+)?[a-zA-Z]`)

// TestEveryNoteHasChinese reads the package's source and requires every format of a
// note (say, and the builder's note) to have its Chinese, with as many arguments; and
// a note said in Chinese to keep no English but what a file or a command holds.
func TestEveryNoteHasChinese(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	i18ntest.InspectSource(t, fset, []string{"."}, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		if name := i18ntest.CalledName(call); name != "say" && name != "note" {
			return true
		}
		lit, isLit := call.Args[0].(*ast.BasicLit)
		if !isLit || lit.Kind != token.STRING {
			return true
		}
		format, _ := strconv.Unquote(lit.Value)
		found++
		zh, ok := noteChinese[format]
		switch {
		case !ok:
			t.Errorf("%s: no Chinese for %q", fset.Position(lit.Pos()), format)
		case len(verbs.FindAllString(zh, -1)) != len(verbs.FindAllString(format, -1)):
			t.Errorf("%s: %q and its Chinese %q take different arguments", fset.Position(lit.Pos()), format, zh)
		}
		return true
	})
	if found < 30 {
		t.Fatalf("found only %d notes: the scan misses drillsim new's", found)
	}
}

// TestALackIsSaidInChinese says what a combined drill lacks, with the lacks of its
// hazards within it, Chinese first and in English.
func TestALackIsSaidInChinese(t *testing.T) {
	lacks := []Note{say("%s (%s)", say("a river"), say("add the river that floods to the map with its name (waterway=river in OpenStreetMap, or a LineString of kind river)")),
		say("%s (%s)", say("forest"), say("no house stands within 100 m of the forest: draw the fire zone with drillsim edit"))}
	l := &Lack{Drill: Combined, What: say("two hazards at least"), Add: say("the map lacks %s", maps.ListSome(lacks, len(lacks)))}
	zh := l.In(i18n.Chinese)
	if want := "综合应急演练需要至少两种灾害，地图上没有：地图上缺少 河流（请在地图上添加会涨水的河流"; !strings.HasPrefix(zh, want) {
		t.Errorf("in Chinese: %q, want it to start %q", zh, want)
	}
	rest := strings.NewReplacer("waterway=river", "", "OpenStreetMap", "", "kind", "", "river", "", "LineString", "", "drillsim edit", "").Replace(zh)
	if w := i18ntest.EnglishWord(rest); w != "" {
		t.Errorf("in Chinese %q is left in: %s", w, zh)
	}
	if en := l.Error(); !strings.HasPrefix(en, "a combined drill needs two hazards at least, which the map does not have: the map lacks a river (add the river") {
		t.Errorf("in English: %q", en)
	}
}

// TestSpacedTitles: a drill's title takes a space between a town and a place both
// named in Latin letters, none where either side is Chinese.
func TestSpacedTitles(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"andorra", "Valira d'Orient洪水", "andorra Valira d'Orient洪水"},
		{"福宝镇", "大漕河洪水", "福宝镇大漕河洪水"},
		{"福宝镇", "Valira洪水", "福宝镇Valira洪水"},
		{"Encamp", "滑坡", "Encamp滑坡"},
		{"", "大漕河洪水", "大漕河洪水"},
	} {
		if got := spaced(tc.a, tc.b); got != tc.want {
			t.Errorf("spaced(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
