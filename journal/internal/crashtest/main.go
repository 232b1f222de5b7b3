// Command crashtest plays the built-in flood drill with its reference orders through a
// journal.Recorder, for the journal's crash test to kill and resume. Each command is
// journaled when its tick comes; once its append has returned (synced), the program
// prints "ack <seq>". At the end it prints "state <hash>", the world's state hash.
//
// Usage:
//
//	crashtest -journal drill.journal [-resume] [-tick-delay 1ms]
//
// With -resume it continues the journal (or starts it, when the previous run was killed
// before the journal existed). -tick-delay slows the drill down so that a kill lands
// at a random point of it rather than after it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"drillsim/drill"
	"drillsim/journal"
	"drillsim/sim"
)

func main() {
	journalPath := flag.String("journal", "", "the journal file")
	resume := flag.Bool("resume", false, "continue the journal instead of starting it")
	tickDelay := flag.Duration("tick-delay", 0, "wall time to wait after each tick")
	flag.Parse()
	if *journalPath == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: crashtest -journal drill.journal [-resume] [-tick-delay 1ms]")
		os.Exit(2)
	}
	if err := play(*journalPath, *resume, *tickDelay, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "crashtest:", err)
		os.Exit(1)
	}
}

// play runs the flood drill to its end through a recorder journaling to path.
func play(path string, resume bool, tickDelay time.Duration, stdout, stderr io.Writer) error {
	d, err := drill.Builtin("flood", true)
	if err != nil {
		return err
	}
	town, scn, cmds := d.Town, d.Scenario, d.Commands
	var rec *journal.Recorder
	if _, statErr := os.Stat(path); resume && !errors.Is(statErr, fs.ErrNotExist) {
		if _, rec, err = journal.Resume(path, town, scn, nil); err != nil {
			return err
		}
		if torn := rec.Torn(); torn != nil {
			fmt.Fprintln(stderr, "warning:", torn)
		}
		if cmds, err = rec.Remaining(cmds); err != nil {
			return err
		}
	} else {
		w, err := sim.New(town, scn, sim.Options{})
		if err != nil {
			return err
		}
		if rec, err = journal.Start(path, w); err != nil {
			return err
		}
	}
	defer rec.Close()
	acked := len(rec.Commands())
	err = rec.Run(cmds, nil, func(int64, int64) {
		for ; acked < len(rec.Commands()); acked++ {
			fmt.Fprintf(stdout, "ack %d\n", rec.Commands()[acked].Seq)
		}
		time.Sleep(tickDelay)
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "state %016x\n", rec.World().StateHash())
	return err
}
