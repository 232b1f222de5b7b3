package scoring

import (
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Assessment is the whole evaluation of one drill for one seat (the town, or a
// village): the requirement scores from its event log, the outcome for the people and
// the town, the evaluators' ratings, and the final grade that combines them by the
// plan's weights and its outcome rules.
type Assessment struct {
	Plan     *scenarios.Plan
	Scenario *scenarios.Scenario
	// Seat is who is graded: the town, or one village's cadres on their own duties.
	Seat Seat
	// Header is the event log's header; Source names the log in reports.
	Header sim.EventLogHeader
	Source string
	// Events are the drill's events in order (the report's timeline reads them).
	Events    []sim.Event
	Scorecard Scorecard
	Outcome   Outcome
	// Evaluation is the evaluators' part, empty when nobody rated the drill.
	Evaluation Evaluation
	// Final is the grade's total out of 100: the automatic total and the evaluators'
	// total weighted by the plan's AutomaticWeight and EvaluatorWeight (the automatic
	// total alone when there are no ratings), less the points the outcome rules take.
	Final float64
	// Grade is Final's grade, no better than the caps of the outcome rules that applied.
	Grade Grade
	// Applied are the plan's outcome rules that applied, in plan order.
	Applied []AppliedRule
}

// Assess evaluates a drill of scn for the town, graded against plan from its events
// (in order), with the evaluators' observations of items (none is fine). It checks
// nothing about where the events came from: check the log's header first
// (sim.EventLogHeader.Check).
func Assess(plan *scenarios.Plan, scn *scenarios.Scenario, header sim.EventLogHeader, source string, events []sim.Event, items []observation.Item, obs []observation.Observation) Assessment {
	return AssessSeat(Town, plan, scn, header, source, events, items, obs)
}

// AssessSeat evaluates a drill as Assess does, for seat: a village is graded on the
// village duties alone, by what its own cadres did, its outcome is what befell its
// own people, and the evaluators' ratings (of the whole drill) are left to the town.
func AssessSeat(seat Seat, plan *scenarios.Plan, scn *scenarios.Scenario, header sim.EventLogHeader, source string, events []sim.Event, items []observation.Item, obs []observation.Observation) Assessment {
	out := Outcomes(events)
	if seat.Village() != "" {
		out = Outcomes(seat.own(events, scn))
		items, obs = nil, nil
	}
	endS := max(out.EndS, scn.Duration.Seconds())
	c := NewSeatClocks(plan, scn, seat)
	c.Observe(events)
	a := Assessment{
		Plan: plan, Scenario: scn, Seat: seat, Header: header, Source: source, Events: events,
		Scorecard:  Score(c.Windows(), plan.Scoring, endS),
		Outcome:    out,
		Evaluation: Evaluate(items, obs),
	}
	a.Final = a.Scorecard.Total
	if a.Evaluation.Rated() {
		a.Final = plan.Scoring.AutomaticWeight*a.Scorecard.Total + plan.Scoring.EvaluatorWeight*a.Evaluation.Total
	}
	a.Grade = GradeOf(a.Final, plan.Scoring.Grades)
	a.applyOutcomeRules(seat.own(events, scn))
	return a
}

// EndS is the drill's last second: the scenario's end, or the last event if later.
func (a *Assessment) EndS() int64 {
	return max(a.Outcome.EndS, a.Scenario.Duration.Seconds())
}
