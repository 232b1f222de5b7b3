package replay

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
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

// drill is a scenario on its town, the commands of its reference orders and the
// journal of the drill played with them to its end.
type drill struct {
	town    *maps.Town
	scn     *scenarios.Scenario
	cmds    []sim.Command
	journal *journal.Journal
}

// floodDrill is the built-in 8-hour flood on the demo town with its reference orders,
// journaled once for all tests.
var floodDrill = sync.OnceValues(func() (*drill, error) {
	town, err := maps.Default()
	if err != nil {
		return nil, err
	}
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		return nil, err
	}
	orders, err := scenarios.LoadReferenceOrders("flood")
	if err != nil {
		return nil, err
	}
	d := &drill{town: town, scn: scn, cmds: sim.CommandsOf(orders.Orders, scn.Tick.Seconds())}
	w, err := sim.New(town, scn, sim.Options{})
	if err != nil {
		return nil, err
	}
	path := filepath.Join(fixtureDir, "flood.journal")
	rec, err := journal.Start(path, w)
	if err != nil {
		return nil, err
	}
	err = rec.Run(d.cmds, nil, nil)
	if closeErr := rec.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return nil, err
	}
	d.journal, err = journal.Open(path)
	return d, err
})

// loadFlood returns the flood drill or stops the test.
func loadFlood(tb testing.TB) *drill {
	tb.Helper()
	d, err := floodDrill()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// straightRun runs a new world of the drill from its start to tick, giving it the
// commands as drillsim run does: each when the world reaches the tick before its own.
func (d *drill) straightRun(tb testing.TB, tick int64) *sim.World {
	tb.Helper()
	w, err := sim.New(d.town, d.scn, sim.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	next := 0
	for w.Tick() < tick {
		for ; next < len(d.cmds) && d.cmds[next].Tick <= w.Tick()+1; next++ {
			w.Apply(d.cmds[next])
		}
		w.Step()
	}
	return w
}
