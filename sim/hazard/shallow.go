package hazard

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"drillsim/maps"
)

// gravity is the acceleration due to gravity in m/s².
const gravity = 9.81

// Shallow is a 2D flood over a terrain grid by the local-inertial approximation of the
// shallow-water equations: the LISFLOOD-FP scheme of Bates, Horritt & Fewtrell (2010,
// "A simple inertial formulation of the shallow water equations for efficient
// two-dimensional flood inundation modelling", Journal of Hydrology 387) with the
// θ-weighted flows of de Almeida, Bates, Freer & Souvignet (2012, "Improving the
// stability of a simple formulation of the shallow water equations for 2-D flood
// modeling", Water Resources Research 48).
//
// Water depths live at cell centres and unit-width flows (m²/s) on the faces between
// cells. Each step first updates every face's flow from the water-surface slope across
// it, with Manning friction taken semi-implicitly (de Almeida et al. 2012, eq. 14; Bates
// et al. 2010, eq. 11 is its θ = 1):
//
//	q⁺ = [θq + (1−θ)(q₋ + q₊)/2 − g·h_f·Δt·∂η/∂x] / [1 + g·Δt·n²·|q| / h_f^(7/3)]
//
// where η is the water surface, h_f = max(η) − max(z) the depth of flow across the
// face and q₋, q₊ the flows of the faces either side along the same axis; then every
// cell's depth from the flows in and out (the continuity equation, Bates et al. 2010,
// eq. 6), with rain and inflows as sources. The time step adapts to the deepest water,
// Δt = α·Δx / √(g·h_max) (Bates et al. 2010, eq. 12), α 0.5 (see ShallowOptions.Alpha).
//
// Fronts wet and dry by the flow depth: a face carries no flow while h_f is below
// DryDepthM. A cell never runs dry of more than it holds: when a step's outflows would
// take a cell below zero they are scaled down to what it holds, and its receivers get
// only that, so the scheme conserves mass to rounding (see MassError). The map's edge
// lets water out at the slope of the ground beside it (free outflow), or holds it
// (ClosedEdges). Only active cells are computed: tiles of the grid holding water, and
// the tiles its front can reach in one step.
//
// That is the inertial scheme (SchemeInertial, LISFLOOD-FP's "ACC"). ShallowOptions.Scheme
// may choose instead the first-order Godunov finite-volume scheme of the full shallow-water
// equations (SchemeFV1, godunov.go) on the same grid, with the same sources, edges, active
// tiles and mass balance.
//
// A Shallow is deterministic (one thread, a fixed order) and a step allocates nothing.
type Shallow struct {
	cols, rows int
	dx         float64
	opt        ShallowOptions
	z          []float64 // ground, m (the channels carved, with ShallowOptions.Channels)
	// cut is how far each cell's ground was carved below the terrain's (nil when no
	// channels are): depths are reported above the terrain's ground.
	cut    []float64
	n2     []float64 // Manning's n², per cell
	runoff []float64 // share of rain that runs off, per cell
	h      []float64 // depth, m
	// qx[k] holds the flows (m²/s, positive east) of the x-faces: face r*(cols+1)+c is
	// the west face of cell (c, r). qy the y-faces (positive north): face r*cols+c is the
	// south face of cell (c, r). Two buffers each, the current at index cur.
	qx, qy [2][]float64
	cur    int

	maxDepth []float32 // over the terrain's ground
	// over marks, a bit per cell, the cells holding water over their ground: Depth
	// answers a dry cell from it without touching the depths.
	over    []uint64
	arrival []float32 // seconds when the water first stood ArrivalDepthM deep (over a carved channel's bed), -1 never

	sources []inflowSource
	rain    float64 // rain rate, m/s
	// levels are the level boundaries (shallow_level.go); edgeLevel holds, per cell of
	// the grid's edge (the west edge's rows, the east's, the south's columns, the
	// north's), the number of its level boundary plus one, 0 for none; nil when there is
	// none. levelWave is √(g·d) of the deepest water the levels stand over their ground.
	levels    []levelBoundary
	edgeLevel []int16
	levelWave float64

	tileCols, tileRows int
	active             []bool  // per tile: computed this step
	activeList         []int32 // the active tiles, in tile order
	wetEdge            []uint8 // per tile: water anywhere (bit 0) and along each side
	negative           []int32 // cells a step would take below zero

	// fv holds the cell momenta and face fluxes of the Godunov scheme; nil under the
	// inertial scheme.
	fv *godunov

	t                      float64
	volume0, volIn, volOut float64
	// wave is the fastest signal on the grid at the last step, m/s, from which the next
	// time step is taken: √(g·h_max) for the inertial scheme, max(|u|, |v|) + √(g·h)
	// for the Godunov scheme.
	wave  float64
	steps int64
	wet   int // cells holding ArrivalDepthM or more at the last step
}

