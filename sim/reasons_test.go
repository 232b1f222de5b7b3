package sim

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestRejectionReasonsListsEveryReason guards the list interfaces translate by: a
// reason added to reasons.go but not to RejectionReasons would reach players untranslated.
func TestRejectionReasonsListsEveryReason(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "reasons.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	listed := RejectionReasons()
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		v, ok := node.(*ast.ValueSpec)
		if !ok || len(v.Names) != 1 || !strings.HasPrefix(v.Names[0].Name, "Reason") {
			return true
		}
		n++
		lit, ok := v.Values[0].(*ast.BasicLit)
		if !ok {
			t.Fatalf("%s is not a string literal", v.Names[0].Name)
		}
		s, _ := strconv.Unquote(lit.Value)
		if !slices.Contains(listed, s) {
			t.Errorf("%s is not in RejectionReasons", v.Names[0].Name)
		}
		return true
	})
	if n != len(listed) {
		t.Errorf("reasons.go declares %d reasons, RejectionReasons lists %d", n, len(listed))
	}
}
