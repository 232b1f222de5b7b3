package scoring

import (
	"testing"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

func TestSummarizeRun(t *testing.T) {
	town, err := maps.Default()
	if err != nil {
		t.Fatal(err)
	}
	scn, err := scenarios.LoadBuiltin("tabletop")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		t.Fatal(err)
	}
	orders, err := scenarios.LoadReferenceOrders("tabletop")
	if err != nil {
		t.Fatal(err)
	}
	// One order the world must refuse: a unit the scenario does not have.
	bogus := scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "no-such-unit", To: "银杏村活动中心", Task: scenarios.TaskRescue}
	cmds := append(sim.CommandsOf(orders.Orders, scn.Tick.Seconds()), sim.Command{Tick: 30, Order: bogus})
	const seed = 99
	w, err := sim.New(town, scn, sim.Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	var events []sim.Event
	sim.Run(w, cmds, func(e sim.Event) { events = append(events, e) }, nil)

	s := SummarizeRun(plan, w, seed, events)
	if s.ScenarioID != "tabletop" || s.Title != scn.Title || !s.Start.Equal(scn.Start.Time) || s.Duration != scn.Duration || s.Seed != seed {
		t.Errorf("header %s %q %v %v seed %d", s.ScenarioID, s.Title, s.Start, s.Duration, s.Seed)
	}
	if s.Counts != w.Counts() || s.StateHash != w.StateHash() {
		t.Errorf("the summary's counts or hash are not the world's at the end")
	}
	if want := Windows(plan, scn, events); len(s.Windows) != len(want) || s.Met() == 0 {
		t.Errorf("%d windows, %d met; want the %d of Windows, some met", len(s.Windows), s.Met(), len(want))
	}
	if len(s.Rejected) != 1 || s.Rejected[0].Unit != "no-such-unit" || s.Rejected[0].Reason == "" || s.Rejected[0].T != 30*scn.Tick.Seconds() {
		t.Errorf("rejected %+v, want the dispatch of no-such-unit at tick 30 with a reason", s.Rejected)
	}
}

func TestRunSummaryMet(t *testing.T) {
	s := RunSummary{Windows: []Window{{Met: true}, {}, {Met: true}}}
	if s.Met() != 2 {
		t.Errorf("Met() = %d, want 2", s.Met())
	}
}
