package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/report"
	"drillsim/scenarios"
)

// runMSEL is `drillsim msel check|export`: read an MSEL sheet as a drill would and list
// its injects, or write a scenario's injects as the controller's printable MSEL.
func runMSEL(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "check":
			return runMSELCheck(args[1:], stdout, stderr)
		case "export":
			return runMSELExport(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintln(stderr, "usage: drillsim msel check <sheet.csv|xlsx> [--roles roles.yaml] [--scenario s.yaml | --start time]\n       drillsim msel export <scenario id or file.yaml> --out msel.xlsx|msel.csv\n\ncheck lists the injects a sheet holds as a scenario's injects_from reads them;\nexport writes the controller's MSEL (主控事件清单) of a scenario, to print.")
	return 2
}

// sheetDay0 is the start a sheet is read against when none is given: 00:00 of a day
// far before any drill, so that a time of day reads as itself and a date as itself.
var sheetDay0 = time.Date(1900, 1, 1, 0, 0, 0, 0, scenarios.ChinaStandardTime)

// runMSELCheck is `drillsim msel check <sheet> [--roles r] [--scenario s | --start t]`.
func runMSELCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("msel check", flag.ContinueOnError)
	rolesPath := fs.String("roles", "", "a roles file mapping the sheet's players to drill roles, a line each (SRE: 指挥部)")
	scenarioArg := fs.String("scenario", "", "the scenario the sheet is for: its start resolves the sheet's times of day")
	startArg := fs.String("start", "", `the drill's start ("2026-07-15T22:00:00+08:00" or "2026-07-15 22:00"), when no scenario is given`)
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "drillsim msel check: name one sheet (.csv or .xlsx)")
		return 2
	}
	var opt scenarios.MSELOptions
	if *rolesPath != "" {
		if opt.Roles, err = scenarios.ReadRoles(*rolesPath); err != nil {
			fmt.Fprintln(stderr, "drillsim msel check:", err)
			return 1
		}
	}
	start, given := sheetDay0, true
	switch {
	case *scenarioArg != "" && *startArg != "":
		fmt.Fprintln(stderr, "drillsim msel check: give --scenario or --start, not both")
		return 2
	case *scenarioArg != "":
		scn, _, err := drill.LoadScenario(*scenarioArg)
		if err != nil {
			fmt.Fprintln(stderr, "drillsim msel check:", err)
			return 1
		}
		start = scn.Start.Time
	case *startArg != "":
		ts, err := scenarios.ParseTimestamp(*startArg)
		if err != nil {
			fmt.Fprintln(stderr, "drillsim msel check: --start:", err)
			return 2
		}
		start = ts.Time
	default:
		given = false
	}
	sheet, err := scenarios.ReadMSEL(pos[0], start, opt)
	if err != nil {
		fmt.Fprintln(stderr, "drillsim msel check:", err)
		return 1
	}
	fmt.Fprintf(stdout, "MSEL %s: %d 条事件 injects\n", pos[0], len(sheet.Injects))
	for _, in := range sheet.Injects {
		fmt.Fprintf(stdout, "  %-8s %-16s %-10s %s → %s\n", in.ID, sheetTime(*in.At, start, given), in.To.Chinese(), orDash(in.From), i18n.Shorten(in.Text, 60))
		if in.Expect != "" {
			fmt.Fprintf(stdout, "  %-8s %-16s 预期行动 expected: %s\n", "", "", i18n.Shorten(in.Expect, 60))
		}
		if in.Notes != "" {
			fmt.Fprintf(stdout, "  %-8s %-16s 备注 notes: %s\n", "", "", i18n.Shorten(in.Notes, 60))
		}
	}
	for _, w := range sheet.Warnings {
		fmt.Fprintln(stdout, "warning:", w)
	}
	if !given {
		fmt.Fprintln(stdout, "注意 note: no --scenario or --start: times are shown as the sheet gives them; a scenario's start turns them into moments of the drill")
	}
	return 0
}

// sheetTime shows an inject's moment: its offset and clock time in the drill starting
// at start, or when no start was given, the time of day (on a day of the exercise or
// a date when the sheet gave one).
func sheetTime(at scenarios.At, start time.Time, given bool) string {
	t := at.Clock(start)
	if given {
		return at.String() + " " + t.Format("15:04")
	}
	switch day := int(t.Sub(start).Hours()) / 24; {
	case day == 0:
		return t.Format("15:04")
	case day < 1000:
		return fmt.Sprintf("第%d天 %s", day+1, t.Format("15:04"))
	}
	return t.Format("2006-01-02 15:04")
}

// orDash is s, or "—" when empty.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// runMSELExport is `drillsim msel export <scenario> --out msel.xlsx|msel.csv`.
func runMSELExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("msel export", flag.ContinueOnError)
	out := fs.String("out", "", "the sheet to write: .xlsx (a workbook to print) or .csv")
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) != 1 || *out == "" {
		fmt.Fprintln(stderr, "drillsim msel export: name one scenario (an id or a file) and the sheet to write with --out")
		return 2
	}
	write := map[string]func(io.Writer, *scenarios.Scenario) error{".xlsx": report.WriteMSELXLSX, ".csv": report.WriteMSELCSV}[strings.ToLower(filepath.Ext(*out))]
	if write == nil {
		fmt.Fprintln(stderr, "drillsim msel export: --out must end in .xlsx or .csv")
		return 2
	}
	scn, _, err := drill.LoadScenario(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "drillsim msel export:", err)
		return 1
	}
	var b bytes.Buffer
	if err := write(&b, scn); err != nil {
		fmt.Fprintln(stderr, "drillsim msel export:", err)
		return 1
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(stderr, "drillsim msel export:", err)
		return 1
	}
	fmt.Fprintf(stdout, "写成 wrote %s: %d 条事件 injects of %s\n", *out, len(scn.Injects), scn.Title)
	return 0
}
