package report

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"drillsim/scenarios"
	_ "drillsim/scenarios/xlsx" // reads the workbook back
)

// TestMSELExportReadsBack writes the tabletop's MSEL as a workbook and as CSV and reads
// both back as MSEL sheets: every inject as the scenario has it, the controller's
// columns kept as notes with one warning.
func TestMSELExportReadsBack(t *testing.T) {
	s, err := scenarios.LoadBuiltin("tabletop")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var book, sheet bytes.Buffer
	if err := WriteMSELXLSX(&book, s); err != nil {
		t.Fatal(err)
	}
	if err := WriteMSELCSV(&sheet, s); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"msel.xlsx": book.Bytes(), "msel.csv": sheet.Bytes()} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		back, err := scenarios.ReadMSEL(path, s.Start.Time, scenarios.MSELOptions{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := slices.Clone(s.Injects)
		slices.SortStableFunc(want, func(a, b scenarios.Inject) int { return int(*a.At - *b.At) })
		if len(back.Injects) != len(want) {
			t.Fatalf("%s: %d injects, want %d", name, len(back.Injects), len(want))
		}
		for i, w := range want {
			g := back.Injects[i]
			if g.ID != w.ID || *g.At != *w.At || g.To != w.To || g.From != w.From || g.Text != w.Text || g.Expect != w.Expect {
				t.Errorf("%s: inject %d reads back as %+v, want %+v", name, i, g, w)
			}
		}
		if len(back.Warnings) != 1 || !strings.Contains(back.Warnings[0], `"条件", "类型", "已下达", "实际处置"`) {
			t.Errorf("%s: warnings %q", name, back.Warnings)
		}
	}
}

// TestMSELExportPrints: the workbook of a scenario with injects that wait for events
// lists them after the timed ones with their conditions, on a landscape page one wide
// with its header row on every page.
func TestMSELExportPrints(t *testing.T) {
	s, err := scenarios.LoadBuiltin("combined")
	if err != nil {
		t.Fatal(err)
	}
	var book bytes.Buffer
	if err := WriteMSELXLSX(&book, s); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&book)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("MSEL")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(s.Injects)+1 || rows[0][0] != "编号" || !strings.HasPrefix(rows[1][1], s.Start.Time.Format("2006-01-02 ")) {
		t.Fatalf("%d rows, the first two %q", len(rows), rows[:2])
	}
	last := rows[len(rows)-1]
	if last[1] != "" || !strings.Contains(last[2], "后") {
		t.Errorf("the last row (an inject that waits) %q", last)
	}
	layout, err := f.GetPageLayout("MSEL")
	if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
		t.Errorf("page layout %+v, %v", layout, err)
	}
	names := f.GetDefinedName()
	if !slices.ContainsFunc(names, func(n excelize.DefinedName) bool { return n.Name == "_xlnm.Print_Titles" && n.RefersTo == "MSEL!$1:$1" }) {
		t.Errorf("no header row repeated on each page: %+v", names)
	}
}
