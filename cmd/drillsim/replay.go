//go:build window

package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/ui"
)

// runReplay is `drillsim replay <journal> [--role 评估] [--lang en]`: open the drill
// window on a journaled drill played back for the after-action review, with a
// timeline to seek along; orders are refused.
func runReplay(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("replay", flag.ContinueOnError)
	roleName := fs.String("role", "评估", "whose view: 评估, 导调, 指挥部 or 村:<village>")
	lang := fs.String("lang", "zh", "interface language: zh or en (L switches while watching)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim replay <journal> [--role 评估|导调|指挥部|村:<village>] [--lang zh|en]\n\nOpens a 1280×800 window on a drill journaled by `drillsim play` or `drillsim run --journal`,\nplayed back from its start: space plays and pauses, 1-4 set the speed, and a click or a drag\non the timeline along the bottom of the map seeks. The plan requirements' clocks are drawn\non the timeline, green when met in time, red when not.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintf(stderr, "drillsim replay: give one journal, got %d: %v\n", len(pos), pos)
		return 2
	}
	town, err := maps.Default()
	if err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 1
	}
	cfg, err := windowConfig(*roleName, *lang, town)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 2
	}
	session, err := openReplay(town, pos[0], stderr)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 1
	}
	game, err := ui.NewReplayGame(session, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 1
	}
	ebiten.SetWindowSize(ui.ScreenWidth, ui.ScreenHeight)
	ebiten.SetWindowTitle("drillsim — 回放 replay — " + session.Scenario().Title)
	ebiten.SetTPS(ui.UpdatesPerSecond)
	if err := ebiten.RunGame(game); err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 1
	}
	return 0
}

// openReplay reads the journal at path, of a built-in scenario on the demo town, and
// plays it back once, warning of a torn last line.
func openReplay(town *maps.Town, path string, stderr io.Writer) (*ui.ReplaySession, error) {
	j, err := journal.Open(path)
	if err != nil {
		return nil, err
	}
	if j.Torn != nil {
		fmt.Fprintln(stderr, "drillsim replay: warning:", j.Torn)
	}
	scn, err := demoScenario(town, j.Header.Drill.Scenario)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s, err := ui.NewReplaySession(j, town, scn)
	if err != nil {
		return nil, err
	}
	if !j.Finished() {
		fmt.Fprintf(stderr, "drillsim replay: the drill in %s did not finish; its replay ends at its last entry, %s\n", path, ui.ScenarioTime(scn, s.EndS()).Format("2006-01-02 15:04:05"))
	}
	return s, nil
}
