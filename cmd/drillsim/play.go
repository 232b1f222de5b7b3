//go:build window

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/ui"
)

// runPlay is `drillsim play [scenario-id] [--role 指挥部] [--lang en] [--journal j]`:
// open the drill window on a built-in scenario as a role, journaling every order
// before it takes effect. Without a scenario it opens on the start screen with the
// flood and the role chosen, ready to start with Enter. `--resume j` continues a
// drill that stopped, at the tick of its journal's last entry.
func runPlay(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("play", flag.ContinueOnError)
	roleName := fs.String("role", "指挥部", "who plays: 指挥部, 村:<village>, 导调 or 评估")
	lang := fs.String("lang", "zh", "interface language: zh or en (L switches while playing)")
	journalPath := fs.String("journal", "", "journal the drill to this file (default drills/<scenario>-<YYYYMMDD-HHMMSS>.journal)")
	resumePath := fs.String("resume", "", "continue the drill journaled in this file where it stopped")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim play [scenario-id] [--role 指挥部|村:<village>|导调|评估] [--lang zh|en] [--journal j]\n       drillsim play --resume j [--role ...] [--lang ...]\n\nOpens a 1280×800 window on the demo town: on the start screen (flood chosen; Enter starts),\nor straight into the scenario named. Every order is journaled before it takes effect.\nScenarios:")
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
	if *journalPath != "" && *resumePath != "" {
		fmt.Fprintln(stderr, "drillsim play: --journal starts a new journal and --resume continues one: give one of them")
		return 2
	}
	town, err := maps.Default()
	if err != nil {
		fmt.Fprintf(stderr, "drillsim play: %v\n", err)
		return 1
	}
	cfg, err := windowConfig(*roleName, *lang, town)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim play: %v\n", err)
		return 2
	}
	var recorded *ui.RecordedSession
	defer func() {
		if recorded != nil {
			if err := recorded.Close(); err != nil {
				fmt.Fprintf(stderr, "drillsim play: %v\n", err)
			}
		}
	}()
	open := func(id string) (ui.Session, error) {
		s, err := startRecorded(town, id, *journalPath, time.Now(), stderr)
		if err == nil {
			recorded = s
		}
		return s, err
	}
	var game ebiten.Game
	title := "drillsim"
	switch {
	case *resumePath != "":
		s, err := resumeRecorded(town, *resumePath, pos, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "drillsim play: %v\n", err)
			return 1
		}
		recorded = s
		if game, err = ui.NewGame(s, cfg); err != nil {
			fmt.Fprintf(stderr, "drillsim play: %v\n", err)
			return 1
		}
		title += " — " + s.Scenario().Title
	case len(pos) == 1:
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
	default:
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
	if recorded != nil && recorded.Err() != nil {
		fmt.Fprintf(stderr, "drillsim play: %v\n", recorded.Err())
		return 1
	}
	return 0
}

// windowConfig is the drill window's configuration for the --role and --lang flags.
func windowConfig(roleName, lang string, town *maps.Town) (ui.Config, error) {
	role, err := scenarios.ParseRole(roleName)
	if err != nil {
		return ui.Config{}, fmt.Errorf("--role: %w", err)
	}
	if v := role.Village(); v != "" && !slices.ContainsFunc(town.Villages, func(tv maps.Village) bool { return tv.Name == v }) {
		var names []string
		for _, tv := range town.Villages {
			names = append(names, tv.Name)
		}
		return ui.Config{}, fmt.Errorf("--role: the demo town has no village %q: its villages are %s", v, strings.Join(names, ", "))
	}
	cfg := ui.Config{Role: role}
	switch lang {
	case "zh":
	case "en":
		cfg.Language = ui.English
	default:
		return ui.Config{}, fmt.Errorf("--lang %q: write zh or en", lang)
	}
	return cfg, nil
}

// demoScenario loads built-in scenario id for the demo town and checks it.
func demoScenario(town *maps.Town, id string) (*scenarios.Scenario, error) {
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
	return scn, nil
}

// startRecorded starts built-in scenario id on the demo town, journaled at path, or
// when path is empty at defaultJournalPath, and says on stderr where the journal is.
func startRecorded(town *maps.Town, id, path string, now time.Time, stderr io.Writer) (*ui.RecordedSession, error) {
	scn, err := demoScenario(town, id)
	if err != nil {
		return nil, err
	}
	w, err := sim.New(town, scn, sim.Options{})
	if err != nil {
		return nil, err
	}
	if path == "" {
		path = defaultJournalPath(id, now)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("cannot make the journal's folder: %w", err)
	}
	rec, err := journal.Start(path, w)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stderr, "drillsim play: journaling the drill to %s (resume with --resume %s after a crash)\n", path, path)
	return ui.NewRecordedSession(rec, nil), nil
}

// defaultJournalPath is where a drill of scenario id started at now is journaled.
func defaultJournalPath(id string, now time.Time) string {
	return filepath.Join("drills", id+"-"+now.Format("20060102-150405")+".journal")
}

// resumeRecorded continues the drill journaled at path, of the built-in scenario its
// header names (which pos, when given, must name too), warning of a torn last line.
func resumeRecorded(town *maps.Town, path string, pos []string, stderr io.Writer) (*ui.RecordedSession, error) {
	j, err := journal.Open(path)
	if err != nil {
		return nil, err
	}
	id := j.Header.Drill.Scenario
	if len(pos) == 1 && pos[0] != id {
		return nil, fmt.Errorf("%s journals scenario %s, not %s: resume it without naming the scenario", path, id, pos[0])
	}
	if j.Finished() {
		return nil, fmt.Errorf("the drill journaled in %s has ended: review it with `drillsim replay %s`", path, path)
	}
	scn, err := demoScenario(town, id)
	if err != nil {
		return nil, err
	}
	s, err := ui.ResumeRecordedSession(path, town, scn)
	if err != nil {
		return nil, err
	}
	if torn := s.Torn(); torn != nil {
		fmt.Fprintln(stderr, "drillsim play: warning:", torn)
	}
	fmt.Fprintf(stderr, "drillsim play: resuming the drill at %s, journaling on to %s\n", ui.ScenarioTime(scn, s.Snapshot().T).Format("2006-01-02 15:04:05"), path)
	return s, nil
}
