package i18ntest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// InspectSource parses the Go files, tests aside, of each of dirs (folders relative to
// the test's own) and walks every node of them with visit, as ast.Inspect does: how a
// test finds every message format a package writes, to require its Chinese.
func InspectSource(t testing.TB, fset *token.FileSet, dirs []string, visit func(ast.Node) bool) {
	t.Helper()
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, visit)
		}
	}
}

// CalledName is the name of the function or method call calls: "add" of ps.add(...),
// "say" of say(...); "" for another call.
func CalledName(call *ast.CallExpr) string {
	switch f := call.Fun.(type) {
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	return ""
}
