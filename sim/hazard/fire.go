package hazard

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"drillsim/maps"
)

// Constants of the spread probability of Alexandridis, Vakalis, Siettos & Bafas (2008),
// "A cellular automata model for forest fire spread prediction: the case of the
// wildfire that swept through Spetses Island in 1990", Applied Mathematics and
// Computation 204: p = p_h (1 + p_veg)(1 + p_den) p_w p_s.
const (
	// FireBaseProbability is p_h, the chance a burning cell ignites a neighbour of the
	// reference fuel on flat ground without wind.
	FireBaseProbability = 0.58
	// FireWindC1 and FireWindC2 (per m/s) shape the wind factor
	// p_w = exp(c1 V) exp(V c2 (cos θ − 1)).
	FireWindC1 = 0.045
	FireWindC2 = 0.131
	// FireSlopeA (per degree) is a in the slope factor p_s = exp(a θs).
	FireSlopeA = 0.078
)

// FireStepSecondsAt30m is the simulated time one automaton step stands for on a 30 m
// grid: 120 s. The automaton's front advances at most one cell a step; with a head wind
// a forest front does so nearly every step, 30 m per 2 min = 0.9 km/h, inside the
// 0.3-1.5 km/h observed for head fires of mountain forest fires in wind. Other cell
// sizes scale the step so the speed stays the same (Fire.StepSeconds). That one cell a
// step is the model's ceiling: in forest even a calm fire runs close to it (p_h alone
// is 0.58 an attempt, over three steps of burning), so wind and slope shape the fire —
// how far it runs downwind and uphill against its flanks and back — more than they speed
// its head.
const FireStepSecondsAt30m = 120

// FireSuppressedBurnSteps is how many more steps a burning cell burns once a fire team
// works on it.
const FireSuppressedBurnSteps = 1

// CellState is a cell's state in the fire automaton (the paper's states 1-4).
type CellState uint8