// Scheme is the numerical scheme of a 2D flood.
type Scheme uint8

const (
	// SchemeInertial is the local-inertial scheme of Bates et al. (2010) and de Almeida et
	// al. (2012), LISFLOOD-FP's "ACC": fast, and right for the gradually varied flow of
	// floodplains, but without advection it runs a dam-break front on a dry bed at about
	// a third of its speed (Neal et al. 2012; de Almeida & Bates 2013).
	SchemeInertial Scheme = iota
	// SchemeFV1 is the first-order Godunov finite-volume scheme of the full shallow-water
	// equations (godunov.go), LISFLOOD-FP 8.0's "FV1" (Shaw et al. 2021): for rapidly
	// varied flow, dam breaks and steep channels, at a few times the cost.
	SchemeFV1
	schemeCount
)

var schemeNames = [schemeCount]string{SchemeInertial: "inertial", SchemeFV1: "fv1"}

// String returns the scheme's name, "inertial" or "fv1".
func (s Scheme) String() string {
	if s < schemeCount {
		return schemeNames[s]
	}
	return fmt.Sprintf("scheme(%d)", uint8(s))
}

// ParseScheme returns the scheme named name ("inertial" or "fv1"; "" is inertial), or an
// error listing the names.
func ParseScheme(name string) (Scheme, error) {
	if name == "" {
		return SchemeInertial, nil
	}
	for s, n := range schemeNames {
		if n == name {
			return Scheme(s), nil
		}
	}
	return 0, fmt.Errorf("hazard: unknown flood scheme %q: use inertial or fv1", name)
}

// ShallowOptions tune the scheme; the zero value takes the published defaults.
type ShallowOptions struct {
	// Scheme chooses the numerical scheme; the zero value is the inertial scheme.
	Scheme Scheme
	// Theta weights a face's own flow against its neighbours' (de Almeida et al. 2012):
	// 1 is Bates et al.'s scheme, lower values damp the checkerboard oscillations of
	// frictionless shallow flow. Default 0.7, their recommended value.
	Theta float64
	// Alpha is the Courant number of the time step. Default 0.5. For the inertial scheme
	// Bates et al. (2010) give 0.2–0.7, but 0.7 is the bound of an explicit scheme in two
	// dimensions (1/√2) and there the θ-weighted flows over uneven ground go unstable:
	// water filling a depression on the Environment Agency's test 2 still sloshed at up
	// to 1 m/s after 48 h, where at 0.5 it comes to rest. The Godunov scheme's hydrostatic
	// reconstruction keeps depths positive at 0.5 (Audusse et al. 2004).
	Alpha float64
	// MaxStepS caps the time step, for the first steps of a dry grid. Default 10 s.
	MaxStepS float64
	// DryDepthM is the depth below which water does not flow: a face carries no flow
	// (inertial scheme), a cell holds no momentum (Godunov scheme). Default 1 mm for the
	// inertial scheme, 0.1 mm for the Godunov scheme, whose fronts on a dry bed advance
	// by the thin tongue of water ahead of them.
	DryDepthM float64
	// ArrivalDepthM is the depth at which water counts as arrived at a cell. Default 1 cm.
	ArrivalDepthM float64
	// ClosedEdges holds the water at the grid's edge instead of letting it out.
	ClosedEdges bool
	// Channels, when set, are the mapped rivers and streams over the terrain's drainage
	// (the terrain's own): the flood's ground has them carved (Drainage.CarvedGround),
	// so that water runs along the channels the map draws instead of filling the DEM's
	// pits on a valley floor, and depths are reported above the terrain's ground (the
	// carved channel holds water below it).
	Channels *Drainage
}

func (o *ShallowOptions) fill() {
	if o.Theta == 0 {
		o.Theta = 0.7
	}
	if o.Alpha == 0 {
		o.Alpha = 0.5
	}
	if o.MaxStepS == 0 {
		o.MaxStepS = 10
	}
	if o.DryDepthM == 0 {
		o.DryDepthM = 0.001
		if o.Scheme == SchemeFV1 {
			o.DryDepthM = 0.0001
		}
	}
	if o.ArrivalDepthM == 0 {
		o.ArrivalDepthM = 0.01
	}
}

// inflowSource is a flow put into the grid, shared among its cells.
type inflowSource struct {
	cells  []int32
	weight []float64 // share of the flow per cell, summing to 1
	q      float64   // m³/s
}

// shallowTile is the side in cells of the square tiles activity is tracked by.
const shallowTile = 8

