package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"drillsim/i18n"
	"drillsim/observation"
	"drillsim/report"
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
	a := scoring.Assess(plan, g.session.Scenario(), g.session.Header(), "drillsim play", g.session.Events(),
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

// writeReport writes the after-action report (演练评估报告) of the ended drill as one
// HTML file in the report folder, and remembers where for the end screen.
func (g *Game) writeReport() {
	dir := g.reportDir
	if dir == "" {
		dir = "drills"
	}
	path := filepath.Join(dir, g.session.Scenario().ID+"-report.html")
	err := os.MkdirAll(dir, 0o755)
	var rep *report.Report
	if err == nil {
		rep, err = report.New(g.final, g.session.Town(), i18n.Language(g.lang))
	}
	var f *os.File
	if err == nil {
		f, err = os.Create(path)
	}
	if err == nil {
		err = rep.WriteHTML(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		g.report = err.Error()
		return
	}
	g.report = fmt.Sprintf(i18n.TextReportWritten.In(g.lang), path)
}
