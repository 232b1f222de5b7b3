package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestEveryTimeInTheDrillsOwnZone plays the smallest drill with a start two hours
// east of Greenwich and requires every time the run, the score, the report, the
// workbook and the journal's listing show to be on that clock, not China's: the
// drill starts at 22:00 UTC+02:00 (04:00 CST the next day), the warning at 22:05,
// the slide at 22:10.
func TestEveryTimeInTheDrillsOwnZone(t *testing.T) {
	dir := t.TempDir()
	scn := filepath.Join(dir, "europe.yaml")
	content := strings.Replace(miniScenario, `start: "2026-08-20T06:00:00+08:00"`, `start: "2026-06-20T22:00:00+02:00"`, 1)
	content = strings.Replace(content, `at: "06:05"`, `at: "22:05"`, 1)
	if err := os.WriteFile(scn, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	events, journalPath := filepath.Join(dir, "events.jsonl"), filepath.Join(dir, "europe.journal")
	code, out, errOut := drillsim(t, "run", scn, "--out", events, "--journal", journalPath)
	if code != 0 {
		t.Fatalf("run: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"开始 start: 2026-06-20 22:00 UTC+02:00", "4.2.2   开始 start 22:05", "5.1.2   开始 start 22:10"} {
		if !strings.Contains(out, want) {
			t.Errorf("run does not say %q:\n%s", want, out)
		}
	}
	if _, out, _ := drillsim(t, "score", "--scenario", scn, "--events", events); !strings.Contains(out, "22:05") || strings.Contains(out, "04:05") {
		t.Errorf("score does not show the warning at 22:05:\n%s", out)
	}
	htmlPath := filepath.Join(dir, "report.html")
	if code, _, errOut := drillsim(t, "report", "--scenario", scn, "--events", events, "--out", htmlPath); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errOut)
	}
	page, _ := os.ReadFile(htmlPath)
	text := html.UnescapeString(regexp.MustCompile(`data:image/png;base64,[A-Za-z0-9+/=&#;]+`).ReplaceAllString(string(page), ""))
	if !strings.Contains(text, "2026-06-20 22:00 UTC+02:00") || strings.Contains(text, "CST") {
		t.Errorf("the report does not start at 2026-06-20 22:00 UTC+02:00, or names CST")
	}
	xlsx := filepath.Join(dir, "scores.xlsx")
	if code, _, errOut := drillsim(t, "report", "--scenario", scn, "--events", events, "--out", xlsx); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errOut)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("要求得分")
	if len(rows) < 2 || rows[1][5] != "2026-06-20 22:05" {
		t.Errorf("the workbook's first requirement starts at %q, want 2026-06-20 22:05", rows[1])
	}
	if _, out, _ := drillsim(t, "verify", journalPath); !strings.Contains(out, "开始于 2026-06-20 22:00 UTC+02:00") || !strings.Contains(out, "23:00") {
		t.Errorf("verify does not list the drill on its own clock (start 22:00, end 23:00):\n%s", out)
	}
}