// NewShallow prepares a dry 2D flood over terrain g with Manning's n per cell (manning,
// one value for every cell when it holds one) and the runoff share of rain per cell
// (runoff, one value or nil for all rain to run off). It returns an error naming the
// problem when g is unusable or a value is out of range.
func NewShallow(g *maps.Terrain, manning, runoff []float32, opt ShallowOptions) (*Shallow, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	opt.fill()
	if !(opt.Theta > 0 && opt.Theta <= 1) || !(opt.Alpha > 0 && opt.Alpha <= 1) || !(opt.MaxStepS > 0) || !(opt.DryDepthM > 0) || opt.Scheme >= schemeCount {
		return nil, fmt.Errorf("hazard: shallow-water options out of range: θ %v (0–1], α %v (0–1], step %v s, dry depth %v m, %v", opt.Theta, opt.Alpha, opt.MaxStepS, opt.DryDepthM, opt.Scheme)
	}
	n := len(g.Elev)
	s := &Shallow{cols: g.Cols, rows: g.Rows, dx: g.Cell, opt: opt,
		z: make([]float64, n), n2: make([]float64, n), runoff: make([]float64, n), h: make([]float64, n),
		maxDepth: make([]float32, n), arrival: make([]float32, n), over: make([]uint64, (n+63)/64)}
	ground := g.Elev
	if d := opt.Channels; d != nil {
		if d.Cols != g.Cols || d.Rows != g.Rows {
			return nil, errors.New("hazard: the flood's channels are on another terrain's drainage")
		}
		ground = d.CarvedGround(g)
		s.cut = make([]float64, n)
		for i := range s.cut {
			s.cut[i] = max(0, float64(g.Elev[i]-ground[i]))
		}
	}
	for i, v := range ground {
		s.z[i] = float64(v)
		s.arrival[i] = -1
	}
	if err := spread("Manning's n", manning, s.n2, 0, 10, func(v float64) float64 { return v * v }); err != nil {
		return nil, err
	}
	if runoff == nil {
		runoff = []float32{1}
	}
	if err := spread("runoff share", runoff, s.runoff, 0, 1, func(v float64) float64 { return v }); err != nil {
		return nil, err
	}
	for k := range s.qx {
		s.qx[k] = make([]float64, (g.Cols+1)*g.Rows)
		s.qy[k] = make([]float64, g.Cols*(g.Rows+1))
	}
	s.tileCols = (g.Cols + shallowTile - 1) / shallowTile
	s.tileRows = (g.Rows + shallowTile - 1) / shallowTile
	tiles := s.tileCols * s.tileRows
	s.active = make([]bool, tiles)
	s.activeList = make([]int32, 0, tiles)
	s.wetEdge = make([]uint8, tiles)
	if opt.Scheme == SchemeFV1 {
		s.fv = newGodunov(g.Cols, g.Rows)
	}
	return s, nil
}

// spread copies per-cell values (or one value for every cell) into out through f,
// checking each lies in [lo, hi].
func spread(what string, values []float32, out []float64, lo, hi float64, f func(float64) float64) error {
	if len(values) != 1 && len(values) != len(out) {
		return fmt.Errorf("hazard: %d values of %s for %d cells; give one, or one per cell", len(values), what, len(out))
	}
	for i := range out {
		v := float64(values[0])
		if len(values) > 1 {
			v = float64(values[i])
		}
		if !(v >= lo && v <= hi) {
			return fmt.Errorf("hazard: %s %v (cell %d) is outside [%v, %v]", what, v, i, lo, hi)
		}
		out[i] = f(v)
	}
	return nil
}

// AddInflow adds a source of water over the cells within radius metres of cell centre
// (the cell itself at least), shared in equal parts, and returns its number for
// SetInflow. Its flow starts at zero.
func (s *Shallow) AddInflow(centre int, radius float64) (int, error) {
	if centre < 0 || centre >= len(s.h) {
		return 0, errOutside("inflow", centre, 0, len(s.h))
	}
	if math.IsNaN(radius) || radius < 0 {
		return 0, fmt.Errorf("hazard: inflow radius %v m is not a distance", radius)
	}
	c0, r0 := centre%s.cols, centre/s.cols
	reach := int(radius / s.dx)
	var src inflowSource
	for r := max(0, r0-reach); r <= min(s.rows-1, r0+reach); r++ {
		for c := max(0, c0-reach); c <= min(s.cols-1, c0+reach); c++ {
			if math.Hypot(float64(c-c0), float64(r-r0))*s.dx <= radius {
				src.cells = append(src.cells, int32(r*s.cols+c))
			}
		}
	}
	src.weight = make([]float64, len(src.cells))
	for i := range src.weight {
		src.weight[i] = 1 / float64(len(src.cells))
	}
	s.sources = append(s.sources, src)
	return len(s.sources) - 1, nil
}

