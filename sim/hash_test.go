package sim

import (
	"fmt"
	"hash/fnv"
	"reflect"
	"sort"
	"testing"
	"unsafe"

	"drillsim/scenarios"
)

// notState are the fields of a World, and of what it holds, that its state hash leaves
// out, each with the reason: what is shared, fixed from the start, derived from what
// is hashed, or a scratch buffer of a step. Every other field is state, and
// TestStateHashCoversTheState requires changing it to change the hash. A field is
// named by its struct type and its name.
var notState = map[string]string{
	"World.town":    "the map: shared by every clone, never changed",
	"World.scn":     "the scenario: shared, never changed",
	"World.rng":     "the generator's methods over pcg, which is hashed",
	"World.pcgSeed": "the seed the generator started from: in the event log's header",
	"World.tickS":   "the scenario's tick",
	"World.endS":    "the scenario's duration",
	"World.events":  "the events of the current step, handed out by Step",
	"World.places":  "the places by name and their nodes, fixed by the map",
	"World.router":  "the route search's work space",
	"World.scratch": "a route's work space",
	"World.tree":    "a route tree's work space",
	"World.arrived": "the arrivals of the current step, reported by it",
	"World.status":  "the counts the status events point to, reported as they are taken",

	"roadState.net":       "the town's road network, shared",
	"roadState.driveable": "which roads vehicles drive on, fixed by the map",
	"EdgeSet.size":        "the network's edge count",
	"EdgeSet.count":       "how many edges the set holds: its words say which",

	"hazardState.terrain":         "the town's terrain, shared",
	"hazardState.buildingsByCell": "the buildings on each grid cell, fixed by the map",
	"hazardState.edgesByCell":     "the road edges crossing each grid cell, fixed by the map",
	"hazardState.fireNearby":      "the burning cells near each cell: the fire's burning cells give them",
	"hazardState.runouts":         "a landslide runout's work space",
	"hazardState.edgeCellStart":   "the grid cells of each road edge, fixed by the map",
	"hazardState.edgeCells":       "the grid cells of each road edge, fixed by the map",
	"hazardState.buildingCell":    "the grid cell of each building, fixed by the map",
	"hazardState.floodRise":       "the river rise that reaches each edge, fixed by the terrain",
	"hazardState.floodEdges":      "the edges a flood can reach, fixed by the terrain",
	"hazardState.buildingRise":    "the river rise that reaches each building, fixed by the terrain",
	"hazardState.slideReach":      "the landslide zone reaching each cell, fixed by the terrain",
	"floodRun.def":                "the scenario's flood, shared",
	"slideRun.def":                "the scenario's landslide, shared",
	"slideRun.zone":               "the landslide's zone, fixed by the scenario",
	"fireRun.def":                 "the scenario's fire, shared",
	"fireRun.zone":                "the fire's zone, fixed by the scenario",

	"Flood.cols":       "the grid's size",
	"Flood.rows":       "the grid's size",
	"Flood.reach":      "the rising channel cell each cell drains to, fixed by the terrain",
	"Flood.hand":       "the rise each cell floods at, fixed by the terrain",
	"Flood.below":      "each cell's ground above its channel's level, fixed by the terrain",
	"Flood.level":      "the channel cells' normal levels, fixed by the terrain",
	"Flood.down":       "the channel cells' distances downriver, fixed by the terrain",
	"Flood.joins":      "where each tributary cell joins the river, fixed by the terrain",
	"Flood.gauges":     "the gauges' river cells, fixed by the scenario and terrain",
	"Flood.gaugeOrder": "the gauges from upstream, fixed by the scenario and terrain",
	"Flood.rise":       "each channel cell's rise: the gauges' rises give it (refresh)",
	"Flood.top":        "the highest channel rise: the gauges' rises give it (refresh)",
	"Flood.tileNeed":   "the least rise of each tile, fixed by the terrain",
	"Flood.depth":      "the depths: the rise and the terrain give them (refresh)",
	"Flood.tileWet":    "which tiles hold water: the depths give them",
	"Flood.flooded":    "how many cells are wet: the depths give it",
	"Flood.maxDepth":   "the deepest water: the depths give it",

	"floodRun.inflows": "the 2D flood's inflow numbers, fixed by the scenario",
	"floodRun.levels":  "the 2D flood's level boundary numbers, fixed by the scenario",
	"floodRun.rises":   "the gauges' rises of a tick, its work space",

	"hazardState.waterTiles":     "the road edges of each tile of the 2D grid, fixed by the map",
	"hazardState.waterTileEdges": "the road edges of each tile of the 2D grid, fixed by the map",
	"hazardState.edgeStamp":      "the last tick that updated each edge: a tick's work space, compared only with itself",

	"Fire.cols":      "the grid's size",
	"Fire.rows":      "the grid's size",
	"Fire.cell":      "the grid's cell",
	"Fire.cellArea":  "the grid's cell",
	"Fire.elev":      "the terrain's heights, shared",
	"Fire.fuels":     "the fuels of the grid, fixed by the land cover",
	"Fire.fuel":      "each cell's fuel, fixed by the land cover",
	"Fire.ellipses":  "each cell's fire ellipse, a cache: the weather, the spread factor, the fuel and the terrain give it",
	"Fire.epoch":     "the generation of the ellipse cache",
	"Fire.paletteAt": "what the weather makes of each fuel, a cache: the weather and the fuels give it",
	"Fire.queue":     "the queue of arrivals: its live entries repeat the cells' arrival times, which are hashed; stale ones are skipped",
	"Fire.flames":    "the queue of flame ends: its live entries repeat the cells' flame ends, which are hashed",
	"Fire.ignited":   "the cells that caught fire since the engine last took them, each tick",
	"Fire.burntOut":  "the cells that burnt out since the engine last took them, each tick",
	"Fire.prune":     "whether the burning list still holds cells burnt out: their states say",
	"Fire.retime":    "a weather change's work space",
	"Fire.nextRetry": "when the cells stopped at a held line are looked at again, no later than their holds end: looking sooner changes nothing",

	"residents.villagePop": "residents by village at the start, fixed by the map",
	"residents.zonePop":    "residents by zone at the start, fixed by the map",
	"residents.byVillage":  "the groups of each village, fixed by the map",
	"residents.byZone":     "the groups of each zone, fixed by the map",
	"residents.touched":    "the warning step's work space",

	"TriggerMatcher.t":    "the trigger, fixed by the scenario",
	"TriggerMatcher.need": "the places the trigger needs, fixed by the scenario",
}

