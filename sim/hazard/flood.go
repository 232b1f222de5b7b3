package hazard

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"drillsim/maps"
)

// Flood is a scripted river rise (the stage mode) spread over the terrain by the height
// above the drainage each cell drains to: HAND, the height above the nearest drainage
// of Rennó et al. (2008, "HAND, a new terrain descriptor using SRTM-DEM", Remote Sensing
// of Environment 112) and Nobre et al. (2011, "Height Above the Nearest Drainage – a
// hydrologically relevant new terrain model", Journal of Hydrology 404), measured along
// the flow directions of a stream-burnt, pit-filled DEM (Drainage), as the HAND flood
// maps of Zheng, Maidment et al. (2018, "River channel geometry and rating curve
// estimation using height above the nearest drainage", JAWRA 54) do: a cell floods when
// the river's rise at the channel cell it drains to tops the cell's HAND, and its depth
// is the water surface there less its ground.
//
// The water surface follows the river downstream with its slope: each channel cell's
// normal level is the lowest ground around it, carved so that it never rises
// downstream, and the rise is added to it. Only the named river rises: from its first
// gauge downstream, by the gauges' rises interpolated along the river's length (one rise
// everywhere when no gauges are given); with Tributaries, the channels that join it back
// up to its level. Cells draining to any other channel, or across a ridge, stay dry
// however low they lie, and a pit floods only when the water tops its rim. A rise of
// zero floods nothing: depths count water above the normal level.
//
// NewFlood precomputes everything that does not depend on the stage; a tick then costs
// SetStages and Refresh, one pass over flat arrays that skips the tiles of the grid the
// water cannot reach at the stage (most of a mountain township, at most stages).
type Flood struct {
	cols, rows int
	// reach[c] is the index, among the rising channel cells, of the one cell c drains
	// to; -1 when it drains to none (it never floods).
	reach []int32
	// hand[c] is c's conditioned ground above the normal level of its channel cell, 0 on
	// the channel: the rise above which c floods.
	hand []float32
	// below[c] is c's ground above that normal level (at most hand[c]; less in a pit),
	// 0 for ground below it, which the river's normal water already covers: c's depth
	// is the rise less below[c], never more than the rise.
	below []float32
	depth []float32

	// Of the rising channel cells, in the order reach indexes them: the normal level,
	// the distance to the grid's edge along the flow, and (for a tributary's cells) the
	// river cell it joins, -1 on the river itself.
	level []float32
	down  []float32
	joins []int32
	// rise is each rising channel cell's rise at the last SetStages.
	rise []float32
	// gauges are the river cells (reach indexes) whose rises SetStages takes, sorted
	// from upstream; stages their rises, in the caller's order; gaugeOrder maps sorted
	// position to caller position.
	gauges     []int32
	gaugeOrder []int
	stages     []float64
	// tileNeed[t] is the lowest hand of tile t's cells (tiles of floodTile×floodTile
	// cells, row-major); tileWet[t] whether any of them held water at the last refresh.
	tileNeed []float32
	tileWet  []bool

	top       float32 // the highest rise of any channel cell
	refreshed bool
	flooded   int
	maxDepth  float32
}

// FloodOptions say how the named river rises.
type FloodOptions struct {
	// Gauges are the cells where the rise is given (each moved to the river cell
	// nearest it), in the order SetStages takes their rises. The river rises from the
	// most upstream gauge down, each reach between two gauges by their rises
	// interpolated along its length, and below the last by the last's rise. No gauges:
	// the whole river rises as one.
	Gauges []int
	// Tributaries lets the river's water back up the channels that join it: their
	// cells take the river's water surface where it stands above their normal level.
	Tributaries bool
}

