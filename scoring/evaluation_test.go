package scoring

import (
	"math"
	"path/filepath"
	"testing"
	"time"

	"drillsim/observation"
	"drillsim/scenarios"
)

func TestEvaluateWithoutObservations(t *testing.T) {
	if ev := Evaluate(observation.DefaultItems, nil); ev.Rated() || ev.Total != 0 {
		t.Errorf("no observations give %+v, want nothing rated", ev)
	}
}

func TestEvaluateAgreementAndEvaluators(t *testing.T) {
	obs := []observation.Observation{
		{Item: "E04", Rating: observation.RatingU, Evaluator: "甲"}, {Item: "E04", Rating: observation.RatingU, Evaluator: "乙"},
		{Item: "E04", Rating: observation.RatingP, Evaluator: "丙"}, {Item: "E08", Rating: observation.RatingNo, Evaluator: "甲"},
		{Item: "E08", Rating: observation.RatingYes},
	}
	ev := Evaluate(observation.DefaultItems, obs)
	if ev.Evaluators != 3 || ev.Observations != 5 || len(ev.Items) != 2 {
		t.Fatalf("%d evaluators, %d ratings, %d items; want 3, 5, 2 (an unnamed evaluator is not counted)", ev.Evaluators, ev.Observations, len(ev.Items))
	}
	if e04 := ev.Items[0]; e04.Modal != observation.RatingU || e04.Agreement != 2.0/3 || e04.Score != 1.0/3 {
		t.Errorf("E04: modal %s agreed by %g, score %g; want U, 2/3, 1/3", e04.Modal, e04.Agreement, e04.Score)
	}
	if e08 := ev.Items[1]; e08.Modal != observation.RatingYes || e08.Agreement != 0.5 || e08.Score != 0.5 {
		t.Errorf("E08: modal %s agreed by %g, score %g; want yes (the better on a tie), 0.5, 0.5", e08.Modal, e08.Agreement, e08.Score)
	}
	if ev.Total != 100*(1.0/3+0.5)/2 {
		t.Errorf("total %g, want the mean of the items, %g", ev.Total, 100*(1.0/3+0.5)/2)
	}
}

// TestEvaluateObservationFiles grades the observations of the sample files, which
// read the same as YAML and as CSV.
func TestEvaluateObservationFiles(t *testing.T) {
	start := time.Date(2026, 7, 15, 22, 0, 0, 0, scenarios.ChinaStandardTime)
	for _, name := range []string{"observations.yaml", "observations.csv"} {
		t.Run(name, func(t *testing.T) {
			obs, err := observation.Read(filepath.Join("..", "observation", "testdata", name), start, observation.DefaultItems)
			if err != nil {
				t.Fatal(err)
			}
			ev := Evaluate(observation.DefaultItems, obs)
			if len(ev.Items) != 3 || ev.Evaluators != 3 || ev.Observations != 6 {
				t.Fatalf("%d items by %d evaluators with %d ratings, want 3, 3, 6", len(ev.Items), ev.Evaluators, ev.Observations)
			}
			// Items in list order: E03 (yes: 1), E04 (P, S, P: 0.89), E05 (M, U: 0.165).
			e03, e04, e05 := ev.Items[0], ev.Items[1], ev.Items[2]
			if e03.Item.ID != "E03" || e03.Score != 1 || e03.Agreement != 1 {
				t.Errorf("E03: %+v", e03)
			}
			if e04.Item.ID != "E04" || math.Abs(e04.Score-(2.67/3)) > 1e-9 || e04.Modal != observation.RatingP || math.Abs(e04.Agreement-2.0/3) > 1e-9 {
				t.Errorf("E04 scores %g with modal %s agreed by %g, want 0.89, P, 2/3", e04.Score, e04.Modal, e04.Agreement)
			}
			if math.Abs(e05.Score-0.165) > 1e-9 || e05.Modal != observation.RatingM || e05.Agreement != 0.5 {
				t.Errorf("E05 scores %g, modal %s (%g), want 0.165 and M on a tie with U (the better wins), 0.5", e05.Score, e05.Modal, e05.Agreement)
			}
			want := 100 * (1 + 2.67/3 + 0.165) / 3
			if math.Abs(ev.Total-want) > 1e-9 {
				t.Errorf("evaluators' total %g, want %g", ev.Total, want)
			}
		})
	}
}
