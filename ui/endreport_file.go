//go:build !js

package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"drillsim/i18n"
	"drillsim/report"
)

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
