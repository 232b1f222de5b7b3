// Package drilltest loads the drills the tests play, on the demo town, and stops a
// test that cannot load one: one fixture for every package's tests.
package drilltest

import (
	"encoding/json"
	"path/filepath"
	"runtime"
	"testing"

	"drillsim/drill"
	"drillsim/maps"
	"drillsim/maps/mapgen"
	"drillsim/scenarios"
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

// County is a day-long drill of the synthetic county (mapgen seed 1, scale 6: 36
// townships, about 160,000 buildings) with its orders, the scenario id one of
// sim/testdata (county24h: the stage flood; county2d24h: the flood computed in 2D), the
// map generated in memory and loaded through GeoJSON as a user's map would be, and that
// GeoJSON: the drill of the engine's and the server's county benchmarks.
func County(tb testing.TB, id string) (*drill.Drill, []byte) {
	tb.Helper()
	fc, dem, err := mapgen.Generate(mapgen.Options{Seed: 1, Scale: 6})
	if err != nil {
		tb.Fatal(err)
	}
	data, err := json.Marshal(fc)
	if err != nil {
		tb.Fatal(err)
	}
	town, err := maps.Load(data, maps.LoadOptions{Source: "mapgen seed 1 scale 6", DEM: dem})
	if err != nil {
		tb.Fatal(err)
	}
	_, here, _, _ := runtime.Caller(0)
	testdata := filepath.Join(filepath.Dir(here), "..", "..", "sim", "testdata")
	scn, err := scenarios.ReadScenario(filepath.Join(testdata, id+".yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err == nil {
		err = scn.Validate(town, plan)
	}
	if err != nil {
		tb.Fatal(err)
	}
	orders, err := scenarios.ReadOrders(filepath.Join(testdata, id+".orders.yaml"), scn.Start.Time)
	if err == nil {
		err = orders.Validate(scn, town)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return &drill.Drill{Scenario: scn, Town: town, Plan: plan, Commands: sim.CommandsOf(orders.Orders, scn.Tick.Seconds())}, data
}
