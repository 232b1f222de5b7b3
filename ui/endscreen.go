package ui

import (
	"fmt"
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scoring"
)

// End screen layout: a box over the map with the final counts, the score table and
// the category subtotals.
const (
	endX0, endY0 = 30, 56
	endX1        = mapWidth - 30
	endRowH      = 19
	// maxEndRows is how many requirements the table lists; the report has them all.
	maxEndRows = 18
)

// endColumns are the score table's columns: heading and left edge.
var endColumns = [...]struct {
	head i18n.Text
	x    int
}{
	{i18n.TextColClause, endX0 + 14},
	{i18n.TextColRequirement, endX0 + 84},
	{i18n.TextColAllowed, endX0 + 520},
	{i18n.TextColResponse, endX0 + 600},
	{i18n.TextColPoints, endX0 + 680},
	{i18n.TextColResult, endX0 + 760},
}

// drawEnd draws the end screen: when the drill ended, the grade, the final counts,
// each requirement's clause, allowed time, time taken, points and result, the
// category subtotals, and the key that writes the report (or where it went).
func (g *Game) drawEnd(dst *ebiten.Image) {
	rows, catRows := 0, 0
	bottom := endY0 + 10 + 40 + 24 + 3*endRowH + 12
	if g.final != nil {
		rows = min(len(g.final.Scorecard.Rows), maxEndRows)
		catRows = (len(g.final.Scorecard.Categories) + 3) / 4
		bottom += 24 + (rows+1)*endRowH + 6 + catRows*endRowH + 8 + 30
	}
	fillRect(dst, image.Rect(endX0, endY0, endX1, min(bottom, ScreenHeight-20)), colorHalo)
	x, y := endX0+14, endY0+10
	head := i18n.TextEnded.In(g.lang) + "  " + ScenarioTime(g.session.Scenario(), g.snap.T).Format("2006-01-02 15:04")
	if g.final != nil {
		head += "    " + g.scoreLine()
	}
	drawText(dst, image.Pt(x, y), head, g.fonts.Large, colorMapText)
	y += 40
	drawText(dst, image.Pt(x, y), i18n.TextFinalCounts.In(g.lang), g.fonts.Normal, colorMapText)
	y += 24
	for i, row := range g.countRows() {
		c := color.Color(colorMapText)
		if row.alert {
			c = colorAlert
		}
		drawText(dst, image.Pt(x+(i%4)*210, y+(i/4)*endRowH), row.label.In(g.lang)+"  "+row.value, g.fonts.Small, c)
	}
	y += 3*endRowH + 12
	if g.final == nil {
		return
	}
	drawText(dst, image.Pt(x, y), i18n.TextScoreTable.In(g.lang), g.fonts.Normal, colorMapText)
	y += 24
	for _, col := range endColumns {
		drawText(dst, image.Pt(col.x, y), col.head.In(g.lang), g.fonts.Small, colorPanelDim)
	}
	y += endRowH
	for _, r := range g.final.Scorecard.Rows[:rows] {
		result, c := g.endResult(r)
		cells := [len(endColumns)]string{
			r.Requirement.Clause,
			clip(r.Requirement.Title, 30),
			formatLeft(r.AllowedS),
			"—",
			fmt.Sprintf("%.1f/%.0f", r.Points, r.Requirement.Weight),
			result,
		}
		if r.Started && r.Stopped {
			cells[3] = formatLeft(r.ResponseS)
		}
		for i, col := range endColumns {
			drawText(dst, image.Pt(col.x, y), cells[i], g.fonts.Small, c)
		}
		y += endRowH
	}
	y += 6
	for i, cs := range g.final.Scorecard.Categories {
		drawText(dst, image.Pt(x+(i%4)*210, y+(i/4)*endRowH), fmt.Sprintf(i18n.TextCategoryLine.In(g.lang), cs.Category, cs.Points, cs.Weight), g.fonts.Small, colorMapText)
	}
	y += catRows*endRowH + 8
	note := i18n.TextReportKey.In(g.lang)
	if g.report != "" {
		note = g.report
	}
	drawText(dst, image.Pt(x, y), note, g.fonts.Normal, colorMapText)
}

// endResult is the result cell of requirement r and the colour of its row: met, late,
// not done, or not applicable (its situation did not arise).
func (g *Game) endResult(r scoring.RequirementScore) (string, color.Color) {
	switch {
	case !r.Applicable:
		return i18n.TextResultNotApplicable.In(g.lang), colorPanelDim
	case r.Met:
		return i18n.TextClockMet.In(g.lang), colorOK
	case r.Stopped:
		return i18n.TextClockMissed.In(g.lang), colorAmber
	}
	return i18n.TextResultNotDone.In(g.lang), colorAlert
}
