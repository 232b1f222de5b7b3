package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMSELCheckAndExport: check lists an HSEEP sheet's injects once its players are
// mapped to roles, and refuses it, naming the cell and the roles file, before; export
// writes the built-in flood's MSEL, which check reads back.
func TestMSELCheckAndExport(t *testing.T) {
	dir := t.TempDir()
	sheet, roles := filepath.Join(dir, "hseep.csv"), filepath.Join(dir, "roles.yaml")
	os.WriteFile(sheet, []byte("Event #,Scenario Time,Event Type,To,Message\n1,10:10 PM,Contextual,SRE,Red rainstorm warning\n2,Day 2 07:29 AM,Contextual,Village Chief,Bridge under water\n"), 0o644)
	os.WriteFile(roles, []byte("SRE: 指挥部\nVillage Chief: 村:玉兰村\n"), 0o644)
	if code, _, stderr := drillsim(t, "msel", "check", sheet); code != 1 || !strings.Contains(stderr, `hseep.csv:2:4: column 接收方 (to): unknown role "SRE"`) || !strings.Contains(stderr, `"SRE: 指挥部"`) {
		t.Errorf("without roles: exit %d, %q", code, stderr)
	}
	code, out, stderr := drillsim(t, "msel", "check", sheet, "--roles", roles, "--scenario", "flood")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"2 条事件 injects", "+10m 22:10", "+9h29m 07:29", "村:玉兰村", "Bridge under water", `columns not used, kept as each inject's notes: "Event Type"`} {
		if !strings.Contains(out, want) {
			t.Errorf("check's output lacks %q:\n%s", want, out)
		}
	}
	book := filepath.Join(dir, "msel.xlsx")
	if code, out, stderr := drillsim(t, "msel", "export", "tabletop", "--out", book); code != 0 || !strings.Contains(out, "msel.xlsx") {
		t.Fatalf("export: exit %d, %s %s", code, out, stderr)
	}
	if code, out, stderr := drillsim(t, "msel", "check", book, "--scenario", "tabletop"); code != 0 || !strings.Contains(out, "T02") {
		t.Errorf("the exported sheet: exit %d, %s %s", code, out, stderr)
	}
	if code, _, stderr := drillsim(t, "msel", "export", "tabletop", "--out", filepath.Join(dir, "m.pdf")); code != 2 || !strings.Contains(stderr, ".xlsx or .csv") {
		t.Errorf("a pdf: exit %d, %q", code, stderr)
	}
}