const (
	// Unburnable cells have no fuel: roads, water, rock, a firebreak.
	Unburnable CellState = iota
	// Unburnt cells hold fuel that can catch fire.
	Unburnt
	// Burning cells spread fire to their neighbours.
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

// Fire is a forest fire cellular automaton after Alexandridis et al. 2008: every step,
// each burning cell ignites each unburnt neighbour (8-connected) with probability
// p = p_h (1 + p_veg)(1 + p_den) p_w p_s, the neighbour's fuel giving p_veg and p_den,
// the wind p_w and the slope between the two cells p_s; a burning cell burns for its
// fuel's number of steps, then is burnt. Where wind and slope push p above 1 the
// ignition is certain.
//
// A step works only on the active front, the burning cells, in ascending cell index,
// drawing one random number per unburnt neighbour in the fixed neighbour order (E, NE,
// N, NW, W, SW, S, SE): the same seed and the same overrides give the same fire. The
// slope factors of every (cell, direction) are computed once by NewFire and the wind
// factors of the eight directions by SetWind, so a step is table lookups and draws; its
// front buffers are sized for the whole grid up front, so a step never allocates.
type Fire struct {
	cols        int
	cellArea    float64
	stepSeconds int64

	// slope[8c+d] is p_s from cell c towards direction d, 0 where d leaves the grid.
	slope []float32
	// wind[d] is p_h p_w towards direction d.
	wind                [d8Directions]float32
	windSpeed, windFrom float64
	offset              [d8Directions]int32
	fuelFactor          [fuelCount]float32

	fuel       []Fuel
	state      []CellState
	burnLeft   []uint8
	suppressed []int64 // the step until which a fire team works the cell

	// front holds the burning cells in ascending order. A step splits the next front
	// into the cells still burning (carried) and the cells it ignited in the row below,
	// the same row and the row above their igniter: each of those three lists comes out
	// almost sorted (see insertionSort), so ordering them is linear.
	front, carried []int32
	ignited        [3][]int32
	steps          int64
	burnt          int
}

// NewFire returns a fire automaton over g with no fuel anywhere and no wind: set the
// fuel of cells with SetFuel, then Ignite. It returns an error naming the problem when g
// is unusable.
func NewFire(g *maps.Terrain) (*Fire, error) {
	if err := checkTerrain(g); err != nil {
		return nil, err
	}
	n := len(g.Elev)
	f := &Fire{
		cols:        g.Cols,
		cellArea:    g.Cell * g.Cell,
		stepSeconds: max(1, int64(math.Round(FireStepSecondsAt30m*g.Cell/30))),
		slope:       make([]float32, d8Directions*n),
		fuel:        make([]Fuel, n),
		state:       make([]CellState, n),
		burnLeft:    make([]uint8, n),
		suppressed:  make([]int64, n),
		// A front never outgrows the grid: sized once, a step never allocates.
		front:   make([]int32, 0, n),
		carried: make([]int32, 0, n),
		ignited: [3][]int32{make([]int32, 0, n), make([]int32, 0, n), make([]int32, 0, n)},
	}
	for d := range d8Directions {
		f.offset[d] = int32(d8Row[d]*g.Cols + d8Col[d])
	}
	for fuel := range fuelCount {
		f.fuelFactor[fuel] = float32(fuel.spreadFactor())
	}
	for c := range n {
		col, row := c%g.Cols, c/g.Cols
		for d := range d8Directions {
			nb, ok := d8Neighbour(g.Cols, g.Rows, col, row, d)
			if !ok {
				continue
			}
			rise := float64(g.Elev[nb] - g.Elev[c])
			degrees := math.Atan(rise/(g.Cell*d8Length[d])) * 180 / math.Pi
			f.slope[d8Directions*c+d] = float32(math.Exp(FireSlopeA * degrees))
		}
	}
	if err := f.SetWind(0, 0); err != nil {
		return nil, err
	}
	return f, nil
}

// SetWind sets the wind: speed in m/s and the compass direction it blows FROM in degrees
// clockwise from north, as weather reports give it (a north wind, 0°, drives the fire
// south). It returns an error, keeping the previous wind, when the speed is negative or
// either number is not finite.
func (f *Fire) SetWind(speed, fromDegrees float64) error {
	if !(speed >= 0) || math.IsInf(speed, 1) || math.IsNaN(fromDegrees) || math.IsInf(fromDegrees, 0) {
		return fmt.Errorf("hazard: wind %v m/s from %v° is not a speed ≥ 0 and a compass direction", speed, fromDegrees)
	}
	f.windSpeed, f.windFrom = speed, math.Mod(math.Mod(fromDegrees, 360)+360, 360)
	toward := f.windFrom + 180
	for d := range d8Directions {
		theta := (d8Bearing(d) - toward) * math.Pi / 180
		pw := math.Exp(FireWindC1*speed) * math.Exp(speed*FireWindC2*(math.Cos(theta)-1))
		f.wind[d] = float32(FireBaseProbability * pw)
	}
	return nil
}

// Wind returns the wind speed in m/s and the direction it blows from in degrees.
func (f *Fire) Wind() (speed, fromDegrees float64) { return f.windSpeed, f.windFrom }

// SetFuel sets the fuel of cell i: NoFuel makes it unburnable, any other fuel unburnt
// (a burnt cell included: the designer's map wins). It returns an error for an index
// outside the grid, an unknown fuel, or a cell that is burning now.
func (f *Fire) SetFuel(i int, fuel Fuel) error {
	if err := f.checkCell(i); err != nil {
		return err
	}
	if fuel >= fuelCount {
		return fmt.Errorf("hazard: fuel %d is not a known fuel", fuel)
	}
	if f.state[i] == Burning {
		return fmt.Errorf("hazard: cell (col %d, row %d) is burning; its fuel cannot change until it is out", i%f.cols, i/f.cols)
	}
	if f.state[i] == Burnt {
		f.burnt--
	}
	f.fuel[i] = fuel
	f.state[i] = Unburnt
	if fuel == NoFuel {
		f.state[i] = Unburnable
	}
	return nil
}

// Ignite sets cell i burning now, for its fuel's full burn time, even where a fire team
// works: a scripted ignition wins. Igniting a burning cell does nothing. It returns an
// error for an index outside the grid or a cell with no fuel or already burnt.
func (f *Fire) Ignite(i int) error {
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
	f.state[i] = Burning
	f.burnLeft[i] = fuels[f.fuel[i]].burnSteps
	at, _ := slices.BinarySearch(f.front, int32(i))
	f.front = slices.Insert(f.front, at, int32(i))
	return nil
}

// Suppress marks cell i as worked by a fire team until step until (compared with
// Steps): before then the cell neither catches fire from its neighbours nor spreads it,
// and if it is burning it goes out after FireSuppressedBurnSteps more steps. A later
// call replaces an earlier one's until. It returns an error for an index outside the
// grid.
func (f *Fire) Suppress(i int, until int64) error {
	if err := f.checkCell(i); err != nil {
		return err
	}
	f.suppressed[i] = until
	if f.state[i] == Burning && until > f.steps {
		f.burnLeft[i] = min(f.burnLeft[i], FireSuppressedBurnSteps)
	}
	return nil
}

// Step advances the fire by one step (StepSeconds of simulated time), drawing from rng,
// which must not be nil.
func (f *Fire) Step(rng *rand.Rand) {
	// Locals, so the loop keeps them in registers across its stores to the grid.
	state, burnLeft, fuel, suppressed, slopes := f.state, f.burnLeft, f.fuel, f.suppressed, f.slope
	offset, wind, factor, steps := f.offset, f.wind, f.fuelFactor, f.steps
	var burnSteps [fuelCount]uint8
	for k := range fuelCount {
		burnSteps[k] = fuels[k].burnSteps
	}
	carried := f.carried[:0]
	ignited := [3][]int32{f.ignited[0][:0], f.ignited[1][:0], f.ignited[2][:0]}
	burntOut := 0
	for _, c := range f.front {
		slope := slopes[d8Directions*int(c):][:d8Directions]
		if suppressed[c] > steps {
			slope = nil // a fire team holds this cell: it burns down without spreading
		}
		for d, ps := range slope {
			if ps == 0 {
				continue // off the grid
			}
			nb := c + offset[d]
			if state[nb] != Unburnt || suppressed[nb] > steps {
				continue
			}
			nf := fuel[nb] % fuelCount // always < fuelCount; the modulo drops bounds checks
			if rng.Float32() < wind[d]*ps*factor[nf] {
				state[nb] = Burning
				burnLeft[nb] = burnSteps[nf]
				row := d8Row[d] + 1 // 0 below, 1 same row, 2 above
				ignited[row] = append(ignited[row], nb)
			}
		}
		if burnLeft[c]--; burnLeft[c] == 0 {
			state[c] = Burnt
			burntOut++
		} else {
			carried = append(carried, c)
		}
	}
	for _, list := range ignited {
		insertionSort(list)
	}
	// Two-way merges, one comparison an element, each into a buffer whose contents the
	// previous merge has consumed: the rows below and level into the front's buffer, the
	// row above into the row-below buffer, and the carried cells last into the front.
	pair := mergeAscending(f.front[:0], ignited[0], ignited[1])
	allIgnited := mergeAscending(ignited[0][:0], pair, ignited[2])
	f.front = mergeAscending(pair[:0], carried, allIgnited)
	f.carried = carried
	f.ignited = [3][]int32{allIgnited, ignited[1], ignited[2]}
	f.burnt += burntOut
	f.steps++
}

// mergeAscending appends to dst the merge of the ascending lists a and b, which have no
// element in common. dst must not share storage with a or b.
func mergeAscending(dst, a, b []int32) []int32 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] < b[j] {
			dst = append(dst, a[i])
			i++
		} else {
			dst = append(dst, b[j])
			j++
		}
	}
	dst = append(dst, a[i:]...)
	return append(dst, b[j:]...)
}

