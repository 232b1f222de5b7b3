package journal

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"drillsim/drill"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// uninterrupted runs the flood drill with sim.Run, without a journal, and returns its
// final state hash and events.
func uninterrupted(t *testing.T, d *drill.Drill) (uint64, []sim.Event) {
	t.Helper()
	w := newWorld(t, d)
	var events []sim.Event
	sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
	return w.StateHash(), events
}

func TestRecorderRunEqualsUnjournaledRun(t *testing.T) {
	d := loadFlood(t)
	wantHash, wantEvents := uninterrupted(t, d)
	path := filepath.Join(t.TempDir(), "flood.journal")
	rec, err := Start(path, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	var events []sim.Event
	if err := rec.Run(d.Commands, func(e sim.Event) { events = append(events, e) }, nil); err != nil {
		t.Fatal(err)
	}
	if err := rec.Close(); err != nil {
		t.Fatal(err)
	}
	if got := rec.World().StateHash(); got != wantHash {
		t.Errorf("journaled run ends in state %016x, the run without a journal in %016x", got, wantHash)
	}
	if !reflect.DeepEqual(events, wantEvents) {
		t.Errorf("journaled run gave %d events, the run without a journal %d, or they differ", len(events), len(wantEvents))
	}
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if !j.Finished() || j.Torn != nil || len(j.Commands()) != len(d.Commands) {
		t.Errorf("journal: finished %v, torn %v, %d commands; want finished, whole, %d commands", j.Finished(), j.Torn, len(j.Commands()), len(d.Commands))
	}
	if want := j.Header.Drill; want != rec.World().Header() {
		t.Errorf("journal header names drill %+v, the world is %+v", want, rec.World().Header())
	}
}

func TestResumeContinuesAsIfNeverStopped(t *testing.T) {
	d := loadFlood(t)
	wantHash, wantEvents := uninterrupted(t, d)
	path := filepath.Join(t.TempDir(), "flood.journal")
	rec, err := Start(path, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	var events []sim.Event
	sink := func(e sim.Event) { events = append(events, e) }
	// Play the first half of the orders, stopping midway between two of them as a
	// power cut would: the steps since the last entry are lost and replayed.
	half := d.Commands[len(d.Commands)/2].Tick
	for rec.World().Tick() < half {
		for _, c := range d.Commands {
			if c.Tick == rec.World().Tick()+1 {
				if _, err := rec.Apply(c); err != nil {
					t.Fatal(err)
				}
			}
		}
		if _, err := rec.Step(); err != nil {
			t.Fatal(err)
		}
	}
	rec.Close()

	w, rec, err := Resume(path, d.Town, d.Scenario, sink)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Torn() != nil || rec.Finished() {
		t.Errorf("resumed a whole, unfinished journal: torn %v, finished %v", rec.Torn(), rec.Finished())
	}
	rest, err := rec.Remaining(d.Commands)
	if err != nil {
		t.Fatal(err)
	}
	if len(rest)+len(rec.Commands()) != len(d.Commands) || len(rest) == 0 {
		t.Fatalf("resumed with %d commands journaled and %d remaining, of %d", len(rec.Commands()), len(rest), len(d.Commands))
	}
	if err := rec.Run(rest, sink, nil); err != nil {
		t.Fatal(err)
	}
	rec.Close()
	if got := w.StateHash(); got != wantHash {
		t.Errorf("resumed run ends in state %016x, the uninterrupted run in %016x", got, wantHash)
	}
	if !reflect.DeepEqual(events, wantEvents) {
		t.Errorf("replay and resumed run gave %d events, the uninterrupted run %d, or they differ", len(events), len(wantEvents))
	}

	// Resuming the finished journal regenerates the whole event log and takes nothing more.
	var again []sim.Event
	w, rec, err = Resume(path, d.Town, d.Scenario, func(e sim.Event) { again = append(again, e) })
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Close()
	if !rec.Finished() || !w.Done() || w.StateHash() != wantHash {
		t.Errorf("resumed finished journal: finished %v, done %v, state %016x; want true, true, %016x", rec.Finished(), w.Done(), w.StateHash(), wantHash)
	}
	if !reflect.DeepEqual(again, wantEvents) {
		t.Errorf("a finished journal regenerated %d events, the run had %d, or they differ", len(again), len(wantEvents))
	}
	if err := rec.Run(nil, nil, nil); err != nil {
		t.Errorf("Run on a finished journal: %v, want nothing done", err)
	}
	if _, err := rec.Apply(d.Commands[0]); err == nil || !strings.Contains(err.Error(), "the drill has ended") {
		t.Errorf("Apply on a finished journal: %v, want the drill has ended", err)
	}
	if _, err := rec.Step(); err == nil || !strings.Contains(err.Error(), "the drill has ended") {
		t.Errorf("Step on a finished journal: %v, want the drill has ended", err)
	}
}

func TestResumeRefusesAnotherScenario(t *testing.T) {
	d := loadFlood(t)
	path := filepath.Join(t.TempDir(), "flood.journal")
	rec, err := Start(path, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	rec.Close()
	other, err := scenarios.LoadBuiltin("landslide")
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Resume(path, d.Town, other, nil)
	if err == nil || !strings.Contains(err.Error(), `the journal is of scenario "flood", not "landslide"`) {
		t.Errorf("resuming a flood journal as the landslide drill: %v", err)
	}
}

func TestStartRefuses(t *testing.T) {
	d := loadFlood(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.journal")
	if err := os.WriteFile(existing, []byte("notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Start(existing, newWorld(t, d)); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("Start over an existing file: %v, want already exists", err)
	}
	if b, _ := os.ReadFile(existing); string(b) != "notes\n" {
		t.Errorf("Start changed the existing file to %q", b)
	}
	w := newWorld(t, d)
	w.Step()
	if _, err := Start(filepath.Join(dir, "late.journal"), w); err == nil || !strings.Contains(err.Error(), "tick 1 already") {
		t.Errorf("Start on a world at tick 1: %v, want refused", err)
	}
}

func TestApplyRefusesAWorldChangedBehindItsBack(t *testing.T) {
	d := loadFlood(t)
	rec, err := Start(filepath.Join(t.TempDir(), "j"), newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Close()
	rec.World().Apply(d.Commands[0])
	if _, err := rec.Apply(d.Commands[1]); err == nil || !strings.Contains(err.Error(), "without the recorder") {
		t.Errorf("Apply after a command went around the recorder: %v", err)
	}
	if _, err := rec.Apply(d.Commands[2]); err == nil {
		t.Error("the recorder went on journaling after the world and journal parted")
	}
}

func TestObserveJournalsValidObservations(t *testing.T) {
	d := loadFlood(t)
	path := filepath.Join(t.TempDir(), "j")
	rec, err := Start(path, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	for range 90 {
		rec.Step()
	}
	good := observation.Observation{Item: "4.2 预警发布", Rating: observation.RatingS, Comment: "大喇叭晚了两分钟", HasTime: true, At: 840, Evaluator: "张评估"}
	if err := rec.Observe(good); err != nil {
		t.Fatal(err)
	}
	bad := observation.Observation{Item: "4.3", Rating: "good", HasTime: true, At: 5000}
	err = rec.Observe(bad)
	for _, want := range []string{`observation of "4.3"`, "no evaluator", `rating "good" is not one of P, S, M, U, yes, no`, "time 5000s is not between the start and now (900s)"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Observe(%+v) = %v, want it to say %q", bad, err, want)
		}
	}
	rec.Close()
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Observations(); len(got) != 1 || got[0] != good {
		t.Errorf("journal holds observations %+v, want only %+v", got, good)
	}
}

func TestRemainingRefusesOtherOrders(t *testing.T) {
	d := loadFlood(t)
	rec, err := Start(filepath.Join(t.TempDir(), "j"), newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Close()
	for _, c := range d.Commands[:2] {
		if _, err := rec.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	swapped := append([]sim.Command{d.Commands[1], d.Commands[0]}, d.Commands[2:]...)
	if _, err := rec.Remaining(swapped); err == nil || !strings.Contains(err.Error(), "is not order 1 of the orders") {
		t.Errorf("Remaining with the first two orders swapped: %v", err)
	}
	if _, err := rec.Remaining(d.Commands[:1]); err == nil || !strings.Contains(err.Error(), "holds 2 commands, but the orders have only 1") {
		t.Errorf("Remaining with fewer orders than journaled: %v", err)
	}
	if rest, err := rec.Remaining(d.Commands); err != nil || len(rest) != len(d.Commands)-2 {
		t.Errorf("Remaining with the orders journaled: %d left, %v; want %d", len(rest), err, len(d.Commands)-2)
	}
}
