package replay

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"drillsim/drill"
	"drillsim/journal"
	"drillsim/sim"
)

// fixtureDir holds the journals the tests write; TestMain removes it.
var fixtureDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "replay-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fixtureDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// flood is the built-in 8-hour flood on the demo town with its reference orders and
// the journal of the drill played with them to its end.
type flood struct {
	*drill.Drill
	journal *journal.Journal
}

// floodDrill is the flood, journaled once for all tests.
var floodDrill = sync.OnceValues(func() (*flood, error) {
	d, err := drill.Builtin("flood", true)
	if err != nil {
		return nil, err
	}
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		return nil, err
	}
	path := filepath.Join(fixtureDir, "flood.journal")
	if err := journal.Record(path, w, d.Commands, nil, nil); err != nil {
		return nil, err
	}
	j, err := journal.Open(path)
	return &flood{Drill: d, journal: j}, err
})

// loadFlood returns the flood drill or stops the test.
func loadFlood(tb testing.TB) *flood {
	tb.Helper()
	d, err := floodDrill()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// straightRun runs a new world of the drill from its start to tick, giving it the
// commands as drillsim run does: each when the world reaches the tick before its own.
func (d *flood) straightRun(tb testing.TB, tick int64) *sim.World {
	tb.Helper()
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	next := 0
	for w.Tick() < tick {
		for ; next < len(d.Commands) && d.Commands[next].Tick <= w.Tick()+1; next++ {
			w.Apply(d.Commands[next])
		}
		w.Step()
	}
	return w
}
