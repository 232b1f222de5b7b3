package hazard

import "math/rand/v2"

// naiveFire is the baseline a simple automaton runs: every step it scans the whole grid,
// double-buffered (read this step's states, write the next step's). It shares the
// fire's probability tables and makes the same draws in the same order, so from the same
// start and seed it must reach the same states as Fire.Step.
type naiveFire struct {
	f          *Fire
	cols, rows int
	state      []CellState
	next       []CellState
	burnLeft   []uint8
	steps      int64
}

func newNaiveFire(f *Fire, cols, rows int) *naiveFire {
	return &naiveFire{
		f: f, cols: cols, rows: rows, steps: f.steps,
		state:    append([]CellState(nil), f.state...),
		next:     make([]CellState, len(f.state)),
		burnLeft: append([]uint8(nil), f.burnLeft...),
	}
}

// step advances one step and returns the neighbours it examined.
func (n *naiveFire) step(rng *rand.Rand) (examined int) {
	f := n.f
	copy(n.next, n.state)
	for c, s := range n.state {
		if s != Burning {
			continue
		}
		if f.suppressed[c] <= n.steps {
			for d := range d8Directions {
				nb, ok := d8Neighbour(n.cols, n.rows, c%n.cols, c/n.cols, d)
				if !ok {
					continue
				}
				examined++
				if n.state[nb] != Unburnt || n.next[nb] != Unburnt || f.suppressed[nb] > n.steps {
					continue
				}
				p := f.wind[d] * f.slope[d8Directions*c+d] * f.fuelFactor[f.fuel[nb]]
				if rng.Float32() < p {
					n.next[nb] = Burning
					n.burnLeft[nb] = fuels[f.fuel[nb]].burnSteps
				}
			}
		}
		if n.burnLeft[c]--; n.burnLeft[c] == 0 {
			n.next[c] = Burnt
		}
	}
	n.state, n.next = n.next, n.state
	n.steps++
	return examined
}
