//go:build window

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/sim"
	"drillsim/standin"
	"drillsim/ui"
)

// runPlay is `drillsim play [scenario] [--role 指挥部] [--lang en] [--dem terrain.asc]
// [--journal j] [--idle reference|idle]`: open the drill window on a scenario, a
// built-in id or a scenario file loaded and checked as `drillsim run` does, as a role,
// journaling every order before it takes effect; the seats nobody plays are played by
// the scenario's reference response, unless --idle idle. Without a scenario it opens
// on the start screen with the flood and the role chosen, ready to start with Enter,
// where a scenario file can be chosen too. `--resume j` continues a drill that
// stopped, at the tick of its journal's last entry. The window's end screen leads to
// the drill's replay, the same drill again, or the start screen.
func runPlay(args []string, stdout, stderr io.Writer) int {
	fs, o := playFlags(stderr)
	pos, err := parseFlags(fs, args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "drillsim play: one scenario at a time, got %d: %v\n", len(pos), pos)
		return 2
	}
	if o.journal != "" && o.resume != "" {
		fmt.Fprintln(stderr, "drillsim play: --journal starts a new journal and --resume continues one: give one of them")
		return 2
	}
	if o.dem != "" && len(pos) == 0 && o.resume == "" {
		fmt.Fprintln(stderr, "drillsim play: --dem is the terrain of a scenario file's own map: name the file too, drillsim play my.yaml --dem terrain.asc")
		return 2
	}
	if o.idle != journal.PlayReference && o.idle != journal.PlayIdle {
		fmt.Fprintf(stderr, "drillsim play: --idle %q: say %s (the computer plays the other seats by the reference response) or %s (nobody does)\n", o.idle, journal.PlayReference, journal.PlayIdle)
		return 2
	}
	cfg, err := windowConfig(o.role, o.lang)
	if err != nil {
		fmt.Fprintf(stderr, "drillsim play: %v\n", err)
		return 2
	}
	lang := i18n.Language(cfg.Language)
	settings := loadWindowSettings()
	cfg.Scale, cfg.OnScale = settings.Scale, settings.saveScale
	var recorded *session.Recorded
	defer func() {
		if recorded != nil {
			if err := recorded.Close(); err != nil {
				sayProblem(stderr, "play", err, lang)
			}
		}
	}()
	journalPath := o.journal // the first drill's; the drills played again name their own
	start := func(d *drill.Drill, role scenarios.Role, byReference bool) (*session.Recorded, error) {
		s, err := startRecorded(d, role, journalPath, time.Now(), stderr)
		journalPath = ""
		if err == nil {
			recorded = s
			err = standIn(s, d, role, byReference)
		}
		return s, err
	}
	named := ""
	if len(pos) == 1 {
		named = pos[0]
	}
	load := func(name string) (*ui.Drill, error) {
		dem := ""
		if name == named {
			dem = o.dem
		}
		return startScreenDrill(name, dem, start)
	}
	entries := append(scenarios.Library(), scenarios.FindFiles(drill.ScenarioDirs...)...)
	l, err := ui.NewLauncher(entries, load, cfg)
	if err != nil {
		sayProblem(stderr, "play", err, lang)
		return 1
	}
	title := "drillsim"
	switch {
	case o.resume != "":
		s, err := resumeRecorded(o.resume, named, o.dem, cfg.Role, stderr)
		if err != nil {
			sayProblem(stderr, "play", err, lang)
			return 1
		}
		recorded = s
		if err := checkVillageRole(cfg.Role, s.Town()); err != nil {
			sayProblem(stderr, "play", err, lang)
			return 2
		}
		if err := l.Resume(s); err != nil {
			sayProblem(stderr, "play", err, lang)
			return 1
		}
		title += " — " + s.Scenario().Title
	case named != "":
		d, err := load(named)
		if err != nil {
			sayProblem(stderr, "play", err, lang)
			return 1
		}
		if err := checkVillageRole(cfg.Role, d.Town); err != nil {
			sayProblem(stderr, "play", err, lang)
			return 2
		}
		if err := l.StartDrill(named, d, o.idle == journal.PlayReference); err != nil {
			sayProblem(stderr, "play", err, lang)
			return 1
		}
		title += " — " + l.Game().Session().Scenario().Title
	default:
		town, err := maps.Default()
		if err == nil {
			err = checkVillageRole(cfg.Role, town)
		}
		if err != nil {
			fmt.Fprintf(stderr, "drillsim play: %v; a village of another map goes with its scenario: drillsim play my.yaml --role 村:<village>\n", err)
			return 2
		}
	}
	ui.SetUpWindow(title)
	if err := ebiten.RunGame(l); err != nil {
		sayProblem(stderr, "play", err, lang)
		return 1
	}
	if recorded != nil && recorded.Err() != nil {
		fmt.Fprintf(stderr, "drillsim play: %v\n", recorded.Err())
		return 1
	}
	return 0
}

