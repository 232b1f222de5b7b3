package hazard

import (
	"fmt"
	"math"
)

// Edge is a side of the grid: where a level boundary lies.
type Edge uint8

const (
	West Edge = iota
	East
	South
	North
	edgeCount
)

var edgeNames = [edgeCount]string{West: "west", East: "east", South: "south", North: "north"}

// String returns the edge's name, "west", "east", "south" or "north".
func (e Edge) String() string {
	if e < edgeCount {
		return edgeNames[e]
	}
	return fmt.Sprintf("edge(%d)", uint8(e))
}

// levelBoundary is a stretch of the grid's edge beyond which the water stands at a set
// level: a river or the sea whose stage is known (a level, or stage, boundary; LISFLOOD-FP's
// HFIX and HVAR). Water flows in across it while the level outside is above the water
// inside, and out while it is below.
type levelBoundary struct {
	cells []int32
	level float64 // m above the datum; NaN until set: the stretch is closed
	low   float64 // the lowest ground of its cells
}

// AddLevelBoundary makes the cells first to last (rows of the west or east edge, columns
// of the south or north edge, counted from 0, either way round) of the grid's edge a
// level boundary, and returns its number for SetLevel. Until its level is set it is as
// the rest of the edge is.
//
// Across it each scheme takes, outside the grid, a cell of the same ground as the one
// inside holding water up to the level: the inertial scheme's flow by the same momentum
// equation as between two cells (Bates et al. 2010, eq. 11, with the water-surface slope
// to the level outside), the Godunov scheme's flux by the same Riemann solver, the
// outside's velocity that of the water inside (Toro 2001, section 5.3: a transmissive
// velocity with a prescribed depth). Water that comes in counts as inflow, water that
// leaves as outflow, in the mass balance.
func (s *Shallow) AddLevelBoundary(edge Edge, first, last int) (int, error) {
	n := s.rows
	if edge == South || edge == North {
		n = s.cols
	}
	if edge >= edgeCount {
		return 0, fmt.Errorf("hazard: no %v of the grid", edge)
	}
	if first > last {
		first, last = last, first
	}
	if first < 0 || last >= n {
		return 0, fmt.Errorf("hazard: level boundary cells %d–%d of the %v edge: it has %d (0–%d)", first, last, edge, n, n-1)
	}
	if s.edgeLevel == nil {
		s.edgeLevel = make([]int16, 2*(s.rows+s.cols))
	}
	k := len(s.levels)
	b := levelBoundary{level: math.NaN(), low: math.Inf(1)}
	for i := first; i <= last; i++ {
		slot, cell := s.edgeSlot(edge, i)
		if s.edgeLevel[slot] != 0 {
			return 0, fmt.Errorf("hazard: cell %d of the %v edge is already on level boundary %d", i, edge, s.edgeLevel[slot]-1)
		}
		s.edgeLevel[slot] = int16(k + 1)
		b.cells = append(b.cells, int32(cell))
		b.low = min(b.low, s.z[cell])
	}
	s.levels = append(s.levels, b)
	return k, nil
}

// edgeSlot returns the index into edgeLevel of the i-th cell along edge, and that cell.
func (s *Shallow) edgeSlot(edge Edge, i int) (slot, cell int) {
	switch edge {
	case West:
		return i, i * s.cols
	case East:
		return s.rows + i, i*s.cols + s.cols - 1
	case South:
		return 2*s.rows + i, i
	}
	return 2*s.rows + s.cols + i, (s.rows-1)*s.cols + i
}

// SetLevel sets the water level outside level boundary k, in metres on the ground's
// datum, from now on.
func (s *Shallow) SetLevel(k int, level float64) error {
	if k < 0 || k >= len(s.levels) {
		return fmt.Errorf("hazard: no level boundary %d (%d added)", k, len(s.levels))
	}
	if math.IsNaN(level) || math.IsInf(level, 0) {
		return fmt.Errorf("hazard: water level %v m is not a level", level)
	}
	s.levels[k].level = level
	s.levelWave = 0
	for _, b := range s.levels {
		if d := b.level - b.low; d > 0 {
			s.levelWave = max(s.levelWave, math.Sqrt(gravity*d))
		}
	}
	return nil
}

// Levels returns how many level boundaries there are.
func (s *Shallow) Levels() int { return len(s.levels) }

// levelAt returns the level outside the edge face beside cell c on the given edge, and
// whether that face is on a level boundary whose level is set.
func (s *Shallow) levelAt(edge Edge, c int) (float64, bool) {
	if s.edgeLevel == nil {
		return 0, false
	}
	var slot int
	switch edge {
	case West:
		slot = c / s.cols
	case East:
		slot = s.rows + c/s.cols
	case South:
		slot = 2*s.rows + c
	default:
		slot = 2*s.rows + s.cols + c%s.cols
	}
	k := s.edgeLevel[slot]
	if k == 0 {
		return 0, false
	}
	level := s.levels[k-1].level
	return level, !math.IsNaN(level)
}

// levelFlow is the new outward flow across a level boundary's face beside cell a, whose
// flow was q0 (outward): the inertial scheme's momentum equation (de Almeida et al.
// 2012, eq. 14 without the neighbours' flows, which lie outside) between cell a and a
// cell of the same ground outside holding water up to level.
func (s *Shallow) levelFlow(a int, level, q0, dt float64) float64 {
	inside := s.z[a] + s.h[a]
	hf := max(inside, level) - s.z[a]
	if hf <= s.opt.DryDepthM {
		return 0
	}
	q := q0 - gravity*hf*dt*(level-inside)/s.dx
	if q0 == 0 {
		return q
	}
	return q / (1 + gravity*dt*s.n2[a]*math.Abs(q0)/pow73(hf))
}

// markLevelTiles marks active the tiles of the level boundaries whose level stands above
// some of their ground, where water comes in.
func (s *Shallow) markLevelTiles() {
	for k := range s.levels {
		b := &s.levels[k]
		if !(b.level > b.low) {
			continue
		}
		for _, c := range b.cells {
			s.active[s.tileOf(int(c))] = true
		}
	}
}

// AddLevelBoundaryBetween makes a level boundary (AddLevelBoundary) of the stretch of the
// grid's edge between cells a and b: along the edge nearest to both, which must lie
// within three cells of each, from the cell of that edge abreast of a to the one abreast
// of b. It returns the boundary's number.
func (s *Shallow) AddLevelBoundaryBetween(a, b int) (int, error) {
	if a < 0 || a >= len(s.h) || b < 0 || b >= len(s.h) {
		return 0, fmt.Errorf("hazard: level boundary from cell %d to %d: the grid has %d cells", a, b, len(s.h))
	}
	ca, ra, cb, rb := a%s.cols, a/s.cols, b%s.cols, b/s.cols
	// how far the farther end lies from each edge, in cells
	far := [edgeCount]int{
		West:  max(ca, cb),
		East:  s.cols - 1 - min(ca, cb),
		South: max(ra, rb),
		North: s.rows - 1 - min(ra, rb),
	}
	edge := West
	for e := range far {
		if far[e] < far[edge] {
			edge = Edge(e)
		}
	}
	if far[edge] > 3 {
		return 0, fmt.Errorf("hazard: a level boundary runs along the grid's edge; cells (%d, %d) and (%d, %d) of %d × %d are not along one (the nearest, the %v, lies %d cells off)", ca, ra, cb, rb, s.cols, s.rows, edge, far[edge])
	}
	if edge == West || edge == East {
		return s.AddLevelBoundary(edge, ra, rb)
	}
	return s.AddLevelBoundary(edge, ca, cb)
}
