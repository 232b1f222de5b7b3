package hazard

import "slices"

// priorityFlood returns, for every cell of a cols×rows grid of heights, its spill level
// from the seed cells: the lowest possible highest height along any 8-connected path from
// a seed to the cell (the cell itself and the seed included). Water standing at a level
// reaches exactly the cells whose spill level is below it. Seeds must lie inside the grid.
func priorityFlood(cols, rows int, height []float32, seeds []int) []float32 {
	spill := slices.Clone(height)
	fillFrom(cols, rows, spill, seeds, func(int32, int32) {})
	return spill
}

// fillFrom raises, in place, every cell of a cols×rows grid of heights to its spill level
// from the seed cells (a cell no path reaches keeps its height), and calls reached(c,
// from) once for every cell as the flood reaches it: from is the neighbour it came from,
// -1 for a seed. Every cell is reached after the cell it came from.
//
// It is the Priority-Flood of Barnes, Lehman & Mulla (2014, "Priority-flood: An optimal
// depression-filling and watershed-labeling algorithm", Computers & Geosciences 62),
// Algorithm 2 (Priority-Flood with a plain queue for the cells inside depressions),
// seeded from the given cells: O(n log n) time for n cells, each cell queued once. Equal
// levels pop by cell index, so the result never depends on the order of the seeds.
func fillFrom(cols, rows int, height []float32, seeds []int, reached func(c, from int32)) {
	done := make([]bool, len(height))
	var heap cellHeap
	for _, c := range seeds {
		if !done[c] {
			done[c] = true
			reached(int32(c), -1)
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
			return
		}
		level := height[c]
		col, row := int(c)%cols, int(c)/cols
		for d := range d8Directions {
			nb, ok := d8Neighbour(cols, rows, col, row, d)
			if !ok || done[nb] {
				continue
			}
			done[nb] = true
			reached(int32(nb), c)
			if height[nb] > level {
				heap.Push(height[nb], int32(nb))
			} else {
				height[nb] = level
				depression = append(depression, int32(nb))
			}
		}
	}
}
