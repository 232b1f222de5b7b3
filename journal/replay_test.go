package journal

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"drillsim/drill"
	"drillsim/sim"
)

// journalOfFirstCommands journals the flood drill's first n commands, each applied
// as its tick comes, and returns the journal read back.
func journalOfFirstCommands(t *testing.T, d *drill.Drill, n int) *Journal {
	t.Helper()
	return journalOf(t, d, func(rec *Recorder, _ *sim.World) {
		for _, c := range d.Commands[:n] {
			for rec.World().Tick()+1 < c.Tick {
				rec.Step()
			}
			if _, err := rec.Apply(c); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// journalOf journals what play does with a recorder of a new world of d, and returns
// the journal read back.
func journalOf(t *testing.T, d *drill.Drill, play func(*Recorder, *sim.World)) *Journal {
	t.Helper()
	path := filepath.Join(t.TempDir(), "j")
	w := newWorld(t, d)
	rec, err := Start(path, w)
	if err != nil {
		t.Fatal(err)
	}
	play(rec, w)
	rec.Close()
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestReplayReachesTheJournaledWorld(t *testing.T) {
	d := loadFlood(t)
	j := journalOfFirstCommands(t, d, 3)
	w := newWorld(t, d)
	if err := Replay(w, j.Entries, nil); err != nil {
		t.Fatal(err)
	}
	last := j.Entries[len(j.Entries)-1]
	if w.Tick() != last.Tick {
		t.Errorf("replay stopped at tick %d, the last entry is at tick %d", w.Tick(), last.Tick)
	}
	// The same world, run on with the same commands, ends as the uninterrupted drill.
	wantHash, _ := uninterrupted(t, d)
	sim.Run(w, d.Commands[3:], func(sim.Event) {}, nil)
	if w.StateHash() != wantHash {
		t.Errorf("replayed world run on ends in state %016x, the uninterrupted drill in %016x", w.StateHash(), wantHash)
	}
}

func TestReplayNoticesAnotherWorld(t *testing.T) {
	d := loadFlood(t)
	j := journalOfFirstCommands(t, d, 2)

	otherSeed, err := sim.New(d.Town, d.Scenario, sim.Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if err := Replay(otherSeed, j.Entries, nil); err == nil || !strings.Contains(err.Error(), "replay diverged at entry 1") {
		t.Errorf("replay into a world of another seed: %v", err)
	}

	used := newWorld(t, d)
	for used.Tick() <= j.Entries[0].Tick {
		used.Step()
	}
	if err := Replay(used, j.Entries, nil); err == nil || !strings.Contains(err.Error(), "replay a journal into a new world") {
		t.Errorf("replay into a world past the first entry: %v", err)
	}

	noCommand := []Entry{{N: 1, Kind: KindCommand, State: stateOf(newWorld(t, d))}}
	if err := Replay(newWorld(t, d), noCommand, nil); err == nil || !strings.Contains(err.Error(), "entry 1 is a command entry without its command") {
		t.Errorf("replay of a command entry without a command: %v", err)
	}

	afterEnd := []Entry{{N: 1, Tick: 1 << 20, Kind: KindEnd}}
	if err := Replay(newWorld(t, d), afterEnd, nil); err == nil || !strings.Contains(err.Error(), "after the end of the drill at tick 2880") {
		t.Errorf("replay of an entry after the end: %v", err)
	}
}

// TestATickHashesItsStateOnce journals three commands in one tick: they record the
// state of the tick's first entry, replay takes them, and replay still checks each:
// a later entry's state changed is found, and a journal that records each entry's
// own state (as earlier versions wrote) replays too.
func TestATickHashesItsStateOnce(t *testing.T) {
	d := loadFlood(t)
	var own []string // each entry's own state, as an earlier version journaled it
	j := journalOf(t, d, func(rec *Recorder, w *sim.World) {
		rec.Step()
		for _, c := range d.Commands[:3] {
			own = append(own, stateOf(w))
			c.Tick = w.Tick() + 1
			if _, err := rec.Apply(c); err != nil {
				t.Fatal(err)
			}
		}
	})
	if len(j.Entries) != 3 || j.Entries[1].State != j.Entries[0].State || j.Entries[2].State != j.Entries[0].State {
		t.Fatalf("three commands of one tick journaled with states %v", j.Entries)
	}
	if own[1] == own[0] {
		t.Fatal("a queued command leaves the world's state hash as it was: the test shows nothing")
	}
	if err := Replay(newWorld(t, d), j.Entries, nil); err != nil {
		t.Errorf("replay of one tick's commands: %v", err)
	}
	changed := slices.Clone(j.Entries)
	changed[2].State = own[1]
	if err := Replay(newWorld(t, d), changed, nil); err == nil || !strings.Contains(err.Error(), "replay diverged at entry 3") {
		t.Errorf("replay of a later entry with another state: %v", err)
	}
	earlier := slices.Clone(j.Entries)
	for i := range earlier {
		earlier[i].State = own[i]
	}
	if err := Replay(newWorld(t, d), earlier, nil); err != nil {
		t.Errorf("replay of a journal whose entries each record their own state: %v", err)
	}
}

// TestStateEveryRecordsTheStateEverySoManyTicks journals a command at each of twelve
// ticks with the state recorded at most every five: the entries at ticks 1, 6 and 11
// and the end hold it, the others none; replay takes the journal, and finds a world
// changed where a state is recorded.
func TestStateEveryRecordsTheStateEverySoManyTicks(t *testing.T) {
	d := loadFlood(t)
	j := journalOf(t, d, func(rec *Recorder, w *sim.World) {
		rec.StateEvery(5)
		for range 12 {
			rec.Step()
			c := d.Commands[0]
			c.Tick = w.Tick() + 1
			if _, err := rec.Apply(c); err != nil {
				t.Fatal(err)
			}
		}
		for !w.Done() {
			if _, err := rec.Step(); err != nil {
				t.Fatal(err)
			}
		}
	})
	var recorded []int64
	for _, e := range j.Entries {
		if e.State != "" {
			recorded = append(recorded, e.Tick)
		}
	}
	end := j.Entries[len(j.Entries)-1].Tick
	if want := []int64{1, 6, 11, end}; !slices.Equal(recorded, want) {
		t.Errorf("states recorded at ticks %v, want %v", recorded, want)
	}
	if err := Replay(newWorld(t, d), j.Entries, nil); err != nil {
		t.Errorf("replay: %v", err)
	}
	changed := slices.Clone(j.Entries)
	changed[5].State = changed[0].State // tick 6's
	if err := Replay(newWorld(t, d), changed, nil); err == nil || !strings.Contains(err.Error(), "replay diverged at entry 6") {
		t.Errorf("replay of a journal whose state at tick 6 is another: %v", err)
	}
}
