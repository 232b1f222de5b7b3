package i18n

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"drillsim/internal/sniff"
	"drillsim/scenarios"
)

// problemCalls are the functions of the readers that take a message format, and the
// index of the format among their arguments.
var problemCalls = map[string]int{"add": 1, "nodeProblem": 1, "bad": 1, "problemAt": 1, "failf": 0}

// TestEveryProblemHasChinese reads the source of the scenario, plan, order and MSEL
// readers and requires every message format they give to have its Chinese, with as
// many arguments, as do the refusals of files before reading.
func TestEveryProblemHasChinese(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "scenarios", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	formats := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var fn string
			switch c := call.Fun.(type) {
			case *ast.SelectorExpr:
				fn = c.Sel.Name
			case *ast.Ident:
				fn = c.Name
			}
			i, ok := problemCalls[fn]
			if !ok || len(call.Args) <= i {
				return true
			}
			if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				formats[s] = fset.Position(lit.Pos()).String()
			}
			return true
		})
	}
	for _, f := range []string{sniff.RefusalFolder, sniff.RefusalTooBig, sniff.RefusalBinary, sniff.RefusalNotUTF8,
		sniff.RefusalLongLine, sniff.RefusalBlank, sniff.RefusalBlankAfter, sniff.RefusalStarts, sniff.RefusalEnds} {
		formats[f] = "sniff"
	}
	if len(formats) < 100 {
		t.Fatalf("found only %d formats: the scan misses the readers' calls", len(formats))
	}
	for f, where := range formats {
		bare := f
		for strings.HasPrefix(bare, "%s: ") || strings.HasPrefix(bare, "%v: ") {
			bare = bare[4:]
		}
		zh, ok := problemChinese[bare]
		if !ok {
			t.Errorf("%s: no Chinese for %q", where, bare)
			continue
		}
		if got, want := verbs(zh), verbs(bare); got != want {
			t.Errorf("%s: %q takes %d arguments, its Chinese %q %d", where, bare, want, zh, got)
		}
	}
}

// verb matches a fmt verb, with an optional argument index.
var verb = regexp.MustCompile(`%(\[\d+\])?[#+\- 0]*\d*(\.\d+)?[a-zA-Z]`)

// verbs counts the arguments a format takes.
func verbs(format string) int {
	n, most := 0, 0
	for _, m := range verb.FindAllStringSubmatch(strings.ReplaceAll(format, "%%", ""), -1) {
		if m[1] != "" {
			i, _ := strconv.Atoi(strings.Trim(m[1], "[]"))
			most = max(most, i)
			continue
		}
		n++
	}
	return max(n, most)
}

func TestProblemTextSaysProblemsInChinese(t *testing.T) {
	plan := "id: p\ntitle: 预案\nlevels: [{level: IV, requirements: [R1]}]\nrequirements:\n  - {id: R1, clause: \"1\", title: t, category: 指挥协调, start: {event: nonsense}, stop: {event: order}, allowed: 1h, weight: 0}\n"
	_, err := scenarios.ParsePlan([]byte(plan), "p.yaml")
	if err == nil {
		t.Fatal("the plan parses")
	}
	zh := ProblemText(err, Chinese)
	for _, want := range []string{"p.yaml:5:", "requirements[0].start：未知事件 \"nonsense\"：请用其中之一", "分值 0 须为正数"} {
		if !strings.Contains(zh, want) {
			t.Errorf("in Chinese the problems do not say %q:\n%s", want, zh)
		}
	}
	if en := ProblemText(err, English); en != err.Error() {
		t.Errorf("in English: %q, want the error as it stands %q", en, err.Error())
	}
	wrapped := fmt.Errorf("drill: %w", err)
	if got := ProblemText(wrapped, Chinese); !strings.HasPrefix(got, "drill: p.yaml:") || !strings.Contains(got, "分值 0 须为正数") {
		t.Errorf("a wrapped problem: %q", got)
	}
	if got := ProblemText(errors.New("plain"), Chinese); got != "plain" {
		t.Errorf("an error of nobody's: %q", got)
	}
}
