// Package drill loads a drill: a scenario (a built-in one or a file), the town it is
// played on with its terrain, the plan it is graded against and the orders to play,
// each checked against the others. The command line, the tests and the drill server
// load drills through it alone.
package drill

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"drillsim/maps"
	"drillsim/scenarios"
	_ "drillsim/scenarios/xlsx" // MSEL sheets in XLSX workbooks
	"drillsim/sim"
)

// Drill is a scenario ready to run: its town, its plan and the commands to play.
type Drill struct {
	Scenario *scenarios.Scenario
	// Builtin says the scenario is a built-in one, not a file.
	Builtin  bool
	Town     *maps.Town
	Plan     *scenarios.Plan
	Commands []sim.Command
	// Reference says Commands are the scenario's reference response (示范处置).
	Reference bool
}

// ReferenceOrders is the Options.Orders value naming a scenario's reference
// response: a built-in scenario's own, or for a scenario file the order file beside
// it (ReferencePath).
const ReferenceOrders = "reference"

// Options say what to load beside the scenario.
type Options struct {
	// Orders is an order file to play, ReferenceOrders for the scenario's reference
	// response, or "" for none.
	Orders string
	// DEM is the terrain (maps.DEMFormats) of a scenario whose map is its own file; it
	// replaces the one a map manifest names.
	DEM string
}

// Load loads scenario name (a built-in id, or a file: a name ending in .yaml or .yml,
// or a path), its town (the demo town, or the scenario's own map file with opt.DEM),
// its plan and the orders opt names, and checks them against each other. The map is
// opened by maps.Open: GeoJSON, an OpenStreetMap extract or a map manifest.
func Load(name string, opt Options) (*Drill, error) {
	scn, builtin, err := LoadScenario(name)
	if err != nil {
		return nil, err
	}
	d := &Drill{Scenario: scn, Builtin: builtin}
	switch {
	case scn.MapPath() != "":
		d.Town, err = maps.Open(scn.MapPath(), maps.OpenOptions{DEM: opt.DEM})
	case opt.DEM != "":
		return nil, fmt.Errorf("--dem goes with a scenario whose map is its own file; %s plays on the demo town, which has its terrain", scn.Source)
	default:
		d.Town, err = DemoTown()
	}
	if err != nil {
		return nil, err
	}
	if d.Plan, err = scn.ResolvePlan(); err != nil {
		return nil, err
	}
	if err := scn.Validate(d.Town, d.Plan); err != nil {
		return nil, err
	}
	switch opt.Orders {
	case "":
		return d, nil
	case ReferenceOrders:
		d.Commands, err = d.ReferenceCommands()
		d.Reference = err == nil
	default:
		d.Commands, err = d.orderCommands(scenarios.ReadOrders(opt.Orders, scn.Start.Time))
	}
	if err != nil {
		return nil, err
	}
	return d, nil
}

// ReferenceCommands loads and checks the reference response (示范处置) of d's
// scenario: a built-in scenario's own, or the order file beside a scenario file
// (ReferencePath).
func (d *Drill) ReferenceCommands() ([]sim.Command, error) {
	scn := d.Scenario
	if d.Builtin {
		return d.orderCommands(scenarios.LoadReferenceOrders(scn.ID))
	}
	ref := ReferencePath(scn.Source)
	if _, err := os.Stat(ref); err != nil {
		return nil, fmt.Errorf("%s has no reference response (示范处置): write its orders to %s, or name an order file", scn.Source, ref)
	}
	return d.orderCommands(scenarios.ReadOrders(ref, scn.Start.Time))
}

// orderCommands checks orders read (or why they were not) against d and returns
// their commands.
func (d *Drill) orderCommands(orders *scenarios.Orders, err error) ([]sim.Command, error) {
	if err != nil {
		return nil, err
	}
	if err := orders.Validate(d.Scenario, d.Town); err != nil {
		return nil, err
	}
	return sim.CommandsOf(orders.Orders, d.Scenario.Tick.Seconds()), nil
}

// ReferencePath is the file of the reference response (示范处置) of scenario file
// source: beside it, its name ending .orders.yaml, as the built-in ones are named.
func ReferencePath(source string) string {
	return strings.TrimSuffix(source, filepath.Ext(source)) + ".orders.yaml"
}

// HasReference reports whether scenario name (a built-in id or a file) has a
// reference response to load with ReferenceOrders.
func HasReference(name string) bool {
	if isFileName(name) {
		_, err := os.Stat(ReferencePath(name))
		return err == nil
	}
	_, err := scenarios.LoadReferenceOrders(name)
	return err == nil
}

// Builtin loads built-in scenario id on the demo town, with its reference orders when
// reference is set: the drills the tests play.
func Builtin(id string, reference bool) (*Drill, error) {
	opt := Options{}
	if reference {
		opt.Orders = ReferenceOrders
	}
	return Load(id, opt)
}

// LoadScenario loads a scenario file (a name ending in .yaml or .yml, or a path) or a
// built-in scenario by id, and reports which it was.
func LoadScenario(name string) (scn *scenarios.Scenario, builtin bool, err error) {
	if isFileName(name) {
		scn, err = scenarios.ReadScenario(name)
		return scn, false, err
	}
	scn, err = scenarios.LoadBuiltin(name)
	return scn, true, err
}

// isFileName reports whether a scenario's name is a file's (ending in .yaml or .yml,
// or a path), not a built-in id.
func isFileName(name string) bool {
	ext := filepath.Ext(name)
	return ext == ".yaml" || ext == ".yml" || strings.ContainsAny(name, "/"+string(filepath.Separator))
}

// DemoTown is the embedded demo town, loaded once: worlds only read their town, so
// every drill on it shares it.
var DemoTown = sync.OnceValues(maps.Default)

// NewWorld makes a new world of the drill with opt.
func (d *Drill) NewWorld(opt sim.Options) (*sim.World, error) {
	return sim.New(d.Town, d.Scenario, opt)
}
