package hazard

import "math"

// d8Directions is the number of neighbours of a grid cell: the eight compass directions.
const d8Directions = 8

// d8Col and d8Row are the column and row offsets of the eight neighbours, counter-clockwise
// from east: E, NE, N, NW, W, SW, S, SE. Rows grow north. Every model walks neighbours in
// this order, so ties and random draws happen in one documented sequence.
var (
	d8Col = [d8Directions]int{1, 1, 0, -1, -1, -1, 0, 1}
	d8Row = [d8Directions]int{0, 1, 1, 1, 0, -1, -1, -1}
)

// d8Length is the distance to each neighbour in cells: 1 along a row or column, √2 on a
// diagonal.
var d8Length = [d8Directions]float64{1, math.Sqrt2, 1, math.Sqrt2, 1, math.Sqrt2, 1, math.Sqrt2}

// d8Neighbour returns the index of the neighbour of cell (c, r) in direction d on a grid
// of cols×rows cells, and ok=false when that neighbour lies outside the grid.
func d8Neighbour(cols, rows, c, r, d int) (int, bool) {
	nc, nr := c+d8Col[d], r+d8Row[d]
	if nc < 0 || nr < 0 || nc >= cols || nr >= rows {
		return 0, false
	}
	return nr*cols + nc, true
}

// d8Bearing returns the compass bearing of direction d in degrees, clockwise from north:
// 90 for east, 0 for north.
func d8Bearing(d int) float64 {
	return math.Mod(450-45*float64(d), 360)
}
