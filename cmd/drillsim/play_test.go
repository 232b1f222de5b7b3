//go:build window

package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
)

// The window itself is tested in package ui; these are the command line's refusals,
// which come before any window opens.
func TestPlayRefusesABadCommandLine(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"play", "--role", "村长"}, 2, "unknown role \"村长\""},
		{[]string{"play", "--role", "村:不存在村"}, 2, "no village \"不存在村\": its villages are"},
		{[]string{"play", "--lang", "fr"}, 2, "write zh or en"},
		{[]string{"play", "flood", "fire"}, 2, "one scenario at a time"},
		{[]string{"play", "nosuch"}, 1, "no built-in scenario \"nosuch\""},
	} {
		code, _, errOut := drillsim(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("drillsim %s: exit %d, stderr %q; want exit %d saying %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.want)
		}
	}
}

func TestPlayJournalsWhereItSays(t *testing.T) {
	t.Chdir(t.TempDir())
	town, err := maps.Default()
	if err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	start := time.Date(2026, 7, 15, 22, 5, 9, 0, time.UTC)
	s, err := startRecorded(town, "flood", "", start, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join("drills", "flood-20260715-220509.journal")
	if !strings.Contains(errOut.String(), want) {
		t.Errorf("play says %q; want it to name the journal %s", errOut.String(), want)
	}
	if s.Send(scenarios.Order{Order: scenarios.OrderOpenShelter, Shelter: "福宝中学"}) != 1 {
		t.Fatal("the first order was not journaled as command 1")
	}
	s.Close()
	j, err := journal.Open(want)
	if err != nil {
		t.Fatal(err)
	}
	if j.Header.Drill.Scenario != "flood" || len(j.Commands()) != 1 {
		t.Fatalf("the journal at %s is of %q with %d commands; want the flood's with 1", want, j.Header.Drill.Scenario, len(j.Commands()))
	}
	if _, err := startRecorded(town, "flood", want, start, &errOut); err == nil {
		t.Errorf("play started a second drill over the journal %s", want)
	}

	errOut.Reset()
	resumed, err := resumeRecorded(town, want, nil, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	defer resumed.Close()
	if resumed.Snapshot().T != 0 || !strings.Contains(errOut.String(), "resuming the drill at") {
		t.Errorf("resumed at second %d saying %q; want the start, said", resumed.Snapshot().T, errOut.String())
	}
	if _, err := resumeRecorded(town, want, []string{"fire"}, &errOut); err == nil || !strings.Contains(err.Error(), "journals scenario flood, not fire") {
		t.Errorf("resuming a flood journal as the fire: %v", err)
	}
}

func TestPlayRefusesWhatItCannotResume(t *testing.T) {
	dir := t.TempDir()
	finished := filepath.Join(dir, "finished.journal")
	if code, _, errOut := drillsim(t, "run", "flood", "--orders", "reference", "--journal", finished, "--out", filepath.Join(dir, "events.jsonl")); code != 0 {
		t.Fatalf("run --journal: exit %d: %s", code, errOut)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"play", "--journal", "a.journal", "--resume", "b.journal"}, 2, "give one of them"},
		{[]string{"play", "--resume", filepath.Join(dir, "nosuch.journal")}, 1, "cannot read the journal"},
		{[]string{"play", "--resume", finished}, 1, "has ended: review it with `drillsim replay " + finished},
	} {
		code, _, errOut := drillsim(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("drillsim %s: exit %d, stderr %q; want exit %d saying %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.want)
		}
	}
}
