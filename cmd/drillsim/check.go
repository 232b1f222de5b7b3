package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"drillsim/i18n"
	"drillsim/internal/sniff"
	"drillsim/maps"
)

// runCheck is `drillsim check [map] [--dem terrain] ...`: load a map (the
// embedded demo town when none is named), print its summary and every problem, and
// exit 1 when any problem is an error.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	demPath := fs.String("dem", "", "terrain ("+maps.DEMFormats+")")
	demCRS := fs.String("dem-crs", "", "coordinate system of a projected DEM (utm:48n, cgcs2000:gk3:105, epsg:4547 ...)")
	mapCRS := fs.String("crs", "", "coordinate system of the map's positions when not WGS84 lon/lat (gcj02, utm:48n, cgcs2000:gk3:105 ...)")
	asJSON := fs.Bool("json", false, "print the summary and problems as JSON")
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim check [map] [--dem terrain] [--crs system] [--dem-crs system] [--json]\n\nA map is "+maps.MapFormats+";\nterrain is "+maps.DEMFormats+".\nWithout a map, checks the embedded demo town 福宝镇（示意） and its DEM.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "check", *langArg)
	if !ok {
		return 2
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "drillsim check: one map at a time, got %d: %v\n", len(pos), pos)
		return 2
	}
	var town *maps.Town
	if len(pos) == 0 && *demPath == "" && *mapCRS == "" {
		town, err = maps.Default()
	} else if len(pos) == 0 {
		fmt.Fprintln(stderr, "drillsim check: --dem and --crs go with a map file: drillsim check town.geojson --dem town.asc")
		return 2
	} else {
		town, err = maps.Open(pos[0], maps.OpenOptions{CRS: *mapCRS, DEM: *demPath, DEMCRS: *demCRS})
	}
	if err != nil && *asJSON {
		// A script asked for JSON: it gets JSON, with what is wrong and where.
		failure := checkFailure{Error: err.Error(), ErrorZh: i18n.ProblemText(err, i18n.Chinese)}
		var le *maps.LoadError
		var refused *sniff.Refusal
		switch {
		case errors.As(err, &le):
			failure.Source, failure.Line, failure.Col = le.Source, le.Line, le.Col
		case errors.As(err, &refused):
			failure.Source, failure.Line = refused.File, refused.Line
		}
		if len(pos) > 0 && failure.Source == "" {
			failure.Source = pos[0]
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if encErr := enc.Encode(failure); encErr != nil {
			fmt.Fprintln(stderr, "drillsim check:", encErr)
		}
		return 1
	}
	if err != nil {
		sayProblem(stderr, "check", err, lang)
		return 1
	}
	s := town.Summarize()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(checkReport{withEmptyLists(s), checkProblems(s.Problems)})
	} else {
		err = s.WriteText(stdout, func(p maps.Problem) string { return i18n.MapProblemText(p, lang) })
	}
	if err != nil {
		sayProblem(stderr, "check", err, lang)
		return 1
	}
	if town.Problems.HasErrors() {
		return 1
	}
	return 0
}

// checkFailure is what `check --json` prints for a map it cannot load at all: the
// error in English for scripts, and in Chinese for people.
type checkFailure struct {
	Source  string `json:"source"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Error   string `json:"error"`
	ErrorZh string `json:"error_zh"`
}

// checkReport is what `check --json` prints for a map it loads: its summary, each
// problem said in Chinese too.
type checkReport struct {
	maps.Summary
	Problems []checkProblem `json:"problems"`
}

// checkProblem is a map's problem with its message and hint in English for scripts,
// and in Chinese for people.
type checkProblem struct {
	maps.Problem
	MessageZh string `json:"message_zh"`
	HintZh    string `json:"hint_zh,omitempty"`
}

// checkProblems are ps, each said in Chinese too.
func checkProblems(ps maps.Problems) []checkProblem {
	out := make([]checkProblem, len(ps))
	for i, p := range ps {
		out[i].Problem = p
		out[i].MessageZh, out[i].HintZh = i18n.MapProblemChinese(p)
	}
	return out
}

// withEmptyLists returns the summary with its empty lists as [] rather than null in
// JSON, so that a script can loop over them without a check.
func withEmptyLists(s maps.Summary) maps.Summary {
	if s.Villages == nil {
		s.Villages = []maps.VillageSummary{}
	}
	if s.DepotNames == nil {
		s.DepotNames = []string{}
	}
	if s.Stations == nil {
		s.Stations = []maps.StationSummary{}
	}
	if s.HazardZones == nil {
		s.HazardZones = []maps.HazardSummary{}
	}
	return s
}
