package wire

import (
	"errors"
	"fmt"

	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/sim"
	"drillsim/sim/hazard"
)

// View is what a seat's role sees of the world, whole (in a Welcome, with Full set)
// or as what changed since the last frame: the clock, the counts, the units the role
// sees (numbered in the seat's own list), the residents' state of the buildings in its
// area, shelters, depots, cut and closed roads, water and fire. Indexes of buildings,
// shelters and depots are the town's; cells are the terrain grid's. Pairs and triples
// are flat lists of integers, which keep a frame small.
type View struct {
	T    int64 `json:"t"`
	Tick int64 `json:"tick"`
	// Full, in a whole view, gives the sizes of the lists the seat keeps.
	Full *Sizes `json:"full,omitempty"`
	// Counts are the figures the role sees (the town's, or a village's own), when
	// they changed.
	Counts *sim.Counts `json:"counts,omitempty"`
	// Units are units that appeared or changed other than by moving.
	Units []UnitChange `json:"units,omitempty"`
	// Moves are units that moved: triples of the unit's number, x and y in
	// decimetres of town metres.
	Moves []int64 `json:"moves,omitempty"`
	// Buildings are pairs of a building's index and its residents' state.
	Buildings []int32         `json:"buildings,omitempty"`
	Shelters  []ShelterChange `json:"shelters,omitempty"`
	Depots    []DepotChange   `json:"depots,omitempty"`
	// Edges are the cut and closed road edges the role sees, when they changed.
	Edges *Edges `json:"edges,omitempty"`
	// Depth are pairs of a cell and its water depth in steps of DepthStepM; Fire pairs
	// of a cell and its hazard.CellState.
	Depth []int32 `json:"depth,omitempty"`
	Fire  []int32 `json:"fire,omitempty"`
}

// Sizes are the lengths of a snapshot's lists.
type Sizes struct {
	Buildings int  `json:"buildings"`
	Shelters  int  `json:"shelters"`
	Depots    int  `json:"depots"`
	Cells     int  `json:"cells"`
	Depth     bool `json:"depth,omitempty"`
	Fire      bool `json:"fire,omitempty"`
}

// UnitChange is unit number I of the seat's list as it now is.
type UnitChange struct {
	I    int          `json:"i"`
	Unit sim.UnitView `json:"unit"`
}

// ShelterChange is shelter I (the town's index) as it now is.
type ShelterChange struct {
	I       int             `json:"i"`
	Shelter sim.ShelterView `json:"shelter"`
}

// DepotChange is what depot I (the town's index) now holds.
type DepotChange struct {
	I     int             `json:"i"`
	Stock []maps.Quantity `json:"stock"`
}

// Edges are the road edges cut and closed.
type Edges struct {
	Cut    []int `json:"cut"`
	Closed []int `json:"closed"`
}

// DepthStepM is the step water depth is sent in: the window draws depth by classes
// whose bounds (5 cm, 30 cm, 1.5 m) are whole steps, so nothing drawn is lost.
const DepthStepM = 0.05

// DepthSteps returns depth d in whole steps of DepthStepM, rounded down.
func DepthSteps(d float32) int32 { return int32(d * (1 / DepthStepM)) }

// depthOf returns the depth of n steps.
func depthOf(n int32) float32 { return float32(n) / (1 / DepthStepM) }

// Decimetres returns a coordinate in whole decimetres.
func Decimetres(m float64) int64 {
	if m < 0 {
		return int64(m*10 - 0.5)
	}
	return int64(m*10 + 0.5)
}

// maxListed bounds the sizes a whole view may give: a county of ten million
// buildings or cells is far beyond any drill.
const maxListed = 10_000_000

// check reports a view whose lists are not whole pairs or triples, or whose sizes
// are out of bounds.
func (v *View) check() error {
	if len(v.Moves)%3 != 0 || len(v.Buildings)%2 != 0 || len(v.Depth)%2 != 0 || len(v.Fire)%2 != 0 {
		return errors.New("a view whose moves, buildings, depth or fire are not whole pairs and triples")
	}
	if f := v.Full; f != nil {
		for _, n := range []int{f.Buildings, f.Shelters, f.Depots, f.Cells} {
			if n < 0 || n > maxListed {
				return fmt.Errorf("a view of %d items", n)
			}
		}
	}
	return nil
}

