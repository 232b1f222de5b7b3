package hazard

import (
	"fmt"
	"math"
	"slices"

	"drillsim/maps"
)

// CellState is a cell's state in the fire.
type CellState uint8

const (
	// Unburnable cells have no fuel: roads, water, rock, a firebreak.
	Unburnable CellState = iota
	// Unburnt cells hold fuel the fire has not reached.
	Unburnt
	// Burning cells are on fire: flames in the cell, or the front still running out of
	// it into unburnt neighbours.
	Burning
	// Burnt cells have burnt out, or were put out, and cannot burn again.
	Burnt
)

var cellStateNames = [...]string{"unburnable", "unburnt", "burning", "burnt"}

// String returns the state's name, as in "burning".
func (s CellState) String() string {
	if int(s) < len(cellStateNames) {
		return cellStateNames[s]
	}
	return "unknown state"
}

// FireMopUpSeconds is how long a burning cell a crew has put out keeps smouldering
// before it counts as burnt: it spreads no more from the moment the crew takes it.
const FireMopUpSeconds = 120

// fireMinFlameSeconds is the shortest time a cell burns: the flaming of its fine fuels
// when the front crosses it in a few seconds.
const fireMinFlameSeconds = 60

// maxFuels is how many different fuels one fire grid holds (cell fuels are bytes; 0
// is no fuel).
const maxFuels = 255

// Fire is a forest fire on a terrain grid whose front runs by the Canadian Forest Fire
// Behavior Prediction System: each cell's fuel, the weather and the cell's slope give
// the elliptical fire the FBP System predicts (head, flank and back rates, the head's
// bearing with the slope folded into an effective wind; see fbpPredict), and the front
// reaches each cell at the earliest time any path of such ellipses brings it there.
//
// Arrival times are propagated as by Dijkstra's algorithm over the cells, with true
// distances: from a cell the front runs to each of its eight neighbours, and also in a
// straight line from the cell's anchor — the cell its front came from in a straight run
// of up to fireRayCells cells — so the front advances in any direction, not in the
// grid's eight, and a head fire crosses many cells in one step. A straight run is timed
// across every cell it passes (rayTime), so firebreaks, fuel changes and held lines
// stop or slow it where they lie. This is the minimum travel time idea of Finney (2002,
// "Fire growth using minimum travel time methods", Can. J. For. Res. 32) on the cells,
// with Huygens' principle giving the ellipse in any direction (Richards 1990).
//
// A cell burns from its arrival while its flames last (the time the front takes to
// cross it, at least fireMinFlameSeconds) and for as long as the front is still
// running out of it into neighbours it has not yet reached; then it is burnt. The fire
// holds its own clock in seconds: Advance moves it on. When the weather or the spread
// factor changes, the fronts under way keep the share of their run already made and
// finish the rest at the new rates.
//
// Fire crews (Suppress) put out burning cells whose Byram intensity is within their
// means and hold unburnt ones against a front arriving within them; a held line stops
// the straight runs that would cross it. The same fuels, weather, ignitions, overrides
// and crews give the same fire: the fire draws no random numbers, visits cells in index
// order among equal times, and a step allocates nothing once its buffers have grown.
type Fire struct {
	cols, rows int
	cell       float64 // metres
	elev       []float32

	fuels []Fuel  // the palette; fuels[0] is unused (no fuel)
	fuel  []uint8 // per cell, an index into fuels, 0 for none
	state []CellState

	// arrival is the second the front reaches a cell (final once it burns, tentative
	// while it waits in queue, +Inf unreached). pred is the direction (d8) from the cell
	// to the neighbour whose run set it, -1 for an ignition. anchor and anchorAt are where and
	// when the straight run that reached it started.
	arrival  []float32
	pred     []int8
	anchor   []int32
	anchorAt []float32
	// pending counts the unburnt neighbours whose queued arrival runs from a cell: a
	// cell burns while any remain.
	pending   []uint8
	flameEnd  []float32
	intensity []float32 // kW/m, of the front that set the cell burning
	holdUntil []float32 // a crew holds the cell until this second
	holdLimit []float32 // the highest intensity it holds against, kW/m
	blocked   []bool    // the front reached the cell on a held line and waits there

	ellipses  []cellEllipse
	epoch     uint32
	epochAt   float32 // when the current rates began
	weather   FireWeather
	factor    float64
	paletteAt []paletteRates // per fuel, what the current weather makes of it

	now               float32
	queue             cellHeap // tentative arrivals, stale entries skipped
	flames            cellHeap // flame ends
	burning           []int32  // in the order they caught
	waiting           []int32  // blocked cells to try again when holds end
	nextRetry         float32
	ignited, burntOut []int32 // cells that changed since TakeChanges
	prune             bool    // burning holds cells that burnt out
	burnt             int
	retime            []cellLevel
	cellArea          float64
}

