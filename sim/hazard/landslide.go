package hazard

import (
	"fmt"
	"math"
	"slices"

	"drillsim/maps"
)

// Holmgren's exponent for the debris's multiple flow directions: 4, as Horton et al.
// (2013, "Flow-R, a model for susceptibility mapping of debris flows and other
// gravitational hazards at a regional scale", NHESS 13) use for debris flows; 1 spreads
// like Freeman's (1991) divergent flow, larger values approach a single steepest path.
const holmgrenExponent = 4

// MinFlowThicknessM is the thinnest debris that flows on: where the material reaching a
// cell would cover it less thickly, it stops there. It bounds how far a slide spreads
// sideways, so that the width of the runout scales with its volume.
const MinFlowThicknessM = 0.1

// Limits of a reach angle, given or taken from the volume.
const (
	minReachAngleDeg = 3
	maxReachAngleDeg = 45
)

// SlideSource is one cell of a landslide's source area and the depth of ground, in
// metres, that fails there.
type SlideSource struct {
	Cell   int
	DepthM float64
}

// RunoutOptions tune a runout.
type RunoutOptions struct {
	// ReachAngleDeg is the reach angle (Fahrböschung): the angle from the crown of the
	// source down to the toe of the deposit. 0 takes it from the volume
	// (ReachAngleFromVolume).
	ReachAngleDeg float64
	// MaxRunoutM caps, when above 0, how far debris travels beyond the source, in metres
	// along its path: the designer's runout, which wins over the model.
	MaxRunoutM float64
}

// Deposit is where a landslide went and what it left.
type Deposit struct {
	// Cells are the cells the debris reached, in ascending order: the source, the path
	// it swept, and where it came to rest. DepthM is the depth it left in each, in
	// metres (0 where it only passed); FlowM the volume that passed through it over its
	// area, in metres, a measure of the debris's thickness and force there.
	Cells         []int32
	DepthM, FlowM []float32
	// VolumeM3 is the volume that failed, ReachAngleDeg the reach angle used.
	VolumeM3, ReachAngleDeg float64
	// Crown is the highest source cell (the lowest index among equals), Toe the reached
	// cell farthest from it, RunoutM the horizontal distance between them in metres: the
	// runout length L of the reach angle tan α = H/L.
	Crown, Toe int
	RunoutM    float64
}

// ReachAngleFromVolume returns the reach angle in degrees of a landslide of volume m³
// by Corominas's (1996, "The angle of reach as a mobility index for small and large
// landslides", Canadian Geotechnical Journal 33) regression over all his cases,
// log10(H/L) = 0.047 − 0.085·log10(V), kept within 3°-45°.
func ReachAngleFromVolume(volumeM3 float64) float64 {
	tan := math.Pow(10, 0.047-0.085*math.Log10(max(volumeM3, 1)))
	return min(max(math.Atan(tan)*180/math.Pi, minReachAngleDeg), maxReachAngleDeg)
}

// Runouts runs landslides on one terrain, keeping buffers the size of the grid between
// runs (a run touches and then clears only the cells its debris reaches).
type Runouts struct {
	g *maps.Terrain
	// Per cell, during a run: the path length from the crown (tentative until done), the
	// path length since leaving the source, the debris volume passing, the flow
	// direction (sum of the volume-weighted unit steps that brought it), what stopped
	// there, and whether the cell is done, a source, or touched.
	dist, beyond, mass, dirE, dirN, stopped []float32
	done, source, touched                   []bool
	cells                                   []int32
	queue                                   cellHeap
}

// NewRunouts prepares terrain g for landslide runouts, returning an error naming the
// problem when g is unusable.
func NewRunouts(g *maps.Terrain) (*Runouts, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	n := len(g.Elev)
	r := &Runouts{
		g:    g,
		dist: make([]float32, n), beyond: make([]float32, n), mass: make([]float32, n),
		dirE: make([]float32, n), dirN: make([]float32, n), stopped: make([]float32, n),
		done: make([]bool, n), source: make([]bool, n), touched: make([]bool, n),
	}
	for i := range r.dist {
		r.dist[i] = float32(math.Inf(1))
	}
	return r, nil
}

