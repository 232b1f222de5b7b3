package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/report"
	"drillsim/scoring"
)

// reportFormats are the output formats of `drillsim report`, by file extension.
var reportFormats = []string{".html", ".pdf", ".xlsx", ".csv", ".json"}

// runReport is `drillsim report --scenario S --events e.jsonl [--observations
// o.yaml] --out report.html|report.pdf|scores.xlsx|scores.csv|scores.json [--lang
// en]`: write the drill's after-action report (演练评估报告), or its score tables,
// in the format the --out extension names. Exit 1 when an input has errors.
func runReport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	in := addAssessmentFlags(fs)
	out := fs.String("out", "", "the file to write: .html or .pdf for the report, .xlsx, .csv or .json for the score tables")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim report --scenario S --events events.jsonl [--observations obs.yaml] [--lang en]\n                       --out report.html|report.pdf|scores.xlsx|scores.csv|scores.json")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, err := i18n.Parse(in.lang)
	ext := strings.ToLower(filepath.Ext(*out))
	switch {
	case err != nil:
		sayProblem(stderr, "report", err, lang)
		return 2
	case len(pos) > 0:
		fmt.Fprintf(stderr, "drillsim report: unexpected argument %q: name the log with --events\n", pos[0])
		return 2
	case in.scenario == "" || in.events == "" || *out == "":
		fmt.Fprintln(stderr, "drillsim report: --scenario, --events and --out are required")
		return 2
	case !slices.Contains(reportFormats, ext):
		fmt.Fprintf(stderr, "drillsim report: cannot write %q: name the output with one of %s\n", *out, strings.Join(reportFormats, ", "))
		return 2
	}
	d, err := drill.Load(in.scenario, drill.Options{DEM: in.dem})
	if err != nil {
		sayProblem(stderr, "report", err, lang)
		return 1
	}
	a, err := in.assess(d, in.events)
	if err == nil {
		err = writeReport(*out, ext, &a, d, lang)
	}
	if err != nil {
		sayProblem(stderr, "report", err, lang)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %s %.1f (%s)\n", *out, a.Grade.Chinese(), a.Final, a.Grade.English())
	return 0
}

// writeReport writes the assessment to path in the format of ext.
func writeReport(path, ext string, a *scoring.Assessment, d *drill.Drill, lang i18n.Language) (err error) {
	var write func(io.Writer) error
	switch ext {
	case ".html", ".pdf":
		r, err := report.New(a, d.Town, lang)
		if err != nil {
			return err
		}
		write = r.WriteHTML
		if ext == ".pdf" {
			write = r.WritePDF
		}
	case ".xlsx":
		write = func(w io.Writer) error { return report.WriteXLSX(w, a, lang) }
	case ".csv":
		write = func(w io.Writer) error { return report.WriteCSV(w, a, lang) }
	case ".json":
		write = func(w io.Writer) error { return report.WriteJSON(w, a) }
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot write the report: %w", err)
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	return write(f)
}
