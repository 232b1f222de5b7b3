package scoring

import (
	"math"
	"testing"

	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

func TestAssessCombinesByThePlanWeights(t *testing.T) {
	plan, scn := testScenario(t)
	events := []sim.Event{hazardAt(600), reportAt(600+2700, scenarios.ReportInitial)} // report: 2.5 of 5; warning n/a
	obs := []observation.Observation{{Item: "E04", Rating: observation.RatingP, Evaluator: "甲"}}
	a := Assess(plan, scn, sim.EventLogHeader{}, "t.jsonl", events, observation.DefaultItems, obs)
	if a.Scorecard.Total != 50 || a.Evaluation.Total != 100 {
		t.Fatalf("automatic %g, evaluators %g; want 50 and 100", a.Scorecard.Total, a.Evaluation.Total)
	}
	if want := 0.7*50 + 0.3*100; math.Abs(a.Final-want) > 1e-9 || a.Grade != GradePass {
		t.Errorf("final %g graded %s, want %g graded 合格", a.Final, a.Grade, want)
	}
	plan.Scoring.AutomaticWeight, plan.Scoring.EvaluatorWeight = 0.5, 0.5
	if a := Assess(plan, scn, sim.EventLogHeader{}, "t.jsonl", events, observation.DefaultItems, obs); a.Final != 75 || a.Grade != GradeGood {
		t.Errorf("half and half: final %g graded %s, want 75 良好", a.Final, a.Grade)
	}
	if a := Assess(plan, scn, sim.EventLogHeader{}, "t.jsonl", events, observation.DefaultItems, nil); a.Final != 50 {
		t.Errorf("without ratings the final is %g, want the automatic 50", a.Final)
	}
}
