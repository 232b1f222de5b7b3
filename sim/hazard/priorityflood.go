package hazard

import "math"

// priorityFlood returns, for every cell of a cols×rows grid of heights, its spill level
// from the seed cells: the lowest possible highest height along any 8-connected path from
// a seed to the cell (the cell itself and the seed included). Water standing at a level
// reaches exactly the cells whose spill level is below it.
//
// It is the Priority-Flood of Barnes, Lehman & Mulla (2014, "Priority-flood: An optimal
// depression-filling and watershed-labeling algorithm", Computers & Geosciences 62) seeded
// from the given cells instead of the grid edge, with their plain queue for cells inside
// depressions: O(n log n) time for n cells, each cell queued once. Cells no path reaches
// (none, on a grid with a seed) would keep +Inf. Seeds must lie inside the grid.
func priorityFlood(cols, rows int, height []float32, seeds []int) []float32 {
	spill := make([]float32, len(height))
	for c := range spill {
		spill[c] = float32(math.Inf(1))
	}
	reached := make([]bool, len(height))
	var heap cellHeap
	for _, c := range seeds {
		if !reached[c] {
			reached[c] = true
			spill[c] = height[c]
			heap.Push(height[c], int32(c))
		}
	}
	var depression []int32 // FIFO of cells no higher than the level that reached them
	head := 0
	for {
		var c int32
		switch {
		case head < len(depression):
			c = depression[head]
			head++
		case heap.Len() > 0:
			depression, head = depression[:0], 0
			c = heap.Pop().cell
		default:
			return spill
		}
		level := spill[c]
		col, row := int(c)%cols, int(c)/cols
		for d := range d8Directions {
			nb, ok := d8Neighbour(cols, rows, col, row, d)
			if !ok || reached[nb] {
				continue
			}
			reached[nb] = true
			if h := height[nb]; h > level {
				spill[nb] = h
				heap.Push(h, int32(nb))
			} else {
				spill[nb] = level
				depression = append(depression, int32(nb))
			}
		}
	}
}
