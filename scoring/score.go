package scoring

import (
	"slices"

	"drillsim/scenarios"
)

// RequirementScore is one requirement's line on the score sheet: its window, whether
// it applied in this drill, and the points it earned out of its weight.
type RequirementScore struct {
	Window
	// Applicable is false when the requirement's clock never started: the situation it
	// covers did not arise in this drill, so it is left out of the total.
	Applicable bool
	Points     float64
	// OverS is how far the response ran past the allowed time, in seconds (0 when met;
	// for a duty never done, the time from the deadline to the end of the log).
	OverS int64
}

// CategoryScore is the subtotal of one requirement category.
type CategoryScore struct {
	Category string
	// Points and Weight add up the applicable requirements of the category.
	Points, Weight float64
	// Requirements counts the applicable requirements; Met those met.
	Requirements, Met int
}

// Percent is the category's points as a share of its weight, out of 100 (0 when no
// requirement of the category applied).
func (c CategoryScore) Percent() float64 {
	if c.Weight == 0 {
		return 0
	}
	return 100 * c.Points / c.Weight
}

// Scorecard grades a drill's windows against the plan: each requirement's points, the
// category subtotals and the automatic total out of 100.
type Scorecard struct {
	Rows []RequirementScore
	// Categories follow scenarios.Categories; categories with no requirement in force
	// are left out.
	Categories []CategoryScore
	// Points and Weight add up the applicable requirements; Total is Points/Weight
	// scaled to 100 (0 when nothing applied).
	Points, Weight, Total float64
	// NotApplicable counts the requirements whose clock never started.
	NotApplicable int
}

// RequirementPoints returns the points a window earns out of its requirement's
// weight: the full weight when the response took no longer than allowed, falling
// linearly to zero at zeroAt times the allowed time, and zero when the duty was never
// done. A window that never started earns zero and is not applicable.
func RequirementPoints(w Window, zeroAt float64) float64 {
	weight := w.Requirement.Weight
	switch {
	case !w.Started || !w.Stopped:
		return 0
	case w.ResponseS <= w.AllowedS:
		return weight
	}
	zeroS := zeroAt * float64(w.AllowedS)
	resp := float64(w.ResponseS)
	if resp >= zeroS || zeroS <= float64(w.AllowedS) {
		return 0
	}
	return weight * (zeroS - resp) / (zeroS - float64(w.AllowedS))
}

// Score grades windows under the plan's rules; endS is the last second of the drill,
// from which a duty never done is measured as overdue.
func Score(windows []Window, rules scenarios.ScoringRules, endS int64) Scorecard {
	var sc Scorecard
	byCategory := make(map[string]*CategoryScore)
	for _, w := range windows {
		row := RequirementScore{Window: w, Applicable: w.Started}
		if !w.Started {
			sc.NotApplicable++
			sc.Rows = append(sc.Rows, row)
			continue
		}
		row.Points = RequirementPoints(w, rules.ZeroAtMultiple)
		switch {
		case !w.Stopped:
			row.OverS = max(0, endS-(w.StartS+w.AllowedS))
		case !w.Met:
			row.OverS = w.ResponseS - w.AllowedS
		}
		sc.Rows = append(sc.Rows, row)
		sc.Points += row.Points
		sc.Weight += w.Requirement.Weight
		c := byCategory[w.Requirement.Category]
		if c == nil {
			c = &CategoryScore{Category: w.Requirement.Category}
			byCategory[w.Requirement.Category] = c
		}
		c.Points += row.Points
		c.Weight += w.Requirement.Weight
		c.Requirements++
		if w.Met {
			c.Met++
		}
	}
	for _, name := range categoryOrder(windows) {
		if c := byCategory[name]; c != nil {
			sc.Categories = append(sc.Categories, *c)
		} else {
			sc.Categories = append(sc.Categories, CategoryScore{Category: name})
		}
	}
	if sc.Weight > 0 {
		sc.Total = 100 * sc.Points / sc.Weight
	}
	return sc
}

// categoryOrder lists the categories of the windows' requirements in the order of
// scenarios.Categories, then any others in the order they first appear.
func categoryOrder(windows []Window) []string {
	var names []string
	for _, c := range scenarios.Categories {
		for _, w := range windows {
			if w.Requirement.Category == c {
				names = append(names, c)
				break
			}
		}
	}
	for _, w := range windows {
		if !slices.Contains(names, w.Requirement.Category) {
			names = append(names, w.Requirement.Category)
		}
	}
	return names
}

// Met counts the rows that met their requirement.
func (sc Scorecard) Met() int {
	n := 0
	for _, r := range sc.Rows {
		if r.Met {
			n++
		}
	}
	return n
}
