package scoring

import "testing"

func TestEvaluateWithoutObservations(t *testing.T) {
	if ev := Evaluate(DefaultObservationItems, nil); ev.Rated() || ev.Total != 0 {
		t.Errorf("no observations give %+v, want nothing rated", ev)
	}
}

func TestEvaluateAgreementAndEvaluators(t *testing.T) {
	obs := []Observation{
		{Item: "E04", Rating: RatingU, Evaluator: "甲"}, {Item: "E04", Rating: RatingU, Evaluator: "乙"},
		{Item: "E04", Rating: RatingP, Evaluator: "丙"}, {Item: "E08", Rating: RatingNo, Evaluator: "甲"},
		{Item: "E08", Rating: RatingYes},
	}
	ev := Evaluate(DefaultObservationItems, obs)
	if ev.Evaluators != 3 || ev.Observations != 5 || len(ev.Items) != 2 {
		t.Fatalf("%d evaluators, %d ratings, %d items; want 3, 5, 2 (an unnamed evaluator is not counted)", ev.Evaluators, ev.Observations, len(ev.Items))
	}
	if e04 := ev.Items[0]; e04.Modal != RatingU || e04.Agreement != 2.0/3 || e04.Score != 1.0/3 {
		t.Errorf("E04: modal %s agreed by %g, score %g; want U, 2/3, 1/3", e04.Modal, e04.Agreement, e04.Score)
	}
	if e08 := ev.Items[1]; e08.Modal != RatingYes || e08.Agreement != 0.5 || e08.Score != 0.5 {
		t.Errorf("E08: modal %s agreed by %g, score %g; want yes (the better on a tie), 0.5, 0.5", e08.Modal, e08.Agreement, e08.Score)
	}
	if ev.Total != 100*(1.0/3+0.5)/2 {
		t.Errorf("total %g, want the mean of the items, %g", ev.Total, 100*(1.0/3+0.5)/2)
	}
}