// Run slides the source down the terrain and returns its deposit.
//
// The debris travels as long as it stays under the energy line from the crown of the
// source, the highest source cell: at a path length s (horizontal metres) from the
// crown, it can be where the ground lies no higher than z_crown − s·tan α, α the reach
// angle (Heim 1932's Fahrböschung, measured crown to toe as Corominas 1996 defines it).
// A source cell lies at s = (z_crown − z)/tan θ along that line, θ the mean slope of the
// source (at least α): the whole crest of a wide scarp sets off, each part downhill of it
// as far along the line as its drop puts it.
// Between cells it spreads by multiple flow directions (Holmgren 1994, "Multiple flow
// direction algorithms for runoff modelling in grid based elevation models: an
// empirical evaluation", Hydrological Processes 8): each cell passes its debris to its
// lower neighbours in proportion to tan(β)^holmgrenExponent, so the runout narrows in
// gullies and fans out on open slopes. Where no neighbour is lower — a pit, a flat
// valley floor, a counter-slope — the debris carries on by its momentum in the
// direction it was moving (split between the two neighbours that bracket it, as
// Tarboton's 1997 D-infinity splits flow), uphill too while the energy line is above
// the ground: a pit does not stop it, it crosses it. Debris that would cover a cell less than MinFlowThicknessM thick
// stops there.
//
// The cells are visited in order of path length from the crown (Dijkstra's order over
// the 8-connected grid with true distances), so each passes on its debris only after
// all that reaches it has arrived. On the way, debris comes to rest where it slows
// (retained): nowhere on ground steeper than the reach angle, more and more as the
// energy line closes on the ground, all of it at the toe. Every cubic metre that failed
// rests somewhere, so the deposit holds the source volume.
//
// It returns an error naming the problem when a source cell is outside the grid or its
// depth is not a positive number of metres, or when an option is out of range.
func (r *Runouts) Run(source []SlideSource, opt RunoutOptions) (Deposit, error) {
	g := r.g
	if len(source) == 0 {
		return Deposit{}, fmt.Errorf("hazard: no slide source cells; give at least one")
	}
	area := g.Cell * g.Cell
	volume := 0.0
	for k, s := range source {
		if s.Cell < 0 || s.Cell >= len(g.Elev) {
			return Deposit{}, fmt.Errorf("hazard: slide source cell %d (position %d in the list) is outside the grid of %d cells", s.Cell, k, len(g.Elev))
		}
		if !(s.DepthM > 0) || math.IsInf(s.DepthM, 1) {
			return Deposit{}, fmt.Errorf("hazard: slide source cell %d (position %d in the list) fails %v m deep; give a depth above 0 m", s.Cell, k, s.DepthM)
		}
		volume += s.DepthM * area
	}
	if !(opt.MaxRunoutM >= 0) || math.IsInf(opt.MaxRunoutM, 1) {
		return Deposit{}, fmt.Errorf("hazard: slide runout %v m is not a distance ≥ 0 m", opt.MaxRunoutM)
	}
	angle := opt.ReachAngleDeg
	if angle == 0 {
		angle = ReachAngleFromVolume(volume)
	}
	if !(angle > 0 && angle < 90) {
		return Deposit{}, fmt.Errorf("hazard: slide reach angle %v° is not between 0° and 90° (typically 11°-30°; 0 takes it from the volume)", angle)
	}
	tanA := math.Tan(angle * math.Pi / 180)
	crown := source[0].Cell
	for _, s := range source {
		if z, zc := g.Elev[s.Cell], g.Elev[crown]; z > zc || z == zc && s.Cell < crown {
			crown = s.Cell
		}
	}
	defer r.clear()
	// The source's cells lie along the energy line from the crown as a plane of their
	// mean slope would put them: at (z_crown − z)/tan θ from the crown line, so a wide
	// scarp sets off along its whole crest, not from one point.
	zCrown := float64(g.Elev[crown])
	tanSource := 0.0
	for _, s := range source {
		tan, _ := hornSlope(g.Elev, g.Cols, g.Rows, g.Cell, s.Cell)
		tanSource += tan / float64(len(source))
	}
	tanSource = max(tanSource, tanA)
	for _, s := range source {
		c := s.Cell
		r.touch(c)
		r.source[c] = true
		r.mass[c] += float32(s.DepthM * area)
		r.dist[c] = float32((zCrown - float64(g.Elev[c])) / tanSource)
	}
	for _, c := range r.cells {
		r.queue.Push(r.dist[c], c)
	}
	minMass := float32(MinFlowThicknessM * area)
	for r.queue.Len() > 0 {
		e := r.queue.Pop()
		c := int(e.cell)
		if r.done[c] || e.level != r.dist[c] {
			continue
		}
		r.done[c] = true
		m := r.mass[c]
		if m < minMass && !r.source[c] {
			r.stopped[c] = m
			continue
		}
		var stop float32
		if !r.source[c] { // the failed ground sets off whole
			stop = m * float32(r.retained(c, zCrown, tanA))
		}
		if moving := m - stop; moving > 0 && !r.pass(c, moving, zCrown, tanA, opt.MaxRunoutM) {
			stop = m
		}
		r.stopped[c] = stop
	}
	return r.settle(volume, angle, crown), nil
}

// retained returns the share of the debris in cell c that comes to rest there: the
// velocity head it loses crossing the cell, cell·(tan α − tan β) where its ground (Horn
// slope β) is gentler than the reach angle, over the head it has, the height of the
// energy line above the ground. Nothing stops on ground steeper than the reach angle;
// all stops where the head runs out, so a deposit thickens towards its toe as debris does.
func (r *Runouts) retained(c int, zCrown, tanA float64) float64 {
	g := r.g
	tan, _ := hornSlope(g.Elev, g.Cols, g.Rows, g.Cell, c)
	loss := g.Cell * (tanA - tan)
	if loss <= 0 {
		return 0
	}
	head := zCrown - float64(r.dist[c])*tanA - float64(g.Elev[c])
	if head <= loss {
		return 1
	}
	return loss / head
}

