package report

import (
	"fmt"
	"io"
	"math"
	"strings"

	"drillsim/i18n"
	"drillsim/scoring"
)

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

// WriteComparison prints the drills of c as columns: the final and automatic scores, the grade,
// each category's percentage, and the change from the drill before.
func WriteComparison(w io.Writer, c scoring.Comparison, l i18n.Language) error {
	t := textTable{right: []bool{false}}
	head := []string{l.Pick("项目", "")}
	for i, d := range c.Drills {
		head = append(head, fmt.Sprintf("#%d %s", i+1, d.Label))
		t.right = append(t.right, true)
	}
	t.add(head...)
	row := func(label string, cell func(i int, d scoring.DrillColumn) string) {
		cells := []string{label}
		for i, d := range c.Drills {
			cells = append(cells, cell(i, d))
		}
		t.add(cells...)
	}
	row(l.Pick("综合得分", "Final"), func(_ int, d scoring.DrillColumn) string { return fmt.Sprintf("%.1f", d.Final) })
	row(l.Pick("等级", "Grade"), func(_ int, d scoring.DrillColumn) string { return gradeName(d.Grade, l) })
	row(l.Pick("自动评分", "Automatic"), func(_ int, d scoring.DrillColumn) string { return fmt.Sprintf("%.1f", d.Automatic) })
	row(l.Pick("达标/适用", "Met/applied"), func(_ int, d scoring.DrillColumn) string { return fmt.Sprintf("%d/%d", d.Met, d.Applicable) })
	for j, name := range c.Categories {
		row(name, func(_ int, d scoring.DrillColumn) string {
			if math.IsNaN(d.Categories[j]) {
				return "--"
			}
			return fmt.Sprintf("%.1f%%", d.Categories[j])
		})
	}
	row(l.Pick("较上次", "Change"), func(i int, d scoring.DrillColumn) string {
		if i == 0 {
			return "--"
		}
		delta := d.Final - c.Drills[i-1].Final
		return fmt.Sprintf("%s%+.1f", trendMark(delta), delta)
	})
	var b strings.Builder
	b.WriteString(t.String())
	if len(c.Drills) > 1 {
		fmt.Fprintf(&b, l.Pick("\n趋势：第1次到第%d次综合得分 %s%+.1f\n", "\nTrend: final score from drill 1 to drill %d %s%+.1f\n"), len(c.Drills), trendMark(c.Trend()), c.Trend())
	}
	_, err := io.WriteString(w, b.String())
	return err
}
