package layering

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The package families of the rules below, by import path prefix.
var (
	engine    = []string{"drillsim/sim", "drillsim/scenarios", "drillsim/maps"} // what the engine is made of
	toolkit   = []string{"github.com/hajimehoshi/ebiten", "github.com/ebitenui"}
	charts    = []string{"gonum.org/v1/plot", "codeberg.org/go-pdf/fpdf"}
	workbooks = []string{"github.com/xuri/excelize"}
)

// rule forbids the packages of from (and below them, but for those of except) to
// depend on any package of not (but for those of allow): through any chain of
// imports, or, when direct is set, by importing it themselves.
type rule struct {
	from, except, not, allow []string
	direct                   bool
	why                      string
}

// rules are the house's arrows (see the design notes): the engine knows nothing above
// it, the journal nothing of the grading, the maps nothing but their assets; only the
// window touches the interface toolkit, and only the report draws charts and PDFs.
var rules = []rule{
	{from: engine, except: []string{"drillsim/scenarios/xlsx", "drillsim/maps/mapgen"},
		not: []string{"drillsim/scoring", "drillsim/observation", "drillsim/report", "drillsim/journal", "drillsim/replay", "drillsim/session", "drillsim/drill", "drillsim/i18n", "drillsim/ui"},
		why: "the engine (sim, scenarios, maps) knows nothing of the grading, the journal, the sessions or the interface above it"},
	{from: engine, except: []string{"drillsim/scenarios/xlsx", "drillsim/maps/mapgen"}, not: slices.Concat(charts, workbooks, toolkit),
		why: "the engine links no chart, PDF, spreadsheet or interface library"},
	{from: []string{"drillsim/journal", "drillsim/replay"}, not: []string{"drillsim/scoring", "drillsim/report", "drillsim/session", "drillsim/ui"},
		why: "the journal and the replay know nothing of the grading, the report or the sessions"},
	{from: []string{"drillsim/journal", "drillsim/replay"}, except: []string{"drillsim/journal/internal"}, not: slices.Concat(charts, workbooks),
		why: "the journal and the replay link no chart, PDF or spreadsheet library"},
	{from: []string{"drillsim/maps"}, except: []string{"drillsim/maps/mapgen"}, not: []string{"drillsim/"}, allow: []string{"drillsim/assets", "drillsim/maps", "drillsim/internal/sniff"},
		why: "maps depend on no drillsim package but assets (and the leaf that sniffs files before they are read)"},
	{from: []string{"drillsim/"}, except: []string{"drillsim/ui", "drillsim/ui/"}, not: toolkit,
		why: "only the window (ui, and cmd/drillsim built with -tags window) touches the interface toolkit: the rest tests without a display"},
	{from: []string{"drillsim/"}, except: []string{"drillsim/report"}, not: charts, direct: true,
		why: "only the report draws charts and writes PDF"},
	{from: []string{"drillsim/"}, except: []string{"drillsim/report", "drillsim/scenarios/xlsx"}, not: workbooks, direct: true,
		why: "only the report writes workbooks and scenarios/xlsx reads them"},
	{from: []string{"drillsim/scoring", "drillsim/observation", "drillsim/session", "drillsim/i18n", "drillsim/drill", "drillsim/ui/tess"}, not: toolkit,
		why: "grading, sessions, languages, drill loading and tessellation test without a display"},
}

// graph is the import graph of the module's packages and everything they depend on.
type graph map[string][]string

// importGraph lists every package the module's packages (built with tags) depend on,
// with its imports.
func importGraph(t *testing.T, tags string) graph {
	t.Helper()
	out, err := exec.Command("go", "list", "-e", "-deps", "-tags", tags, "-f", "{{.ImportPath}}|{{join .Imports \",\"}}", "drillsim/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	g := graph{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, "|")
		g[pkg] = nil
		if imports != "" {
			g[pkg] = strings.Split(imports, ",")
		}
	}
	return g
}

// under reports whether pkg is one of prefixes or below one ("drillsim/" matches every
// package of the module).
func under(pkg string, prefixes []string) bool {
	for _, p := range prefixes {
		if pkg == p || strings.HasPrefix(pkg, strings.TrimSuffix(p, "/")+"/") || strings.HasSuffix(p, "/") && strings.HasPrefix(pkg, p) {
			return true
		}
	}
	return false
}

// path returns a chain of imports from pkg to a package matching target, nil for none.
func (g graph) path(pkg string, target func(string) bool) []string {
	prev := map[string]string{pkg: ""}
	queue := []string{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, q := range g[p] {
			if _, seen := prev[q]; seen {
				continue
			}
			prev[q] = p
			if target(q) {
				chain := []string{q}
				for at := p; at != ""; at = prev[at] {
					chain = append([]string{at}, chain...)
				}
				return chain
			}
			queue = append(queue, q)
		}
	}
	return nil
}

// TestArrows checks every rule on the plain build and on the window build, naming
// each forbidden edge with the chain of imports that makes it.
func TestArrows(t *testing.T) {
	for _, tags := range []string{"", "window"} {
		g := importGraph(t, tags)
		var pkgs []string
		for pkg := range g {
			if strings.HasPrefix(pkg, "drillsim/") {
				pkgs = append(pkgs, pkg)
			}
		}
		slices.Sort(pkgs)
		for _, r := range rules {
			forbidden := func(dep string) bool { return under(dep, r.not) && !under(dep, r.allow) }
			for _, pkg := range pkgs {
				if !under(pkg, r.from) || under(pkg, r.except) || pkg == "drillsim/cmd/drillsim" && tags == "window" && slices.Equal(r.not, toolkit) {
					continue
				}
				var chain []string
				if r.direct {
					if i := slices.IndexFunc(g[pkg], forbidden); i >= 0 {
						chain = []string{pkg, g[pkg][i]}
					}
				} else {
					chain = g.path(pkg, func(dep string) bool { return forbidden(dep) && dep != pkg })
				}
				if chain != nil {
					t.Errorf("forbidden edge %s -> %s (%s; tags %q): %s", pkg, chain[len(chain)-1], strings.Join(chain, " -> "), tags, r.why)
				}
			}
		}
	}
}

// TestTheRulesCatchAnEdge checks the rule machinery on a graph with forbidden edges,
// so that the arrows test cannot pass by matching nothing.
func TestTheRulesCatchAnEdge(t *testing.T) {
	g := graph{"drillsim/sim": {"drillsim/scenarios"}, "drillsim/scenarios": {"drillsim/journal"}, "drillsim/journal": {"gonum.org/v1/plot"}}
	chain := g.path("drillsim/sim", func(p string) bool { return under(p, rules[0].not) })
	if strings.Join(chain, " ") != "drillsim/sim drillsim/scenarios drillsim/journal" {
		t.Errorf("the chain from sim to the journal is %v", chain)
	}
	if !under("drillsim/sim/hazard", engine) || under("drillsim/simulator", engine) || !under("drillsim/ui/tess", []string{"drillsim/"}) {
		t.Error("under matches packages by path element")
	}
}