// ApplyView brings snapshot s up to view v: a whole view replaces it, with terrain
// as its grid; a change updates it in place. An index out of s's lists is an error,
// and s is left partly updated: the connection that sent it is broken.
func ApplyView(s *sim.Snapshot, v *View, terrain *maps.Terrain) error {
	if f := v.Full; f != nil {
		if f.Depth || f.Fire {
			if terrain == nil || len(terrain.Elev) != f.Cells {
				return fmt.Errorf("a view of %d cells over a terrain grid of another size", f.Cells)
			}
		}
		*s = sim.Snapshot{Terrain: terrain, Buildings: make([]sim.BuildingState, f.Buildings),
			Shelters: make([]sim.ShelterView, f.Shelters), Depots: make([][]maps.Quantity, f.Depots)}
		if f.Depth {
			s.Depth = make([]float32, f.Cells)
		}
		if f.Fire {
			s.Fire = make([]hazard.CellState, f.Cells)
		}
	}
	s.T, s.Tick = v.T, v.Tick
	if v.Counts != nil {
		s.Counts = *v.Counts
	}
	for _, u := range v.Units {
		switch {
		case u.I == len(s.Units):
			s.Units = append(s.Units, u.Unit)
		case u.I >= 0 && u.I < len(s.Units):
			s.Units[u.I] = u.Unit
		default:
			return fmt.Errorf("unit %d of a list of %d", u.I, len(s.Units))
		}
	}
	for k := 0; k+2 < len(v.Moves); k += 3 {
		i := v.Moves[k]
		if i < 0 || i >= int64(len(s.Units)) {
			return fmt.Errorf("a move of unit %d of a list of %d", i, len(s.Units))
		}
		s.Units[i].At = orb.Point{float64(v.Moves[k+1]) / 10, float64(v.Moves[k+2]) / 10}
	}
	for k := 0; k+1 < len(v.Buildings); k += 2 {
		i, st := v.Buildings[k], sim.BuildingState(v.Buildings[k+1])
		if i < 0 || int(i) >= len(s.Buildings) || st > sim.Destroyed {
			return fmt.Errorf("building %d in state %d of a list of %d", i, st, len(s.Buildings))
		}
		s.Buildings[i] = st
	}
	for _, c := range v.Shelters {
		if c.I < 0 || c.I >= len(s.Shelters) {
			return fmt.Errorf("shelter %d of a list of %d", c.I, len(s.Shelters))
		}
		s.Shelters[c.I] = c.Shelter
	}
	for _, c := range v.Depots {
		if c.I < 0 || c.I >= len(s.Depots) {
			return fmt.Errorf("depot %d of a list of %d", c.I, len(s.Depots))
		}
		s.Depots[c.I] = c.Stock
	}
	if v.Edges != nil {
		s.CutEdges, s.ClosedEdges = v.Edges.Cut, v.Edges.Closed
	}
	if err := applyCells(v.Depth, len(s.Depth), func(c int, n int32) { s.Depth[c] = depthOf(n) }); err != nil {
		return fmt.Errorf("depth: %w", err)
	}
	return applyCells(v.Fire, len(s.Fire), func(c int, n int32) {
		if n >= 0 && n <= int32(hazard.Burnt) {
			s.Fire[c] = hazard.CellState(n)
		}
	})
}

// applyCells hands set every pair of cell and value in pairs, refusing a cell out
// of a grid of n.
func applyCells(pairs []int32, n int, set func(c int, v int32)) error {
	for k := 0; k+1 < len(pairs); k += 2 {
		c := pairs[k]
		if c < 0 || int(c) >= n {
			return fmt.Errorf("cell %d of a grid of %d", c, n)
		}
		set(int(c), pairs[k+1])
	}
	return nil
}