// cellEllipse is a cell's fire ellipse at the current rates: head, back and flank rates
// in m/min and the head's bearing as its cosine and sine. epoch says for which rates.
type cellEllipse struct {
	ros, bros, fros float32
	cosRAZ, sinRAZ  float32
	epoch           uint32
}

// paletteRates is what the current weather makes of one fuel, slope aside: its surface
// fuel consumption and the foliar moisture its crowning takes.
type paletteRates struct {
	sfc, fmc float64
}

// NewFire returns a fire over g with no fuel anywhere, in DefaultFireWeather: set the
// fuel of cells with SetFuel, the weather with SetWeather, then Ignite. It returns an
// error naming the problem when g is unusable.
func NewFire(g *maps.Terrain) (*Fire, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	n := len(g.Elev)
	f := &Fire{
		cols: g.Cols, rows: g.Rows, cell: g.Cell, elev: g.Elev,
		fuels:     make([]Fuel, 1, 8),
		fuel:      make([]uint8, n),
		state:     make([]CellState, n),
		arrival:   make([]float32, n),
		pred:      make([]int8, n),
		anchor:    make([]int32, n),
		anchorAt:  make([]float32, n),
		pending:   make([]uint8, n),
		flameEnd:  make([]float32, n),
		intensity: make([]float32, n),
		holdUntil: make([]float32, n),
		holdLimit: make([]float32, n),
		blocked:   make([]bool, n),
		ellipses:  make([]cellEllipse, n),
		epoch:     1,
		weather:   DefaultFireWeather(),
		factor:    1,
		paletteAt: make([]paletteRates, 1, 8),
		nextRetry: float32(math.Inf(1)),
		cellArea:  g.Cell * g.Cell,
	}
	inf := float32(math.Inf(1))
	for i := range f.arrival {
		f.arrival[i] = inf
	}
	// A front is at most a few cells deep around a perimeter shorter than the grid's:
	// sized so, a step of a fire that stays inside the grid never grows them.
	front := 8 * (g.Cols + g.Rows)
	f.queue.items = make([]cellLevel, 0, 4*front)
	f.flames.items = make([]cellLevel, 0, front)
	f.burning = make([]int32, 0, front)
	f.ignited = make([]int32, 0, front)
	f.burntOut = make([]int32, 0, front)
	return f, nil
}

// SetFuel sets the fuel of cell i: a fuel that does not burn (NF, WA) makes it
// unburnable, any other unburnt (a burnt cell included: the designer's map wins). It
// returns an error for an index outside the grid, a fuel with inputs out of range, more
// than 255 different fuels on one grid, or a cell the fire has reached.
func (f *Fire) SetFuel(i int, fuel Fuel) error {
	if err := f.checkCell(i); err != nil {
		return err
	}
	if err := fuel.check(); err != nil {
		return err
	}
	if s := f.state[i]; s == Burning || !math.IsInf(float64(f.arrival[i]), 1) && s == Unburnt {
		return fmt.Errorf("hazard: cell (col %d, row %d) is on fire or about to be; its fuel cannot change now", i%f.cols, i/f.cols)
	}
	if f.state[i] == Burnt {
		f.burnt--
	}
	f.fuel[i], f.state[i] = 0, Unburnable
	f.ellipses[i].epoch = 0
	if !fuel.Burns() {
		return nil
	}
	k := slices.Index(f.fuels[1:], fuel) + 1
	if k == 0 {
		if len(f.fuels) > maxFuels {
			return fmt.Errorf("hazard: more than %d different fuels on one grid", maxFuels)
		}
		f.fuels = append(f.fuels, fuel)
		f.paletteAt = append(f.paletteAt, f.paletteRatesOf(fuel))
		k = len(f.fuels) - 1
	}
	f.fuel[i], f.state[i] = uint8(k), Unburnt
	return nil
}