// startScreenDrill loads scenario name for the window, as run does: a built-in id or
// a file, on the demo town or on its own map with terrain dem (given on the command
// line with the scenario it goes with), and its reference response when it has one.
// Its Start is start's.
func startScreenDrill(name, dem string, start func(*drill.Drill, scenarios.Role, bool) (*session.Recorded, error)) (*ui.Drill, error) {
	opt := drill.Options{DEM: dem}
	if drill.HasReference(name) {
		opt.Orders = drill.ReferenceOrders
	}
	d, err := drill.Load(name, opt)
	if err != nil {
		return nil, err
	}
	return &ui.Drill{Town: d.Town, Reference: d.Reference, Start: func(role scenarios.Role, byReference bool) (session.Session, error) {
		s, err := start(d, role, byReference)
		if err != nil {
			return nil, err // not a nil *session.Recorded in a Session
		}
		return s, nil
	}}, nil
}

// standIn has the seats of drill d other than role's played as byReference says, by
// the drill's reference response or by nobody, and journals which.
func standIn(s *session.Recorded, d *drill.Drill, role scenarios.Role, byReference bool) error {
	seats := journal.Seats{Play: journal.PlayIdle, Roles: standin.OtherSeats(d.Town, role)}
	var st *standin.Player
	if byReference && d.Reference {
		seats.Play = journal.PlayReference
		st = standin.New(d.Commands, seats.Roles, s.Snapshot().Tick, nil)
	}
	return s.StandIn(seats, st)
}

// windowConfig is the drill window's configuration for the --role and --lang flags.
// A village role's village is checked against the drill's town apart, with
// checkVillageRole, once the town is known.
func windowConfig(roleName, lang string) (ui.Config, error) {
	role, err := scenarios.ParseRole(roleName)
	if err == nil && role == scenarios.RoleCounty {
		err = scenarios.ErrCountySeat
	}
	if err != nil {
		return ui.Config{}, fmt.Errorf("--role: %w", err)
	}
	l, err := i18n.Parse(lang)
	if err != nil {
		return ui.Config{}, fmt.Errorf("--lang: %w", err)
	}
	return ui.Config{Role: role, Language: l}, nil
}

// startRecorded starts drill d for a seat of role, journaled at path, or when path is
// empty at defaultJournalPath, and says on stderr where the journal is.
func startRecorded(d *drill.Drill, role scenarios.Role, path string, now time.Time, stderr io.Writer) (*session.Recorded, error) {
	w, err := sim.New(d.Town, d.Scenario, sim.Options{})
	if err != nil {
		if d.Town.DEM == nil {
			return nil, fmt.Errorf("%s: %w; the terrain of a scenario's own map goes on the command line: drillsim play %s --dem terrain.asc", d.Scenario.Source, err, d.Scenario.Source)
		}
		return nil, err
	}
	if path == "" {
		path = defaultJournalPath(d.Scenario.ID, now)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("cannot make the journal's folder: %w", err)
	}
	rec, err := journal.Start(path, w)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stderr, "drillsim play: journaling the drill to %s (resume with --resume %s after a crash)\n", path, path)
	return session.NewRecorded(rec, nil, role), nil
}

// resumeRecorded continues, for a seat of role, the drill journaled at path, of the
// scenario named (a built-in id or a file, which must be the journal's) or, when none
// is, the one the journal's header leads to (scenarioOfJournal), warning of a torn
// last line.
func resumeRecorded(path, named, demPath string, role scenarios.Role, stderr io.Writer) (*session.Recorded, error) {
	j, err := journal.Open(path)
	if err != nil {
		return nil, err
	}
	if j.Finished() {
		return nil, fmt.Errorf("the drill journaled in %s has ended: review it with `drillsim replay %s`", path, path)
	}
	d, err := journaled(j).Load(named, demPath, "drillsim play <file.yaml> --resume "+path)
	if err != nil {
		return nil, err
	}
	s, err := session.ResumeRecorded(path, d.Town, d.Scenario, role)
	if err != nil {
		return nil, err
	}
	if seats := s.Seats(); seats != nil && seats.Play == journal.PlayReference {
		ref, err := d.ReferenceCommands()
		if err != nil {
			s.Close()
			return nil, err
		}
		s.ResumeStandIns(ref)
	}
	if torn := s.Torn(); torn != nil {
		fmt.Fprintln(stderr, "drillsim play: warning:", torn)
	}
	fmt.Fprintf(stderr, "drillsim play: resuming the drill at %s, journaling on to %s\n", ui.ScenarioTime(d.Scenario, s.Snapshot().T).Format("2006-01-02 15:04:05"), path)
	return s, nil
}
