package sim

import (
	"testing"

	"drillsim/scenarios"
)

// give applies o at the next tick, steps once and returns the order's events: its
// order event and outcome, or its rejection.
func give(w *World, o scenarios.Order) []Event {
	sent := w.Apply(Command{Tick: w.Tick() + 1, Order: o})
	var got []Event
	for _, e := range w.Step() {
		if e.Seq == sent.Seq && (e.Kind == scenarios.EventOrder || e.Kind == scenarios.EventRejected || e.Kind == scenarios.EventReinforcementArrived) {
			got = append(got, e)
		}
	}
	return got
}

// refusal returns the reason code of the rejection among events, "" when none.
func refusal(events []Event) ReasonCode {
	for _, e := range events {
		if e.Kind == scenarios.EventRejected {
			return e.Reason.Code
		}
	}
	return ""
}

func lend(unit, town string) scenarios.Order {
	return scenarios.Order{Role: scenarios.RoleCounty, Order: scenarios.OrderLend, Unit: unit, Town: town}
}

// TestALentUnitLeavesTheTown lends an idle rescue team away: it leaves the world,
// takes no more orders there, and cannot be lent twice; a busy unit, a village's
// cadres and an order not from the county are refused with their reasons.
func TestALentUnitLeavesTheTown(t *testing.T) {
	w := newWorld(t, "flood")
	got := give(w, lend("rescue-1", "xianshi"))
	if refusal(got) != "" || len(got) != 1 || got[0].Place != "xianshi" || got[0].Unit != "rescue-1" || got[0].Count != 12 {
		t.Fatalf("lend: %+v, want its order event naming rescue-1 (12) and xianshi", got)
	}
	for _, u := range w.Snapshot().Units {
		if u.ID == "rescue-1" && u.State != UnitAbsent {
			t.Errorf("rescue-1 lent is %v, want absent", u.State)
		}
	}
	dispatch := scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "rescue-1", To: "福宝中学", Task: scenarios.TaskRescue}
	if c := refusal(give(w, dispatch)); c != ReasonUnitLent {
		t.Errorf("dispatch of a lent unit refused with %q, want %q", c, ReasonUnitLent)
	}
	if c := refusal(give(w, lend("rescue-1", "xianshi"))); c != ReasonUnitLent {
		t.Errorf("a second lend refused with %q, want %q", c, ReasonUnitLent)
	}
	dispatch.Unit = "rescue-2"
	if c := refusal(give(w, dispatch)); c != "" {
		t.Fatalf("dispatch of rescue-2 refused: %s", c)
	}
	cases := []struct {
		name  string
		order scenarios.Order
		want  ReasonCode
	}{
		{"busy", lend("rescue-2", "xianshi"), ReasonUnitBusy},
		{"a village's cadres", lend("grid-fubao", "xianshi"), ReasonVillageUnit},
		{"no such unit", lend("nobody", "xianshi"), ReasonNoUnit},
		{"a reinforcement not arrived", lend("county-rescue", "xianshi"), ReasonNotArrived},
		{"no township", lend("boat-1", ""), ReasonNoTown},
		{"the town's command post", scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderLend, Unit: "boat-1", Town: "xianshi"}, ReasonCountyOnly},
	}
	for _, c := range cases {
		if got := refusal(give(w, c.order)); got != c.want {
			t.Errorf("%s: refused with %q, want %q", c.name, got, c.want)
		}
	}
}

// TestAReceivedUnitWorksInItsNewTown receives a rescue team lent by another township:
// it arrives where the order says as a reinforcement, takes the command post's
// dispatch, reaches the scene, and cannot be lent on; a second unit of the same id is
// refused.
func TestAReceivedUnitWorksInItsNewTown(t *testing.T) {
	w := newWorld(t, "flood")
	recv := scenarios.Order{Role: scenarios.RoleCounty, Order: scenarios.OrderReceive, Unit: "fubao/rescue-1", Kind: scenarios.UnitRescueTeam,
		Count: 12, Town: "fubao", To: "福宝镇人民政府（应急指挥部）", Text: "福宝镇综合应急救援队一分队"}
	got := give(w, recv)
	if refusal(got) != "" || len(got) != 2 || got[1].Kind != scenarios.EventReinforcementArrived || got[1].From != "fubao" || got[1].Role != scenarios.RoleCounty {
		t.Fatalf("receive: %+v, want its order and its arrival from fubao, caused by the county", got)
	}
	if c := refusal(give(w, recv)); c != ReasonUnitExists {
		t.Errorf("a second unit fubao/rescue-1 refused with %q, want %q", c, ReasonUnitExists)
	}
	if c := refusal(give(w, lend("fubao/rescue-1", "xianshi"))); c != ReasonNotOurs {
		t.Errorf("lending a received unit on refused with %q, want %q", c, ReasonNotOurs)
	}
	bad := recv
	bad.Unit, bad.To = "fubao/rescue-2", "火星"
	if c := refusal(give(w, bad)); c != ReasonNoPlace {
		t.Errorf("a receive at no place refused with %q, want %q", c, ReasonNoPlace)
	}
	dispatch := scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: "fubao/rescue-1", To: "福宝中学", Task: scenarios.TaskRescue}
	if c := refusal(give(w, dispatch)); c != "" {
		t.Fatalf("dispatch of the received unit refused: %s", c)
	}
	for !w.Done() {
		for _, e := range w.Step() {
			if e.Kind == scenarios.EventUnitOnScene && e.Unit == "fubao/rescue-1" {
				return
			}
		}
	}
	t.Fatal("the received unit never reached the scene")
}
