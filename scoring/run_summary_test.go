package scoring

import (
	"slices"
	"testing"

	"drillsim/drill"
	"drillsim/scenarios"
	"drillsim/sim"
)

func TestSummarizeRun(t *testing.T) {
	d, err := drill.Builtin("tabletop", true)
	if err != nil {
		t.Fatal(err)
	}
	scn, plan := d.Scenario, d.Plan
	// One order the world must refuse: a unit the scenario does not have.
	bogus := scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "no-such-unit", To: "银杏村活动中心", Task: scenarios.TaskRescue}
	cmds := append(d.Commands, sim.Command{Tick: 30, Order: bogus})
	const seed = 99
	w, err := d.NewWorld(sim.Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	var events []sim.Event
	sim.Run(w, cmds, func(e sim.Event) { events = append(events, e) }, nil)

	s := SummarizeRun(plan, w, events)
	if s.ScenarioID != "tabletop" || s.Title != scn.Title || !s.Start.Equal(scn.Start.Time) || s.Duration != scn.Duration || s.Seed != seed {
		t.Errorf("header %s %q %v %v seed %d", s.ScenarioID, s.Title, s.Start, s.Duration, s.Seed)
	}
	if s.Counts != w.Counts() || s.StateHash != w.StateHash() {
		t.Errorf("the summary's counts or hash are not the world's at the end")
	}
	if want := Windows(plan, scn, events); len(s.Windows) != len(want) || s.Met() == 0 {
		t.Errorf("%d windows, %d met; want the %d of Windows, some met", len(s.Windows), s.Met(), len(want))
	}
	rejected := 0
	for _, e := range events {
		if e.Kind == scenarios.EventRejected {
			rejected++
		}
	}
	bogusAt := slices.IndexFunc(s.Rejected, func(e sim.Event) bool { return e.Unit == "no-such-unit" })
	if len(s.Rejected) != rejected || bogusAt < 0 {
		t.Fatalf("the summary lists %d rejected commands, the run has %d, among them the dispatch of no-such-unit: %+v", len(s.Rejected), rejected, s.Rejected)
	}
	if e := s.Rejected[bogusAt]; e.Reason.IsZero() || e.T != 30*scn.Tick.Seconds() || e.Order != scenarios.OrderDispatch {
		t.Errorf("the bogus dispatch is listed as %+v, want it at tick 30 with a reason", e)
	}
}

func TestRunSummaryMet(t *testing.T) {
	s := RunSummary{Windows: []Window{{Met: true}, {}, {Met: true}}}
	if s.Met() != 2 {
		t.Errorf("Met() = %d, want 2", s.Met())
	}
}