// Fuel returns the fuel of cell i (NonFuel outside the grid).
func (f *Fire) Fuel(i int) Fuel {
	if i < 0 || i >= len(f.fuel) || f.fuel[i] == 0 {
		return NewFuel(NonFuel)
	}
	return f.fuels[f.fuel[i]]
}

// Weather returns the weather the fire burns in.
func (f *Fire) Weather() FireWeather { return f.weather }

// SetWeather changes the weather at second at (not before the fire's clock; the fire
// first advances to it). Fronts under way keep the share of their run already made and
// finish the rest at the new rates. It returns an error, keeping the weather, when a
// value is out of range or at lies in the fire's past.
func (f *Fire) SetWeather(at int64, w FireWeather) error {
	if err := w.check(); err != nil {
		return err
	}
	if w == f.weather {
		return nil
	}
	return f.changeRates(at, func() {
		f.weather = w
		for k := 1; k < len(f.fuels); k++ {
			f.paletteAt[k] = f.paletteRatesOf(f.fuels[k])
		}
	})
}

// SpreadFactor returns the factor the designer's override scales every rate by (1 by
// default).
func (f *Fire) SpreadFactor() float64 { return f.factor }

// SetSpreadFactor scales every rate of spread by k ≥ 0 from second at on (0 stops the
// front; the cells burning burn out), the designer's override of the model. It returns
// an error for a negative or non-finite factor or a moment in the fire's past.
func (f *Fire) SetSpreadFactor(at int64, k float64) error {
	if !(k >= 0) || math.IsInf(k, 1) {
		return fmt.Errorf("hazard: spread factor %v is not a number ≥ 0", k)
	}
	if k == f.factor {
		return nil
	}
	return f.changeRates(at, func() { f.factor = k })
}

// changeRates advances to second at, then applies change to the rates: every queued
// arrival keeps the share of its run already made and finishes the rest at the new
// rates, and every burning cell starts fresh runs at them.
func (f *Fire) changeRates(at int64, change func()) error {
	t := float32(at)
	if t < f.now {
		return fmt.Errorf("hazard: a change at second %d is in the fire's past (its clock is at %v)", at, f.now)
	}
	f.Advance(at)
	// The share still to run of each queued arrival, before the rates change.
	f.retime = f.retime[:0]
	for _, e := range f.queue.items {
		c := e.cell
		if f.state[c] != Unburnt || f.arrival[c] != e.level {
			continue
		}
		share := float32(1)
		if from := f.anchorAt[c]; e.level > from {
			share = (e.level - t) / (e.level - from)
		}
		f.retime = append(f.retime, cellLevel{share, c})
	}
	change()
	f.epoch++
	f.epochAt = t
	f.queue.items = f.queue.items[:0]
	for _, r := range f.retime {
		c := int(r.cell)
		a := int(f.anchor[c])
		minutes, ok := f.rayTime(a, c, t)
		if !ok {
			f.dropPending(c)
			f.arrival[c] = float32(math.Inf(1))
			continue
		}
		run := float32(minutes * 60)
		f.arrival[c] = t + r.level*run
		f.anchorAt[c] = t - (1-r.level)*run // where the run, at the new rates, began
		f.queue.Push(f.arrival[c], int32(c))
	}
	for _, c := range f.BurningCells() {
		if f.state[c] != Burning || f.holdUntil[c] > t {
			continue
		}
		f.anchor[c], f.anchorAt[c] = c, t
		f.relax(int(c), t)
	}
	return nil
}

