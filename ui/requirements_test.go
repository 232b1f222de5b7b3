package ui

import (
	"reflect"
	"testing"

	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// TestRequirementClocksAgreeWithScoring follows the reference response of built-in
// scenarios batch by batch, as the interface sees it, and checks every window
// against the one scoring computes from the whole log.
func TestRequirementClocksAgreeWithScoring(t *testing.T) {
	for _, id := range []string{"tabletop", "landslide"} {
		scn, err := scenarios.LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		plan, err := scn.ResolvePlan()
		if err != nil {
			t.Fatal(err)
		}
		orders, err := scenarios.LoadReferenceOrders(id)
		if err != nil {
			t.Fatal(err)
		}
		w, err := sim.New(defaultTown(t), scn, sim.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var events []sim.Event
		sim.Run(w, sim.CommandsOf(orders.Orders, w.TickSeconds()), func(e sim.Event) { events = append(events, e) }, nil)
		clocks := NewRequirementClocks(plan, scn)
		for i := 0; i < len(events); i += 7 {
			clocks.Observe(events[i:min(i+7, len(events))])
		}
		want := scoring.Windows(plan, scn, events)
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
	w := scoring.Window{Started: true, StartS: 600, AllowedS: 1800}
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
		st, left := StateAt(&w, tc.now)
		if st != tc.want || left != tc.left {
			t.Errorf("at %ds: %v with %ds left, want %v with %ds", tc.now, st, left, tc.want, tc.left)
		}
	}
	if st, _ := StateAt(&scoring.Window{}, 5000); st != ClockWaiting {
		t.Errorf("a window not started is %v, want waiting", st)
	}
	done := scoring.Window{Started: true, Stopped: true, Met: true}
	if st, _ := StateAt(&done, 99999); st != ClockMet {
		t.Errorf("a met window is %v", st)
	}
	done.Met = false
	if st, _ := StateAt(&done, 0); st != ClockMissed {
		t.Errorf("a late window is %v", st)
	}
}

func TestFormatLeft(t *testing.T) {
	for s, want := range map[int64]string{0: "0:00", 59: "0:59", 754: "12:34", 3600: "1:00:00", 3725: "1:02:05", -190: "-3:10"} {
		if got := formatLeft(s); got != want {
			t.Errorf("formatLeft(%d) = %q, want %q", s, got, want)
		}
	}
}

// TestVillageCadresSeeTheirOwnRequirements checks which plan requirements of the flood
// a village's countdowns follow: warning and evacuating the threatened community and
// reports are its cadres' business, the command post's response level and dispatches
// are not, and a village the flood does not threaten has no warning to time.
func TestVillageCadresSeeTheirOwnRequirements(t *testing.T) {
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		t.Fatal(err)
	}
	town := defaultTown(t)
	byID := map[string]scenarios.Requirement{}
	for _, r := range plan.Requirements {
		byID[r.ID] = r
	}
	for _, tc := range []struct {
		village, req string
		want         bool
	}{
		{"福宝社区", "R01", true},  // warn the threatened villages
		{"福宝社区", "R06", true},  // evacuate the threatened zones, which lie in the community
		{"福宝社区", "R02", true},  // the initial report
		{"福宝社区", "R04", false}, // activating the response is the command post's
		{"福宝社区", "R05", false}, // so is dispatching
		{"石龙村", "R01", false},  // the flood threatens no one there
		{"石龙村", "R02", true},
	} {
		if got := concernsVillage(byID[tc.req], tc.village, scn, town); got != tc.want {
			t.Errorf("%s: requirement %s (%s) shown = %v, want %v", tc.village, tc.req, byID[tc.req].Title, got, tc.want)
		}
	}
}