// pass hands the volume m of debris moving on from cell c to its neighbours, as Run
// describes, and reports whether any took it.
func (r *Runouts) pass(c int, moving float32, zCrown, tanA, maxRunout float64) bool {
	g := r.g
	col, row := c%g.Cols, c/g.Cols
	z := float64(g.Elev[c])
	var weight [d8Directions]float64
	reachable := func(n int, step float64) bool {
		s := float64(r.dist[c]) + step
		if r.done[n] || zCrown-s*tanA < float64(g.Elev[n]) {
			return false
		}
		return maxRunout == 0 || r.source[n] || float64(r.beyond[c])+step <= maxRunout
	}
	total := 0.0
	for d := range d8Directions {
		n, ok := d8Neighbour(g.Cols, g.Rows, col, row, d)
		if !ok {
			continue
		}
		step := g.Cell * d8Length[d]
		if drop := z - float64(g.Elev[n]); drop > 0 && reachable(n, step) {
			weight[d] = math.Pow(drop/step, holmgrenExponent)
			total += weight[d]
		}
	}
	if total == 0 { // a pit or a flat: carry on the way it was going
		fe, fn := float64(r.dirE[c]), float64(r.dirN[c])
		if fe == 0 && fn == 0 {
			return false
		}
		// Between the two neighbours that bracket the direction, in proportion to the
		// angle (Tarboton's 1997 D-infinity split); all to one when the other is barred.
		angle := math.Mod(math.Atan2(fn, fe)*4/math.Pi+8, 8) // in eighths of a turn, d8 order
		d1 := int(angle) % d8Directions
		d2 := (d1 + 1) % d8Directions
		w2 := angle - math.Floor(angle)
		for _, dw := range [2]struct {
			d int
			w float64
		}{{d1, 1 - w2}, {d2, w2}} {
			n, ok := d8Neighbour(g.Cols, g.Rows, col, row, dw.d)
			if ok && dw.w > 0 && reachable(n, g.Cell*d8Length[dw.d]) {
				weight[dw.d] = dw.w
				total += dw.w
			}
		}
		if total == 0 {
			return false
		}
	}
	m := float64(moving)
	for d, w := range weight {
		if w == 0 {
			continue
		}
		n, _ := d8Neighbour(g.Cols, g.Rows, col, row, d)
		share := m * w / total
		r.touch(n)
		r.mass[n] += float32(share)
		r.dirE[n] += float32(share * float64(d8Col[d]) / d8Length[d])
		r.dirN[n] += float32(share * float64(d8Row[d]) / d8Length[d])
		step := g.Cell * d8Length[d]
		if s := r.dist[c] + float32(step); s < r.dist[n] {
			r.dist[n] = s
			r.beyond[n] = 0
			if !r.source[n] {
				r.beyond[n] = r.beyond[c] + float32(step)
			}
			r.queue.Push(s, int32(n))
		}
	}
	return true
}

// settle returns the deposit: every reached cell with the depth of debris that came
// to rest in it.
func (r *Runouts) settle(volume, angle float64, crown int) Deposit {
	g := r.g
	slices.Sort(r.cells)
	dep := Deposit{VolumeM3: volume, ReachAngleDeg: angle, Crown: crown, Toe: crown}
	area := float32(g.Cell * g.Cell)
	for _, c := range r.cells {
		dep.Cells = append(dep.Cells, c)
		dep.DepthM = append(dep.DepthM, r.stopped[c]/area)
		dep.FlowM = append(dep.FlowM, r.mass[c]/area)
		d := math.Hypot(float64(int(c)%g.Cols-crown%g.Cols), float64(int(c)/g.Cols-crown/g.Cols)) * g.Cell
		if d > dep.RunoutM || d == dep.RunoutM && int(c) < dep.Toe {
			dep.RunoutM, dep.Toe = d, int(c)
		}
	}
	return dep
}

// touch marks cell c as reached by this run.
func (r *Runouts) touch(c int) {
	if !r.touched[c] {
		r.touched[c] = true
		r.cells = append(r.cells, int32(c))
	}
}

// clear resets the cells the last run touched.
func (r *Runouts) clear() {
	inf := float32(math.Inf(1))
	for _, c := range r.cells {
		r.dist[c], r.beyond[c], r.mass[c], r.dirE[c], r.dirN[c], r.stopped[c] = inf, 0, 0, 0, 0, 0
		r.done[c], r.source[c], r.touched[c] = false, false, false
	}
	r.cells = r.cells[:0]
	r.queue.items = r.queue.items[:0]
}
