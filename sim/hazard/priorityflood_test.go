package hazard

import (
	"math/rand/v2"
	"testing"
)

func TestPriorityFloodSpillLevels(t *testing.T) {
	// A pit (1) inside a rim whose lowest notch is 3, the seed in the west.
	g, seeds := terrainFromArt(t, 1, `
		0~ 5 5 5 5
		0  3 1 4 5
		0  5 5 5 5
	`)
	spill := priorityFlood(g.Cols, g.Rows, g.Elev, seeds)
	want := []struct {
		col, row int
		level    float32
	}{
		{0, 2, 0}, {0, 0, 0}, {1, 1, 3}, {2, 1, 3}, {3, 1, 4}, {4, 1, 5}, {2, 2, 5},
	}
	for _, w := range want {
		if got := spill[g.Index(w.col, w.row)]; got != w.level {
			t.Errorf("spill of (col %d, row %d) = %v, want %v", w.col, w.row, got, w.level)
		}
	}
}

// bruteSpill finds spill levels by relaxing minimax paths until nothing changes:
// slow and obviously right.
func bruteSpill(cols, rows int, height []float32, seeds []int) []float32 {
	spill := make([]float32, len(height))
	for c := range spill {
		spill[c] = 1e30
	}
	for _, c := range seeds {
		spill[c] = height[c]
	}
	for changed := true; changed; {
		changed = false
		for c := range spill {
			for d := range d8Directions {
				nb, ok := d8Neighbour(cols, rows, c%cols, c/cols, d)
				if ok {
					if v := max(spill[c], height[nb]); v < spill[nb] {
						spill[nb], changed = v, true
					}
				}
			}
		}
	}
	return spill
}

func TestPriorityFloodMatchesRelaxation(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	const cols, rows = 23, 17
	height := make([]float32, cols*rows)
	for i := range height {
		height[i] = float32(rng.IntN(40))
	}
	seeds := []int{5, 200, 200, 390}
	got := priorityFlood(cols, rows, height, seeds)
	want := bruteSpill(cols, rows, height, seeds)
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("cell %d: spill %v, relaxation %v", i, got[i], want[i])
		}
	}
}
