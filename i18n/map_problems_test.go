package i18n

import (
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"drillsim/maps"
)

// TestEveryMapLoadErrorHasChinese reads the source of the map reader and requires every
// message and hint of a map that cannot be loaded (maps.LoadError) written out whole to
// have its Chinese.
func TestEveryMapLoadErrorHasChinese(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	inspectSource(t, fset, []string{"maps"}, func(n ast.Node) bool {
		c, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		if id, isIdent := c.Type.(*ast.Ident); !isIdent || id.Name != "LoadError" {
			return true
		}
		for _, e := range c.Elts {
			kv, isKV := e.(*ast.KeyValueExpr)
			if !isKV {
				continue
			}
			key, isIdent := kv.Key.(*ast.Ident)
			lit, isLit := kv.Value.(*ast.BasicLit)
			if !isIdent || (key.Name != "Msg" && key.Name != "Hint") || !isLit || lit.Kind != token.STRING {
				continue
			}
			s, _ := strconv.Unquote(lit.Value)
			if found++; mapLoadChinese[s] == "" {
				t.Errorf("%s: no Chinese for %q", fset.Position(lit.Pos()), s)
			}
		}
		return true
	})
	if found < 20 {
		t.Fatalf("found only %d messages and hints: the scan misses the map reader's", found)
	}
}

// TestProblemTextSaysAMapThatCannotLoad gives the map reader a table named .geojson
// and requires the failure said in Chinese at its file, in English with --lang en.
func TestProblemTextSaysAMapThatCannotLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "roads.geojson")
	if err := os.WriteFile(path, []byte("name,lon,lat\n滨河路,106.1,28.7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := maps.Open(path, maps.OpenOptions{})
	if err == nil {
		t.Fatal("a table loads as a map")
	}
	if got, want := ProblemText(err, Chinese), path+": 不是 drillsim 能读取的地图；请给出 GeoJSON FeatureCollection（.geojson）"; !strings.HasPrefix(got, want) {
		t.Errorf("in Chinese: %q, want it to start %q", got, want)
	}
	if got := ProblemText(err, English); got != err.Error() {
		t.Errorf("in English: %q", got)
	}
}
