package ui

import (
	"image"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// rolePanel is the part of the side panel that is the role's own, between the clock
// and the feed. Each role's is its own type: the command post's, a village's, the
// controller's (导调) and the evaluators' (评估).
type rolePanel interface {
	// layout lays out the panel from y down and returns the y below it. It runs in
	// Update to answer clicks and in Draw to paint (see Panel).
	layout(g *Game, y int) int
	// fields are the panel's text fields; a focused one takes the keyboard.
	fields() []*TextField
}

// newRolePanel returns the panel of role r.
func newRolePanel(r scenarios.Role) rolePanel {
	switch {
	case r == scenarios.RoleController:
		return &controllerPanel{}
	case r == scenarios.RoleEvaluator:
		return &evaluatorPanel{form: evaluatorForm{comment: TextField{MaxRunes: maxNoteRunes}}}
	case r.Village() != "":
		return &villagePanel{answers: answers{field: TextField{MaxRunes: maxNoteRunes}}}
	}
	return &commandPanel{reports: reports{note: TextField{MaxRunes: maxNoteRunes}}, answers: answers{field: TextField{MaxRunes: maxNoteRunes}}}
}

// The parts' heights: lists in rows, the actions' box in pixels.
const (
	deadlineRows = 2
	unitRows     = 5
	orderRows    = 2
	actionsH     = 158
)

// commandPanel is the command post's (指挥部): the countdowns, the town's figures, the
// units and the orders of what is selected, or with nothing selected the reports,
// public information, response levels and the county's reinforcements; then the
// orders' status.
type commandPanel struct {
	reports
	answers
	units scroll
}

func (p *commandPanel) layout(g *Game, y int) int {
	y = g.layoutAnswer(y+gapH, &p.answers)
	y = g.layoutDeadlines(y+gapH, deadlineRows)
	y = g.layoutCounts(y + gapH)
	y = g.layoutUnits(y+gapH, unitRows, &p.units)
	y = g.layoutActions(y+gapH, actionsH, p.layoutStanding)
	return g.layoutOrders(y+gapH, orderRows)
}

func (p *commandPanel) fields() []*TextField {
	return []*TextField{&p.reports.note, &p.answers.field}
}

// layoutStanding lays out the command post's orders that need no selection.
func (p *commandPanel) layoutStanding(g *Game, y int) int {
	y = p.layoutReports(g, y, true)
	levels := []scenarios.Level{scenarios.LevelIV, scenarios.LevelIII, scenarios.LevelII, scenarios.LevelI}
	labels := make([]string, len(levels))
	for i, l := range levels {
		labels[i] = l.Chinese()
	}
	clicked, y := g.labelledButtons(y, i18n.TextActivate.In(g.lang), labels)
	if clicked >= 0 {
		g.send(scenarios.Order{Order: scenarios.OrderActivateResponse, Level: levels[clicked]})
	}
	return g.layoutReinforcements(y)
}

// controllerPanel is the controller's (导调): the countdowns, the counts, the
// controller's own orders (tabletop phases, injects, hazards) and their status.
type controllerPanel struct {
	pending []int // the injects not delivered, reused
	injects scroll
}

func (p *controllerPanel) layout(g *Game, y int) int {
	y = g.layoutDeadlines(y+gapH, deadlineRows)
	y = g.layoutCounts(y + gapH)
	y = p.layoutControls(g, y+gapH)
	return g.layoutOrders(y+gapH, orderRows)
}

func (p *controllerPanel) fields() []*TextField { return nil }

// evaluatorPanel is the evaluators' (评估): the table of every requirement with its
// state, and the observation form.
type evaluatorPanel struct {
	form  evaluatorForm
	table []requirementRow // the table laid out, reused
	rows  scroll
	obs   scroll
}

func (p *evaluatorPanel) layout(g *Game, y int) int {
	y = p.layoutRequirementTable(g, y+gapH)
	return p.layoutObservationForm(g, y+gapH)
}

func (p *evaluatorPanel) fields() []*TextField { return []*TextField{&p.form.comment} }

// reports is the note field and the report buttons of the command post: what it
// types goes out with its next report, or is released as public information.
type reports struct{ note TextField }

// layoutReports lays out the note field and the buttons of the first and follow-up
// reports, and of public information when release is set.
func (r *reports) layoutReports(g *Game, y int, release bool) int {
	p := &g.panel
	p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextPickUnit.In(g.lang), g.fonts.Small, colorPanelDim)
	y += rowH
	p.TextField(image.Rect(innerX, y, innerX+innerW, y+buttonH), &r.note, i18n.TextInfoPlaceholder.In(g.lang))
	y += buttonH + 4
	if p.Button(actionButton(y, 0), i18n.TextReportInitial.In(g.lang), false) {
		r.sendReport(g, scenarios.ReportInitial)
	}
	if p.Button(actionButton(y, 1), i18n.TextReportFollowup.In(g.lang), false) {
		r.sendReport(g, scenarios.ReportFollowup)
	}
	if release && p.Button(actionButton(y, 2), i18n.OrderKindName(scenarios.OrderReleaseInfo, g.lang), false) {
		r.releaseInfo(g)
	}
	return y + actionRows(3)
}

// releaseInfo releases the text typed to the public (发布信息) and empties the
// field; with nothing typed, it gives the field the keyboard instead.
func (r *reports) releaseInfo(g *Game) {
	if len(r.note.Text) == 0 {
		r.note.Focused = true
		return
	}
	g.send(scenarios.Order{Order: scenarios.OrderReleaseInfo, Text: r.note.String()})
	r.note.Clear()
}

// sendReport sends a report of kind k carrying the note typed, then empties it.
func (r *reports) sendReport(g *Game, k scenarios.ReportKind) {
	g.send(scenarios.Order{Order: scenarios.OrderReport, Report: k, Text: r.note.String()})
	r.note.Clear()
}
