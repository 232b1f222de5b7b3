package hazard

import "math"

// Chamfer weights of a step along a row or column and of a diagonal step: 7/5 = 1.4
// stands for √2, in integers so that equal distances compare equal.
const (
	chamferStraight = 5
	chamferDiagonal = 7
)

// nearestSeed returns, for every cell of a cols×rows grid, the seed cell nearest to it in
// the 5-7 chamfer distance (8-connected steps weighing 5 along a row or column and 7 on
// a diagonal; within 8% of the straight-line distance). It is the two-pass chamfer
// distance transform of Borgefors (1986, "Distance transformations in digital images",
// CVGIP 34) carrying the seed's index along with the distance: O(n) for n cells, and
// exact for the chamfer distance, because a shortest path can always be reordered into
// the moves the forward pass propagates followed by those of the backward pass. Among
// seeds at equal distance the one the forward raster scan (from the south-west) meets
// first wins; the order seeds are given in never matters. Seeds must lie inside the grid.
func nearestSeed(cols, rows int, seeds []int) []int32 {
	n := cols * rows
	nearest := make([]int32, n)
	dist := make([]uint32, n)
	for c := range dist {
		nearest[c], dist[c] = -1, math.MaxUint32
	}
	for _, c := range seeds {
		nearest[c], dist[c] = int32(c), 0
	}
	relax := func(c, col, row, d int) {
		nb, ok := d8Neighbour(cols, rows, col, row, d)
		if !ok || nearest[nb] < 0 {
			return
		}
		step := uint32(chamferStraight)
		if d%2 == 1 {
			step = chamferDiagonal
		}
		if v := dist[nb] + step; v < dist[c] {
			nearest[c], dist[c] = nearest[nb], v
		}
	}
	// Forward: rows from the south, columns from the west, looking at W, SW, S and SE.
	for row := range rows {
		for col := range cols {
			c := row*cols + col
			for _, d := range [4]int{4, 5, 6, 7} {
				relax(c, col, row, d)
			}
		}
	}
	// Backward: rows from the north, columns from the east, looking at E, NE, N and NW.
	for row := rows - 1; row >= 0; row-- {
		for col := cols - 1; col >= 0; col-- {
			c := row*cols + col
			for _, d := range [4]int{0, 1, 2, 3} {
				relax(c, col, row, d)
			}
		}
	}
	return nearest
}
