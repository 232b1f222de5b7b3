package ui

import (
	"strings"
	"testing"

	"drillsim/observation"
)

func TestLocalSessionResolvesThePlanOnce(t *testing.T) {
	s := newSession(t, "flood")
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
	s := newSession(t, "flood")
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
