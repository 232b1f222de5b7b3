// Package drilltest loads the drills the tests play, on the demo town, and stops a
// test that cannot load one: one fixture for every package's tests.
package drilltest

import (
	"testing"

	"drillsim/drill"
	"drillsim/maps"
	"drillsim/sim"
)

// Town returns the demo town (loaded once).
func Town(tb testing.TB) *maps.Town {
	tb.Helper()
	town, err := drill.DemoTown()
	if err != nil {
		tb.Fatal(err)
	}
	return town
}

// Builtin loads built-in scenario id on the demo town, with its reference orders when
// reference is set.
func Builtin(tb testing.TB, id string, reference bool) *drill.Drill {
	tb.Helper()
	d, err := drill.Builtin(id, reference)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// World makes a new world of d with its scenario's seed.
func World(tb testing.TB, d *drill.Drill) *sim.World {
	tb.Helper()
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return w
}
