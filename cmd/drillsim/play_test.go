//go:build window

package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/session"
)

// The window itself is tested in package ui; these are the command line's refusals,
// which come before any window opens.
func TestPlayRefusesABadCommandLine(t *testing.T) {
	badScenario := writeFile(t, "bad.yaml", "id: bad\nduration: 8 hours\n")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"play", "--role", "村长"}, 2, "unknown role \"村长\""},
		{[]string{"play", "--role", "村:不存在村"}, 2, "no village \"不存在村\": its villages are"},
		{[]string{"play", "--lang", "fr"}, 2, "write zh or en"},
		{[]string{"play", "flood", "fire"}, 2, "one scenario at a time"},
		{[]string{"play", "nosuch"}, 1, "没有内置想定 \"nosuch\"：内置想定为 combined"}, // Chinese first
		{[]string{"play", "nosuch", "--lang", "en"}, 1, "no built-in scenario \"nosuch\""},
		{[]string{"play", badScenario}, 1, badScenario + ":2:11: "},
		{[]string{"play", filepath.Join(t.TempDir(), "gone.yaml"), "--lang", "en"}, 1, "cannot read scenario"},
		{[]string{"play", "--dem", "town.asc"}, 2, "--dem is the terrain of a scenario file's own map: name the file too"},
		{[]string{"play", "flood", "--dem", "town.asc"}, 1, "--dem goes with a scenario whose map is its own file"},
	} {
		code, _, errOut := drillsim(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("drillsim %s: exit %d, stderr %q; want exit %d saying %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.want)
		}
	}
}

