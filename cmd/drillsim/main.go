// Command drillsim is the township emergency drill simulator: one binary whose
// subcommands check maps, generate the demo town and (as drillsim grows) run, play,
// score and report drills. Run `drillsim help` for the list.
package main

import (
	"fmt"
	"io"
	"os"
)

// command is one subcommand: its name, a one-line summary for `drillsim help`, and the
// function that runs it with the arguments after its name and returns the exit status.
type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"play", "open the drill window on a scenario as a role, journaling every order, or resume one", playCommand},
		{"replay", "open a journaled drill for the after-action review, with a timeline to seek", replayCommand},
		{"check", "check a town map (GeoJSON + DEM) and print what it holds and what is wrong with it", runCheck},
		{"scenarios", "list the built-in drill scenarios", runScenarios},
		{"edit", "open the map editor: hazard zones, villages, shelters, depots, stations, loudspeakers", editCommand},
		{"new", "write a drill for a town from its map: scenario, reference response, plan", runNew},
		{"msel", "list the injects an MSEL sheet holds, or write a scenario's MSEL to print", runMSEL},
		{"run", "run a drill headless with an order file, write its events and print its outcome", runRun},
		{"score", "grade a drill's event log against its plan, with evaluators' ratings; or compare drills", runScore},
		{"report", "write the after-action report (演练评估报告) as HTML or PDF, or the scores as tables", runReport},
		{"verify", "say whether a drill journal is intact, and where it was edited or cut if not", runVerify},
		{"hazard", "run a hazard model alone on grids: flood, fire (FBP System) or landslide", runHazard},
		{"mapgen", "write the illustrative 福宝镇 demo town, or a larger synthetic county, as GeoJSON + DEM", runMapgen},
		{"serve", "host one drill for many seats, each joining with its code from a desktop or browser", runServe},
		{"county", "the county command post of a county drill: broker, clock, townships' board, orders", runCounty},
		{"join", "open the drill window as a seat of a served drill, by its code", joinCommand},
		{"bot", "a scripted participant of a served drill, for rehearsals, tests and load", runBot},
		{"help", "list the subcommands", runHelp},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the process exit status:
// 0 done, 1 the input has errors, 2 the command line is wrong.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		runHelp(nil, stdout, stderr)
		return 2
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		name = "help"
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "drillsim: unknown command %q; `drillsim help` lists them\n", name)
	return 2
}

func runHelp(_ []string, stdout, _ io.Writer) int {
	fmt.Fprintln(stdout, "drillsim — 乡镇应急演练模拟 township emergency drill simulator")
	fmt.Fprintln(stdout, "\nusage: drillsim <command> [arguments]   (drillsim <command> -h for its flags)\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(stdout, "  %-10s %s\n", c.name, c.summary)
	}
	return 0
}