// AddInflowCells adds a source of water shared equally among the given cells (a line
// of a boundary, say) and returns its number for SetInflow.
func (s *Shallow) AddInflowCells(cells []int) (int, error) {
	if err := checkCells("inflow", cells, len(s.h)); err != nil {
		return 0, err
	}
	var src inflowSource
	for _, c := range cells {
		src.cells = append(src.cells, int32(c))
		src.weight = append(src.weight, 1/float64(len(cells)))
	}
	s.sources = append(s.sources, src)
	return len(s.sources) - 1, nil
}

// SetInflow sets source k's flow in m³/s from now on (negative flows are not taken).
func (s *Shallow) SetInflow(k int, q float64) error {
	if k < 0 || k >= len(s.sources) {
		return fmt.Errorf("hazard: no inflow %d (%d added)", k, len(s.sources))
	}
	if math.IsNaN(q) || math.IsInf(q, 0) || q < 0 {
		return fmt.Errorf("hazard: inflow %v m³/s is not a flow", q)
	}
	s.sources[k].q = q
	return nil
}

// SetRain sets the rain falling on every cell from now on, in mm/h; each cell keeps its
// runoff share of it.
func (s *Shallow) SetRain(mmPerH float64) error {
	if math.IsNaN(mmPerH) || math.IsInf(mmPerH, 0) || mmPerH < 0 {
		return fmt.Errorf("hazard: rain %v mm/h is not a rate", mmPerH)
	}
	s.rain = mmPerH / 1000 / 3600
	return nil
}

// SetDepth sets the water depth of cell c, as an initial condition (a lake, a
// reservoir); the water counts as present at the start for the mass balance.
func (s *Shallow) SetDepth(c int, depth float64) error {
	if c < 0 || c >= len(s.h) {
		return errOutside("depth", c, 0, len(s.h))
	}
	if !(depth >= 0) || math.IsInf(depth, 1) {
		return errors.New("hazard: a depth must be a non-negative number of metres")
	}
	s.volume0 += (depth - s.h[c]) * s.dx * s.dx
	s.h[c] = depth
	s.markOver(c, depth)
	s.wetEdge[s.tileOf(c)] = wetAny | wetWest | wetEast | wetSouth | wetNorth
	s.maxDepth[c] = max(s.maxDepth[c], float32(depth))
	s.wave = max(s.wave, math.Sqrt(gravity*depth))
	return nil
}

// Time returns the seconds simulated.
func (s *Shallow) Time() float64 { return s.t }

// Steps returns the number of time steps taken.
func (s *Shallow) Steps() int64 { return s.steps }

// Advance steps the flood until its clock reaches to seconds, the last step shortened
// to land on it. It allocates nothing.
func (s *Shallow) Advance(to float64) {
	for s.t < to {
		s.step(to - s.t)
	}
}

// step advances one time step of at most limit seconds.
func (s *Shallow) step(limit float64) {
	dt := min(limit, s.opt.MaxStepS)
	if wave := max(s.wave, s.levelWave); wave > 0 {
		dt = min(dt, s.opt.Alpha*s.dx/wave)
	}
	s.activate()
	next := 1 - s.cur
	for _, t := range s.activeList {
		s.facesTile(int(t), next, dt)
	}
	s.cur = next
	s.negative = s.negative[:0]
	s.sourceStep(dt)
	for _, t := range s.activeList {
		s.continuityTile(int(t), dt)
	}
	if len(s.negative) > 0 {
		s.keepPositive(dt)
	}
	s.t += dt
	s.steps++
	s.afterStep()
}

// activate lists the tiles to compute this step: those holding water and their
// neighbours across a side where water reaches it, every tile while it rains, the
// tiles of the inflows and of the level boundaries whose water stands over their
// ground. A tile that falls inactive has its faces' flows cleared.
func (s *Shallow) activate() {
	was := s.activeList
	for i := range s.active {
		s.active[i] = false
	}
	mark := func(t int) { s.active[t] = true }
	for t, w := range s.wetEdge {
		if s.rain > 0 || w&wetAny != 0 {
			mark(t)
		}
		if w == 0 {
			continue
		}
		tc, tr := t%s.tileCols, t/s.tileCols
		if w&wetWest != 0 && tc > 0 {
			mark(t - 1)
		}
		if w&wetEast != 0 && tc < s.tileCols-1 {
			mark(t + 1)
		}
		if w&wetSouth != 0 && tr > 0 {
			mark(t - s.tileCols)
		}
		if w&wetNorth != 0 && tr < s.tileRows-1 {
			mark(t + s.tileCols)
		}
	}
	for k := range s.sources {
		if s.sources[k].q > 0 {
			for _, c := range s.sources[k].cells {
				mark(s.tileOf(int(c)))
			}
		}
	}
	s.markLevelTiles()
	for _, t := range was {
		if !s.active[t] {
			s.clearTileFaces(int(t))
		}
	}
	s.activeList = s.activeList[:0]
	for t, a := range s.active {
		if a {
			s.activeList = append(s.activeList, int32(t))
		}
	}
}

