package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/report"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// runScore is `drillsim score --scenario S --events events.jsonl [--observations
// obs.yaml] [--lang en]`, or `drillsim score --scenario S --compare a.jsonl b.jsonl
// ...`: grade a drill's event log against its plan and print the score sheet, or
// set several drills of the same plan side by side. Exit 1 when an input has errors.
func runScore(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	in := addAssessmentFlags(fs)
	compare := fs.Bool("compare", false, "compare the event logs named after the flags, drill by drill, in the order given")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim score --scenario S --events events.jsonl [--observations obs.yaml|obs.csv]\n                      [--lang en]\n       drillsim score --scenario S --compare a.jsonl b.jsonl ...\n\nEvent logs come from `drillsim run --out`.")
		fs.PrintDefaults()
	}
	logs, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, err := i18n.Parse(in.lang)
	if err != nil {
		sayProblem(stderr, "score", err, lang)
		return 2
	}
	switch {
	case in.scenario == "":
		fmt.Fprintln(stderr, "drillsim score: name the scenario the drill ran with: --scenario <id or file.yaml>")
		return 2
	case *compare && (len(logs) < 1 || in.events != ""):
		fmt.Fprintln(stderr, "drillsim score: --compare takes the event logs as arguments: drillsim score --scenario S --compare a.jsonl b.jsonl ...")
		return 2
	case !*compare && (in.events == "" || len(logs) > 0):
		fmt.Fprintln(stderr, "drillsim score: name one event log with --events (or compare several with --compare a.jsonl b.jsonl ...)")
		return 2
	}
	d, err := drill.Load(in.scenario, drill.Options{DEM: in.dem})
	if err != nil {
		sayProblem(stderr, "score", err, lang)
		return 1
	}
	if !*compare {
		a, err := in.assess(d, in.events)
		if err == nil {
			err = report.WriteTable(stdout, &a, lang)
		}
		if err != nil {
			sayProblem(stderr, "score", err, lang)
			return 1
		}
		return 0
	}
	var drills []scoring.Assessment
	for _, path := range logs {
		a, err := in.assess(d, path)
		if err != nil {
			sayProblem(stderr, "score", err, lang)
			return 1
		}
		drills = append(drills, a)
	}
	if err := report.WriteComparison(stdout, scoring.Compare(drills), lang); err != nil {
		sayProblem(stderr, "score", err, lang)
		return 1
	}
	return 0
}

// assessmentInputs are the flags score and report share.
type assessmentInputs struct {
	scenario, events, observations, dem, lang, role string
}

// addAssessmentFlags defines the shared flags on fs.
func addAssessmentFlags(fs *flag.FlagSet) *assessmentInputs {
	in := &assessmentInputs{}
	fs.StringVar(&in.scenario, "scenario", "", "the scenario the drill ran with: a built-in id or a .yaml file")
	fs.StringVar(&in.events, "events", "", "the drill's event log, written by `drillsim run --out`")
	fs.StringVar(&in.observations, "observations", "", "evaluators' observations: .yaml/.yml or .csv with item, rating, comment, time, evaluator")
	fs.StringVar(&in.dem, "dem", "", "terrain ("+maps.DEMFormats+") for a scenario whose own map file has none embedded")
	fs.StringVar(&in.lang, "lang", "zh", "language: zh (Chinese) or en")
	fs.StringVar(&in.role, "role", "指挥部", "the seat graded: 指挥部 (the town, on the duties of the command post and its units) or 村:<village> (that village's cadres, on the village duties in their own village)")
	return in
}

// seat is the seat the --role flag names on the drill's town.
func (in *assessmentInputs) seat(d *drill.Drill) (scoring.Seat, error) {
	role, err := scenarios.ParseRole(in.role)
	if err != nil {
		return scoring.Seat{}, fmt.Errorf("--role: %w", err)
	}
	v := role.Village()
	if v == "" {
		return scoring.Town, nil
	}
	if err := checkVillageRole(role, d.Town); err != nil {
		return scoring.Seat{}, err
	}
	return scoring.VillageSeat(v, scenarios.NewPlaces(d.Town)), nil
}

// assess reads the event log at path, checks it belongs to the drill's scenario and
// map, reads the observations and evaluates the drill.
func (in *assessmentInputs) assess(d *drill.Drill, path string) (scoring.Assessment, error) {
	header, events, err := sim.ReadEventLogFile(path)
	if err != nil {
		return scoring.Assessment{}, err
	}
	if err := header.Check(d.Scenario, d.Town.Hash); err != nil {
		return scoring.Assessment{}, fmt.Errorf("%s: %w", path, err)
	}
	items := observation.DefaultItems
	var obs []observation.Observation
	if in.observations != "" {
		if obs, err = observation.Read(in.observations, d.Scenario.Start.Time, items); err != nil {
			return scoring.Assessment{}, err
		}
	}
	seat, err := in.seat(d)
	if err != nil {
		return scoring.Assessment{}, err
	}
	return scoring.AssessSeat(seat, d.Plan, d.Scenario, header, filepath.Base(path), events, items, obs), nil
}
