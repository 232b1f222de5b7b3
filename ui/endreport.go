package ui

import (
	"errors"
	"fmt"
	"io/fs"
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

// writeReport writes the after-action report (演练评估报告) of the ended drill as one
// HTML file in the report folder, under a name no earlier report has (flood-report.html,
// then flood-report-2.html ...), and says where in full on the end screen and on the
// standard error of the program.
func (g *Game) writeReport() {
	dir := g.reportDir
	if dir == "" {
		dir = "drills"
	}
	err := os.MkdirAll(dir, 0o755)
	var rep *report.Report
	if err == nil {
		rep, err = report.New(g.final, g.session.Town(), i18n.Language(g.lang))
	}
	var f *os.File
	if err == nil {
		f, err = createNew(dir, g.session.Scenario().ID+"-report", ".html")
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
	path, aerr := filepath.Abs(f.Name())
	if aerr != nil {
		path = f.Name()
	}
	g.report = fmt.Sprintf(i18n.TextReportWritten.In(g.lang), path)
	fmt.Fprintln(os.Stderr, g.report)
}

// createNew creates a file in dir named base+ext, or base-2+ext, base-3+ext ... the
// first that does not exist: it never replaces a file.
func createNew(dir, base, ext string) (*os.File, error) {
	for n := 1; ; n++ {
		name := base + ext
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}
