package hazard

import (
	"fmt"
	"math"
	"slices"

	"drillsim/maps"
)

// DefaultReachAngleDeg is the reach angle (Fahrböschung) to use when a hazard zone gives
// none: 20°, mid-range of the 11°-30° observed for rock and debris slides of the volumes
// a township meets (Heim 1932; Corominas 1996, "The angle of reach as a mobility index
// for small and large landslides", Canadian Geotechnical Journal 33).
const DefaultReachAngleDeg = 20

// runoutHalfWidthCells is how many cells debris spreads to each side of its path.
const runoutHalfWidthCells = 1

// Runout returns the cells, in ascending index order, that a slide starting at the
// source cells reaches on g. From each source the debris follows the steepest descent
// (D8; on a tie the first direction counter-clockwise from east), keeps its heading
// across level ground, and spreads one cell to each side of its path. It stops in a pit
// (no lower or level cell ahead), before the horizontal distance travelled exceeds
// runoutM, or before the angle of reach from the source — the height dropped over the
// distance travelled — falls below reachAngleDeg. The sources themselves are included;
// on level ground nothing else is.
//
// It returns an error naming the problem when g is unusable, a source lies outside the
// grid, runoutM is negative or not finite, or reachAngleDeg is not between 0 and 90.
func Runout(g *maps.Terrain, source []int, runoutM, reachAngleDeg float64) ([]int, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	if err := checkCells("slide source", source, len(g.Elev)); err != nil {
		return nil, err
	}
	if !(runoutM >= 0) || math.IsInf(runoutM, 1) {
		return nil, fmt.Errorf("hazard: slide runout %v m is not a distance ≥ 0 m", runoutM)
	}
	if !(reachAngleDeg > 0 && reachAngleDeg < 90) {
		return nil, fmt.Errorf("hazard: slide reach angle %v° is not between 0° and 90° (typically 11°-30°, default %d°)", reachAngleDeg, DefaultReachAngleDeg)
	}
	tanReach := math.Tan(reachAngleDeg * math.Pi / 180)
	// Paths from neighbouring sources overlap over most of their length: keep each cell
	// once as it is reached, so only the distinct cells are sorted.
	seen := make([]bool, len(g.Elev))
	var reached []int
	reach := func(c int) {
		if !seen[c] {
			seen[c] = true
			reached = append(reached, c)
		}
	}
	for _, s := range source {
		reach(s)
	}
	for _, s := range source {
		top := float64(g.Elev[s])
		c, heading, travelled := s, -1, 0.0
		for {
			d := runoutStep(g, c, heading)
			if d < 0 {
				break // a pit
			}
			nb, _ := d8Neighbour(g.Cols, g.Rows, c%g.Cols, c/g.Cols, d)
			travelled += g.Cell * d8Length[d]
			if travelled > runoutM || (top-float64(g.Elev[nb]))/travelled < tanReach {
				break
			}
			reach(nb)
			col, row := nb%g.Cols, nb/g.Cols
			for side := 1; side <= runoutHalfWidthCells; side++ {
				for _, turn := range [2]int{2, 6} { // 90° left and right of the heading
					lc, lr := col+side*d8Col[(d+turn)%d8Directions], row+side*d8Row[(d+turn)%d8Directions]
					if lc >= 0 && lr >= 0 && lc < g.Cols && lr < g.Rows {
						reach(g.Index(lc, lr))
					}
				}
			}
			c, heading = nb, d
		}
	}
	slices.Sort(reached)
	return reached, nil
}

// runoutStep returns the direction debris moves on from cell c: the steepest descent,
// else straight on along heading across level ground; -1 when it can go neither way or,
// with no heading yet (heading < 0), on level ground.
func runoutStep(g *maps.Terrain, c, heading int) int {
	col, row := c%g.Cols, c/g.Cols
	z := g.Elev[c]
	best, steepest := -1, 0.0
	for d := range d8Directions {
		nb, ok := d8Neighbour(g.Cols, g.Rows, col, row, d)
		if !ok {
			continue
		}
		if drop := float64(z-g.Elev[nb]) / d8Length[d]; drop > steepest {
			best, steepest = d, drop
		}
	}
	if best >= 0 || heading < 0 {
		return best
	}
	if nb, ok := d8Neighbour(g.Cols, g.Rows, col, row, heading); ok && g.Elev[nb] == z {
		return heading
	}
	return -1
}
