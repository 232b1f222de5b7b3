//go:build !js

package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"drillsim/i18n"
	"drillsim/report"
)

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