// NewFlood prepares the stage flood of river (its channel cells on g, a subset of the
// channels d was conditioned with) over the drainage d of terrain g. It returns an error
// naming the problem when g and d disagree, the river has no cell or a cell lies outside
// the grid.
func NewFlood(g *maps.Terrain, d *Drainage, river []int, opt FloodOptions) (*Flood, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	if d == nil || d.Cols != g.Cols || d.Rows != g.Rows {
		return nil, fmt.Errorf("hazard: the flood needs the drainage of its own terrain")
	}
	n := len(g.Elev)
	if err := checkCells("river", river, n); err != nil {
		return nil, err
	}
	if err := checkCells("gauge", opt.Gauges, n); err != nil && len(opt.Gauges) > 0 {
		return nil, err
	}
	onRiver := make([]bool, n)
	for _, c := range river {
		if !d.Channel[c] {
			return nil, fmt.Errorf("hazard: river cell %d is not a channel of the drainage; condition the terrain with the river's cells", c)
		}
		onRiver[c] = true
	}
	f := &Flood{cols: g.Cols, rows: g.Rows, depth: make([]float32, n)}
	level := normalLevels(g, d)
	down := distanceDown(d)
	// The rising channel cells: the river's, then (with Tributaries) the channel cells
	// whose water meets the river.
	toRiver := d.DrainsTo(onRiver)
	index := make([]int32, n)
	for c := range index {
		index[c] = -1
	}
	for _, c := range d.Order {
		if !d.Channel[c] || !onRiver[c] && (!opt.Tributaries || toRiver[c] < 0) {
			continue
		}
		index[c] = int32(len(f.level))
		f.level = append(f.level, level[c])
		f.down = append(f.down, down[c])
		f.joins = append(f.joins, -1)
	}
	for c, k := range index {
		if k >= 0 && !onRiver[c] {
			f.joins[k] = index[toRiver[c]]
		}
	}
	f.rise = make([]float32, len(f.level))
	// Every cell: the rising channel cell it drains to, its HAND and ground above it.
	channelOf := d.DrainsTo(d.Channel)
	ref := bankLevels(g, d, level)
	f.reach = make([]int32, n)
	f.hand = make([]float32, n)
	f.below = make([]float32, n)
	for c := range n {
		f.reach[c], f.hand[c] = -1, float32(math.Inf(1))
		ch := channelOf[c]
		if ch < 0 || index[ch] < 0 {
			continue
		}
		f.reach[c] = index[ch]
		f.hand[c] = 0
		if int(ch) != c {
			f.hand[c] = max(0, d.Filled[c]-ref[c])
		}
		f.below[c] = max(0, g.Elev[c]-ref[c])
	}
	f.placeGauges(g, river, index, opt.Gauges)
	f.tileNeed = make([]float32, f.tiles())
	f.tileWet = make([]bool, len(f.tileNeed))
	t := 0
	f.eachTile(func(r0, r1, c0, c1 int) {
		lowest := float32(math.Inf(1))
		for r := r0; r < r1; r++ {
			for _, k := range f.hand[r*f.cols+c0 : r*f.cols+c1] {
				lowest = min(lowest, k)
			}
		}
		f.tileNeed[t] = lowest
		t++
	})
	return f, nil
}

// normalLevels returns the normal water level of every channel cell of d: its ground
// on g, carved so that it never rises downstream, as breaching enforces a falling flow
// path (Lindsay 2016, "Efficient hybrid breaching-filling sink removal methods for flow
// path enforcement in digital elevation models", Hydrological Processes 30): a bridge
// deck or a noisy cell across the river does not dam it. Other cells keep +Inf.
func normalLevels(g *maps.Terrain, d *Drainage) []float32 {
	level := make([]float32, len(g.Elev))
	for c := range level {
		level[c] = float32(math.Inf(1))
	}
	next := d.DrainsTo(d.Channel) // for a cell, the first channel cell at or below it
	for k := len(d.Order) - 1; k >= 0; k-- {
		c := int(d.Order[k])
		if !d.Channel[c] {
			continue
		}
		level[c] = min(level[c], g.Elev[c])
		if to := d.To[c]; to >= 0 {
			if dn := next[to]; dn >= 0 {
				level[dn] = min(level[dn], level[c])
			}
		}
	}
	return level
}

// bankLevels returns the normal water level every cell is measured from: a channel
// cell's own; for the others, the level beside the bank cell where their flow meets the
// channel (the mean level of its channel cells along a row or column, else the level of
// the channel cell it drains into). A bank is thus judged against the river abreast of
// it, not against the cell a step downstream its flow enters, which on a steep river
// lies lower by the fall of a cell. Cells whose water never meets a channel keep +Inf.
func bankLevels(g *maps.Terrain, d *Drainage, level []float32) []float32 {
	ref := make([]float32, len(level))
	for _, c := range d.Order {
		to := d.To[c]
		switch {
		case d.Channel[c]:
			ref[c] = level[c]
		case to < 0:
			ref[c] = float32(math.Inf(1))
		case !d.Channel[to]:
			ref[c] = ref[to]
		default:
			sum, count := float32(0), 0
			col, row := int(c)%g.Cols, int(c)/g.Cols
			for dir := 0; dir < d8Directions; dir += 2 {
				if nb, ok := d8Neighbour(g.Cols, g.Rows, col, row, dir); ok && d.Channel[nb] {
					sum += level[nb]
					count++
				}
			}
			ref[c] = level[to]
			if count > 0 {
				ref[c] = sum / float32(count)
			}
		}
	}
	return ref
}

