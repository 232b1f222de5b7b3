package hazard

import (
	"math"
	"testing"
)

func TestNearestSeedUsesOctagonalDistance(t *testing.T) {
	const cols, rows = 9, 5
	seeds := []int{0*cols + 0, 4*cols + 8} // south-west and north-east corners
	nearest := nearestSeed(cols, rows, seeds)
	// (col 4, row 2): 2 diagonal + 2 straight from both corners; the tie goes to the
	// lower index, whose wavefront the heap serves first.
	cases := []struct{ col, row, want int }{
		{0, 0, 0}, {8, 4, 44}, {1, 4, 0}, {7, 0, 44}, {3, 2, 0}, {5, 2, 44}, {4, 2, 0},
	}
	for _, c := range cases {
		if got := nearestSeed(cols, rows, []int{44, 0})[c.row*cols+c.col]; got != int32(c.want) {
			t.Errorf("(col %d, row %d) with seeds reversed: nearest %d, want %d", c.col, c.row, got, c.want)
		}
		if got := nearest[c.row*cols+c.col]; got != int32(c.want) {
			t.Errorf("(col %d, row %d): nearest %d, want %d", c.col, c.row, got, c.want)
		}
	}
}

func TestNearestSeedAgreesWithBruteForce(t *testing.T) {
	const cols, rows = 30, 20
	seeds := []int{31, 250, 599, 444, 17}
	octagonal := func(a, b int) float64 {
		dx := math.Abs(float64(a%cols - b%cols))
		dy := math.Abs(float64(a/cols - b/cols))
		return math.Max(dx, dy) + (math.Sqrt2-1)*math.Min(dx, dy)
	}
	nearest := nearestSeed(cols, rows, seeds)
	for c := range nearest {
		best := math.Inf(1)
		for _, s := range seeds {
			best = math.Min(best, octagonal(c, s))
		}
		if got := octagonal(c, int(nearest[c])); got > best+1e-4 {
			t.Fatalf("cell %d: nearest seed %d at %v, but a seed lies at %v", c, nearest[c], got, best)
		}
	}
}
