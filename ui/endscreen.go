package ui

import (
	"fmt"
	"image"
	"image/color"

	"drillsim/i18n"
	"drillsim/scoring"
)

// The end screen: a box over everything with the grade, the final figures of the
// seat's area, the score of every requirement and the category subtotals, and the
// ways on: write the report, watch the replay, play the drill again, go back to the
// start screen, or close it to look at the map (Esc).

// endShown reports whether the end screen shows: the drill has ended and it was not
// closed.
func (g *Game) endShown() bool { return g.session.Done() && !g.endClosed }

// endColumns are the score table's columns: heading and width (0 takes the rest).
var endColumns = [...]struct {
	head i18n.Text
	w    int
}{
	{i18n.TextColClause, 64},
	{i18n.TextColRequirement, 0},
	{i18n.TextColAllowed, 84},
	{i18n.TextColResponse, 84},
	{i18n.TextColPoints, 80},
	{i18n.TextColResult, 96},
}

// endRowH is a row of the end screen's table.
const endRowH = 22

// layoutEnd lays out the end screen.
func (g *Game) layoutEnd() {
	p := &g.over
	b := p.bounds
	p.Shade(b)
	w := min(1040, b.Dx()-20)
	x0 := b.Min.X + (b.Dx()-w)/2
	box := image.Rect(x0, b.Min.Y+10, x0+w, b.Max.Y-10)
	p.Fill(box, colorPanelSolid)
	p.Frame(box, colorPanelDim)
	x, iw := x0+dialogPad, w-2*dialogPad
	y := box.Min.Y + dialogPad
	head := i18n.TextEnded.In(g.lang) + "  " + ScenarioTime(g.session.Scenario(), g.snap.T).Format("2006-01-02 15:04")
	if g.final != nil {
		head += "    " + g.scoreLine()
	}
	y += p.Wrap(x, y, iw, head, g.fonts.Large, colorPanelText) + 8
	y = g.layoutEndFigures(x, y, iw)
	buttonsY := box.Max.Y - dialogPad - buttonH - 4
	noteY := buttonsY
	if g.report != "" {
		lines := len(wrapWidth(g.report, g.fonts.Small, float64(iw)))
		noteY -= lines*int(lineHeight(g.fonts.Small)) + 6
		p.Wrap(x, noteY, iw, g.report, g.fonts.Small, colorOK)
	}
	if g.final != nil {
		g.layoutEndTable(x, y, iw, noteY-8)
	}
	g.layoutEndButtons(x, buttonsY, iw)
}

// layoutEndFigures lays out the final figures of the seat's area, four a row, and
// returns the y below them.
func (g *Game) layoutEndFigures(x, y, w int) int {
	p := &g.over
	title := i18n.TextFinalCounts.In(g.lang)
	rows := g.countRows()
	if g.village >= 0 {
		title = fmt.Sprintf(i18n.TextOwnFigures.In(g.lang), g.role.Village())
		rows = g.villageRows()
	}
	p.Line(image.Rect(x, y, x+w, y+headH), title, g.fonts.Normal, colorPanelText)
	y += headH
	cw := w / 4
	for i, r := range rows {
		c := color.Color(colorPanelDim)
		if r.alert {
			c = colorAlert
		}
		rx, ry := x+(i%4)*cw, y+(i/4)*countH
		p.Line(image.Rect(rx, ry, rx+cw-6, ry+countH), r.label.In(g.lang)+" "+r.value, g.fonts.Small, c)
	}
	return y + (len(rows)+3)/4*countH + 10
}

// layoutEndTable lays out the score table from y to bottom: a row per requirement,
// scrolled when they do not all fit, then the category subtotals.
func (g *Game) layoutEndTable(x, y, w, bottom int) {
	p := &g.over
	a := g.final
	p.Line(image.Rect(x, y, x+w, y+headH), i18n.TextScoreTable.In(g.lang), g.fonts.Normal, colorPanelText)
	y += headH
	var xs [len(endColumns) + 1]int
	fixed := 0
	for _, c := range endColumns {
		fixed += c.w
	}
	xs[0] = x
	for i, c := range endColumns {
		cw := c.w
		if cw == 0 {
			cw = w - scrollBarW - fixed
		}
		xs[i+1] = xs[i] + cw
	}
	for i, c := range endColumns {
		p.Line(image.Rect(xs[i], y, xs[i+1]-8, y+endRowH), c.head.In(g.lang), g.fonts.Small, colorPanelDim)
	}
	y += endRowH
	cats := len(a.Scorecard.Categories)
	catLines := (cats + 3) / 4
	tableBottom := bottom - catLines*countH - 8
	box := image.Rect(x, y, x+w, max(tableBottom, y+endRowH))
	from, to := p.List(box, len(a.Scorecard.Rows), endRowH, &g.endScroll)
	for k, r := range a.Scorecard.Rows[from:to] {
		ry := y + k*endRowH
		result, c := g.endResult(r)
		cells := [len(endColumns)]string{
			r.Requirement.Clause,
			r.Requirement.Title,
			formatAllowed(r.AllowedS, g.lang),
			"—",
			fmt.Sprintf("%.1f/%.0f", r.Points, r.Requirement.Weight),
			result,
		}
		if r.Started && r.Stopped {
			cells[3] = formatAllowed(r.ResponseS, g.lang)
		}
		for i := range endColumns {
			p.Line(image.Rect(xs[i], ry, xs[i+1]-8, ry+endRowH), cells[i], g.fonts.Small, c)
		}
	}
	y = box.Max.Y + 8
	cw := w / 4
	for i, cs := range a.Scorecard.Categories {
		rx, ry := x+(i%4)*cw, y+(i/4)*countH
		p.Line(image.Rect(rx, ry, rx+cw-6, ry+countH), fmt.Sprintf(i18n.TextCategoryLine.In(g.lang), cs.Category, cs.Points, cs.Weight), g.fonts.Small, colorPanelText)
	}
}

// layoutEndButtons lays out the end screen's ways on, right to left from 关闭.
func (g *Game) layoutEndButtons(x, y, w int) {
	p := &g.over
	type way struct {
		label i18n.Text
		do    func()
	}
	ways := []way{{i18n.TextWriteReport, g.writeReport}}
	if sc := g.cfg.Scenes; sc != nil {
		if sc.Replay != nil {
			ways = append(ways, way{i18n.TextReplay, sc.Replay})
		}
		if sc.Again != nil {
			ways = append(ways, way{i18n.TextPlayAgain, sc.Again})
		}
		if sc.Home != nil {
			ways = append(ways, way{i18n.TextBackToStart, sc.Home})
		}
	}
	ways = append(ways, way{i18n.TextClose, func() { g.endClosed = true }})
	const gap = 10
	bw := min(150, (w-gap*(len(ways)-1))/len(ways))
	for i, wy := range ways {
		r := image.Rect(x+i*(bw+gap), y, x+i*(bw+gap)+bw, y+buttonH+4)
		clicked := false
		if i < len(ways)-1 {
			clicked = p.PrimaryButton(r, wy.label.In(g.lang))
		} else {
			clicked = p.Button(r, wy.label.In(g.lang), false)
		}
		if clicked {
			wy.do()
			return
		}
	}
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
