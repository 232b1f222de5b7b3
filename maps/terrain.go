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

// Terrain resamples the town's DEM onto a square grid of cellM metres covering the
// town's core (the roads, buildings and places drills act on) with a margin of
// terrainMarginM, bilinearly. Cells beyond the DEM's edge take the height at the nearest
// point of the DEM. It returns nil when the town has no DEM.
func (t *Town) Terrain(cellM float64) *Terrain {
	if t.DEM == nil || cellM <= 0 {
		return nil
	}
	b := t.Core.Pad(terrainMarginM)
	b.Min = orb.Point{math.Max(b.Min[0], t.Bounds.Min[0]), math.Max(b.Min[1], t.Bounds.Min[1])}
	b.Max = orb.Point{math.Min(b.Max[0], t.Bounds.Max[0]), math.Min(b.Max[1], t.Bounds.Max[1])}
	g := &Terrain{
		Cols: int(math.Ceil((b.Max[0]-b.Min[0])/cellM)) + 1,
		Rows: int(math.Ceil((b.Max[1]-b.Min[1])/cellM)) + 1,
		Cell: cellM, X0: b.Min[0], Y0: b.Min[1],
	}
	g.Elev = make([]float32, g.Cols*g.Rows)
	edge := t.DEM.Bound()
	inset := t.DEM.Cell / 2 // keep samples between cell centres at the edge
	for r := 0; r < g.Rows; r++ {
		for c := 0; c < g.Cols; c++ {
			p := g.Centre(c, r)
			lon, lat := t.Projection.ToLonLat(p[0], p[1])
			x, y := t.DEM.CRS.FromLonLat(lon, lat)
			x = math.Min(math.Max(x, edge.Min[0]+inset), edge.Max[0]-inset)
			y = math.Min(math.Max(y, edge.Min[1]+inset), edge.Max[1]-inset)
			h, _ := t.DEM.HeightAt(x, y)
			g.Elev[g.Index(c, r)] = float32(h)
		}
	}
	return g
}

// terrainMarginM is how far beyond the town's core hazard grids reach, so that water,
// fire and slides can come from the slopes around it.
const terrainMarginM = 1000

// ClampCell returns the column and row of the cell nearest to p, on the grid even when
// p is off it.
func (g *Terrain) ClampCell(p orb.Point) (c, r int) {
	fc := math.Floor((p[0]-g.X0)/g.Cell + 0.5)
	fr := math.Floor((p[1]-g.Y0)/g.Cell + 0.5)
	return int(min(max(fc, 0), float64(g.Cols-1))), int(min(max(fr, 0), float64(g.Rows-1)))
}

// LineCells appends to cells the cells the lines of g (LineStrings and MultiLineStrings;
// other geometries add none) pass over, sampled every half cell, each once: marked
// says which are in cells already and is updated (make it len(Elev) long).
func (g *Terrain) LineCells(geom orb.Geometry, marked []bool, cells []int) []int {
	var lines []orb.LineString
	switch l := geom.(type) {
	case orb.LineString:
		lines = []orb.LineString{l}
	case orb.MultiLineString:
		lines = l
	}
	for _, ls := range lines {
		for i := 0; i+1 < len(ls); i++ {
			a, b := ls[i], ls[i+1]
			k := max(1, int(math.Ceil(math.Hypot(b[0]-a[0], b[1]-a[1])/(g.Cell/2))))
			for j := 0; j <= k; j++ {
				f := float64(j) / float64(k)
				if c, r, ok := g.CellOf(orb.Point{a[0] + f*(b[0]-a[0]), a[1] + f*(b[1]-a[1])}); ok && !marked[g.Index(c, r)] {
					marked[g.Index(c, r)] = true
					cells = append(cells, g.Index(c, r))
				}
			}
		}
	}
	return cells
}
