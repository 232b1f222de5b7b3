package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// referenceOrders is the --orders value naming a built-in scenario's reference response.
const referenceOrders = "reference"

// runRun is `drillsim run <scenario> [--orders file|reference] [--out events.jsonl]
// [--seed N] [--dem terrain.asc]`: run a drill headless from its first second to its
// last, write its events and print what it came to. Exit 1 when the scenario, its
// plan or the orders have errors.
func runRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	ordersArg := fs.String("orders", "", `order file to play (or "reference" for a built-in scenario's reference response); none by default`)
	outPath := fs.String("out", "", "write the event log to this file: a header line naming the drill, then every event as one JSON object per line")
	seed := fs.Uint64("seed", 0, "seed of the world's random generator (default: the scenario's seed)")
	demPath := fs.String("dem", "", "terrain (.asc or .hgt) of a scenario's own map file; floods and fires need it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim run <scenario id or file.yaml> [--orders orders.yaml|reference] [--out events.jsonl] [--seed N] [--dem terrain.asc]\n\n`drillsim scenarios` lists the built-in scenarios.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintf(stderr, "drillsim run: name one scenario (a built-in id or a .yaml file), got %d; `drillsim scenarios` lists the built-in ones\n", len(pos))
		return 2
	}
	d, err := loadDrill(pos[0], *ordersArg, *demPath)
	if err != nil {
		fmt.Fprintln(stderr, "drillsim run:", err)
		return 1
	}
	world, err := sim.New(d.town, d.scn, sim.Options{Seed: *seed})
	if err != nil {
		fmt.Fprintln(stderr, "drillsim run:", err)
		return 1
	}
	events, err := runWorld(world, d.commands, *outPath, progressBar(stderr))
	if err != nil {
		fmt.Fprintln(stderr, "drillsim run:", err)
		return 1
	}
	if err := scoring.SummarizeRun(d.plan, world, events).WriteText(stdout); err != nil {
		fmt.Fprintln(stderr, "drillsim run:", err)
		return 1
	}
	return 0
}

// drill is a scenario ready to run: its town, its plan and the commands to play.
type drill struct {
	scn      *scenarios.Scenario
	town     *maps.Town
	plan     *scenarios.Plan
	commands []sim.Command
}

// loadDrill loads the scenario (a built-in id or a file), its town and plan and the
// orders, and validates them against each other.
func loadDrill(name, ordersArg, demPath string) (*drill, error) {
	scn, builtin, err := loadScenario(name)
	if err != nil {
		return nil, err
	}
	d := &drill{scn: scn}
	switch {
	case scn.MapPath() != "":
		d.town, err = loadTown(scn.MapPath(), demPath, "", "")
	case demPath != "":
		return nil, fmt.Errorf("--dem goes with a scenario whose map is its own file; %s plays on the demo town, which has its terrain", scn.Source)
	default:
		d.town, err = maps.Default()
	}
	if err != nil {
		return nil, err
	}
	if d.plan, err = scn.ResolvePlan(); err != nil {
		return nil, err
	}
	if err := scn.Validate(d.town, d.plan); err != nil {
		return nil, err
	}
	var orders *scenarios.Orders
	switch {
	case ordersArg == "":
		return d, nil
	case ordersArg == referenceOrders && !builtin:
		return nil, fmt.Errorf("--orders reference plays a built-in scenario's reference response; %s is a file: name its order file instead", scn.Source)
	case ordersArg == referenceOrders:
		orders, err = scenarios.LoadReferenceOrders(scn.ID)
	default:
		orders, err = scenarios.ReadOrders(ordersArg, scn.Start.Time)
	}
	if err != nil {
		return nil, err
	}
	if err := orders.Validate(scn, d.town); err != nil {
		return nil, err
	}
	d.commands = sim.CommandsOf(orders.Orders, scn.Tick.Seconds())
	return d, nil
}

// loadScenario loads a scenario file (a name ending in .yaml or .yml, or a path) or
// a built-in scenario by id, and reports which it was.
func loadScenario(name string) (scn *scenarios.Scenario, builtin bool, err error) {
	ext := filepath.Ext(name)
	if ext == ".yaml" || ext == ".yml" || strings.ContainsAny(name, "/"+string(filepath.Separator)) {
		scn, err = scenarios.ReadScenario(name)
		return scn, false, err
	}
	scn, err = scenarios.LoadBuiltin(name)
	return scn, true, err
}

// runWorld runs the world to its end with the commands, writing its event log (a
// header naming the drill, then every event as a JSON line) to outPath when it is not
// empty, and returns the events.
func runWorld(world *sim.World, cmds []sim.Command, outPath string, progress func(tick, ticks int64)) (events []sim.Event, err error) {
	var log *sim.EventLogWriter
	if outPath != "" {
		f, createErr := os.Create(outPath)
		if createErr != nil {
			return nil, fmt.Errorf("cannot write the events: %w", createErr)
		}
		defer func() {
			if closeErr := f.Close(); closeErr != nil && err == nil {
				events, err = nil, fmt.Errorf("cannot write the events to %s: %w", outPath, closeErr)
			}
		}()
		if log, err = sim.NewEventLogWriter(f, world.Header()); err != nil {
			return nil, fmt.Errorf("cannot write the events to %s: %w", outPath, err)
		}
	}
	var writeErr error
	sim.Run(world, cmds, func(e sim.Event) {
		events = append(events, e)
		if log != nil && writeErr == nil {
			writeErr = log.Write(&e)
		}
	}, progress)
	if log != nil && writeErr == nil {
		writeErr = log.Flush()
	}
	if writeErr != nil {
		return nil, fmt.Errorf("cannot write the events to %s: %w", outPath, writeErr)
	}
	return events, nil
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
