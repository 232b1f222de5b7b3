package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/ui"
)

// runPlay is `drillsim play [scenario-id] [--role 指挥部] [--lang en]`: open the drill
// window on a built-in scenario as a role. Without a scenario it opens on the start
// screen with the flood and the role chosen, ready to start with Enter.
func runPlay(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("play", flag.ContinueOnError)
	roleName := fs.String("role", "指挥部", "who plays: 指挥部, 村:<village>, 导调 or 评估")
	lang := fs.String("lang", "zh", "interface language: zh or en (L switches while playing)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim play [scenario-id] [--role 指挥部|村:<village>|导调|评估] [--lang zh|en]\n\nOpens a 1280×800 window on the demo town: on the start screen (flood chosen; Enter starts),\nor straight into the scenario named. Scenarios:")
		for _, e := range scenarios.Library() {
			fmt.Fprintf(stderr, "  %-10s %s\n", e.ID, e.Title)
		}
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "drillsim play: one scenario at a time, got %d: %v\n", len(pos), pos)
		return 2
	}
	role, err := scenarios.ParseRole(*roleName)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim play: --role: %v\n", err)
		return 2
	}
	cfg := ui.Config{Role: role}
	switch *lang {
	case "zh":
	case "en":
		cfg.Language = ui.English
	default:
		fmt.Fprintf(stderr, "drillsim play: --lang %q: write zh or en\n", *lang)
		return 2
	}
	town, err := maps.Default()
	if err != nil {
		fmt.Fprintf(stderr, "drillsim play: %v\n", err)
		return 1
	}
	if v := role.Village(); v != "" && !slices.ContainsFunc(town.Villages, func(tv maps.Village) bool { return tv.Name == v }) {
		var names []string
		for _, tv := range town.Villages {
			names = append(names, tv.Name)
		}
		fmt.Fprintf(stderr, "drillsim play: --role: the demo town has no village %q: its villages are %s\n", v, strings.Join(names, ", "))
		return 2
	}
	open := func(id string) (ui.Session, error) { return localSession(town, id) }
	var game ebiten.Game
	title := "drillsim"
	if len(pos) == 1 {
		session, err := open(pos[0])
		if err != nil {
			fmt.Fprintf(stderr, "drillsim play: %v\n", err)
			return 1
		}
		if game, err = ui.NewGame(session, cfg); err != nil {
			fmt.Fprintf(stderr, "drillsim play: %v\n", err)
			return 1
		}
		title += " — " + session.Scenario().Title
	} else {
		var villages []string
		for _, v := range town.Villages {
			villages = append(villages, v.Name)
		}
		if game, err = ui.NewLauncher(scenarios.Library(), villages, open, cfg); err != nil {
			fmt.Fprintf(stderr, "drillsim play: %v\n", err)
			return 1
		}
	}
	ebiten.SetWindowSize(ui.ScreenWidth, ui.ScreenHeight)
	ebiten.SetWindowTitle(title)
	ebiten.SetTPS(ui.UpdatesPerSecond)
	if err := ebiten.RunGame(game); err != nil {
		fmt.Fprintf(stderr, "drillsim play: %v\n", err)
		return 1
	}
	return 0
}

// localSession loads built-in scenario id on the demo town, checks it and starts
// its world.
func localSession(town *maps.Town, id string) (*ui.LocalSession, error) {
	scn, err := scenarios.LoadBuiltin(id)
	if err != nil {
		return nil, err
	}
	if scn.MapPath() != "" {
		return nil, fmt.Errorf("scenario %s is on map %s; play runs the built-in scenarios on the demo town", id, scn.Map)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		return nil, err
	}
	if err := scn.Validate(town, plan); err != nil {
		return nil, err
	}
	w, err := sim.New(town, scn, sim.Options{})
	if err != nil {
		return nil, err
	}
	return ui.NewLocalSession(w), nil
}
