package report

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"drillsim/drill/drilltest"
	"drillsim/i18n"
	"drillsim/internal/realdata"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/scoring/scoringtest"
	"drillsim/sim"
)

// pdfText writes r as a PDF and returns its text as pdftotext reads it in the order it
// was drawn (-raw), with the page footers taken out, and the number of pages.
func pdfText(t *testing.T, r *Report) (text string, pages int) {
	t.Helper()
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("skipping: pdftotext not installed (scripts/setup installs poppler-utils)")
	}
	var buf bytes.Buffer
	if err := r.WritePDF(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext cannot read the report: %v", err)
	}
	pages = strings.Count(string(out), "\f")
	footer := regexp.MustCompile(`(?m)^\f?` + regexp.QuoteMeta(r.doc.Title+" — ") + `\d+/\d+$`)
	return withoutSpace(footer.ReplaceAllString(string(out), "")), pages
}

// withoutSpace drops every white-space character of s.
func withoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// docTexts lists every piece of text the report lays out: its title, every section
// title, paragraph, list item, table heading and cell, and figure title.
func docTexts(d reportDoc) []string {
	texts := []string{d.Title, d.Subtitle}
	for i, s := range d.Sections {
		texts = append(texts, fmt.Sprintf("%d. %s", i+1, s.Title))
		for _, b := range s.Blocks {
			switch {
			case b.Text != "":
				texts = append(texts, b.Text)
			case b.List != nil:
				texts = append(texts, b.List...)
			case b.Table != nil:
				texts = append(texts, b.Table.Head...)
				for _, row := range b.Table.Rows {
					texts = append(texts, row...)
				}
			case b.Figure != nil:
				texts = append(texts, b.Figure.Title)
			}
		}
	}
	return texts
}

// TestPDFLosesNoCharacter writes the report of every built-in drill, played with its
// reference response and with none, and requires pdftotext to find every paragraph,
// list item and table cell of it whole, white space aside: no character may be lost
// where a line wraps. It also requires each report to fit in 15 pages.
func TestPDFLosesNoCharacter(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: runs every built-in drill")
	}
	needCJKFont(t)
	town := drilltest.Town(t)
	for _, e := range scenarios.Library() {
		for _, reference := range []bool{true, false} {
			name := e.ID + "/none"
			if reference {
				name = e.ID + "/reference"
			}
			t.Run(name, func(t *testing.T) {
				a := scoringtest.BuiltinAssessment(t, e.ID, reference)
				for _, lang := range []i18n.Language{i18n.Chinese, i18n.English} {
					r, err := New(a, town, lang)
					if err != nil {
						t.Fatal(err)
					}
					text, pages := pdfText(t, r)
					if pages > maxReportPages {
						t.Errorf("%s: the PDF has %d pages, more than %d", lang, pages, maxReportPages)
					}
					lost := 0
					for _, want := range docTexts(r.doc) {
						if w := withoutSpace(want); w != "" && !strings.Contains(text, w) {
							if lost++; lost <= 5 {
								t.Errorf("%s: pdftotext does not find %q whole in the PDF", lang, want)
							}
						}
					}
					if lost > 5 {
						t.Errorf("%s: %d more pieces of text not found whole", lang, lost-5)
					}
				}
			})
		}
	}
}

// TestPDFOfABadDrillFitsItsPages gives the report a drill as bad as they come — people
// hurt and roads cut every two minutes in forty places for eight hours, a hundred
// orders, thirty of them refused — and requires it to fit in maxReportPages, the
// consequences grouped by place and span rather than one line each.
func TestPDFOfABadDrillFitsItsPages(t *testing.T) {
	needCJKFont(t)
	base := scoringtest.FloodAssessment(t)
	var events []sim.Event
	for s := int64(0); s < 8*3600; s += 120 {
		for z := range 40 {
			zone := fmt.Sprintf("第%d片区", z+1)
			events = append(events, sim.Event{T: s, Kind: scenarios.EventCasualty, Hazard: "dacao-flood", HazardType: scenarios.HazardFlood, Zone: zone, Count: 3},
				sim.Event{T: s, Kind: scenarios.EventRoadCut, Hazard: "dacao-flood", Village: zone, Road: fmt.Sprintf("%s%d号路", zone, s)})
		}
		if s%288 == 0 {
			events = append(events, sim.Event{T: s, Kind: scenarios.EventOrder, Cause: scenarios.CauseOrder, Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch,
				Unit: "rescue-1", Task: scenarios.TaskRescue, Place: "南岸街洪水风险区", Seq: uint64(s)})
		}
		if s%960 == 0 {
			events = append(events, sim.Event{T: s, Kind: scenarios.EventRejected, Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "rescue-2", Seq: uint64(s + 1)})
		}
	}
	events = append(events, sim.Event{T: 8 * 3600, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 4015, Casualties: 1431}})
	a := scoring.Assess(base.Plan, base.Scenario, base.Header, "bad.jsonl", events, observation.DefaultItems, nil)
	r, err := New(&a, drilltest.Town(t), i18n.Chinese)
	if err != nil {
		t.Fatal(err)
	}
	if _, pages := pdfText(t, r); pages > maxReportPages {
		t.Errorf("the report of a bad drill (%d events) has %d pages, more than %d", len(events), pages, maxReportPages)
	}
}

// TestPDFKeepsTheNamesOfARealMap writes the report of a drill on the Andorra extract
// of OpenStreetMap, whose roads bear Catalan names (Canòlich, Camí, Pyrénées,
// Engordany with ç, ñ, ï), each reopened by a team, and requires pdftotext to find every
// name whole, and the PDF's font to draw every letter of them: it has no hole where a
// real map's letters fall (pdftotext would read a missing letter, the reader would
// see a blank box).
func TestPDFKeepsTheNamesOfARealMap(t *testing.T) {
	font, err := sfnt.Parse(needCJKFont(t))
	if err != nil {
		t.Fatal(err)
	}
	town, err := maps.LoadFile(realdata.Path(t, "andorra/andorra.geojson"), maps.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range town.Roads {
		if r.Name != "" && strings.ContainsFunc(r.Name, func(c rune) bool { return c > 0x7f }) && !slices.Contains(names, r.Name) {
			names = append(names, r.Name)
		}
	}
	if len(names) < 10 {
		t.Fatalf("the Andorra extract has only %d road names beyond ASCII", len(names))
	}
	base := scoringtest.FloodAssessment(t)
	var events []sim.Event
	for i, name := range names {
		events = append(events, sim.Event{T: int64(600 + 60*i), Kind: scenarios.EventRoadCleared, Cause: scenarios.CauseTask, Role: scenarios.RoleCommand, Seq: uint64(i + 1), Road: name})
	}
	a := scoring.Assess(base.Plan, base.Scenario, base.Header, "andorra.jsonl", events, observation.DefaultItems, nil)
	r, err := New(&a, town, i18n.Chinese)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := pdfText(t, r)
	var buf sfnt.Buffer
	for _, name := range names {
		if !strings.Contains(text, withoutSpace(name)) {
			t.Errorf("pdftotext does not find the road %q whole", name)
		}
		for _, c := range name {
			if g, err := font.GlyphIndex(&buf, c); err != nil || g == 0 {
				t.Errorf("the font draws no %q of %q", c, name)
			}
		}
	}
}
