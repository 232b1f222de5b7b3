package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/report"
	"drillsim/scoring"
	"drillsim/sim"
)

// runRun is `drillsim run <scenario> [--orders file|reference] [--out events.jsonl]
// [--seed N] [--dem terrain.asc] [--journal j | --resume j]`: run a drill headless from
// its first second to its last (journaling it, or continuing a journaled one), write
// its events and print what it came to. Exit 1 when the scenario, its
// plan or the orders have errors.
func runRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	ordersArg := fs.String("orders", "", `order file to play (or "reference" for a built-in scenario's reference response); none by default`)
	outPath := fs.String("out", "", "write the event log to this file: a header line naming the drill, then every event as one JSON object per line")
	seed := fs.Uint64("seed", 0, "seed of the world's random generator (default: the scenario's seed)")
	demPath := fs.String("dem", "", "terrain (.asc or .hgt) of a scenario's own map file; floods and fires need it")
	journalPath := fs.String("journal", "", "journal the drill to this new file as it goes: each command is synced to disk before it takes effect")
	resumePath := fs.String("resume", "", "continue the drill journaled in this file (or, when it finished, regenerate its event log)")
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim run <scenario id or file.yaml> [--orders orders.yaml|reference] [--out events.jsonl]\n                    [--seed N] [--dem terrain.asc] [--journal j]\n       drillsim run [scenario] --resume j [--orders ...] [--out events.jsonl]\n\n`drillsim scenarios` lists the built-in scenarios.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "run", *langArg)
	if !ok {
		return 2
	}
	if len(pos) == 0 && *resumePath != "" {
		j, err := journal.Open(*resumePath)
		if err != nil {
			sayProblem(stderr, "run", err, lang)
			return 1
		}
		name, err := journaled(j).ScenarioName("drillsim run <file.yaml> --resume " + *resumePath)
		if err != nil {
			sayProblem(stderr, "run", err, lang)
			return 1
		}
		pos = []string{name}
	}
	if *journalPath != "" && *resumePath != "" {
		fmt.Fprintln(stderr, "drillsim run: --journal starts a new journal and --resume continues one: give one of them")
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintf(stderr, "drillsim run: name one scenario (a built-in id or a .yaml file), got %d; `drillsim scenarios` lists the built-in ones\n", len(pos))
		return 2
	}
	d, err := drill.Load(pos[0], drill.Options{Orders: *ordersArg, DEM: *demPath})
	if err != nil {
		sayProblem(stderr, "run", err, lang)
		return 1
	}
	warn := func(err error) {
		fmt.Fprintln(stderr, "drillsim run:", lang.Pick("警告：", "warning:"), i18n.ProblemText(err, lang))
	}
	world, events, err := playDrill(d, *seed, *journalPath, *resumePath, progressBar(stderr), warn)
	if err == nil && *outPath != "" {
		err = writeEventLog(*outPath, world.Header(), events)
	}
	if err != nil {
		sayProblem(stderr, "run", err, lang)
		return 1
	}
	if err := report.WriteRunSummary(stdout, scoring.SummarizeRun(d.Plan, world, events), d.Scenario, lang); err != nil {
		sayProblem(stderr, "run", err, lang)
		return 1
	}
	return 0
}

// playDrill runs the drill to its end and returns the world and its events: plainly,
// journaling every command as it goes (journalPath), or continuing a journaled drill
// (resumePath), whose replayed events come first; warn says a torn last line of the
// journal resumed.
func playDrill(d *drill.Drill, seed uint64, journalPath, resumePath string, progress func(tick, ticks int64), warn func(error)) (*sim.World, []sim.Event, error) {
	var events []sim.Event
	sink := func(e sim.Event) { events = append(events, e) }
	if resumePath != "" {
		world, rec, err := journal.Resume(resumePath, d.Town, d.Scenario, sink)
		if err != nil {
			return nil, nil, err
		}
		if torn := rec.Torn(); torn != nil {
			warn(torn)
		}
		rest, err := rec.Remaining(d.Commands)
		if err == nil {
			err = rec.Run(rest, sink, progress)
		}
		if closeErr := rec.Close(); err == nil {
			err = closeErr
		}
		return world, events, err
	}
	world, err := sim.New(d.Town, d.Scenario, sim.Options{Seed: seed})
	if err != nil {
		return nil, nil, err
	}
	if journalPath == "" {
		sim.Run(world, d.Commands, sink, progress)
		return world, events, nil
	}
	err = journal.Record(journalPath, world, d.Commands, sink, progress)
	return world, events, err
}

// writeEventLog writes the drill's event log: a header naming the drill, then every
// event as a JSON line.
func writeEventLog(path string, h sim.EventLogHeader, events []sim.Event) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot write the events: %w", err)
	}
	log, err := sim.NewEventLogWriter(f, h)
	for i := 0; err == nil && i < len(events); i++ {
		err = log.Write(&events[i])
	}
	if err == nil {
		err = log.Flush()
	}
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return fmt.Errorf("cannot write the events to %s: %w", path, err)
	}
	return nil
}

// progressBar returns a progress callback drawing a bar on stderr when stderr is a
// terminal, redrawn only when the run has gone a further 1%, and nil otherwise (a
// file, a pipe, a test), so logs and CI output stay clean.
func progressBar(stderr io.Writer) func(tick, ticks int64) {
	f, ok := stderr.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	const width = 40
	last := int64(-1)
	return func(tick, ticks int64) {
		pct := tick * 100 / max(ticks, 1)
		if pct == last {
			return
		}
		last = pct
		done := int(pct * width / 100)
		fmt.Fprintf(f, "\r[%s%s] %3d%%", strings.Repeat("#", done), strings.Repeat(".", width-done), pct)
		if tick >= ticks {
			fmt.Fprintln(f)
		}
	}
}