// Bits of wetEdge.
const (
	wetAny uint8 = 1 << iota
	wetWest
	wetEast
	wetSouth
	wetNorth
)

// Tiles returns how many tiles of 8 × 8 cells the grid is cut
// into, row-major from the south-west; TileOf returns the tile of cell c, and TileWet
// whether tile t held water at the last step. Cells of a tile that is not wet are dry.
func (s *Shallow) Tiles() int { return len(s.wetEdge) }

// TileOf returns the tile of cell c (see Tiles).
func (s *Shallow) TileOf(c int) int { return s.tileOf(c) }

// TileWet reports whether tile t held water at the last step (see Tiles).
func (s *Shallow) TileWet(t int) bool { return s.wetEdge[t]&wetAny != 0 }

func (s *Shallow) tileOf(c int) int {
	return (c/s.cols/shallowTile)*s.tileCols + (c%s.cols)/shallowTile
}

// tileBounds returns the cells [c0, c1) × [r0, r1) of tile t.
func (s *Shallow) tileBounds(t int) (c0, c1, r0, r1 int) {
	c0, r0 = (t%s.tileCols)*shallowTile, (t/s.tileCols)*shallowTile
	return c0, min(c0+shallowTile, s.cols), r0, min(r0+shallowTile, s.rows)
}

// clearTileFaces zeroes the flows of the faces tile t owns (its cells' west and south
// faces, and the grid's east and north edge faces beside it) in both buffers.
func (s *Shallow) clearTileFaces(t int) {
	c0, c1, r0, r1 := s.tileBounds(t)
	ex := c1
	if c1 == s.cols {
		ex++
	}
	ey := r1
	if r1 == s.rows {
		ey++
	}
	for k := range s.qx {
		for r := r0; r < r1; r++ {
			clear(s.qx[k][r*(s.cols+1)+c0 : r*(s.cols+1)+ex])
		}
		for r := r0; r < ey; r++ {
			clear(s.qy[k][r*s.cols+c0 : r*s.cols+c1])
		}
	}
	if s.fv != nil {
		s.fv.clear(s.cols, c0, c1, ex, r0, r1, ey)
	}
}

// facesTile updates the faces tile t owns (its cells' west and south faces, and the
// grid's east and north edge faces beside it) into buffer next: their flows under the
// inertial scheme, their fluxes under the Godunov scheme.
func (s *Shallow) facesTile(t, next int, dt float64) {
	c0, c1, r0, r1 := s.tileBounds(t)
	fx := s.cols + 1
	for r := r0; r < r1; r++ {
		for c := c0; c <= c1; c++ {
			if c == c1 && c1 != s.cols {
				break
			}
			s.face(r*fx+c, c, s.cols, r*s.cols+c-1, 1, false, next, dt)
		}
	}
	ey := r1
	if r1 == s.rows {
		ey++
	}
	for r := r0; r < ey; r++ {
		for c := c0; c < c1; c++ {
			s.face(r*s.cols+c, r, s.rows, (r-1)*s.cols+c, s.cols, true, next, dt)
		}
	}
}

// face updates face f, the k-th of n+1 along its axis (alongY for a y-face), between
// cell a and the cell a stride on (b); k 0 and n are the grid's edge, where one of them
// lies outside.
func (s *Shallow) face(f, k, n, a, stride int, alongY bool, next int, dt float64) {
	b := a + stride
	switch k {
	case 0:
		a = -1
	case n:
		b = -1
	}
	// the level outside, on a level boundary's face
	level, onLevel := 0.0, false
	if s.edgeLevel != nil {
		before, after := West, East
		if alongY {
			before, after = South, North
		}
		switch {
		case a < 0:
			level, onLevel = s.levelAt(before, b)
		case b < 0:
			level, onLevel = s.levelAt(after, a)
		}
	}
	if s.fv != nil {
		if alongY {
			s.faceFluxes(a, b, true, f, s.qy[next], &s.fv.y, level, onLevel)
		} else {
			s.faceFluxes(a, b, false, f, s.qx[next], &s.fv.x, level, onLevel)
		}
		return
	}
	old, flow := s.qx[s.cur], s.qx[next]
	if alongY {
		old, flow = s.qy[s.cur], s.qy[next]
	}
	q0 := old[f]
	switch {
	case a < 0 && onLevel:
		flow[f] = -s.levelFlow(b, level, -q0, dt)
	case b < 0 && onLevel:
		flow[f] = s.levelFlow(a, level, q0, dt)
	case a < 0:
		flow[f] = -s.edgeFlow(b, b+stride, -q0, dt, n > 1)
	case b < 0:
		flow[f] = s.edgeFlow(a, a-stride, q0, dt, n > 1)
	default:
		qa, qb := q0, q0 // the faces either side along the axis
		if k > 1 {
			qa = old[f-stride]
		}
		if k < n-1 {
			qb = old[f+stride]
		}
		flow[f] = s.faceFlow(a, b, q0, qa, qb, dt)
	}
}

