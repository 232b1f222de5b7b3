package session

import (
	"strings"
	"testing"

	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

func TestLocalSessionResolvesThePlanOnce(t *testing.T) {
	s := newSession(t, "flood", scenarios.RoleEvaluator)
	p1, err := s.Plan()
	if err != nil {
		t.Fatal(err)
	}
	if p1.ID != s.Scenario().Plan {
		t.Errorf("the flood drill's plan is %q, the scenario names %q", p1.ID, s.Scenario().Plan)
	}
	if p2, _ := s.Plan(); p2 != p1 {
		t.Error("a second Plan call loaded the plan again")
	}
}

func TestLocalSessionRefusesObservationsOffTheForm(t *testing.T) {
	s := newSession(t, "flood", scenarios.RoleEvaluator)
	if err := s.Observe(observation.Observation{Item: "E99", Rating: observation.RatingP}); err == nil || !strings.Contains(err.Error(), "E99") {
		t.Errorf("an unknown item: %v, want an error naming it", err)
	}
	// E03 is rated yes or no.
	if err := s.Observe(observation.Observation{Item: "E03", Rating: observation.RatingP}); err == nil || !strings.Contains(err.Error(), "E03") {
		t.Errorf("a P/S/M/U rating of a yes/no item: %v, want an error naming the item", err)
	}
	if err := s.Observe(observation.Observation{Item: "E03", Rating: observation.RatingYes}); err != nil {
		t.Errorf("a valid observation: %v", err)
	}
	if n := len(s.Observations()); n != 1 {
		t.Errorf("%d observations kept, want the valid one", n)
	}
}

// TestSendGivesOrdersAsTheSeatsRole checks that an order goes out as the seat's role
// whatever role it names, so that the engine holds the seat to its role's policy.
func TestSendGivesOrdersAsTheSeatsRole(t *testing.T) {
	village := scenarios.VillageRole(defaultTown(t).Villages[0].Name)
	s := newSession(t, "flood", village)
	road := defaultTown(t).Roads[0].Name
	seq := s.Send(scenarios.Order{Order: scenarios.OrderCloseRoad, Road: road, Role: scenarios.RoleCommand})
	var rejected *sim.Event
	for _, e := range s.Advance(1) {
		if e.Seq == seq && e.Kind == scenarios.EventRejected {
			rejected = &e
		}
	}
	if rejected == nil || rejected.Role != village || !strings.Contains(rejected.Reason.String(), "close_road") {
		t.Errorf("a village seat closing a road as the command post brought %+v; want the order refused as the village's", rejected)
	}
	if err := s.Observe(observation.Observation{Item: "E03", Rating: observation.RatingYes}); err == nil {
		t.Error("a village seat recorded an evaluator's observation")
	}
}
