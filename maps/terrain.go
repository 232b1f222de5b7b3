package maps

import (
	"math"

	"github.com/paulmach/orb"
)

// Terrain is the town's ground resampled onto a square metric grid on its Local
// projection: the grid hazard models compute over. Row 0 is the southernmost row
// (y grows north, as in the town's metres), unlike a DEM file whose first row is north.
type Terrain struct {
	Cols, Rows int
	// Cell is the side of a cell in metres.
	Cell float64
	// X0, Y0 are the town metres of the centre of cell (0, 0), the south-west cell.
	X0, Y0 float64
	// Elev holds Rows*Cols ground heights in metres, row-major from the south.
	Elev []float32
}

// Index returns the cell index of column c and row r.
func (g *Terrain) Index(c, r int) int { return r*g.Cols + c }

// CellOf returns the column and row of the cell containing p, ok=false outside the grid.
func (g *Terrain) CellOf(p orb.Point) (c, r int, ok bool) {
	fc := math.Floor((p[0]-g.X0)/g.Cell + 0.5)
	fr := math.Floor((p[1]-g.Y0)/g.Cell + 0.5)
	if fc < 0 || fr < 0 || fc >= float64(g.Cols) || fr >= float64(g.Rows) {
		return 0, 0, false
	}
	return int(fc), int(fr), true
}

// Centre returns the town metres of the centre of column c, row r.
func (g *Terrain) Centre(c, r int) orb.Point {
	return orb.Point{g.X0 + float64(c)*g.Cell, g.Y0 + float64(r)*g.Cell}
}