// Ignite sets cell i burning at second at (the fire's clock if at is earlier), even
// where a crew holds it: a scripted ignition wins. Igniting a burning cell does
// nothing. It returns an error for an index outside the grid or a cell with no fuel or
// already burnt.
func (f *Fire) Ignite(i int, at int64) error {
	if err := f.checkCell(i); err != nil {
		return err
	}
	switch f.state[i] {
	case Burning:
		return nil
	case Unburnable:
		return fmt.Errorf("hazard: cell (col %d, row %d) has no fuel to ignite; set its fuel first", i%f.cols, i/f.cols)
	case Burnt:
		return fmt.Errorf("hazard: cell (col %d, row %d) has already burnt", i%f.cols, i/f.cols)
	}
	t := max(float32(at), f.now)
	f.Advance(int64(math.Ceil(float64(t))))
	if f.state[i] != Unburnt {
		return nil // the front got there first
	}
	f.dropPending(i)
	f.pred[i] = -1
	f.anchor[i], f.anchorAt[i] = int32(i), t
	e := f.ellipse(i)
	f.ignite(i, t, float64(e.ros))
	return nil
}

// Suppress has a crew of limit kW/m work cell i until second until: a burning cell whose
// intensity is within limit is put out (it spreads no more and is burnt after
// FireMopUpSeconds); an unburnt cell is held, so that a front arriving within limit
// stops there and straight runs cannot cross it, until the hold ends. A later call
// replaces an earlier hold. It reports whether the crew could act on the cell, and
// returns an error for an index outside the grid.
func (f *Fire) Suppress(i int, until int64, limit float64) (bool, error) {
	if err := f.checkCell(i); err != nil {
		return false, err
	}
	switch f.state[i] {
	case Burning:
		if float64(f.intensity[i]) > limit {
			return false, nil
		}
		f.quench(i)
	case Unburnt:
	default:
		return false, nil
	}
	f.holdUntil[i], f.holdLimit[i] = float32(until), float32(limit)
	if f.blocked[i] {
		f.nextRetry = min(f.nextRetry, float32(until))
	}
	return true, nil
}

// Contain puts out every burning cell and holds it for good: the fire spreads no
// further (the designer's or controller's order).
func (f *Fire) Contain() {
	for _, c := range f.BurningCells() {
		if f.state[c] != Burning {
			continue
		}
		f.quench(int(c))
		f.holdUntil[c], f.holdLimit[c] = float32(math.Inf(1)), float32(math.Inf(1))
	}
}

// quench puts out burning cell c now: its runs into unburnt neighbours are taken back
// (a neighbour another burning cell reaches keeps that arrival) and it is burnt after
// FireMopUpSeconds.
func (f *Fire) quench(c int) {
	f.flameEnd[c] = min(f.flameEnd[c], f.now+FireMopUpSeconds)
	f.holdUntil[c] = float32(math.Inf(1)) // no run may start or pass here while we look
	for d := range d8Directions {
		n, ok := d8Neighbour(f.cols, f.rows, c%f.cols, c/f.cols, d)
		if !ok || f.state[n] != Unburnt || math.IsInf(float64(f.arrival[n]), 1) || f.predOf(n) != c {
			continue
		}
		f.reach(n, f.now)
	}
	f.pending[c] = 0
	f.flames.Push(f.flameEnd[c], int32(c))
}

// reach gives unburnt cell n the earliest arrival any burning, unheld neighbour's run
// brings it no earlier than second t, or none.
func (f *Fire) reach(n int, t float32) {
	f.dropPending(n)
	f.arrival[n] = float32(math.Inf(1))
	for d := range d8Directions {
		c, ok := d8Neighbour(f.cols, f.rows, n%f.cols, n/f.cols, d)
		if !ok || f.state[c] != Burning || f.holdUntil[c] > t {
			continue
		}
		minutes, ok := f.rayTime(c, n, t)
		if !ok {
			continue
		}
		if at := max(f.arrival[c]+float32(minutes*60), t); at < f.arrival[n] {
			f.dropPending(n)
			f.arrival[n] = at
			f.pred[n] = int8(d)
			f.anchor[n], f.anchorAt[n] = int32(c), f.arrival[c]
			f.pending[c]++
		}
	}
	if !math.IsInf(float64(f.arrival[n]), 1) {
		f.queue.Push(f.arrival[n], int32(n))
	}
}

// predOf returns the cell whose run set n's arrival, -1 for none.
func (f *Fire) predOf(n int) int {
	d := f.pred[n]
	if d < 0 {
		return -1
	}
	c, ok := d8Neighbour(f.cols, f.rows, n%f.cols, n/f.cols, int(d))
	if !ok {
		return -1
	}
	return c
}