// distanceDown returns every cell's distance in metres to the grid's edge along the
// flow directions.
func distanceDown(d *Drainage) []float32 {
	down := make([]float32, len(d.To))
	for _, c := range d.Order {
		if to := d.To[c]; to >= 0 {
			down[c] = down[to] + float32(d.StepLength(int(c)))
		}
	}
	return down
}

// placeGauges moves each gauge cell to the river cell nearest it and sorts them from
// upstream (the longest way to the grid's edge).
func (f *Flood) placeGauges(g *maps.Terrain, river []int, index []int32, gauges []int) {
	f.stages = make([]float64, max(len(gauges), 1))
	for _, at := range gauges {
		best, bestD := river[0], math.Inf(1)
		ac, ar := at%g.Cols, at/g.Cols
		for _, c := range river {
			dc, dr := float64(c%g.Cols-ac), float64(c/g.Cols-ar)
			if dist := dc*dc + dr*dr; dist < bestD {
				best, bestD = c, dist
			}
		}
		f.gauges = append(f.gauges, index[best])
	}
	f.gaugeOrder = make([]int, len(gauges))
	for i := range f.gaugeOrder {
		f.gaugeOrder[i] = i
	}
	slices.SortStableFunc(f.gaugeOrder, func(a, b int) int {
		return cmp.Compare(f.down[f.gauges[b]], f.down[f.gauges[a]])
	})
	sorted := make([]int32, len(f.gauges))
	for i, k := range f.gaugeOrder {
		sorted[i] = f.gauges[k]
	}
	f.gauges = sorted
}

// floodTile is the side in cells of the square tiles a refresh skips while dry: 16 cells
// make a 64-byte cache line of each row of a tile.
const floodTile = 16

// tiles returns how many tiles cover the grid.
func (f *Flood) tiles() int {
	return ((f.cols + floodTile - 1) / floodTile) * ((f.rows + floodTile - 1) / floodTile)
}

// eachTile calls visit with the row and column bounds [r0, r1) × [c0, c1) of every tile,
// in tile order.
func (f *Flood) eachTile(visit func(r0, r1, c0, c1 int)) {
	for r0 := 0; r0 < f.rows; r0 += floodTile {
		for c0 := 0; c0 < f.cols; c0 += floodTile {
			visit(r0, min(r0+floodTile, f.rows), c0, min(c0+floodTile, f.cols))
		}
	}
}

// Gauges returns how many rises SetStages takes: the gauges, or 1 without gauges.
func (f *Flood) Gauges() int { return len(f.stages) }

// SetStage sets the same rise above normal level, in metres, at every gauge.
func (f *Flood) SetStage(rise float64) error {
	for i := range f.stages {
		if err := f.setGauge(i, rise); err != nil {
			return err
		}
	}
	return nil
}

// SetStages sets the river's rise above its normal level in metres at each gauge, in
// the order of FloodOptions.Gauges (one rise without gauges), as hydrographs or the
// exercise designer dictate; Refresh applies them. It returns an error, and keeps the
// previous stages, when the count is wrong or a rise is not a finite number.
func (f *Flood) SetStages(rises []float64) error {
	if len(rises) != len(f.stages) {
		return fmt.Errorf("hazard: %d river rises given for %d gauges", len(rises), len(f.stages))
	}
	for _, r := range rises {
		if math.IsNaN(r) || math.IsInf(r, 0) {
			return fmt.Errorf("hazard: river rise %v m is not a number of metres", r)
		}
	}
	for i, r := range rises {
		_ = f.setGauge(i, r)
	}
	return nil
}

func (f *Flood) setGauge(i int, rise float64) error {
	if math.IsNaN(rise) || math.IsInf(rise, 0) {
		return fmt.Errorf("hazard: river rise %v m is not a number of metres", rise)
	}
	if f.stages[i] != rise {
		f.stages[i], f.refreshed = rise, false
	}
	return nil
}

// Stage returns the highest rise given at any gauge, in metres.
func (f *Flood) Stage() float64 { return slices.Max(f.stages) }

// Stages returns the rises at the gauges, in the order SetStages takes them. The slice
// is the flood's own: read it, do not change it.
func (f *Flood) Stages() []float64 { return f.stages }

