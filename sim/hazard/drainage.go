package hazard

import (
	"math"
	"slices"

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
	fillFrom(g.Cols, g.Rows, d.Filled, gridEdge(g.Cols, g.Rows), func(c, from int32) {
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

// CarvedGround returns the ground of terrain g (d's own) conditioned for a 2D flood,
// whose water crosses only the sides of cells, so that it runs along the channels the
// map draws rather than filling the DEM's pits on a valley floor: every channel cell
// lowered to its normal level, the lowest ground upstream of it (normalLevels, as the
// stage flood measures from: the channel never rises downstream, as breaching enforces
// a falling flow path; Lindsay 2016); the flow path on to the next channel cell down,
// and the lower side of each of its diagonal steps, no higher than the cell it leaves;
// then the pits within ChannelCorridorCells of a channel filled to the level at which
// they spill (Priority-Flood over the carved ground; Barnes et al. 2014). Farther from
// the channels the ground is the DEM's: its hollows are storage the water must fill.
func (d *Drainage) CarvedGround(g *maps.Terrain) []float32 {
	level := normalLevels(g, d)
	ground := slices.Clone(g.Elev)
	for c, ch := range d.Channel {
		if ch {
			ground[c] = min(ground[c], level[c])
		}
	}
	next := d.DrainsTo(d.Channel)
	for c, ch := range d.Channel {
		if !ch || d.To[c] < 0 || next[d.To[c]] < 0 {
			continue
		}
		top := ground[c]
		for x := c; x != int(next[d.To[c]]); {
			to := int(d.To[x])
			ground[to] = min(ground[to], top)
			col, row := x%d.Cols, x/d.Cols
			tc, tr := to%d.Cols, to/d.Cols
			if col != tc && row != tr {
				side := row*d.Cols + tc
				if other := tr*d.Cols + col; ground[other] < ground[side] {
					side = other
				}
				ground[side] = min(ground[side], top)
			}
			x = to
		}
	}
	spill := priorityFlood(d.Cols, d.Rows, ground, gridEdge(d.Cols, d.Rows))
	const r = ChannelCorridorCells
	for c, ch := range d.Channel {
		if !ch {
			continue
		}
		col, row := c%d.Cols, c/d.Cols
		for y := max(0, row-r); y <= min(d.Rows-1, row+r); y++ {
			for x := max(0, col-r); x <= min(d.Cols-1, col+r); x++ {
				if i := y*d.Cols + x; !d.Channel[i] {
					ground[i] = max(ground[i], spill[i])
				}
			}
		}
	}
	return ground
}

// ChannelCorridorCells is how many cells either side of a mapped channel
// CarvedGround fills the DEM's pits: 60 m on a 30 m grid, within a cell of the
// 3-arc-second SRTM (about 90 m) that cannot place a valley floor more closely.
const ChannelCorridorCells = 2

// gridEdge lists the cells on the edge of a cols×rows grid.
func gridEdge(cols, rows int) []int {
	var edge []int
	for r := range rows {
		for c := range cols {
			if r == 0 || c == 0 || r == rows-1 || c == cols-1 {
				edge = append(edge, r*cols+c)
			}
		}
	}
	return edge
}