// dropPending takes n's queued arrival off the count of the cell it runs from.
func (f *Fire) dropPending(n int) {
	if math.IsInf(float64(f.arrival[n]), 1) || f.state[n] != Unburnt {
		return
	}
	if p := f.predOf(n); p >= 0 && f.pending[p] > 0 {
		f.pending[p]--
		if f.pending[p] == 0 && f.state[p] == Burning && f.flameEnd[p] <= f.now {
			f.burnOut(p)
		}
	}
	f.pred[n] = -1
}

// Advance moves the fire on to second to: the cells the front reaches by then catch
// fire in the order it reaches them, and those whose flames are over and that spread no
// more burn out (TakeChanges lists them). Advancing to the past does nothing.
func (f *Fire) Advance(to int64) {
	t := float32(to)
	if t < f.now {
		return
	}
	for f.queue.Len() > 0 && f.queue.items[0].level <= t {
		e := f.queue.Pop()
		n := int(e.cell)
		if f.state[n] != Unburnt || f.arrival[n] != e.level {
			continue // stale: the cell was reached sooner, or its run taken back
		}
		f.now = e.level
		f.arrive(n, e.level)
	}
	f.now = t
	for f.flames.Len() > 0 && f.flames.items[0].level <= t {
		e := f.flames.Pop()
		if c := int(e.cell); f.state[c] == Burning && f.flameEnd[c] == e.level && f.pending[c] == 0 {
			f.burnOut(c)
		}
	}
	if t >= f.nextRetry {
		f.retryHeld(t)
	}
	if f.prune {
		f.burning = slices.DeleteFunc(f.burning, func(c int32) bool { return f.state[c] != Burning })
		f.prune = false
	}
}

// arrive handles the front reaching unburnt cell n at second t: a crew holding n
// against a front this strong stops it there; otherwise n catches fire.
func (f *Fire) arrive(n int, t float32) {
	ue, un := f.runDirection(n)
	rate := 0.0
	if s := f.slownessFree(n, ue, un); s > 0 {
		rate = 1 / s
	}
	if f.holdUntil[n] > t && f.intensityOf(n, rate) <= float64(f.holdLimit[n]) {
		f.dropPending(n)
		f.arrival[n] = float32(math.Inf(1))
		if !f.blocked[n] {
			f.blocked[n] = true
			f.waiting = append(f.waiting, int32(n))
		}
		f.nextRetry = min(f.nextRetry, f.holdUntil[n])
		return
	}
	p := f.predOf(n)
	f.ignite(n, t, rate)
	if p >= 0 && f.pending[p] > 0 {
		f.pending[p]--
		if f.pending[p] == 0 && f.state[p] == Burning && f.flameEnd[p] <= t {
			f.burnOut(p)
		}
	}
}

// ignite sets unburnt cell n burning from second t, the front crossing it at rate m/min
// (a crew holding it is overrun).
func (f *Fire) ignite(n int, t float32, rate float64) {
	f.state[n], f.arrival[n], f.blocked[n] = Burning, t, false
	f.holdUntil[n] = 0
	f.intensity[n] = float32(f.intensityOf(n, rate))
	flame := float32(fireMinFlameSeconds)
	if rate > 0 {
		flame = max(flame, float32(f.cell/rate*60))
	}
	f.flameEnd[n] = t + flame
	f.flames.Push(f.flameEnd[n], int32(n))
	f.burning = append(f.burning, int32(n))
	f.ignited = append(f.ignited, int32(n))
	if f.anchorAt[n] < f.epochAt {
		f.anchor[n], f.anchorAt[n] = int32(n), t // rays of older rates do not carry on
	}
	f.relax(n, t)
}