// step is one move from a value to a part of it: a field, an element, or through a
// pointer.
type step struct {
	field, index int // -1 when unused
	deref        bool
}

// leaf is one field of the world to change, the path to it, and its name for
// messages and notState.
type leaf struct {
	path []step
	name string // Type.field
	at   string // the full path, for messages
}

// leaves lists the fields reachable from v: through structs, pointers, arrays and the
// first element of slices. A field of notState is not entered.
func leaves(v reflect.Value, path []step, at string, out *[]leaf, seen map[uintptr]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		leaves(v.Elem(), append(path, step{field: -1, index: -1, deref: true}), at, out, seen)
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			name := t.Name() + "." + f.Name
			if _, skip := notState[name]; skip {
				continue
			}
			p := append(append([]step(nil), path...), step{field: i, index: -1})
			fv := v.Field(i)
			switch fv.Kind() {
			case reflect.Struct, reflect.Pointer, reflect.Array:
				leaves(fv, p, at+"."+f.Name, out, seen)
			case reflect.Slice:
				*out = append(*out, leaf{path: p, name: name, at: at + "." + f.Name})
				if fv.Len() > 0 {
					leaves(fv.Index(0), append(p, step{field: -1, index: 0}), at+"."+f.Name+"[0]", out, seen)
				}
			default:
				*out = append(*out, leaf{path: p, name: name, at: at + "." + f.Name})
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			leaves(v.Index(i), append(append([]step(nil), path...), step{field: -1, index: i}), fmt.Sprintf("%s[%d]", at, i), out, seen)
		}
	}
}

// follow walks path from v.
func follow(v reflect.Value, path []step) reflect.Value {
	for _, s := range path {
		switch {
		case s.deref:
			v = v.Elem()
		case s.field >= 0:
			v = v.Field(s.field)
		default:
			v = v.Index(s.index)
		}
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem() // settable, exported or not
}

// change changes v and returns what undoes it, or nil for a value it cannot change.
func change(v reflect.Value) (undo func()) {
	old := reflect.New(v.Type()).Elem()
	old.Set(v)
	undo = func() { v.Set(old) }
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(v.Uint() + 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Slice:
		if v.Len() > 0 {
			return nil // its first element's fields are changed instead
		}
		v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
	default:
		return nil
	}
	return undo
}

// TestStateHashCoversTheState changes each field of a world in the middle of the
// combined drill (flood, landslide and fire, every unit at work, an order pending), one
// at a time in a clone, and requires the clone's hash to change: replay detects a
// divergence by the hash, so whatever decides the world's future must be in it.
func TestStateHashCoversTheState(t *testing.T) {
	w := referenceWorld(t, "combined")
	stepUntil(w, int64(w.scn.Duration)/2)
	w.Apply(Command{Tick: w.Tick() + 5, Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderReleaseInfo, Text: "pending"}})
	want := w.StateHash()
	var all []leaf
	leaves(reflect.ValueOf(w).Elem(), nil, "World", &all, map[uintptr]bool{})
	missed := map[string]string{}
	for _, l := range all {
		c := w.Clone()
		undo := change(follow(reflect.ValueOf(c).Elem(), l.path))
		if undo == nil {
			continue
		}
		if hashOf(c) == want {
			missed[l.name] = l.at
		}
		undo()
		if w.StateHash() != want {
			t.Fatalf("changing %s in a clone changed the original: Clone shares it", l.at)
		}
	}
	names := make([]string, 0, len(missed))
	for name := range missed {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Errorf("changing %s (%s) leaves the state hash as it was: hash it, or say in notState why it is not state", name, missed[name])
	}
	if len(all) < 50 {
		t.Errorf("only %d fields found: the walk stops short", len(all))
	}
}

// hashOf is c's state hash, or 0 when the hash fails on the value changed (such as an
// index past its list): the hash read it.
func hashOf(c *World) (h uint64) {
	defer func() {
		if recover() != nil {
			h = 0
		}
	}()
	return c.StateHash()
}

// TestStateHashIsFNV1a checks the inline hash against the standard library's.
func TestStateHashIsFNV1a(t *testing.T) {
	data := []byte("drillsim 乡镇应急演练 \x00\xff")
	want := fnv.New64a()
	want.Write(data)
	h := stateHash{sum: fnvOffset}
	h.Write(data)
	if h.sum != want.Sum64() {
		t.Errorf("the state hash of %q is %016x, FNV-1a says %016x", data, h.sum, want.Sum64())
	}
}
