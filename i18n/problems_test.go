package i18n

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"drillsim/i18n/i18ntest"
	"drillsim/internal/sniff"
	"drillsim/scenarios"
	"drillsim/sim"
)

// problemCalls are the functions of the readers that take a message format, and the
// index of the format among their arguments.
var problemCalls = map[string]int{"add": 1, "nodeProblem": 1, "bad": 1, "problemAt": 1, "failf": 0, "Failf": 0}

// TestEveryProblemHasChinese reads the source of the scenario, plan, order and MSEL
// readers, of the observations, the event log, the journal and the commands, and requires every message format they
// give (by the calls above, or as a scenarios.Failure) to have its Chinese, with as
// many arguments, as do the refusals of files before reading.
func TestEveryProblemHasChinese(t *testing.T) {
	formats := map[string]string{}
	fset := token.NewFileSet()
	inspectSource(t, fset, []string{"scenarios", "observation", "sim", "journal", filepath.Join("cmd", "drillsim")}, func(n ast.Node) bool {
		if lit, ok := failureFormat(n); ok {
			s, _ := strconv.Unquote(lit.Value)
			formats[s] = fset.Position(lit.Pos()).String()
			return true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		i, ok := problemCalls[i18ntest.CalledName(call)]
		if !ok || len(call.Args) <= i {
			return true
		}
		if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, _ := strconv.Unquote(lit.Value)
			formats[s] = fset.Position(lit.Pos()).String()
		}
		return true
	})
	for _, f := range []string{sniff.RefusalFolder, sniff.RefusalTooBig, sniff.RefusalBinary, sniff.RefusalNotUTF8,
		sniff.RefusalLongLine, sniff.RefusalEmpty, sniff.RefusalBlank, sniff.RefusalBlankAfter, sniff.RefusalStarts, sniff.RefusalEnds} {
		formats[f] = "sniff"
	}
	if len(formats) < 100 {
		t.Fatalf("found only %d formats: the scan misses the readers' calls", len(formats))
	}
	for f, where := range formats {
		bare := f
		for _, p := range []string{"%s: ", "%v: ", "%s:%d: "} {
			for strings.HasPrefix(bare, p) {
				bare = bare[len(p):]
			}
		}
		requireChinese(t, problemChinese, bare, where)
	}
}

// requireChinese requires the format s, found at where, to have its Chinese in table,
// taking as many arguments.
func requireChinese(t *testing.T, table map[string]string, s, where string) {
	t.Helper()
	zh, ok := table[s]
	if !ok {
		t.Errorf("%s: no Chinese for %q", where, s)
		return
	}
	if got, want := verbs(zh), verbs(s); got != want {
		t.Errorf("%s: %q takes %d arguments, its Chinese %q %d", where, s, want, zh, got)
	}
}

// inspectSource walks every node of the Go files, tests aside, of each of dirs
// (folders of the module) with visit, as ast.Inspect does.
func inspectSource(t *testing.T, fset *token.FileSet, dirs []string, visit func(ast.Node) bool) {
	t.Helper()
	in := make([]string, len(dirs))
	for i, d := range dirs {
		in[i] = filepath.Join("..", d)
	}
	i18ntest.InspectSource(t, fset, in, visit)
}

// failureFormat returns the format of n when n is a scenarios.Failure written out,
// Failure{Format: "...", ...}.
func failureFormat(n ast.Node) (*ast.BasicLit, bool) {
	c, ok := n.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	switch typ := c.Type.(type) {
	case *ast.Ident:
		ok = typ.Name == "Failure"
	case *ast.SelectorExpr:
		ok = typ.Sel.Name == "Failure"
	}
	if !ok {
		return nil, false
	}
	for _, e := range c.Elts {
		if kv, isKV := e.(*ast.KeyValueExpr); isKV {
			if key, isIdent := kv.Key.(*ast.Ident); isIdent && key.Name == "Format" {
				lit, isLit := kv.Value.(*ast.BasicLit)
				return lit, isLit && lit.Kind == token.STRING
			}
		}
	}
	return nil, false
}

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

// TestProblemTextKeepsWhatTheFileSays requires what a file wrote, quoted in a message,
// to stand as written in Chinese too, even when it is a word the messages translate:
// a field "zone" is not the field "隐患区", while the noun "zone" is 隐患区.
func TestProblemTextKeepsWhatTheFileSays(t *testing.T) {
	orders := "orders:\n  - {at: \"22:15\", order: evacuate, zone: 南岸街}\n"
	_, err := scenarios.ParseOrders([]byte(orders), "o.yaml", time.Date(2026, 7, 15, 22, 0, 0, 0, scenarios.ChinaStandardTime))
	if err == nil {
		t.Fatal("the orders parse")
	}
	if zh := ProblemText(err, Chinese); !strings.Contains(zh, `未知字段 "zone"`) {
		t.Errorf("the unknown field is not quoted as written:\n%s", zh)
	}
	if got := chinese("%s id %q is used twice", []any{scenarios.NounZone, "zone"}); got != `隐患区编号 "zone" 重复` {
		t.Errorf("a noun and a quoted word: %q", got)
	}
	if got := quotedArgs("%[2]q of %[1]s, then %d"); !got[1] || got[0] {
		t.Errorf("quotedArgs with indexes: %v", got)
	}
}

