package i18n

import (
	"go/ast"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"drillsim/journal"
)

// TestEveryJournalProblemHasChinese reads the source of the journal's reader and of its
// header's check and requires every problem of a damaged journal (what damage is
// given, what check returns, an empty journal's) and every reason a journal is not of
// the drill to have its Chinese, with as many arguments.
func TestEveryJournalProblemHasChinese(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	need := func(e ast.Expr) {
		if c, isCall := e.(*ast.CallExpr); isCall && len(c.Args) > 0 {
			if sel, isSel := c.Fun.(*ast.SelectorExpr); isSel && (sel.Sel.Name == "Sprintf" || sel.Sel.Name == "Errorf") {
				e = c.Args[0]
			}
		}
		lit, isLit := e.(*ast.BasicLit)
		if !isLit || lit.Kind != token.STRING {
			return
		}
		s, _ := strconv.Unquote(lit.Value)
		if s == "" || s == "%s" || s == "%v" { // nothing, or a problem said elsewhere
			return
		}
		found++
		requireChinese(t, journalProblemChinese, s, fset.Position(lit.Pos()).String())
	}
	inspectSource(t, fset, []string{"journal"}, func(n ast.Node) bool {
		fn, isFunc := n.(*ast.FuncDecl)
		if !isFunc || fn.Body == nil {
			return true
		}
		file := filepath.Base(fset.Position(fn.Pos()).Filename)
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if id, isIdent := n.Fun.(*ast.Ident); isIdent && id.Name == "damage" && len(n.Args) > 0 {
					need(n.Args[0])
				}
			case *ast.AssignStmt:
				if id, isIdent := n.Lhs[0].(*ast.Ident); isIdent && id.Name == "problem" && len(n.Rhs) == 1 {
					need(n.Rhs[0])
				}
			case *ast.ReturnStmt:
				if len(n.Results) > 0 && (file == "read.go" && fn.Name.Name == "check" || file == "header.go" && fn.Name.Name == "Check") {
					need(n.Results[0])
				}
			}
			return true
		})
		return false
	})
	if found < 20 {
		t.Fatalf("found only %d problems: the scan misses the journal reader's", found)
	}
}

// TestProblemTextSaysAJournalsDamage requires a journal's damage said in Chinese at
// its file and line, what the journal's words carried kept as written, and in English
// as it stands.
func TestProblemTextSaysAJournalsDamage(t *testing.T) {
	damaged := &journal.Damage{Name: "d.journal", Line: 4, Entry: 3, Problem: "missing: this line holds entry 5, so entries 3 to 4 were removed or moved"}
	if got, want := ProblemText(damaged, Chinese), "d.journal:4: 第 3 条记录：缺失：这一行是第 5 条记录，第 3 至 4 条已被删除或移动"; got != want {
		t.Errorf("in Chinese: %q, want %q", got, want)
	}
	if got := ProblemText(damaged, English); got != damaged.Error() {
		t.Errorf("in English: %q", got)
	}
	kind := &journal.Damage{Name: "d.journal", Line: 2, Entry: 1, Problem: `unknown kind "cmd \"x\"" (a journal holds command, observation, seats and end entries)`}
	if got, want := ProblemText(kind, Chinese), `d.journal:2: 第 1 条记录：未知记录类型 "cmd \"x\""（演练日志只有 command、observation、seats 和 end 记录）`; got != want {
		t.Errorf("a quoted kind: %q, want %q", got, want)
	}
	if got := ProblemText(&journal.TornTail{Name: "d.journal", Line: 9, Bytes: 20}, Chinese); !strings.HasPrefix(got, "d.journal:9: 最后一行不完整（20 字节") {
		t.Errorf("a torn line: %q", got)
	}
	if said, ok := sayByPattern(journalProblemChinese, "tick 5 goes back from tick 7 and more"); ok {
		t.Errorf("a text no format writes whole is said as %q", said)
	}
}
