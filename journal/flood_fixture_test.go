package journal

import (
	"sync"
	"testing"

	"drillsim/drill"
	"drillsim/drill/drilltest"
)

// floodDrill is the built-in flood scenario on the demo town with its reference
// orders, loaded once for all tests.
var floodDrill = sync.OnceValues(func() (*drill.Drill, error) { return drill.Builtin("flood", true) })

// loadFlood returns the flood drill or stops the test.
func loadFlood(tb testing.TB) *drill.Drill {
	tb.Helper()
	d, err := floodDrill()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// newWorld makes a new world of the drill with its scenario's seed.
var newWorld = drilltest.World
