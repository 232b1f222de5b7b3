package replay

import (
	"slices"
	"strings"
	"testing"

	"drillsim/journal"
	"drillsim/scenarios"
)

func TestSeekGivesTheWorldOfAStraightRun(t *testing.T) {
	d := loadFlood(t)
	r, err := New(d.journal, d.Town, d.Scenario, CheckpointSeconds(d.Scenario))
	if err != nil {
		t.Fatal(err)
	}
	tickS := d.Scenario.Tick.Seconds()
	// Forward, back, inside one checkpoint interval, on a checkpoint, and the last tick.
	for _, minute := range []int64{95, 17, 20, 21, 430, 0, r.EndS() / 60} {
		if err := r.SeekTo(minute * 60); err != nil {
			t.Fatalf("seek to minute %d: %v", minute, err)
		}
		w := r.World()
		if w.Now() != minute*60 {
			t.Fatalf("seek to minute %d: the world is at second %d", minute, w.Now())
		}
		want := d.straightRun(t, minute*60/tickS)
		if got, want := w.StateHash(), want.StateHash(); got != want {
			t.Errorf("seek to minute %d: state hash %016x, a straight run gives %016x", minute, got, want)
		}
		if n := len(r.Events()); n > 0 && r.Events()[n-1].T > w.Now() {
			t.Errorf("seek to minute %d: the events so far end at second %d", minute, r.Events()[n-1].T)
		}
	}
}

func TestSeekKeepsWithinTheReplay(t *testing.T) {
	d := loadFlood(t)
	r, err := New(d.journal, d.Town, d.Scenario, CheckpointSeconds(d.Scenario))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.SeekTo(-600); err != nil || r.World().Tick() != 0 {
		t.Errorf("seek before the start: tick %d, %v; want the start", r.World().Tick(), err)
	}
	if err := r.SeekTo(r.EndS() + 3600); err != nil || r.World().Now() != r.EndS() || !r.Done() {
		t.Errorf("seek past the end: second %d, done %v, %v; want the end at %d", r.World().Now(), r.Done(), err, r.EndS())
	}
}

func TestStepPlaysTheDrillAsJournaled(t *testing.T) {
	d := loadFlood(t)
	r, err := New(d.journal, d.Town, d.Scenario, CheckpointSeconds(d.Scenario))
	if err != nil {
		t.Fatal(err)
	}
	if !d.journal.Finished() || r.EndS() != int64(d.Scenario.Duration) {
		t.Fatalf("the replay of the finished flood ends at second %d, want its duration %d", r.EndS(), int64(d.Scenario.Duration))
	}
	if err := r.SeekTo(90 * 60); err != nil {
		t.Fatal(err)
	}
	played := slices.Clone(r.Events())
	for !r.Done() {
		events, err := r.Step()
		if err != nil {
			t.Fatal(err)
		}
		played = append(played, events...)
	}
	all := r.AllEvents()
	if len(played) != len(all) || len(r.Events()) != len(all) {
		t.Fatalf("seek then play gave %d events (%d so far), the replay holds %d", len(played), len(r.Events()), len(all))
	}
	for i := range all {
		if played[i].T != all[i].T || played[i].Kind != all[i].Kind || played[i].Seq != all[i].Seq {
			t.Fatalf("event %d: played %+v, the replay holds %+v", i, played[i], all[i])
		}
	}
	end := d.straightRun(t, r.World().Tick())
	if r.World().StateHash() != end.StateHash() {
		t.Errorf("at the end: state hash %016x, a straight run gives %016x", r.World().StateHash(), end.StateHash())
	}
	if events, err := r.Step(); events != nil || err != nil {
		t.Errorf("a step at the end gave %d events, %v; want nothing", len(events), err)
	}
}

func TestCheckpointsKeepMemoryModest(t *testing.T) {
	d := loadFlood(t)
	r, err := New(d.journal, d.Town, d.Scenario, CheckpointSeconds(d.Scenario))
	if err != nil {
		t.Fatal(err)
	}
	// 8 hours at one checkpoint every 10 minutes, and one at the start.
	if got, want := len(r.checkpoints), 8*6+1; got != want {
		t.Errorf("%d checkpoints of the 8-hour flood, want %d", got, want)
	}
	fire, err := scenarios.LoadBuiltin("fire")
	if err != nil {
		t.Fatal(err)
	}
	if CheckpointSeconds(fire) != 1800 || CheckpointSeconds(d.Scenario) != 600 {
		t.Errorf("checkpoint intervals: fire %d s, flood %d s; want 1800 and 600", CheckpointSeconds(fire), CheckpointSeconds(d.Scenario))
	}
}

func TestNewRefusesWhatItCannotReplay(t *testing.T) {
	d := loadFlood(t)
	fire, err := scenarios.LoadBuiltin("fire")
	if err != nil {
		t.Fatal(err)
	}
	diverged := *d.journal
	diverged.Entries = slices.Clone(d.journal.Entries)
	diverged.Entries[0].State = "0000000000000000"
	for _, tc := range []struct {
		name   string
		j      *journal.Journal
		scn    *scenarios.Scenario
		everyS int64
		want   string
	}{
		{"another scenario", d.journal, fire, 600, `the journal is of scenario "flood", not "fire"`},
		{"no interval", d.journal, d.Scenario, 0, "give a positive number of seconds"},
		{"a diverging journal", &diverged, d.Scenario, 600, "replay diverged at entry 1"},
	} {
		_, err := New(tc.j, d.Town, tc.scn, tc.everyS)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "flood.journal") {
			t.Errorf("%s: %v; want an error naming the journal and saying %q", tc.name, err, tc.want)
		}
	}
}
