package ui

import (
	"fmt"

	"drillsim/i18n"
	"drillsim/observation"
	"drillsim/scoring"
)

// assess grades the drill once it has ended, for the end screen and its report.
func (g *Game) assess() {
	if g.final != nil {
		return
	}
	plan, err := g.session.Plan()
	if err != nil {
		return // the end screen shows the counts alone
	}
	a := scoring.AssessSeat(g.seat, plan, g.session.Scenario(), g.session.Header(), "drillsim play", g.session.Events(),
		observation.DefaultItems, g.session.Observations())
	g.final = &a
}

// scoreLine is the end screen's line of the grade.
func (g *Game) scoreLine() string {
	a := g.final
	grade := a.Grade.Chinese()
	if g.lang == i18n.English {
		grade = a.Grade.English()
	}
	return fmt.Sprintf(i18n.TextScoreLine.In(g.lang), a.Final, grade, a.Scorecard.Met(), len(a.Scorecard.Rows)-a.Scorecard.NotApplicable)
}