func TestPlayJournalsWhereItSays(t *testing.T) {
	t.Chdir(t.TempDir())
	flood, err := drill.Load("flood", drill.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	start := time.Date(2026, 7, 15, 22, 5, 9, 0, time.UTC)
	s, err := startRecorded(flood, scenarios.RoleCommand, "", start, &errOut)
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
	if _, err := startRecorded(flood, scenarios.RoleCommand, want, start, &errOut); err == nil {
		t.Errorf("play started a second drill over the journal %s", want)
	}

	errOut.Reset()
	resumed, err := resumeRecorded(want, "", "", scenarios.RoleCommand, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	defer resumed.Close()
	if resumed.Snapshot().T != 0 || !strings.Contains(errOut.String(), "resuming the drill at") {
		t.Errorf("resumed at second %d saying %q; want the start, said", resumed.Snapshot().T, errOut.String())
	}
	if _, err := resumeRecorded(want, "fire", "", scenarios.RoleCommand, &errOut); err == nil || !strings.Contains(err.Error(), "journals scenario flood, not fire") {
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

// TestPlayResumesAndReplaysAScenarioFile plays a scenario file in scenarios/ as
// `drillsim play scenarios/mini.yaml` does, then resumes and replays its journal
// naming no scenario; with the file gone both say how to name it.
func TestPlayResumesAndReplaysAScenarioFile(t *testing.T) {
	mini := inScenarioFolder(t)
	d, err := drill.Load(mini, drill.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	s, err := startRecorded(d, scenarios.RoleCommand, "", time.Date(2026, 8, 20, 6, 0, 0, 0, time.UTC), &errOut)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("drills", "mini-slide-20260820-060000.journal")
	if !strings.Contains(errOut.String(), path) {
		t.Errorf("play says %q; want it to name the journal %s", errOut.String(), path)
	}
	s.Send(scenarios.Order{Order: scenarios.OrderActivateResponse, Level: scenarios.LevelIV})
	s.Advance(3)
	s.Close()

	resumed, err := resumeRecorded(path, "", "", scenarios.RoleCommand, &errOut)
	if err != nil {
		t.Fatalf("resuming the scenario file's journal: %v", err)
	}
	if resumed.Scenario().Source != mini || !strings.Contains(errOut.String(), "resuming the drill at") {
		t.Errorf("resumed %s saying %q; want %s resumed", resumed.Scenario().Source, errOut.String(), mini)
	}
	resumed.Close()
	replayed, err := openReplay(path, "", "", scenarios.RoleEvaluator, &errOut)
	if err != nil {
		t.Fatalf("replaying the scenario file's journal: %v", err)
	}
	if replayed.Scenario().Source != mini {
		t.Errorf("the replay is of %s, want %s", replayed.Scenario().Source, mini)
	}

	if err := os.Mkdir("elsewhere", 0o755); err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join("elsewhere", "mini.yaml")
	if err := os.Rename(mini, moved); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"play", "--resume", path}, "name the file the drill was started with: drillsim play <file.yaml> --resume " + path},
		{[]string{"replay", path}, "name the file the drill was started with: drillsim replay " + path + " --scenario <file.yaml>"},
		// A scenario's hash counts its file's name as given: moved, it is another version.
		{[]string{"replay", path, "--scenario", moved}, "another version of scenario mini-slide than the file " + moved},
	} {
		code, _, errOut := drillsim(t, tc.args...)
		if code != 1 || !strings.Contains(errOut, tc.want) {
			t.Errorf("drillsim %s with the file moved: exit %d, stderr %q; want exit 1 saying %q", strings.Join(tc.args, " "), code, errOut, tc.want)
		}
	}
}

// TestPlayScenarioFileOnItsOwnMap plays a scenario on a map of its own, the demo
// town with 银杏村 renamed 松林村: the village roles are that map's, on the command
// line and on the start screen, and without --dem the start says how to give the
// map its terrain.
func TestPlayScenarioFileOnItsOwnMap(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"town.geojson", "town.asc"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "assets", "town", name))
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), bytes.ReplaceAll(data, []byte("银杏村"), []byte("松林村")), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	scn := strings.ReplaceAll(strings.Replace(miniScenario, "map: default", "map: town.geojson", 1), "银杏村", "松林村")
	if err := os.WriteFile("own.yaml", []byte(scn), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := drillsim(t, "play", "own.yaml", "--dem", "town.asc", "--role", "村:银杏村")
	if code != 2 || !strings.Contains(errOut, `上没有村（社区）"银杏村"：地图上的村（社区）为`) || !strings.Contains(errOut, "松林村") {
		t.Errorf("play own.yaml as 村:银杏村: exit %d, stderr %q; want exit 2 naming the map's villages", code, errOut)
	}
	if _, err := os.Stat("drills"); err == nil {
		t.Error("a refused role left a journal behind")
	}

	var started *session.Recorded
	start := func(d *drill.Drill, role scenarios.Role, _ bool) (*session.Recorded, error) {
		s, err := startRecorded(d, role, "", time.Now(), io.Discard)
		started = s
		return s, err
	}
	chosen, err := startScreenDrill("own.yaml", "", start)
	if err != nil {
		t.Fatal(err)
	}
	var villages []string
	for _, v := range chosen.Town.Villages {
		villages = append(villages, v.Name)
	}
	if !slices.Contains(villages, "松林村") || slices.Contains(villages, "银杏村") {
		t.Errorf("the start screen offers the villages %v; want own.yaml's map's, with 松林村 and no 银杏村", villages)
	}
	if _, err := chosen.Start(scenarios.RoleCommand, false); err == nil || !strings.Contains(err.Error(), "drillsim play own.yaml --dem terrain.asc") {
		t.Errorf("starting own.yaml without its terrain: %v; want the way to give it", err)
	}
	if started != nil {
		t.Error("a drill that did not start left a session")
	}
	if _, err := startScreenDrill("nosuch.yaml", "", start); err == nil || !strings.Contains(err.Error(), "nosuch.yaml") {
		t.Errorf("the start screen's load of a missing file: %v; want an error naming it", err)
	}

	d, err := drill.Load("own.yaml", drill.Options{DEM: "town.asc"})
	if err != nil {
		t.Fatal(err)
	}
	s, err := startRecorded(d, scenarios.RoleCommand, "own.journal", time.Now(), io.Discard)
	if err != nil {
		t.Fatalf("play own.yaml --dem town.asc: %v", err)
	}
	s.Close()
	resumed, err := resumeRecorded("own.journal", "", "town.asc", scenarios.RoleCommand, io.Discard)
	if err != nil {
		t.Fatalf("resume own.journal --dem town.asc: %v", err)
	}
	defer resumed.Close()
	if err := checkVillageRole(scenarios.VillageRole("松林村"), resumed.Town()); err != nil {
		t.Errorf("the resumed drill's map: %v", err)
	}
}
