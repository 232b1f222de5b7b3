package hazard

import "drillsim/maps"

// naiveFlood is the baseline a simple implementation runs every tick: a breadth-first
// flood fill from the river at the current stage, carrying each river cell's water level
// to every lower neighbour. It reuses its buffers, so benchmarks compare the work, not
// the allocator.
type naiveFlood struct {
	g       *maps.Terrain
	river   []int
	depth   []float32
	visited []bool
	level   []float32
	queue   []int
}

func newNaiveFlood(g *maps.Terrain, river []int) *naiveFlood {
	n := len(g.Elev)
	return &naiveFlood{g: g, river: river, depth: make([]float32, n), visited: make([]bool, n), level: make([]float32, n)}
}

// refresh recomputes every depth for a rise and returns the number of flooded cells.
func (f *naiveFlood) refresh(rise float32) int {
	g := f.g
	clear(f.depth)
	clear(f.visited)
	f.queue = f.queue[:0]
	for _, c := range f.river {
		if !f.visited[c] && rise > 0 {
			f.visited[c] = true
			f.level[c] = g.Elev[c] + rise
			f.depth[c] = rise
			f.queue = append(f.queue, c)
		}
	}
	for head := 0; head < len(f.queue); head++ {
		c := f.queue[head]
		col, row := c%g.Cols, c/g.Cols
		for d := range d8Directions {
			nb, ok := d8Neighbour(g.Cols, g.Rows, col, row, d)
			if !ok || f.visited[nb] || f.level[c] <= g.Elev[nb] {
				continue
			}
			f.visited[nb] = true
			f.level[nb] = f.level[c]
			f.depth[nb] = f.level[c] - g.Elev[nb]
			f.queue = append(f.queue, nb)
		}
	}
	return len(f.queue)
}
