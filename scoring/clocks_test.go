package scoring

import (
	"reflect"
	"testing"

	"drillsim/drill"
	"drillsim/sim"
)

// TestClocksFollowTheDrillAsItComes follows the reference response of built-in
// scenarios batch by batch, as the window sees it live, and checks every window
// against the ones of the whole log taken at once.
func TestClocksFollowTheDrillAsItComes(t *testing.T) {
	for _, id := range []string{"tabletop", "landslide"} {
		d, err := drill.Builtin(id, true)
		if err != nil {
			t.Fatal(err)
		}
		w, err := d.NewWorld(sim.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var events []sim.Event
		sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
		clocks := NewClocks(d.Plan, d.Scenario)
		for i := 0; i < len(events); i += 7 {
			clocks.Observe(events[i:min(i+7, len(events))])
		}
		want := Windows(d.Plan, d.Scenario, events)
		got := clocks.Windows()
		if len(got) != len(want) {
			t.Fatalf("%s: %d requirement clocks, scoring has %d windows", id, len(got), len(want))
		}
		started := 0
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s: requirement %s: clock %+v, scoring says %+v", id, want[i].Requirement.ID, got[i], want[i])
			}
			if want[i].Started {
				started++
			}
		}
		if started == 0 {
			t.Errorf("%s: no requirement started in the reference run; the comparison shows nothing", id)
		}
	}
}

func TestStateAtTurnsAmberThenRed(t *testing.T) {
	w := Window{Started: true, StartS: 600, AllowedS: 1800}
	for _, tc := range []struct {
		now  int64
		want ClockState
		left int64
	}{
		{600, ClockRunning, 1800},
		{1949, ClockRunning, 451},
		{1950, ClockClosing, 450}, // the last quarter begins
		{2400, ClockClosing, 0},   // exactly at the deadline: still in time
		{2401, ClockOverdue, -1},
	} {
		st, left := w.StateAt(tc.now)
		if st != tc.want || left != tc.left {
			t.Errorf("at %ds: %v with %ds left, want %v with %ds", tc.now, st, left, tc.want, tc.left)
		}
	}
	if st, _ := (&Window{}).StateAt(5000); st != ClockWaiting {
		t.Errorf("a window not started is %v, want waiting", st)
	}
	done := Window{Started: true, Stopped: true, Met: true}
	if st, _ := done.StateAt(99999); st != ClockMet {
		t.Errorf("a met window is %v", st)
	}
	done.Met = false
	if st, _ := done.StateAt(0); st != ClockMissed {
		t.Errorf("a late window is %v", st)
	}
}