// faceFlow is the new flow across the face from cell a to cell b (positive a to b),
// whose flow was q0 and its neighbours' along the axis qa (a's side) and qb: de Almeida
// et al. (2012), eq. 14.
func (s *Shallow) faceFlow(a, b int, q0, qa, qb, dt float64) float64 {
	ea, eb := s.z[a]+s.h[a], s.z[b]+s.h[b]
	hf := max(ea, eb) - max(s.z[a], s.z[b])
	if hf <= s.opt.DryDepthM {
		return 0
	}
	theta := s.opt.Theta
	q := theta*q0 + (1-theta)*0.5*(qa+qb) - gravity*hf*dt*(eb-ea)/s.dx
	if q0 == 0 {
		return q
	}
	n2 := 0.5 * (s.n2[a] + s.n2[b])
	return q / (1 + gravity*dt*n2*math.Abs(q0)/pow73(hf))
}

// pow73 is h^(7/3) for a depth h > 0, the power of the depth in Manning's friction on a
// unit-width flow.
func pow73(h float64) float64 { return h * h * cbrt(h) }

// cbrt is the cube root of x > 0 to within 1e-14 of it, twice as fast as math.Cbrt: an
// estimate from the exponent divided by three (Kahan's), good to 5%, then two steps of
// Halley's iteration, each cubing the error.
func cbrt(x float64) float64 {
	y := math.Float64frombits(math.Float64bits(x)/3 + 0x2a9f7893782da1ce)
	y3 := y * y * y
	y *= (y3 + 2*x) / (2*y3 + x)
	y3 = y * y * y
	y *= (y3 + 2*x) / (2*y3 + x)
	return y
}

// edgeFlow is the new outward flow across the grid's edge beside cell a, whose inner
// neighbour along the axis is b (when hasInner): free outflow at the ground's slope
// towards the edge, as if the ground went on falling so beyond it (none when it rises),
// by the same momentum equation; none when the edges are closed.
func (s *Shallow) edgeFlow(a, b int, q0, dt float64, hasInner bool) float64 {
	if s.opt.ClosedEdges || s.h[a] <= s.opt.DryDepthM {
		return 0
	}
	slope := 0.0
	if hasInner {
		slope = max(0, (s.z[b]-s.z[a])/s.dx)
	}
	hf := s.h[a]
	q := q0 + gravity*hf*dt*slope
	if q0 != 0 {
		q /= 1 + gravity*dt*s.n2[a]*math.Abs(q0)/pow73(hf)
	}
	return max(0, q)
}

// continuityTile updates the depths of tile t's cells from the flows across their faces
// and the rain (Bates et al. 2010, eq. 6; the Godunov scheme's mass equation is the
// same), listing the cells that would go below zero; under the Godunov scheme also their
// momenta.
func (s *Shallow) continuityTile(t int, dt float64) {
	c0, c1, r0, r1 := s.tileBounds(t)
	qx, qy := s.qx[s.cur], s.qy[s.cur]
	fx := s.cols + 1
	k := dt / s.dx
	rain := s.rain * dt
	for r := r0; r < r1; r++ {
		for c := c0; c < c1; c++ {
			i := r*s.cols + c
			in := qx[r*fx+c] - qx[r*fx+c+1] + qy[r*s.cols+c] - qy[(r+1)*s.cols+c]
			h := s.h[i] + k*in + rain*s.runoff[i]
			s.h[i] = h
			if h < 0 {
				s.negative = append(s.negative, int32(i))
			}
			if s.fv != nil {
				s.momentumCell(i, c, r, h, dt)
			}
		}
	}
	if rain > 0 {
		for r := r0; r < r1; r++ {
			for c := c0; c < c1; c++ {
				s.volIn += rain * s.runoff[r*s.cols+c] * s.dx * s.dx
			}
		}
	}
	if !s.opt.ClosedEdges || s.levels != nil {
		out, in := s.edgeFlows(c0, c1, r0, r1)
		s.volOut += out * dt * s.dx
		s.volIn += in * dt * s.dx
	}
}

