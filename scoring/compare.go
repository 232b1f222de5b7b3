package scoring

import (
	"math"
	"slices"
)

// DrillColumn is one drill in a comparison.
type DrillColumn struct {
	// Label names the drill (its event log); Seed is the run's seed.
	Label string
	Seed  uint64
	// Automatic, Final and Grade are its scores; Evaluated reports evaluator ratings.
	Automatic, Final float64
	Evaluated        bool
	Grade            Grade
	// Categories are the category percentages in Comparison.Categories order, NaN
	// where no requirement of the category applied.
	Categories []float64
	// Met and Applicable count its requirements.
	Met, Applicable int
}

// Comparison sets several drills of the same plan side by side, in the order given,
// with the trend of their final scores.
type Comparison struct {
	Categories []string
	Drills     []DrillColumn
}

// Compare lines up drills (assessed against the same plan) in the order given.
func Compare(drills []Assessment) Comparison {
	var c Comparison
	for _, a := range drills {
		for _, cat := range a.Scorecard.Categories {
			if !slices.Contains(c.Categories, cat.Category) {
				c.Categories = append(c.Categories, cat.Category)
			}
		}
	}
	for _, a := range drills {
		col := DrillColumn{Label: a.Source, Seed: a.Header.Seed, Automatic: a.Scorecard.Total, Final: a.Final,
			Evaluated: a.Evaluation.Rated(), Grade: a.Grade, Met: a.Scorecard.Met(),
			Applicable: len(a.Scorecard.Rows) - a.Scorecard.NotApplicable}
		for _, name := range c.Categories {
			pct := math.NaN()
			for _, cat := range a.Scorecard.Categories {
				if cat.Category == name && cat.Requirements > 0 {
					pct = cat.Percent()
				}
			}
			col.Categories = append(col.Categories, pct)
		}
		c.Drills = append(c.Drills, col)
	}
	return c
}

// Trend is the change of the final score from the first drill to the last (0 with
// fewer than two).
func (c Comparison) Trend() float64 {
	if len(c.Drills) < 2 {
		return 0
	}
	return c.Drills[len(c.Drills)-1].Final - c.Drills[0].Final
}
