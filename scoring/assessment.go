package scoring

import (
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Assessment is the whole evaluation of one drill: the requirement scores from its
// event log, the outcome for the people and the town, the evaluators' ratings, and
// the final grade that combines them by the plan's weights.
type Assessment struct {
	Plan     *scenarios.Plan
	Scenario *scenarios.Scenario
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
	// total weighted by the plan's AutomaticWeight and EvaluatorWeight, or the
	// automatic total alone when there are no ratings.
	Final float64
	Grade Grade
}

// Assess evaluates a drill of scn graded against plan from its events (in order),
// with the evaluators' observations of items (none is fine). It checks nothing about
// where the events came from: check the log's header first (sim.EventLogHeader.Check).
func Assess(plan *scenarios.Plan, scn *scenarios.Scenario, header sim.EventLogHeader, source string, events []sim.Event, items []observation.Item, obs []observation.Observation) Assessment {
	out := Outcomes(events)
	endS := max(out.EndS, scn.Duration.Seconds())
	a := Assessment{
		Plan: plan, Scenario: scn, Header: header, Source: source, Events: events,
		Scorecard:  Score(Windows(plan, scn, events), plan.Scoring, endS),
		Outcome:    out,
		Evaluation: Evaluate(items, obs),
	}
	a.Final = a.Scorecard.Total
	if a.Evaluation.Rated() {
		a.Final = plan.Scoring.AutomaticWeight*a.Scorecard.Total + plan.Scoring.EvaluatorWeight*a.Evaluation.Total
	}
	a.Grade = GradeOf(a.Final, plan.Scoring.Grades)
	return a
}

// EndS is the drill's last second: the scenario's end, or the last event if later.
func (a *Assessment) EndS() int64 {
	return max(a.Outcome.EndS, a.Scenario.Duration.Seconds())
}
