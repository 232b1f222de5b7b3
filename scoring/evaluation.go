package scoring

import (
	"slices"

	"drillsim/observation"
)

// ItemResult is what the evaluators said about one observation item.
type ItemResult struct {
	Item observation.Item
	// Observations are the item's ratings in the order they were read.
	Observations []observation.Observation
	// Score is the mean of the ratings' values, from 0 to 1.
	Score float64
	// Modal is the most common rating (the better one on a tie); Agreement is the
	// share of evaluators who gave it.
	Modal     observation.Rating
	Agreement float64
}

// Evaluation is the evaluators' part of the grade: every rated item and the mean.
type Evaluation struct {
	Items []ItemResult
	// Total is the mean of the rated items' scores, out of 100.
	Total float64
	// Evaluators counts the distinct evaluators; Observations the ratings.
	Evaluators, Observations int
}

// Rated reports whether any evaluator rated anything.
func (e Evaluation) Rated() bool { return len(e.Items) > 0 }

// Evaluate aggregates observations over items, in the order of items; items nobody
// rated are left out.
func Evaluate(items []observation.Item, obs []observation.Observation) Evaluation {
	var ev Evaluation
	var evaluators []string
	for _, o := range obs {
		if o.Evaluator != "" && !slices.Contains(evaluators, o.Evaluator) {
			evaluators = append(evaluators, o.Evaluator)
		}
	}
	for _, it := range items {
		res := ItemResult{Item: it}
		counts := make([]int, len(observation.Ratings))
		for _, o := range obs {
			if o.Item != it.ID {
				continue
			}
			res.Observations = append(res.Observations, o)
			res.Score += o.Rating.Value()
			for i, r := range observation.Ratings {
				if r == o.Rating {
					counts[i]++
				}
			}
		}
		n := len(res.Observations)
		if n == 0 {
			continue
		}
		res.Score /= float64(n)
		best := 0
		for i, c := range counts {
			if c > counts[best] {
				best = i
			}
		}
		res.Modal, res.Agreement = observation.Ratings[best], float64(counts[best])/float64(n)
		ev.Items = append(ev.Items, res)
		ev.Total += res.Score
		ev.Observations += n
	}
	if len(ev.Items) > 0 {
		ev.Total = 100 * ev.Total / float64(len(ev.Items))
	}
	ev.Evaluators = len(evaluators)
	return ev
}
