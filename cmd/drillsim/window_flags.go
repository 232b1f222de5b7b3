package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
)

// The window commands' flags are defined in every build, so that the plain build,
// which hands the window over to drillsim-window, says their usage on -h without a
// display.

// playOptions are play's flags.
type playOptions struct {
	role, lang, dem, journal, resume, idle string
}

// playFlags returns play's flag set, its usage going to stderr, and the options it
// the certificate to trust it fills.
func playFlags(stderr io.Writer) (*flag.FlagSet, *playOptions) {
	o := &playOptions{}
	fs := flag.NewFlagSet("play", flag.ContinueOnError)
	fs.StringVar(&o.role, "role", "指挥部", "who plays: 指挥部, 村:<village>, 导调 or 评估")
	fs.StringVar(&o.lang, "lang", "zh", "interface language: zh or en (L switches while playing)")
	fs.StringVar(&o.dem, "dem", "", "terrain ("+maps.DEMFormats+") of a scenario file's own map; floods, landslides and fires need it")
	fs.StringVar(&o.journal, "journal", "", "journal the drill to this file (default drills/<scenario>-<YYYYMMDD-HHMMSS>.journal)")
	fs.StringVar(&o.resume, "resume", "", "continue the drill journaled in this file where it stopped")
	fs.StringVar(&o.idle, "idle", journal.PlayReference, "the other seats: reference (the computer plays them by the scenario's reference response, when it has one) or idle (nobody)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim play [scenario id or file.yaml] [--role 指挥部|村:<village>|导调|评估]\n                     [--lang zh|en] [--dem terrain.asc] [--journal j] [--idle reference|idle]\n       drillsim play [file.yaml] --resume j [--role ...] [--lang ...] [--dem terrain.asc]\n\nOpens a 1280×800 window: on the start screen (flood chosen; Enter starts; a scenario file\nin this folder or scenarios/ can be chosen, or its path typed), or straight into the\nscenario named. A scenario file plays on its own map or the demo town. Every order is\njournaled before it takes effect. The seats nobody plays are played by the computer with\nthe scenario's reference response (a file's is the .orders.yaml beside it), unless\n--idle idle. Ctrl and + or − size the window's text and panels from 100% to 200%, and the\nsize is remembered. Built-in scenarios:")
		for _, e := range scenarios.Library() {
			fmt.Fprintf(stderr, "  %-10s %s\n", e.ID, e.Title)
		}
		fs.PrintDefaults()
	}
	return fs, o
}

// replayOptions are replay's flags.
type replayOptions struct {
	role, lang, scenario, dem string
}

// replayFlags returns replay's flag set, its usage going to stderr, and the options
// it fills.
func replayFlags(stderr io.Writer) (*flag.FlagSet, *replayOptions) {
	o := &replayOptions{}
	fs := flag.NewFlagSet("replay", flag.ContinueOnError)
	fs.StringVar(&o.role, "role", "评估", "whose view: 评估, 导调, 指挥部 or 村:<village>")
	fs.StringVar(&o.lang, "lang", "zh", "interface language: zh or en (L switches while watching)")
	fs.StringVar(&o.scenario, "scenario", "", "the scenario the drill was started with (a built-in id or a .yaml file), when the journal's header does not lead to it")
	fs.StringVar(&o.dem, "dem", "", "terrain ("+maps.DEMFormats+") of a scenario file's own map, as the drill was started with it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim replay <journal> [--scenario id|file.yaml] [--dem terrain.asc]\n                       [--role 评估|导调|指挥部|村:<village>] [--lang zh|en]\n\nOpens a 1280×800 window on a drill journaled by `drillsim play` or `drillsim run --journal`,\nplayed back from its start: space plays and pauses, 1-4 set the speed, and a click or a drag\non the timeline along the bottom of the map seeks. The plan requirements' clocks are drawn\non the timeline, green when met in time, red when not. The drill's scenario is found by the\njournal's header: a built-in one, or a scenario file in this folder or scenarios/; name\nanother file with --scenario.")
		fs.PrintDefaults()
	}
	return fs, o
}

// joinFlags returns join's flag set, its usage going to stderr, and the language and
// the certificate to trust it fills.
func joinFlags(stderr io.Writer) (fs *flag.FlagSet, lang, ca *string) {
	fs = flag.NewFlagSet("join", flag.ContinueOnError)
	lang = fs.String("lang", "zh", "interface language: zh or en (L switches while playing)")
	ca = fs.String("ca", "", caFlagHelp)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim join <address> <code> [--lang zh|en] [--ca cert.pem]\n\nJoins the drill served at address (host:port, as drillsim serve printed it) as the seat of code.")
		fs.PrintDefaults()
	}
	return fs, lang, ca
}

// windowUsages are the window commands whose flags every build knows.
var windowUsages = map[string]func(stderr io.Writer) *flag.FlagSet{
	"play":   func(w io.Writer) *flag.FlagSet { fs, _ := playFlags(w); return fs },
	"replay": func(w io.Writer) *flag.FlagSet { fs, _ := replayFlags(w); return fs },
	"join":   func(w io.Writer) *flag.FlagSet { fs, _, _ := joinFlags(w); return fs },
}

// askedHelp reports whether args ask for a command's usage (-h, -help).
func askedHelp(args []string) bool {
	return slices.ContainsFunc(args, func(a string) bool { return a == "-h" || a == "--h" || a == "-help" || a == "--help" })
}

// sayUsage prints the usage of window command name when args ask for it, and reports
// whether they did.
func sayUsage(name string, args []string, stderr io.Writer) bool {
	usage, ok := windowUsages[name]
	if !ok || !askedHelp(args) {
		return false
	}
	_, err := parseFlags(usage(stderr), args, stderr)
	return errors.Is(err, flag.ErrHelp)
}
