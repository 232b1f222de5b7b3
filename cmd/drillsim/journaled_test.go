package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/journal"
)

// inScenarioFolder makes a new working directory with miniScenario in its
// scenarios/ folder and returns the file's path as the working directory sees it.
func inScenarioFolder(t *testing.T) string {
	t.Helper()
	t.Chdir(t.TempDir())
	if err := os.Mkdir("scenarios", 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join("scenarios", "mini.yaml")
	if err := os.WriteFile(p, []byte(miniScenario), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRunResumesTheScenarioFileItsJournalLeadsTo journals a drill of a scenario file
// in scenarios/ and resumes it naming no scenario: the header's id and hash lead to
// the file. A changed file, a file gone or named otherwise are refused saying what
// to do.
func TestRunResumesTheScenarioFileItsJournalLeadsTo(t *testing.T) {
	mini := inScenarioFolder(t)
	if code, _, errOut := drillsim(t, "run", mini, "--journal", "mini.journal", "--out", "first.jsonl"); code != 0 {
		t.Fatalf("run --journal: exit %d: %s", code, errOut)
	}
	if code, _, errOut := drillsim(t, "run", "--resume", "mini.journal", "--out", "again.jsonl"); code != 0 {
		t.Fatalf("run --resume of a scenario file's journal: exit %d: %s", code, errOut)
	}
	first, _ := os.ReadFile("first.jsonl")
	again, _ := os.ReadFile("again.jsonl")
	if len(first) == 0 || !bytes.Equal(first, again) {
		t.Errorf("the resumed journal's event log differs from the run's (%d and %d bytes)", len(first), len(again))
	}

	j, err := journal.Open("mini.journal")
	if err != nil {
		t.Fatal(err)
	}
	if name, err := journaled(j).ScenarioName("NAME IT"); err != nil || name != mini {
		t.Errorf("scenarioOfJournal = %q, %v; want %s", name, err, mini)
	}
	for _, tc := range []struct{ named, want string }{
		{"", ""},
		{mini, ""},
		{"flood", "mini.journal journals scenario mini-slide, not flood: name no scenario, or the one the drill was started with"},
		{"./" + mini, "mini.journal journals another version of scenario mini-slide than the file ./" + mini + ": the file changed since the drill started, or the drill was started with it named another way"},
	} {
		d, err := journaled(j).Load(tc.named, "", "NAME IT")
		switch {
		case tc.want == "" && (err != nil || d.Scenario.ID != "mini-slide"):
			t.Errorf("journaledDrill naming %q: %v; want the mini-slide drill", tc.named, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("journaledDrill naming %q: %v; want %q", tc.named, err, tc.want)
		}
	}
	other := filepath.Join(t.TempDir(), "other.yaml")
	if err := os.WriteFile(other, []byte(strings.Replace(miniScenario, "id: mini-slide", "id: other", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := journaled(j).Load(other, "", "NAME IT"); err == nil || !strings.Contains(err.Error(), "journals scenario mini-slide, but "+other+" is scenario other: name the file the drill was started with") {
		t.Errorf("journaledDrill naming a file of another scenario: %v", err)
	}

	changed := strings.Replace(miniScenario, "（最小演练）", "（改）", 1)
	if err := os.WriteFile(mini, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := drillsim(t, "run", "--resume", "mini.journal")
	if want := "another version of scenario mini-slide than the file " + mini + ": the file changed since the drill started"; code != 1 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "drillsim run <file.yaml> --resume mini.journal") {
		t.Errorf("resuming after the file changed: exit %d, %q; want exit 1 saying %q and how to name the file", code, errOut, want)
	}
	if err := os.Remove(mini); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = drillsim(t, "run", "--resume", "mini.journal")
	if want := "mini.journal journals scenario mini-slide, which is not built in and is in no scenario file in this folder or scenarios/: name the file the drill was started with: drillsim run <file.yaml> --resume mini.journal"; code != 1 || !strings.Contains(errOut, want) {
		t.Errorf("resuming with the file gone: exit %d, %q; want exit 1 saying %q", code, errOut, want)
	}
}

func TestScenarioOfABuiltinJournalIsItsID(t *testing.T) {
	t.Chdir(t.TempDir())
	if code, _, errOut := drillsim(t, "run", "tabletop", "--journal", "t.journal"); code != 0 {
		t.Fatalf("run --journal: exit %d: %s", code, errOut)
	}
	j, err := journal.Open("t.journal")
	if err != nil {
		t.Fatal(err)
	}
	if name, err := journaled(j).ScenarioName("NAME IT"); err != nil || name != "tabletop" {
		t.Errorf("scenarioOfJournal of a built-in drill = %q, %v; want tabletop", name, err)
	}
}