// relax offers each unburnt neighbour of c, burning from second t, the earlier of a run
// from c and a straight run from c's anchor (when within fireRayCells), preferring the
// anchor's on a tie so straight runs stay straight.
func (f *Fire) relax(c int, t float32) {
	col, row := c%f.cols, c/f.cols
	a := int(f.anchor[c])
	aAt := f.anchorAt[c]
	for d := range d8Directions {
		n, ok := d8Neighbour(f.cols, f.rows, col, row, d)
		if !ok || f.state[n] != Unburnt {
			continue
		}
		best, from, fromAt := float32(math.Inf(1)), c, t
		if minutes, ok := f.rayTime(c, n, t); ok {
			best = t + float32(minutes*60)
		}
		if a != c {
			dc, dr := n%f.cols-a%f.cols, n/f.cols-a/f.cols
			if dc*dc+dr*dr <= fireRayCells*fireRayCells {
				if minutes, ok := f.rayTime(a, n, t); ok {
					if at := aAt + float32(minutes*60); at <= best*(1+1e-6) {
						best, from, fromAt = at, a, aAt
					}
				}
			}
		}
		best = max(best, t)
		if best < f.arrival[n] {
			f.dropPending(n)
			f.arrival[n] = best
			f.pred[n] = int8((d + 4) % d8Directions)
			f.anchor[n], f.anchorAt[n] = int32(from), fromAt
			f.pending[c]++
			f.queue.Push(best, int32(n))
		}
	}
}

// retryHeld looks again, at second t, at the cells a held line stopped: where the hold
// has ended, burning neighbours reach them again.
func (f *Fire) retryHeld(t float32) {
	f.nextRetry = float32(math.Inf(1))
	kept := f.waiting[:0]
	for _, n := range f.waiting {
		if f.state[n] != Unburnt {
			f.blocked[n] = false
			continue
		}
		if f.holdUntil[n] > t {
			kept = append(kept, n)
			f.nextRetry = min(f.nextRetry, f.holdUntil[n])
			continue
		}
		f.blocked[n] = false
		f.reach(int(n), t)
	}
	f.waiting = kept
}

// burnOut ends the burning of cell c.
func (f *Fire) burnOut(c int) {
	f.state[c] = Burnt
	f.burnt++
	f.burntOut = append(f.burntOut, int32(c))
	f.prune = true
}

// runDirection returns the compass unit vector (east, north) of the run that reaches
// cell n: from its anchor, or from the neighbour it came from when it is its own.
func (f *Fire) runDirection(n int) (ue, un float64) {
	from := int(f.anchor[n])
	if from == n {
		from = f.predOf(n)
	}
	if from < 0 {
		e := f.ellipse(n)
		return float64(e.sinRAZ), float64(e.cosRAZ)
	}
	dx, dy := float64(n%f.cols-from%f.cols), float64(n/f.cols-from/f.cols)
	l := math.Hypot(dx, dy)
	return dx / l, dy / l
}

// intensityOf returns the Byram intensity (kW/m) of a front crossing cell c at rate
// m/min, with the crown fraction burned that rate gives (the FBP System's intensity at
// any point of the perimeter).
func (f *Fire) intensityOf(c int, rate float64) float64 {
	k := f.fuel[c]
	if k == 0 || rate <= 0 {
		return 0
	}
	p := f.paletteAt[k]
	return intensityAt(f.fuels[k], rate, p.fmc, p.sfc)
}

// ellipse returns cell c's fire ellipse at the current rates, computing it when the
// rates have changed since it last was.
func (f *Fire) ellipse(c int) *cellEllipse {
	e := &f.ellipses[c]
	if e.epoch == f.epoch {
		return e
	}
	tan, saz := hornSlope(f.elev, f.cols, f.rows, f.cell, c)
	p := fbpPredict(f.fuels[f.fuel[c]], f.weather, 100*tan, saz)
	k := f.factor
	*e = cellEllipse{
		ros: float32(p.ROS * k), bros: float32(p.BROS * k), fros: float32(p.FROS * k),
		cosRAZ: float32(math.Cos(p.RAZ)), sinRAZ: float32(math.Sin(p.RAZ)),
		epoch: f.epoch,
	}
	return e
}

// paletteRatesOf returns what the current weather makes of fuel f, slope aside.
func (f *Fire) paletteRatesOf(fuel Fuel) paletteRates {
	fmc := f.weather.FMC
	if fbpTypes[fuel.Type].cfl == 0 {
		fmc = 0
	}
	return paletteRates{sfc: surfaceConsumption(fuel, f.weather.FFMC, f.weather.BUI), fmc: fmc}
}

// checkCell returns an error when i is not a cell of the grid.
func (f *Fire) checkCell(i int) error {
	if i < 0 || i >= len(f.state) {
		return fmt.Errorf("hazard: cell %d is outside the fire grid of %d cells", i, len(f.state))
	}
	return nil
}

