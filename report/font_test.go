package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// needCJKFont returns the CJK font, failing the test when there is none.
func needCJKFont(t testing.TB) []byte {
	t.Helper()
	ttf, err := cjkFont()
	if err != nil {
		t.Fatal(err)
	}
	return ttf
}

// TestCJKFontHasEveryReportCharacter parses the source of what reports print and checks that
// the font has a glyph for every character of its string literals, so no heading,
// label or finding prints as a blank box.
func TestCJKFontHasEveryReportCharacter(t *testing.T) {
	f, err := sfnt.Parse(needCJKFont(t))
	if err != nil {
		t.Fatalf("the CJK font does not parse as one TrueType face: %v", err)
	}
	// The report's own strings, and those it prints from the grading (findings and
	// advice), the observation items and the shared names.
	var files []string
	for _, pattern := range []string{"*.go", "../scoring/*.go", "../observation/*.go", "../i18n/*.go"} {
		more, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, more...)
	}
	var buf sfnt.Buffer
	missing := map[rune]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			for _, r := range s {
				if r < 0x80 || r == '\ufffd' || r == '\ufeff' {
					continue
				}
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
					missing[r] = fset.Position(lit.Pos()).String()
				}
			}
			return true
		})
	}
	for r, where := range missing {
		t.Errorf("the font has no glyph for %q (%s): run assets/fonts/make.sh", r, where)
	}
}
