package ui

import (
	"testing"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

func TestOrderBookFollowsADispatch(t *testing.T) {
	var b OrderBook
	b.Sent(7, 600, scenarios.Order{Order: scenarios.OrderDispatch, Unit: "rescue-1", To: "福宝社区", Task: scenarios.TaskRescue})
	b.Sent(8, 600, scenarios.Order{Order: scenarios.OrderDispatch, Unit: "boat-1", To: "nowhere", Task: scenarios.TaskRescue})
	steps := []struct {
		events []sim.Event
		want   OrderStatus
	}{
		{nil, StatusIssued},
		{[]sim.Event{{Kind: scenarios.EventOrder, Seq: 7}}, StatusEnRoute},
		{[]sim.Event{{Kind: scenarios.EventUnitOnScene, Seq: 99}}, StatusEnRoute}, // another command's unit
		{[]sim.Event{{Kind: scenarios.EventUnitOnScene, Seq: 7}}, StatusOnScene},
		{[]sim.Event{{Kind: scenarios.EventOrder, Seq: 7}}, StatusOnScene}, // never back
		{[]sim.Event{{Kind: scenarios.EventTaskDone, Seq: 7}}, StatusDone},
	}
	for i, s := range steps {
		b.Observe(s.events, sayEnglish)
		if got := b.Latest("rescue-1").Status; got != s.want {
			t.Fatalf("step %d: status %v, want %v", i, got, s.want)
		}
	}
	b.Observe([]sim.Event{{Kind: scenarios.EventRejected, Seq: 8, Reason: sim.Reason{Code: sim.ReasonNoPlace, Args: []string{"nowhere"}}}}, sayEnglish)
	if o := b.Latest("boat-1"); o.Status != StatusRejected || o.Reason.In(i18n.English) != `no place "nowhere" on the map` {
		t.Errorf("rejected order: status %v reason %q", o.Status, o.Reason)
	}
	if b.Has(99) || !b.Has(8) {
		t.Error("Has does not tell the orders sent from the others")
	}
}

func TestFeedShowsTheRoleItsInjectsAndRejections(t *testing.T) {
	events := []sim.Event{
		{T: 600, Kind: scenarios.EventInject, Role: scenarios.RoleCommand, From: "县气象台", Text: "暴雨红色预警"},
		{T: 660, Kind: scenarios.EventInject, Role: scenarios.VillageRole("玉兰村"), From: "村民", Text: "后山有裂缝"},
		{T: 700, Kind: scenarios.EventRejected, Seq: 3, Order: scenarios.OrderDispatch, Unit: "boat-1", Reason: sim.Reason{Code: sim.ReasonUnitNotArrived, Args: []string{"boat-1"}}},
		{T: 700, Kind: scenarios.EventRejected, Seq: 4, Order: scenarios.OrderWarn, Reason: sim.Reason{Code: sim.ReasonNoScope}},
		{T: 720, Kind: scenarios.EventWarned, Village: "福宝社区"},
		{T: 730, Kind: scenarios.EventTaskDone, Seq: 3, Unit: "boat-1"},
		{T: 740, Kind: scenarios.EventTaskDone, Seq: 3, Unit: "boat-1", Reason: sim.Reason{Code: sim.ReasonRoadsCut, Args: []string{"福宝中学"}}},
	}
	ours := func(seq uint64) bool { return seq == 3 }
	f := NewFeed(scenarios.RoleCommand)
	f.Add(events, ours, sayEnglish)
	if len(f.Items) != 3 || f.Items[0].Text != "暴雨红色预警" || f.Items[1].Kind != scenarios.EventRejected || f.Items[2].Kind != scenarios.EventTaskDone {
		t.Fatalf("command post feed = %+v, want its inject, its rejected order and its unit's abandoned task", f.Items)
	}
	if f.Items[0].From != "县气象台" || f.Items[0].To != scenarios.RoleCommand {
		t.Errorf("inject from %q to %q", f.Items[0].From, f.Items[0].To)
	}
	if f.Unread() != 3 {
		t.Errorf("unread = %d, want 3", f.Unread())
	}
	f.MarkRead(0)
	if f.Unread() != 2 || !f.Items[0].Read {
		t.Errorf("after reading the first: unread = %d", f.Unread())
	}
	f.MarkAllRead()
	if f.Unread() != 0 {
		t.Errorf("after reading all: unread = %d", f.Unread())
	}
	village := NewFeed(scenarios.VillageRole("玉兰村"))
	village.Add(events, ours, sayEnglish)
	if len(village.Items) < 1 || village.Items[0].Text != "后山有裂缝" {
		t.Errorf("village feed = %+v, want the village's inject first", village.Items)
	}
	controller := NewFeed(scenarios.RoleController)
	controller.Add(events, ours, sayEnglish)
	if len(controller.Items) != 5 {
		t.Errorf("controller sees %d items, want all 5 injects, rejections and abandoned tasks", len(controller.Items))
	}
}

// sayEnglish says a reason in English alone, as the engine does.
func sayEnglish(r sim.Reason) i18n.Bilingual { return i18n.Bilingual{1: r.String()} }