// TestProblemTextKeepsAFieldNamed requires a field a file must write, named in a
// problem, to stand as the file writes it: an evacuation without a shelter needs
// "shelter", not the word 避难场所 (the noun of a place the map lacks is said in Chinese).
func TestProblemTextKeepsAFieldNamed(t *testing.T) {
	if got := chinese("%s: order %s needs %s", []any{"orders[2]", scenarios.OrderEvacuate, "shelter"}); got != "orders[2]：evacuate指令须写 shelter" {
		t.Errorf("the field is not named as written: %q", got)
	}
	if got := chinese("%s %q is ambiguous: %d %ss of the map bear that name (%s); name the one meant by its id, or rename them in the map",
		[]any{scenarios.NounShelter, "shelter", 2, "shelter", "way/1, way/2"}); !strings.HasPrefix(got, `避难场所 "shelter" 有歧义`) {
		t.Errorf("the noun is not said in Chinese, or the name not as written: %q", got)
	}
}

// TestProblemTextSaysAnEventLogsProblems requires the event log's reader to say what
// is wrong with a log in Chinese, at its file and line.
func TestProblemTextSaysAnEventLogsProblems(t *testing.T) {
	log := `{"format":"` + sim.EventLogFormat + `","scenario":"flood"}` + "\n" + `{"t":5}` + "\n"
	_, _, err := sim.ReadEventLog(strings.NewReader(log), "x.jsonl")
	if err == nil {
		t.Fatal("the log reads")
	}
	if got := ProblemText(err, Chinese); got != "x.jsonl:2: 事件缺少 kind" {
		t.Errorf("in Chinese: %q", got)
	}
	if got := ProblemText(err, English); got != "x.jsonl:2: the event has no kind" {
		t.Errorf("in English: %q", got)
	}
}

// commandFiles are the files of the commands whose problems are said in Chinese first:
// hazard, serve (with its county flags), county, bot and join, and the seat's trust.
var commandFiles = []string{"hazard*.go", "serve*.go", "county.go", "bot.go", "join.go", "trust.go"}

// TestCommandsGiveNoEnglishOnlyProblem reads the source of the commands above and
// requires every problem they give to be a scenarios.Failure (whose format
// TestEveryProblemHasChinese requires the Chinese of): no error made by fmt.Errorf or
// errors.New, and nothing printed on stderr, with English words of its own; the usage
// text the flags print aside.
func TestCommandsGiveNoEnglishOnlyProblem(t *testing.T) {
	fset := token.NewFileSet()
	var files []string
	for _, pattern := range commandFiles {
		found, err := filepath.Glob(filepath.Join("..", "cmd", "drillsim", pattern))
		if err != nil || len(found) == 0 {
			t.Fatalf("no file %s: %v", pattern, err)
		}
		for _, f := range found {
			if !strings.HasSuffix(f, "_test.go") {
				files = append(files, f)
			}
		}
	}
	scanned := 0
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, _ := sel.X.(*ast.Ident)
			switch {
			case pkg != nil && pkg.Name == "fmt" && sel.Sel.Name == "Errorf", pkg != nil && pkg.Name == "errors" && sel.Sel.Name == "New":
			case pkg != nil && pkg.Name == "fmt" && strings.HasPrefix(sel.Sel.Name, "Fprint") && len(call.Args) > 0 && toStderr(call.Args[0]):
			default:
				return true
			}
			scanned++
			for _, a := range call.Args {
				ast.Inspect(a, func(n ast.Node) bool {
					lit, ok := n.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						return true
					}
					s, _ := strconv.Unquote(lit.Value)
					if strings.HasPrefix(s, "usage: ") {
						return true
					}
					if w := i18ntest.EnglishWord(s); w != "" {
						t.Errorf("%s: %q says %q in English only: give it as scenarios.Failf and its Chinese in i18n", fset.Position(lit.Pos()), s, w)
					}
					return true
				})
			}
			return true
		})
	}
	if scanned == 0 {
		t.Fatal("found no error or message on stderr: the scan misses the commands'")
	}
}

// toStderr reports whether w, the writer a fmt.Fprint call writes to, is the
// command's error stream: stderr, os.Stderr or a flag set's output.
func toStderr(w ast.Expr) bool {
	switch w := w.(type) {
	case *ast.Ident:
		return w.Name == "stderr"
	case *ast.SelectorExpr:
		return w.Sel.Name == "Stderr"
	case *ast.CallExpr:
		return i18ntest.CalledName(w) == "Output"
	}
	return false
}