// insertionSort sorts s in place in O(len(s)·k) time when no element lies more than k
// places from its sorted position. The ignitions of one neighbour row come out of a step
// with k ≤ 2: the front is walked in ascending order, so the cells burning cell c ignites
// in the row below (c−cols−1 … c−cols+1) can only be out of order with those of c+1.
func insertionSort(s []int32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
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

// BurningCells returns the burning cells in ascending index order. The slice is the
// fire's own: read it, do not change it; the next Step or Ignite replaces it.
func (f *Fire) BurningCells() []int32 { return f.front }

// Burning returns how many cells are burning.
func (f *Fire) Burning() int { return len(f.front) }

// BurntCells returns how many cells have burnt out or were put out.
func (f *Fire) BurntCells() int { return f.burnt }

// BurntArea returns the area of the burnt cells in square metres.
func (f *Fire) BurntArea() float64 { return float64(f.burnt) * f.cellArea }

// Steps returns how many steps the fire has taken.
func (f *Fire) Steps() int64 { return f.steps }

// StepSeconds returns the simulated seconds one step stands for on this grid:
// FireStepSecondsAt30m scaled by the cell size, so the front speed does not depend on
// the resolution.
func (f *Fire) StepSeconds() int64 { return f.stepSeconds }

// Clone returns a copy of the fire that burns on independently; the slope factors,
// which never change, are shared.
func (f *Fire) Clone() *Fire {
	c := *f
	c.fuel = slices.Clone(f.fuel)
	c.state = slices.Clone(f.state)
	c.burnLeft = slices.Clone(f.burnLeft)
	c.suppressed = slices.Clone(f.suppressed)
	c.front = slices.Clone(f.front)
	c.carried = slices.Clone(f.carried)
	for i := range c.ignited {
		c.ignited[i] = slices.Clone(f.ignited[i])
	}
	return &c
}
