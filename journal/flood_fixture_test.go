package journal

import (
	"sync"
	"testing"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// floodDrill is the built-in flood scenario on the demo town with its reference
// orders, loaded once for all tests.
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
	return &drill{town: town, scn: scn, cmds: sim.CommandsOf(orders.Orders, scn.Tick.Seconds())}, nil
})

// drill is a scenario, its town and the commands of its reference orders.
type drill struct {
	town *maps.Town
	scn  *scenarios.Scenario
	cmds []sim.Command
}

// loadFlood returns the flood drill or stops the test.
func loadFlood(tb testing.TB) *drill {
	tb.Helper()
	d, err := floodDrill()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// newWorld makes a new world of the drill with its scenario's seed.
func (d *drill) newWorld(tb testing.TB) *sim.World {
	tb.Helper()
	w, err := sim.New(d.town, d.scn, sim.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return w
}
