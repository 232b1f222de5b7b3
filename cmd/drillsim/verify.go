package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// runVerify is `drillsim verify <journal> [--scenario id|file.yaml] [--dem terrain.asc]`:
// say whether a drill journal is intact and, when it is not, where it was edited or
// cut and what that means. With --scenario it also checks that the journal is of that
// scenario and its map and replays it, checking the world at every entry. Exit 0
// intact, 1 not (or unreadable), 2 for a wrong command line.
func runVerify(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	scenarioArg := fs.String("scenario", "", "check the journal is of this scenario (a built-in id or a .yaml file) and replay it")
	demPath := fs.String("dem", "", "terrain ("+maps.DEMFormats+") for a scenario whose own map file has none embedded")
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim verify <drill.journal> [--scenario id|file.yaml] [--dem terrain.asc]\n\nSays whether a drill journal is intact: exit 0 when it is, 1 when not.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "verify", *langArg)
	if !ok {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintf(stderr, "drillsim verify: name one journal, got %d\n", len(pos))
		return 2
	}
	var d *drill.Drill
	if *scenarioArg != "" {
		// The scenario and its map are the command line's to get right, before the
		// journal is judged: a map without the terrain its hazards need is no damage.
		if d, err = drill.Load(*scenarioArg, drill.Options{DEM: *demPath}); err != nil {
			sayProblem(stderr, "verify", err, lang)
			return 1
		}
		if d.Town.DEM == nil && len(d.Scenario.Hazards.List()) > 0 {
			fmt.Fprintf(stderr, "drillsim verify: the map of %s has no terrain, which its hazards need to be replayed: give it with --dem terrain.asc\n", d.Scenario.Source)
			return 2
		}
	}
	j, err := journal.Open(pos[0])
	var damage *journal.Damage
	switch {
	case errors.As(err, &damage):
		fmt.Fprintln(stdout, notIntact.In(lang)+i18n.ProblemText(err, lang))
		switch {
		case damage.Entry == 0:
		case len(j.Entries) == 0:
			fmt.Fprintln(stdout, lang.Pick("此前的文件头完好", "the header before it is intact"))
		default:
			fmt.Fprintf(stdout, lang.Pick("此前的文件头和 %d 条记录完好\n", "the header and the %d entries before it are intact\n"), len(j.Entries))
		}
		return 1
	case err != nil:
		sayProblem(stderr, "verify", err, lang)
		return 1
	}
	if d != nil {
		if err := replayAgainst(j, d); err != nil {
			fmt.Fprintln(stdout, notIntact.In(lang)+j.Name+": "+i18n.ProblemText(err, lang))
			return 1
		}
	}
	if j.Torn != nil {
		fmt.Fprintln(stdout, notIntact.In(lang)+i18n.ProblemText(j.Torn, lang))
		writeJournalSummary(stdout, j, lang)
		return 1
	}
	fmt.Fprintln(stdout, intact.In(lang)+j.Name)
	writeJournalSummary(stdout, j, lang)
	if *scenarioArg != "" {
		fmt.Fprintf(stdout, lang.Pick("已按想定 %s 回放：每条记录处的世界都与日志相符\n", "replayed as scenario %s: the world matches the journal at every entry\n"), j.Header.Drill.Scenario)
	}
	return 0
}

// notIntact and intact begin verify's verdict on a journal; the English words stay in
// Chinese too, for scripts that look for them.
var (
	notIntact = i18n.Bilingual{"不完好 NOT INTACT: ", "NOT INTACT: "}
	intact    = i18n.Bilingual{"完好 intact: ", "intact: "}
)

// replayAgainst checks that the journal is of drill d's scenario and map, and replays
// it into a new world of that drill.
func replayAgainst(j *journal.Journal, d *drill.Drill) error {
	if err := j.Header.Check(d.Scenario, d.Town); err != nil {
		return err
	}
	w, err := sim.New(d.Town, d.Scenario, sim.Options{Seed: j.Header.Drill.Seed})
	if err != nil {
		return err
	}
	return journal.Replay(w, j.Entries, nil)
}

// writeJournalSummary prints in language l which drill a journal is of, what its whole
// entries hold, where it stands and its head hash.
func writeJournalSummary(w io.Writer, j *journal.Journal, l i18n.Language) {
	h := j.Header
	start, err := scenarios.ParseTimestamp(h.Drill.Start)
	startText := h.Drill.Start
	if err == nil {
		startText = start.String()
	}
	fmt.Fprintf(w, l.Pick("演练：想定 %s（哈希 %s），地图 %s，种子 %d，开始于 %s；由 %s 写入\n", "drill: scenario %s (hash %s) on map %s, seed %d, start %s; written by %s\n"),
		h.Drill.Scenario, h.Drill.ScenarioHash, h.Drill.MapHash, h.Drill.Seed, startText, h.Program)
	tick := int64(0)
	if n := len(j.Entries); n > 0 {
		tick = j.Entries[n-1].Tick
	}
	at := scenarios.Duration(tick * h.Drill.TickS)
	when := "+" + at.String()
	if err == nil {
		when = scenarios.At(at).Clock(start.Time).Format("2006-01-02 15:04") + l.Pick("，", ", ") + when
	}
	fmt.Fprintf(w, l.Pick("%d 条记录：%d 条命令，%d 条观察记录；", "%d entries: %d commands, %d observations; "), len(j.Entries), len(j.Commands()), len(j.Observations()))
	if j.Finished() {
		fmt.Fprintf(w, l.Pick("演练已运行到结束，止于第 %d 步（%s）\n", "the drill ran to its end at tick %d (%s)\n"), tick, when)
	} else {
		fmt.Fprintf(w, l.Pick("没有结束记录：演练在第 %d 步（%s）后停止，或仍在进行\n", "no end: the drill stopped, or is still running, after tick %d (%s)\n"), tick, when)
	}
	fmt.Fprintf(w, l.Pick("头哈希 %s（请记下：从末尾删去的记录只会表现为头哈希不同）\n", "head hash %s (note it down: entries cut from the end show only as a different head)\n"), j.Head())
}

// journaled is the drill journaled in j as the drill package finds its scenario.
func journaled(j *journal.Journal) drill.Journaled {
	return drill.Journaled{Journal: j.Name, Drill: j.Header.Drill, Program: j.Header.Program}
}