// State returns the state of cell i; Unburnable outside the grid.
func (f *Fire) State(i int) CellState {
	if i < 0 || i >= len(f.state) {
		return Unburnable
	}
	return f.state[i]
}

// Arrival returns the second the front reached cell i, and false if it has not.
func (f *Fire) Arrival(i int) (float64, bool) {
	if i < 0 || i >= len(f.state) || (f.state[i] != Burning && f.state[i] != Burnt) {
		return 0, false
	}
	return float64(f.arrival[i]), true
}

// Intensity returns the Byram fireline intensity (kW/m) of the front that set cell i
// burning: the head's where the head ran through it, less on the flanks and back; 0
// where the fire has not been.
func (f *Fire) Intensity(i int) float64 {
	if i < 0 || i >= len(f.state) || (f.state[i] != Burning && f.state[i] != Burnt) {
		return 0
	}
	return float64(f.intensity[i])
}

// HeadRate returns the head fire rate of spread (m/min) the current weather gives cell
// i, with its slope; 0 where it cannot burn.
func (f *Fire) HeadRate(i int) float64 {
	if i < 0 || i >= len(f.fuel) || f.fuel[i] == 0 {
		return 0
	}
	return float64(f.ellipse(i).ros)
}

// BurningCells returns the burning cells in the order they caught fire. The slice is the
// fire's own: read it, do not change it; the next Advance, Ignite or Suppress may
// change it.
func (f *Fire) BurningCells() []int32 {
	if f.prune {
		f.burning = slices.DeleteFunc(f.burning, func(c int32) bool { return f.state[c] != Burning })
		f.prune = false
	}
	return f.burning
}

// TakeChanges returns the cells that caught fire and those that burnt out since the
// last call, in the order they did, and starts the lists afresh. The slices are the
// fire's own, valid until its next change.
func (f *Fire) TakeChanges() (ignited, burntOut []int32) {
	ignited, burntOut = f.ignited, f.burntOut
	f.ignited, f.burntOut = f.ignited[:0], f.burntOut[:0]
	return ignited, burntOut
}

// Burning returns how many cells are burning.
func (f *Fire) Burning() int { return len(f.BurningCells()) }

// BurntCells returns how many cells have burnt out or were put out.
func (f *Fire) BurntCells() int { return f.burnt }

// BurntArea returns the area of the burnt cells in square metres.
func (f *Fire) BurntArea() float64 { return float64(f.burnt) * f.cellArea }

// Now returns the second the fire's clock has reached.
func (f *Fire) Now() int64 { return int64(f.now) }

// Clone returns a copy of the fire that burns on independently.
func (f *Fire) Clone() *Fire {
	c := *f
	c.fuels = slices.Clone(f.fuels)
	c.fuel = slices.Clone(f.fuel)
	c.state = slices.Clone(f.state)
	c.arrival = slices.Clone(f.arrival)
	c.pred = slices.Clone(f.pred)
	c.anchor = slices.Clone(f.anchor)
	c.anchorAt = slices.Clone(f.anchorAt)
	c.pending = slices.Clone(f.pending)
	c.flameEnd = slices.Clone(f.flameEnd)
	c.intensity = slices.Clone(f.intensity)
	c.holdUntil = slices.Clone(f.holdUntil)
	c.holdLimit = slices.Clone(f.holdLimit)
	c.blocked = slices.Clone(f.blocked)
	c.ellipses = slices.Clone(f.ellipses)
	c.paletteAt = slices.Clone(f.paletteAt)
	c.queue.items = cloneKeepingRoom(f.queue.items)
	c.flames.items = cloneKeepingRoom(f.flames.items)
	c.burning = cloneKeepingRoom(f.burning)
	c.waiting = cloneKeepingRoom(f.waiting)
	c.ignited = cloneKeepingRoom(f.ignited)
	c.burntOut = cloneKeepingRoom(f.burntOut)
	c.retime = nil
	return &c
}

// cloneKeepingRoom copies s with its capacity, so the copy grows no sooner than s.
func cloneKeepingRoom[S ~[]E, E any](s S) S { return append(make(S, 0, cap(s)), s...) }
