package scoring

import (
	"slices"

	"drillsim/scenarios"
	"drillsim/sim"
)

// AppliedRule is an outcome rule of the plan that applied to a drill: the measure it
// found, the points it took off the final score, and the grade it capped at.
type AppliedRule struct {
	Rule  scenarios.OutcomeRule
	Value float64
	// Points are the points taken off; Capped says the rule lowered the grade to Cap.
	Points float64
	Capped bool
	Cap    Grade
}

// applyOutcomeRules applies the plan's outcome rules to the assessment from the events
// of what befell the seat's people: each rule whose measure exceeds its threshold
// takes its points off the final score (never below 0) and caps the grade.
func (a *Assessment) applyOutcomeRules(own []sim.Event) {
	for _, r := range a.Plan.Outcomes {
		v := measure(r.Measure, own, a.Scenario)
		if v <= r.Above {
			continue
		}
		ap := AppliedRule{Rule: r, Value: v}
		if r.PointsEach > 0 {
			ap.Points = r.PointsEach * (v - r.Above)
			if r.MaxPoints > 0 {
				ap.Points = min(ap.Points, r.MaxPoints)
			}
			ap.Points = min(ap.Points, a.Final)
			a.Final -= ap.Points
		}
		if rank := r.CapRank(); rank >= 0 {
			ap.Cap = Grade(rank)
		}
		a.Applied = append(a.Applied, ap)
	}
	a.Grade = GradeOf(a.Final, a.Plan.Scoring.Grades)
	for i := range a.Applied {
		ap := &a.Applied[i]
		if ap.Rule.CapRank() >= 0 && ap.Cap > a.Grade {
			a.Grade, ap.Capped = ap.Cap, true
		}
	}
}

// measure counts what an outcome rule measures in events: the casualties, or those
// among the residents of the zones the scenario's hazards threaten.
func measure(m scenarios.OutcomeMeasure, events []sim.Event, scn *scenarios.Scenario) float64 {
	threatened := scn.Hazards.ThreatenedZones()
	n := 0
	for i := range events {
		e := &events[i]
		if e.Kind != scenarios.EventCasualty {
			continue
		}
		if m == scenarios.MeasureCasualties || e.Zone != "" && slices.Contains(threatened, e.Zone) {
			n += countOf(e)
		}
	}
	return float64(n)
}
