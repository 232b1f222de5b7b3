//go:build window

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/scenarios"
)

// The window itself is tested in package ui; these are the journal's opening and the
// command line's refusals, which come before any window opens.
func TestReplayOpensAJournal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "landslide.journal")
	if code, _, errOut := drillsim(t, "run", "landslide", "--orders", "reference", "--journal", path, "--out", filepath.Join(dir, "events.jsonl")); code != 0 {
		t.Fatalf("run --journal: exit %d: %s", code, errOut)
	}
	var errOut bytes.Buffer
	s, err := openReplay(path, "", "", scenarios.RoleEvaluator, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	if s.Scenario().ID != "landslide" || s.EndS() != int64(s.Scenario().Duration) || s.Snapshot().T != 0 || errOut.Len() != 0 {
		t.Errorf("the replay of %s is of %s from second %d to %d, saying %q; want the whole landslide drill from its start, quietly", path, s.Scenario().ID, s.Snapshot().T, s.EndS(), errOut.String())
	}

	// Cut off the journal's end: the replay ends at its last whole entry, and says so.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	cut := filepath.Join(dir, "cut.journal")
	if err := os.WriteFile(cut, bytes.Join(append(lines[:len(lines)-2:len(lines)-2], []byte(`{"n":`)), nil), 0o644); err != nil {
		t.Fatal(err)
	}
	errOut.Reset()
	if _, err := openReplay(cut, "", "", scenarios.RoleEvaluator, &errOut); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"torn last line", "did not finish; its replay ends at its last entry"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("replaying a journal cut short says %q; want %q", errOut.String(), want)
		}
	}
}

func TestReplayRefusesABadCommandLine(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"replay"}, 2, "give one journal, got 0"},
		{[]string{"replay", "a.journal", "b.journal"}, 2, "give one journal, got 2"},
		{[]string{"replay", "a.journal", "--role", "村长"}, 2, "unknown role \"村长\""},
		{[]string{"replay", filepath.Join(t.TempDir(), "nosuch.journal")}, 1, "cannot read the journal"},
	} {
		code, _, errOut := drillsim(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("drillsim %s: exit %d, stderr %q; want exit %d saying %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.want)
		}
	}
}
