package hazard

import (
	"math/rand/v2"
	"testing"
)

// chamfer is the 5-7 chamfer distance between two cells of a grid cols wide.
func chamfer(cols, a, b int) int {
	dx, dy := abs(a%cols-b%cols), abs(a/cols-b/cols)
	return chamferDiagonal*min(dx, dy) + chamferStraight*(max(dx, dy)-min(dx, dy))
}

func abs(x int) int { return max(x, -x) }

func TestNearestSeedSplitsTheGridBetweenSeeds(t *testing.T) {
	const cols, rows = 9, 5
	seeds := []int{0, 44} // the south-west and north-east corners
	// (col 4, row 2) lies 2 diagonal + 2 straight steps from both corners: the tie goes
	// to the seed the forward scan meets first, the south-west one.
	cases := []struct{ col, row, want int }{
		{0, 0, 0}, {8, 4, 44}, {1, 4, 0}, {7, 0, 44}, {3, 2, 0}, {5, 2, 44}, {4, 2, 0},
	}
	for _, order := range [][]int{seeds, {44, 0}} {
		nearest := nearestSeed(cols, rows, order)
		for _, c := range cases {
			if got := nearest[c.row*cols+c.col]; got != int32(c.want) {
				t.Errorf("seeds %v: (col %d, row %d) nearest %d, want %d", order, c.col, c.row, got, c.want)
			}
		}
	}
}

func TestNearestSeedIsExactForTheChamferDistance(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	const cols, rows = 47, 31
	seeds := make([]int, 12)
	for k := range seeds {
		seeds[k] = rng.IntN(cols * rows)
	}
	nearest := nearestSeed(cols, rows, seeds)
	for c := range nearest {
		best := 1 << 30
		for _, s := range seeds {
			best = min(best, chamfer(cols, c, s))
		}
		if got := chamfer(cols, c, int(nearest[c])); got != best {
			t.Fatalf("cell %d: nearest seed %d at chamfer distance %d, but a seed lies at %d", c, nearest[c], got, best)
		}
	}
}
