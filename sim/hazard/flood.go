package hazard

import (
	"fmt"
	"math"

	"drillsim/maps"
)

// Flood is a scripted river rise spread over the terrain with hydraulic connectivity:
// water reaches a cell only along a path from the river, so a basin behind a ridge stays
// dry until the water tops the ridge, however low the basin lies.
//
// The water surface follows the river: a cell's reference level is the normal water
// level (the ground) of its nearest river cell, and the rise is added to it, uniform
// along the river. Heights are measured above that reference (a relative elevation
// model, as geomorphologists detrend a valley), so on a river whose bed falls downstream
// each bank is judged against its own reach, and a valley floor downstream is not
// flooded by the level of a reach far upstream.
//
// NewFlood precomputes everything that does not depend on the stage; a tick then costs
// SetStage and Refresh, one pass over flat arrays.
type Flood struct {
	// need[c] is the rise above which cell c floods: the lowest, over paths from the
	// river to c, of the highest relative elevation on the path.
	need []float32
	// base[c] is c's reference level minus its ground: the depth at zero rise, were it
	// connected (depth = base + rise).
	base  []float32
	depth []float32

	rise      float64
	refreshed bool
	flooded   int
	maxDepth  float32
}

// NewFlood prepares a flood over g from the river channel cells river (cell indices;
// their ground is taken as the river's normal water level). It finds each cell's nearest
// river cell (a multi-source Dijkstra over the grid) and then each cell's spill level
// above it with one Priority-Flood seeded from the river cells (Barnes, Lehman & Mulla
// 2014); both take O(n log n) time for n cells. It returns an error naming the problem
// when g is unusable or a river index lies outside the grid.
func NewFlood(g *maps.Terrain, river []int) (*Flood, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	if err := checkCells("river", river, len(g.Elev)); err != nil {
		return nil, err
	}
	nearest := nearestSeed(g.Cols, g.Rows, river)
	base := make([]float32, len(g.Elev))
	relative := make([]float32, len(g.Elev))
	for c, z := range g.Elev {
		reference := g.Elev[nearest[c]]
		base[c] = reference - z
		relative[c] = z - reference
	}
	need := priorityFlood(g.Cols, g.Rows, relative, river)
	return &Flood{need: need, base: base, depth: make([]float32, len(g.Elev))}, nil
}

// SetStage sets the river's rise above its normal level in metres, as a hydrograph or
// the exercise designer dictates; Refresh applies it. It returns an error, and keeps the
// previous stage, when rise is not a finite number.
func (f *Flood) SetStage(rise float64) error {
	if math.IsNaN(rise) || math.IsInf(rise, 0) {
		return fmt.Errorf("hazard: river rise %v m is not a number of metres", rise)
	}
	if rise != f.rise {
		f.rise, f.refreshed = rise, false
	}
	return nil
}

// Stage returns the river's rise above its normal level in metres.
func (f *Flood) Stage() float64 { return f.rise }

// Refresh recomputes every cell's depth for the current stage: depth = river bed level +
// rise − ground where the rise tops the cell's spill level, else 0. At zero or negative
// rise nothing is flooded: depths count water above the river's normal level. It is one
// pass over the grid with no allocation, and does nothing when the stage has not changed
// since the last refresh.
func (f *Flood) Refresh() {
	if f.refreshed {
		return
	}
	rise := float32(f.rise)
	need := f.need
	base := f.base[:len(need)]
	depth := f.depth[:len(need)]
	flooded := 0
	var deepest float32
	for c, t := range need {
		var d float32
		if rise > t {
			d = base[c] + rise
			flooded++
			deepest = max(deepest, d)
		}
		depth[c] = d
	}
	f.flooded, f.maxDepth, f.refreshed = flooded, deepest, true
}

// Depth returns the water depth in metres over cell i at the last refresh, 0 when dry or
// when i lies outside the grid.
func (f *Flood) Depth(i int) float32 {
	if i < 0 || i >= len(f.depth) {
		return 0
	}
	return f.depth[i]
}

// Depths returns the depth of every cell, row-major from the south, at the last refresh.
// The slice is the flood's own: read it, do not change it; the next Refresh overwrites it.
func (f *Flood) Depths() []float32 { return f.depth }

// FloodedCells returns how many cells hold water at the last refresh.
func (f *Flood) FloodedCells() int { return f.flooded }

// MaxDepth returns the deepest water in metres at the last refresh, 0 when all is dry.
func (f *Flood) MaxDepth() float32 { return f.maxDepth }

// RiseToFlood returns the river rise in metres above which cell i floods: the height at
// which warnings for the cell are due. It returns +Inf for an index outside the grid.
func (f *Flood) RiseToFlood(i int) float32 {
	if i < 0 || i >= len(f.need) {
		return float32(math.Inf(1))
	}
	return f.need[i]
}
