package ui

import (
	"cmp"
	"fmt"
	"image"
	"image/color"
	"slices"

	"drillsim/i18n"
	"drillsim/scoring"
)

// deadlineRow is one plan requirement as the side panel lists it.
type deadlineRow struct {
	Clause, Title string
	State         scoring.ClockState
	// LeftS is the seconds left before the deadline, negative once overdue.
	LeftS int64
}

// deadlineRows appends to rows the requirements whose clock runs now and that are the
// player's business (a village's cadres see their own), the most urgent first (plan
// order among equals).
func (g *Game) deadlineRows(rows []deadlineRow) []deadlineRow {
	for i := range g.reqs.Windows() {
		w := &g.reqs.Windows()[i]
		if st, left := w.StateAt(g.snap.T); st.Running() {
			rows = append(rows, deadlineRow{Clause: w.Requirement.Clause, Title: w.Requirement.Title, State: st, LeftS: left})
		}
	}
	slices.SortStableFunc(rows, func(a, b deadlineRow) int { return cmp.Compare(a.LeftS, b.LeftS) })
	return rows
}

// clockColor is the colour of a requirement in state s: amber in the last quarter of
// its time, red when overdue or missed, green when met.
func clockColor(s scoring.ClockState) color.Color {
	switch s {
	case scoring.ClockClosing:
		return colorAmber
	case scoring.ClockOverdue, scoring.ClockMissed:
		return colorAlert
	case scoring.ClockMet:
		return colorOK
	case scoring.ClockWaiting:
		return colorPanelDim
	}
	return colorPanelText
}

// formatLeft writes seconds as h:mm:ss or m:ss, with a minus sign once overdue.
func formatLeft(s int64) string {
	sign := ""
	if s < 0 {
		sign, s = "-", -s
	}
	if s >= 3600 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%s%d:%02d", sign, s/60, s%60)
}

// maxDeadlineRows is how many running requirements the panel shows.
const maxDeadlineRows = 3

// layoutDeadlines lays out the countdowns of the requirements whose clock runs.
func (g *Game) layoutDeadlines(y int) int {
	p := &g.panel
	g.rowsBuf = g.deadlineRows(g.rowsBuf[:0])
	rows := g.rowsBuf
	p.Text(image.Pt(innerX, y), fmt.Sprintf("%s (%d)", i18n.TextDeadlines.In(g.lang), len(rows)), g.fonts.Normal, colorPanelText)
	y += 22
	if len(rows) == 0 {
		p.Text(image.Pt(innerX, y), i18n.TextNoDeadlines.In(g.lang), g.fonts.Small, colorPanelDim)
		return y + 16
	}
	for _, r := range rows[:min(len(rows), maxDeadlineRows)] {
		p.Text(image.Pt(innerX, y), clip(formatLeft(r.LeftS)+" "+r.Clause+" "+r.Title, 30), g.fonts.Small, clockColor(r.State))
		y += 16
	}
	return y
}
