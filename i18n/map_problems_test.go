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
// message and hint of a map that cannot be loaded (maps.LoadError), written out whole
// or as a format (loadErrorf, loadErrorAt, the PBF reader's fail after its block, the
// terrain readers' fail and bad), to have its Chinese, with as many arguments.
func TestEveryMapLoadErrorHasChinese(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	need := func(lit *ast.BasicLit, prefix string) {
		s, _ := strconv.Unquote(lit.Value)
		found++
		requireChinese(t, mapLoadChinese, prefix+s, fset.Position(lit.Pos()).String())
	}
	inspectSource(t, fset, []string{"maps"}, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if id, isIdent := n.Type.(*ast.Ident); !isIdent || id.Name != "LoadError" {
				return true
			}
			for _, e := range n.Elts {
				kv, isKV := e.(*ast.KeyValueExpr)
				if !isKV {
					continue
				}
				key, isIdent := kv.Key.(*ast.Ident)
				lit, isLit := kv.Value.(*ast.BasicLit)
				if isIdent && (key.Name == "Msg" || key.Name == "Hint" || key.Name == "Format") && isLit && lit.Kind == token.STRING {
					need(lit, "")
				}
			}
		case *ast.AssignStmt: // e.Format, e.Args = "...", ...
			for i, l := range n.Lhs {
				sel, isSel := l.(*ast.SelectorExpr)
				if !isSel || (sel.Sel.Name != "Format" && sel.Sel.Name != "Hint" && sel.Sel.Name != "Msg") || i >= len(n.Rhs) {
					continue
				}
				if lit, isLit := n.Rhs[i].(*ast.BasicLit); isLit && lit.Kind == token.STRING {
					need(lit, "")
				}
			}
		case *ast.CallExpr:
			if sel, isSel := n.Fun.(*ast.SelectorExpr); isSel && sel.Sel.Name == "errorAt" && len(n.Args) >= 3 {
				for _, a := range n.Args[1:3] { // a manifest's: the hint and the message
					if lit, isLit := a.(*ast.BasicLit); isLit && lit.Kind == token.STRING && lit.Value != `""` {
						need(lit, "")
					}
				}
				return true
			}
			id, isIdent := n.Fun.(*ast.Ident)
			if !isIdent || len(n.Args) == 0 {
				return true
			}
			file := filepath.Base(fset.Position(n.Pos()).Filename)
			var formats []ast.Expr
			prefix := ""
			switch {
			case id.Name == "loadErrorf" && len(n.Args) >= 3:
				formats = n.Args[1:3] // the hint and the message
			case id.Name == "loadErrorAt" && len(n.Args) >= 3:
				formats = n.Args[2:3]
			case id.Name == "fail" && file == "osm_pbf.go":
				formats, prefix = n.Args[:1], "block %d (byte %d): "
			case id.Name == "fail" && file == "dem_geotiff.go", id.Name == "bad" && file == "dem_hgt.go":
				formats = n.Args[:1]
			}
			for _, a := range formats {
				if lit, isLit := a.(*ast.BasicLit); isLit && lit.Kind == token.STRING {
					need(lit, prefix)
				}
			}
		}
		return true
	})
	if found < 70 {
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

// TestProblemTextPrefixesALibrarysWords gives the reader a file that breaks JSON, a
// GeoTIFF cut short and a manifest whose YAML breaks, and requires each said by a
// Chinese sentence of what failed and what to do, the reading library's own words kept
// after it; in English with --lang en.
func TestProblemTextPrefixesALibrarysWords(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	town := write("town.geojson", `{"type": "FeatureCollection", "features": [}`)
	tif := write("dem.tif", "II*\x00\x08\x00\x00\x00\x01\x00")
	manifest := write("m.yaml", "name: x\nlayers: [\n")
	for _, tc := range []struct {
		path, dem, zh, en string
	}{
		{town, "", town + ":1:44: 文件此处不是有效的 JSON，请改正或重新导出：invalid character '}'", town + ":1:44: the file is not valid JSON here; fix or re-export it: invalid character '}'"},
		{town, tif, tif + ": 无法把该 GeoTIFF 读作地形（请确认文件完整", tif + ": the GeoTIFF cannot be read as terrain: "},
		{manifest, "", manifest + ":2:9: 无法读取地图清单此处的内容：", manifest + ":2:9: the manifest cannot be read here: "},
	} {
		_, err := maps.Open(tc.path, maps.OpenOptions{DEM: tc.dem})
		if err == nil {
			t.Fatalf("%s loads", tc.path)
		}
		if got := ProblemText(err, Chinese); !strings.HasPrefix(got, tc.zh) {
			t.Errorf("in Chinese: %q, want it to start %q", got, tc.zh)
		}
		if got := ProblemText(err, English); !strings.HasPrefix(got, tc.en) {
			t.Errorf("in English: %q, want it to start %q", got, tc.en)
		}
	}
}
