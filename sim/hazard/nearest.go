package hazard

// nearestSeed returns, for every cell of a cols×rows grid, the seed cell nearest to it
// along 8-connected moves (a step along a row or column is 1, a diagonal step √2: the
// octagonal distance, within 8% of the straight line). Ties go to the seed whose
// wavefront reaches the cell first in the heap's (distance, cell index) order, so the
// answer never depends on the order seeds are given in. It is a multi-source Dijkstra,
// O(n log n) for n cells. Seeds must lie inside the grid.
func nearestSeed(cols, rows int, seeds []int) []int32 {
	n := cols * rows
	nearest := make([]int32, n)
	dist := make([]float32, n)
	done := make([]bool, n)
	for c := range nearest {
		nearest[c] = -1
	}
	var heap cellHeap
	for _, c := range seeds {
		if nearest[c] < 0 {
			nearest[c] = int32(c)
			heap.Push(0, int32(c))
		}
	}
	for heap.Len() > 0 {
		top := heap.Pop()
		c := top.cell
		if done[c] {
			continue // a stale entry: c was reached by a shorter path before
		}
		done[c] = true
		col, row := int(c)%cols, int(c)/cols
		for d := range d8Directions {
			nb, ok := d8Neighbour(cols, rows, col, row, d)
			if !ok || done[nb] {
				continue
			}
			step := top.level + float32(d8Length[d])
			if nearest[nb] < 0 || step < dist[nb] {
				nearest[nb], dist[nb] = nearest[c], step
				heap.Push(step, int32(nb))
			}
		}
	}
	return nearest
}
