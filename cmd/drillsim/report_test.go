package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportWritesEachFormat(t *testing.T) {
	logPath := writeDrillLog(t, "flood", floodEvents...)
	dir := t.TempDir()
	for _, tc := range []struct {
		file  string
		magic string
	}{{"report.html", "<!DOCTYPE html>"}, {"report.pdf", "%PDF-"}, {"scores.xlsx", "PK"}, {"scores.csv", "\ufeffid,条款"}, {"scores.json", "{"}} {
		t.Run(tc.file, func(t *testing.T) {
			out := filepath.Join(dir, tc.file)
			code, stdout, stderr := drillsim(t, "report", "--scenario", "flood", "--events", logPath, "--out", out)
			if code != 0 && strings.Contains(stderr, "no CJK font") {
				t.Skipf("skipping: %s", stderr)
			}
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.Contains(stdout, out) || !strings.Contains(stdout, "不合格") {
				t.Errorf("stdout %q does not name the file and the grade", stdout)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(data), tc.magic) {
				t.Errorf("%s starts with %q, want %q", tc.file, data[:min(len(data), 20)], tc.magic)
			}
		})
	}
}

func TestReportRefusesBadArguments(t *testing.T) {
	logPath := writeDrillLog(t, "flood", floodEvents...)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--scenario", "flood", "--events", logPath, "--out", "report.docx"}, 2, "name the output with one of .html, .pdf, .xlsx, .csv, .json"},
		{[]string{"--scenario", "flood", "--events", logPath}, 2, "--out are required"},
		{[]string{"--scenario", "fire", "--events", logPath, "--out", filepath.Join(t.TempDir(), "r.json")}, 1, `该事件记录属于想定 "flood"`},
		{[]string{"--scenario", "flood", "--events", logPath, "--out", filepath.Join(t.TempDir(), "no", "such", "dir", "r.json")}, 1, "cannot write the report"},
	} {
		code, _, stderr := drillsim(t, append([]string{"report"}, tc.args...)...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("report %v: exit %d, stderr %q; want exit %d saying %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
}
