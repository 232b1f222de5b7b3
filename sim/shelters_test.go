package sim

import (
	"testing"

	"drillsim/scenarios"
)

// TestAFullShelterIsTold: a village's cadres move all of 银杏村 (1,139 people) to its
// activity centre (240 places). When it has no room for the next of them, the drill
// says so once, with how many are still to go and where they go instead; sent on to
// another shelter by the cadres, the rest reach that one, and nothing more is said
// of the first.
func TestAFullShelterIsTold(t *testing.T) {
	w := newWorld(t, "landslide")
	village, centre := scenarios.VillageRole("银杏村"), "银杏村活动中心"
	scope := scenarios.Scope{Villages: []string{"银杏村"}}
	for _, ch := range []scenarios.Channel{scenarios.ChannelLoudspeaker, scenarios.ChannelSMS, scenarios.ChannelDoorToDoor} {
		w.Apply(Command{Tick: 1, Order: scenarios.Order{Role: village, Order: scenarios.OrderWarn, Scope: scope, Channel: ch}})
	}
	w.Apply(Command{Tick: 1, Order: scenarios.Order{Role: village, Order: scenarios.OrderEvacuate, Scope: scope, Shelter: centre}})
	var full []Event
	var sheltered int
	for !w.Done() && w.Now() < 4*3600 && len(full) == 0 {
		for _, e := range w.Step() {
			if e.Kind == scenarios.EventShelterFull {
				full = append(full, e)
			}
		}
	}
	if len(full) != 1 {
		t.Fatalf("%d shelter-full events in the first 4 hours, want 1", len(full))
	}
	e := full[0]
	p, _ := w.places.find(centre)
	capacity := w.town.Shelters[p.index].Capacity
	if e.Shelter != centre || e.Village != "银杏村" || e.Place == "" || e.Place == centre || e.Cause != scenarios.CauseWorld {
		t.Fatalf("the full shelter's event is %+v; want %s full for 银杏村, with the shelter they go to instead", e, centre)
	}
	if taken := w.shelters[p.index].occupancy + w.shelters[p.index].reserved; taken+e.Count > 1139 || e.Count < 1139-capacity-1139/4 {
		t.Errorf("%d said still to go with %d taken of %d places; want about the 899 who do not fit", e.Count, taken, capacity)
	}
	other := "福宝中学"
	w.Apply(Command{Tick: w.Tick() + 1, Order: scenarios.Order{Role: village, Order: scenarios.OrderEvacuate, Scope: scope, Shelter: other}})
	for !w.Done() && w.Now() < 8*3600 {
		for _, e := range w.Step() {
			switch {
			case e.Kind == scenarios.EventShelterFull:
				full = append(full, e)
			case e.Kind == scenarios.EventSheltered && e.Shelter == other && e.Village == "银杏村":
				sheltered += e.Count
			}
		}
	}
	if len(full) != 1 {
		t.Errorf("after sending the rest to %s, %d more shelter-full events: %+v", other, len(full)-1, full[1:])
	}
	if sheltered == 0 {
		t.Errorf("nobody of 银杏村 reached %s after the cadres sent them there", other)
	}
}