// edgeFlows sums the outward and the inward flows across the grid's edge faces of the
// cells [c0, c1) × [r0, r1): water leaving over a free edge or a level boundary, water
// coming in over a level boundary.
func (s *Shallow) edgeFlows(c0, c1, r0, r1 int) (out, in float64) {
	qx, qy := s.qx[s.cur], s.qy[s.cur]
	fx := s.cols + 1
	add := func(q float64) { // q positive outward
		if q > 0 {
			out += q
		} else {
			in -= q
		}
	}
	for r := r0; r < r1; r++ {
		if c0 == 0 {
			add(-qx[r*fx])
		}
		if c1 == s.cols {
			add(qx[r*fx+s.cols])
		}
	}
	for c := c0; c < c1; c++ {
		if r0 == 0 {
			add(-qy[c])
		}
		if r1 == s.rows {
			add(qy[s.rows*s.cols+c])
		}
	}
	return out, in
}

// sourceStep adds the inflows' water of a step, before the flows move it.
func (s *Shallow) sourceStep(dt float64) {
	area := s.dx * s.dx
	for k := range s.sources {
		src := &s.sources[k]
		if src.q == 0 {
			continue
		}
		for j, c := range src.cells {
			s.h[c] += src.q * src.weight[j] * dt / area
		}
		s.volIn += src.q * dt
	}
}

// keepPositive scales down the outflows of every cell a step would take below zero to
// what it holds, takes the difference back from its receivers, and repeats for the
// receivers that then go below zero in turn.
func (s *Shallow) keepPositive(dt float64) {
	qx, qy := s.qx[s.cur], s.qy[s.cur]
	fx := s.cols + 1
	k := dt / s.dx
	for guard := 0; len(s.negative) > 0; guard++ {
		c := int(s.negative[len(s.negative)-1])
		s.negative = s.negative[:len(s.negative)-1]
		if s.h[c] >= 0 {
			continue
		}
		col, row := c%s.cols, c/s.cols
		// The four faces: flow out of c is positive in faces[i]*sign[i].
		faces := [4]*float64{&qx[row*fx+col], &qx[row*fx+col+1], &qy[row*s.cols+col], &qy[(row+1)*s.cols+col]}
		sign := [4]float64{-1, 1, -1, 1}
		out := 0.0
		for i, f := range faces {
			out += max(0, *f*sign[i])
		}
		if out <= 0 || guard > 64*len(s.h) {
			s.h[c] = 0 // rounding only; cannot happen with outflow accounted
			continue
		}
		// Depth before c's outflows: what it holds to give.
		held := s.h[c] + k*out
		scale := max(0, held/(k*out))
		s.h[c] = 0
		nb := [4]int{c - 1, c + 1, c - s.cols, c + s.cols}
		edge := [4]bool{col == 0, col == s.cols-1, row == 0, row == s.rows-1}
		for i, f := range faces {
			q := *f * sign[i]
			if q <= 0 {
				continue
			}
			back := q * (1 - scale)
			*f = sign[i] * q * scale
			if edge[i] {
				s.volOut -= back * dt * s.dx
				continue
			}
			r := nb[i]
			s.h[r] -= k * back
			if s.h[r] < 0 {
				s.negative = append(s.negative, int32(r))
			}
		}
	}
}

// afterStep records each cell's deepest water and arrival, the fastest signal of the
// step for the next time step, and which tiles hold water along which sides.
func (s *Shallow) afterStep() {
	dry := s.opt.DryDepthM
	arrive := s.opt.ArrivalDepthM
	now := float32(s.t)
	hmax, wave, wet := 0.0, 0.0, 0
	for _, t := range s.activeList {
		c0, c1, r0, r1 := s.tileBounds(int(t))
		var w uint8
		for r := r0; r < r1; r++ {
			for c := c0; c < c1; c++ {
				i := r*s.cols + c
				h := s.h[i]
				if h <= dry {
					s.over[i>>6] &^= 1 << (i & 63)
					continue
				}
				hmax = max(hmax, h)
				if s.fv != nil {
					wave = max(wave, s.fv.signal(i, h))
				}
				above := h
				if s.cut != nil {
					above -= s.cut[i]
				}
				s.markOver(i, above)
				if hf := float32(above); hf > s.maxDepth[i] {
					s.maxDepth[i] = hf
				}
				if above >= arrive {
					wet++
				}
				if h >= arrive && s.arrival[i] < 0 {
					s.arrival[i] = now
				}
				w |= wetAny
				if c == c0 {
					w |= wetWest
				}
				if c == c1-1 {
					w |= wetEast
				}
				if r == r0 {
					w |= wetSouth
				}
				if r == r1-1 {
					w |= wetNorth
				}
			}
		}
		s.wetEdge[t] = w
	}
	if s.fv == nil {
		wave = math.Sqrt(gravity * hmax)
	}
	s.wave = wave
	s.wet = wet
}