// spreadRise sets every rising channel cell's rise from the gauges: interpolated along
// the river between gauges, none upstream of the first, the last's below it; a
// tributary's from the river's water surface where it joins.
func (f *Flood) spreadRise() {
	top := float32(0)
	for k := range f.rise {
		if f.joins[k] >= 0 {
			continue
		}
		r := f.riseAlong(f.down[k])
		f.rise[k] = r
		top = max(top, r)
	}
	for k, j := range f.joins {
		if j >= 0 {
			f.rise[k] = max(0, f.level[j]+f.rise[j]-f.level[k])
		}
	}
	f.top = top
}

// riseAlong returns the river's rise at a point down metres above the grid's edge.
func (f *Flood) riseAlong(down float32) float32 {
	g := f.gauges
	if len(g) == 0 {
		return float32(f.stages[0])
	}
	stage := func(i int) float32 { return float32(f.stages[f.gaugeOrder[i]]) }
	if down > f.down[g[0]] {
		return 0 // upstream of the first gauge the river does not rise
	}
	for i := 1; i < len(g); i++ {
		if a, b := f.down[g[i-1]], f.down[g[i]]; down >= b {
			if a == b {
				return stage(i)
			}
			t := (a - down) / (a - b)
			return stage(i-1) + t*(stage(i)-stage(i-1))
		}
	}
	return stage(len(g) - 1)
}

// Refresh recomputes every cell's depth for the current stages. It is one pass over the
// grid's tiles with no allocation: a tile whose lowest HAND no rise tops, and which was
// dry before, is skipped. It does nothing when the stages have not changed since the
// last refresh.
func (f *Flood) Refresh() {
	if f.refreshed {
		return
	}
	f.spreadRise()
	flooded := 0
	var deepest float32
	t := 0
	f.eachTile(func(r0, r1, c0, c1 int) {
		switch {
		case f.top > f.tileNeed[t]:
			wet, tileDeepest := f.refreshTile(r0, r1, c0, c1)
			flooded += wet
			deepest = max(deepest, tileDeepest)
			f.tileWet[t] = wet > 0
		case f.tileWet[t]:
			for r := r0; r < r1; r++ {
				clear(f.depth[r*f.cols+c0 : r*f.cols+c1])
			}
			f.tileWet[t] = false
		}
		t++
	})
	f.flooded, f.maxDepth, f.refreshed = flooded, deepest, true
}

// refreshTile recomputes the depths of the tile [r0, r1) × [c0, c1) and returns how many
// of its cells are wet and the deepest water among them.
func (f *Flood) refreshTile(r0, r1, c0, c1 int) (wet int, deepest float32) {
	for r := r0; r < r1; r++ {
		hand := f.hand[r*f.cols+c0 : r*f.cols+c1]
		reach := f.reach[r*f.cols+c0:][:len(hand)]
		below := f.below[r*f.cols+c0:][:len(hand)]
		depth := f.depth[r*f.cols+c0:][:len(hand)]
		for i, k := range reach {
			var d float32
			if k >= 0 {
				if rise := f.rise[k]; rise > hand[i] {
					d = max(0, rise-below[i])
				}
			}
			if d > 0 {
				wet++
				deepest = max(deepest, d)
			}
			depth[i] = d
		}
	}
	return wet, deepest
}

// Depth returns the water depth in metres over cell i at the last refresh, 0 when dry or
// when i lies outside the grid.
func (f *Flood) Depth(i int) float32 {
	if i < 0 || i >= len(f.depth) {
		return 0
	}
	return f.depth[i]
}

// Depths returns the depth of every cell, row-major from the south, at the last refresh.
// The slice is the flood's own: read it, do not change it; the next Refresh overwrites it.
func (f *Flood) Depths() []float32 { return f.depth }

// FloodedCells returns how many cells hold water at the last refresh.
func (f *Flood) FloodedCells() int { return f.flooded }

// MaxDepth returns the deepest water in metres at the last refresh, 0 when all is dry.
func (f *Flood) MaxDepth() float32 { return f.maxDepth }

// RiseToFlood returns the rise in metres, at the channel cell i drains to, above which
// cell i floods (its HAND): the height at which warnings for the cell are due. It
// returns +Inf for a cell the rising water never reaches and an index outside the grid.
func (f *Flood) RiseToFlood(i int) float32 {
	if i < 0 || i >= len(f.hand) {
		return float32(math.Inf(1))
	}
	return f.hand[i]
}

// Clone returns a copy of the flood whose water can change independently; the
// precomputed levels, which never change, are shared.
func (f *Flood) Clone() *Flood {
	c := *f
	c.depth = slices.Clone(f.depth)
	c.tileWet = slices.Clone(f.tileWet)
	c.rise = slices.Clone(f.rise)
	c.stages = slices.Clone(f.stages)
	return &c
}
