package hazard

import (
	"math"

	"drillsim/maps"
)

// StreamBurnM is how far stream burning lowers the mapped channels below the ground
// before pits are filled: deeper than the noise of a 30 m DEM along a valley floor, so
// that flow follows the channel the map draws rather than a parallel hollow of the DEM.
const StreamBurnM = 10

// Drainage is a terrain conditioned for flow and its D8 flow directions: the map's
// channels burnt into the DEM (stream burning: Saunders 1999, "Preparation of DEMs for
// use in environmental modeling analysis", ESRI User Conference; the channel cells
// lowered by StreamBurnM), then every pit filled by a Priority-Flood from the grid's edge
// that gives each cell, as it is reached, the neighbour that reached it as the cell it
// drains to (Barnes, Lehman & Mulla 2014, "Priority-flood: An optimal
// depression-filling and watershed-labeling algorithm", Computers & Geosciences 62,
// Algorithm 1, with the flow directions assigned as in their section 2.4). Every cell
// then drains, along non-rising ground of the filled DEM, to the edge of the grid: flats
// and filled pits drain towards their spill point, breadth first.
//
// It is shared by every model that asks where water goes: the stage flood's height above
// the drainage and the landslide's runout across pits.
type Drainage struct {
	Cols, Rows int
	// Cell is the side of a cell in metres.
	Cell float64
	// Filled is the conditioned ground: the DEM with its channels burnt and every pit
	// filled to its spill level.
	Filled []float32
	// To is the cell each cell drains to, -1 for the cells on the grid's edge, where
	// water leaves the map.
	To []int32
	// Order lists every cell once, each after the cell it drains to: walked forwards it
	// goes upstream from the outlets, walked backwards downstream from the sources.
	Order []int32
	// Channel marks the burnt channel cells.
	Channel []bool
}

// NewDrainage conditions terrain g for flow with the given channel cells (the map's
// rivers and streams; none is allowed) and computes the flow directions, in O(n log n)
// for n cells. It returns an error naming the problem when g is unusable or a channel
// cell lies outside the grid.
func NewDrainage(g *maps.Terrain, channels []int) (*Drainage, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	n := len(g.Elev)
	for k, c := range channels {
		if c < 0 || c >= n {
			return nil, errOutside("channel", c, k, n)
		}
	}
	d := &Drainage{
		Cols: g.Cols, Rows: g.Rows, Cell: g.Cell,
		Filled:  make([]float32, n),
		To:      make([]int32, n),
		Order:   make([]int32, 0, n),
		Channel: make([]bool, n),
	}
	copy(d.Filled, g.Elev)
	for _, c := range channels {
		if !d.Channel[c] {
			d.Channel[c] = true
			d.Filled[c] -= StreamBurnM
		}
	}
	var edge []int
	for r := range g.Rows {
		for c := range g.Cols {
			if r == 0 || c == 0 || r == g.Rows-1 || c == g.Cols-1 {
				edge = append(edge, r*g.Cols+c)
			}
		}
	}
	fillFrom(g.Cols, g.Rows, d.Filled, edge, func(c, from int32) {
		d.To[c] = from
		d.Order = append(d.Order, c)
	})
	return d, nil
}

// StepLength returns the length in metres of the step from cell c to the cell it drains
// to: a cell's side, or its diagonal; 0 at an outlet.
func (d *Drainage) StepLength(c int) float64 {
	to := d.To[c]
	if to < 0 {
		return 0
	}
	if int(to)%d.Cols != c%d.Cols && int(to)/d.Cols != c/d.Cols {
		return d.Cell * math.Sqrt2
	}
	return d.Cell
}

// DrainsTo returns, for every cell, the first cell downstream along the flow directions
// (the cell itself included) that target marks, -1 when its water leaves the grid
// without meeting one. It is one pass over Order, O(n).
func (d *Drainage) DrainsTo(target []bool) []int32 {
	drain := make([]int32, len(d.To))
	for _, c := range d.Order {
		switch {
		case target[c]:
			drain[c] = c
		case d.To[c] < 0:
			drain[c] = -1
		default:
			drain[c] = drain[d.To[c]]
		}
	}
	return drain
}