// markOver records whether cell i holds water over its ground: above metres of it.
func (s *Shallow) markOver(i int, above float64) {
	if above > 0 {
		s.over[i>>6] |= 1 << (i & 63)
	} else {
		s.over[i>>6] &^= 1 << (i & 63)
	}
}

// Depth returns the water depth in metres over cell i's ground (the terrain's, above a
// carved channel), 0 where less than DryDepthM stands (a film that does not flow) and
// outside the grid.
func (s *Shallow) Depth(i int) float32 {
	if i < 0 || i >= len(s.h) || s.over[i>>6]&(1<<(i&63)) == 0 {
		return 0
	}
	if s.cut != nil {
		return float32(max(0, s.h[i]-s.cut[i]))
	}
	return float32(s.h[i])
}

// Speed returns the water's speed in m/s at cell i: its momentum over its depth under
// the Godunov scheme, the mean of the flows across its opposite faces over its depth
// under the inertial one; 0 where no water stands over the ground (in a carved channel,
// below its banks).
func (s *Shallow) Speed(i int) float32 {
	if i < 0 || i >= len(s.h) || s.h[i] <= s.opt.DryDepthM || s.over[i>>6]&(1<<(i&63)) == 0 {
		return 0
	}
	if s.fv != nil {
		return float32(math.Hypot(s.fv.hu[i], s.fv.hv[i]) / s.h[i])
	}
	c, r := i%s.cols, i/s.cols
	qx, qy := s.qx[s.cur], s.qy[s.cur]
	fx := s.cols + 1
	ux := 0.5 * (qx[r*fx+c] + qx[r*fx+c+1])
	uy := 0.5 * (qy[r*s.cols+c] + qy[(r+1)*s.cols+c])
	return float32(math.Hypot(ux, uy) / s.h[i])
}

// MaxDepth returns the deepest water in metres cell i has held over its ground.
func (s *Shallow) MaxDepth(i int) float32 { return s.maxDepth[i] }

// Arrival returns the seconds at which the water first stood ArrivalDepthM deep at cell
// i (in a carved channel, above its bed: the flood wave arriving down the river), and
// false when it never has.
func (s *Shallow) Arrival(i int) (float64, bool) {
	if s.arrival[i] < 0 {
		return 0, false
	}
	return float64(s.arrival[i]), true
}

// Volume returns the water on the grid in m³.
func (s *Shallow) Volume() float64 {
	v := 0.0
	for _, h := range s.h {
		v += h
	}
	return v * s.dx * s.dx
}

// Inflowed returns the water that came in (inflows and the rain that ran off) and the
// water that left across the map's edge, both in m³ since the start.
func (s *Shallow) Inflowed() (in, out float64) { return s.volIn, s.volOut }

// MassError returns the water unaccounted for as a share of all the water that was
// ever on the grid: (volume − start − in + out) / (start + in). Zero for a dry grid.
func (s *Shallow) MassError() float64 {
	total := s.volume0 + s.volIn
	if total <= 0 {
		return 0
	}
	return (s.Volume() - s.volume0 - s.volIn + s.volOut) / total
}

// WetCells returns how many cells hold at least the arrival depth of water over their
// ground at the last step: a count kept by the step, so asking costs nothing.
func (s *Shallow) WetCells() int { return s.wet }

// ActiveCells returns how many cells the last step computed.
func (s *Shallow) ActiveCells() int {
	n := 0
	for _, t := range s.activeList {
		c0, c1, r0, r1 := s.tileBounds(int(t))
		n += (c1 - c0) * (r1 - r0)
	}
	return n
}

// Clone returns a copy whose water can change independently; the ground, roughness and
// runoff, which never change, are shared.
func (s *Shallow) Clone() *Shallow {
	c := *s
	c.h = slices.Clone(s.h)
	for k := range s.qx {
		c.qx[k] = slices.Clone(s.qx[k])
		c.qy[k] = slices.Clone(s.qy[k])
	}
	c.maxDepth = slices.Clone(s.maxDepth)
	c.over = slices.Clone(s.over)
	c.arrival = slices.Clone(s.arrival)
	c.sources = slices.Clone(s.sources)
	c.levels = slices.Clone(s.levels)
	c.edgeLevel = slices.Clone(s.edgeLevel)
	c.active = slices.Clone(s.active)
	c.activeList = slices.Clone(s.activeList)
	c.wetEdge = slices.Clone(s.wetEdge)
	c.negative = nil
	if s.fv != nil {
		c.fv = s.fv.clone()
	}
	return &c
}
