//go:build window

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/ui"
)

// runReplay is `drillsim replay <journal> [--scenario file.yaml] [--dem terrain.asc]
// [--role 评估] [--lang en]`: open the drill window on a journaled drill played back
// for the after-action review, with a timeline to seek along; orders are refused.
// The scenario is the built-in or the scenario file the journal's header leads to
// (scenarioOfJournal), or the one --scenario names.
func runReplay(args []string, stdout, stderr io.Writer) int {
	fs, o := replayFlags(stderr)
	pos, err := parseFlags(fs, args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintf(stderr, "drillsim replay: give one journal, got %d: %v\n", len(pos), pos)
		return 2
	}
	cfg, err := windowConfig(o.role, o.lang)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 2
	}
	settings := loadWindowSettings()
	cfg.Scale, cfg.OnScale = settings.Scale, settings.saveScale
	s, err := openReplay(pos[0], o.scenario, o.dem, cfg.Role, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 1
	}
	if err := checkVillageRole(cfg.Role, s.Town()); err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 2
	}
	game, err := ui.NewReplayGame(s, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 1
	}
	ui.SetUpWindow("drillsim — 回放 replay — " + s.Scenario().Title)
	if err := ebiten.RunGame(game); err != nil {
		fmt.Fprintf(stderr, "drillsim replay: %v\n", err)
		return 1
	}
	return 0
}

// openReplay reads the journal at path, of the scenario named (a built-in id or a
// file) or, when none is, the one its header leads to, and plays it back once,
// warning of a torn last line.
func openReplay(path, named, demPath string, role scenarios.Role, stderr io.Writer) (*session.Replay, error) {
	j, err := journal.Open(path)
	if err != nil {
		return nil, err
	}
	if j.Torn != nil {
		fmt.Fprintln(stderr, "drillsim replay: warning:", j.Torn)
	}
	d, err := journaled(j).Load(named, demPath, "drillsim replay "+path+" --scenario <file.yaml>")
	if err != nil {
		return nil, err
	}
	s, err := session.NewReplay(j, d.Town, d.Scenario, role)
	if err != nil {
		return nil, err
	}
	if !j.Finished() {
		fmt.Fprintf(stderr, "drillsim replay: the drill in %s did not finish; its replay ends at its last entry, %s\n", path, ui.ScenarioTime(d.Scenario, s.EndS()).Format("2006-01-02 15:04:05"))
	}
	return s, nil
}
