package scoring

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
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

// trendMark is an arrow for a change of score: up, down or level (within 0.05).
func trendMark(delta float64) string {
	switch {
	case delta > 0.05:
		return "↑"
	case delta < -0.05:
		return "↓"
	}
	return "→"
}

// WriteTable prints the drills as columns: the final and automatic scores, the grade,
// each category's percentage, and the change from the drill before.
func (c Comparison) WriteTable(w io.Writer, l Lang) error {
	t := textTable{right: []bool{false}}
	head := []string{l.pick("项目", "")}
	for i, d := range c.Drills {
		head = append(head, fmt.Sprintf("#%d %s", i+1, d.Label))
		t.right = append(t.right, true)
	}
	t.add(head...)
	row := func(label string, cell func(i int, d DrillColumn) string) {
		cells := []string{label}
		for i, d := range c.Drills {
			cells = append(cells, cell(i, d))
		}
		t.add(cells...)
	}
	row(l.pick("综合得分", "Final"), func(_ int, d DrillColumn) string { return fmt.Sprintf("%.1f", d.Final) })
	row(l.pick("等级", "Grade"), func(_ int, d DrillColumn) string { return l.grade(d.Grade) })
	row(l.pick("自动评分", "Automatic"), func(_ int, d DrillColumn) string { return fmt.Sprintf("%.1f", d.Automatic) })
	row(l.pick("达标/适用", "Met/applied"), func(_ int, d DrillColumn) string { return fmt.Sprintf("%d/%d", d.Met, d.Applicable) })
	for j, name := range c.Categories {
		row(name, func(_ int, d DrillColumn) string {
			if math.IsNaN(d.Categories[j]) {
				return "--"
			}
			return fmt.Sprintf("%.1f%%", d.Categories[j])
		})
	}
	row(l.pick("较上次", "Change"), func(i int, d DrillColumn) string {
		if i == 0 {
			return "--"
		}
		delta := d.Final - c.Drills[i-1].Final
		return fmt.Sprintf("%s%+.1f", trendMark(delta), delta)
	})
	var b strings.Builder
	b.WriteString(t.String())
	if len(c.Drills) > 1 {
		fmt.Fprintf(&b, l.pick("\n趋势：第1次到第%d次综合得分 %s%+.1f\n", "\nTrend: final score from drill 1 to drill %d %s%+.1f\n"), len(c.Drills), trendMark(c.Trend()), c.Trend())
	}
	_, err := io.WriteString(w, b.String())
	return err
}
