package hazard

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"drillsim/maps"
)

// flatGrid returns a level terrain of cols×rows cells of the given size.
func flatGrid(cols, rows int, cell float64) *maps.Terrain {
	return &maps.Terrain{Cols: cols, Rows: rows, Cell: cell, Elev: make([]float32, cols*rows)}
}

// fuelledFire returns a fire over g with every cell holding fuel.
func fuelledFire(t testing.TB, g *maps.Terrain, fuel Fuel) *Fire {
	t.Helper()
	f, err := NewFire(g)
	if err != nil {
		t.Fatal(err)
	}
	for i := range g.Elev {
		if err := f.SetFuel(i, fuel); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// burnOut steps the fire until nothing burns (at most limit steps).
func burnOut(f *Fire, rng *rand.Rand, limit int) {
	for range limit {
		if f.Burning() == 0 {
			return
		}
		f.Step(rng)
	}
}

// reached returns the extent of the fire around cell (col, row): how many cells east,
// west, north and south of it the farthest burning or burnt cell lies.
func reached(f *Fire, g *maps.Terrain, col, row int) (east, west, north, south int) {
	for i := range g.Elev {
		if s := f.State(i); s != Burning && s != Burnt {
			continue
		}
		dc, dr := i%g.Cols-col, i/g.Cols-row
		east, west = max(east, dc), max(west, -dc)
		north, south = max(north, dr), max(south, -dr)
	}
	return
}

func TestFireProbabilityTables(t *testing.T) {
	// A plane rising 30 m per 30 m cell northwards: 45° uphill to the north.
	g := flatGrid(3, 3, 30)
	for i := range g.Elev {
		g.Elev[i] = float32(30 * (i / 3))
	}
	f, err := NewFire(g)
	if err != nil {
		t.Fatal(err)
	}
	centre := d8Directions * 4
	near := func(got float32, want float64) bool { return math.Abs(float64(got)-want) < 1e-6*want }
	north, south, east := 2, 6, 0
	if !near(f.slope[centre+north], math.Exp(0.078*45)) || !near(f.slope[centre+south], math.Exp(-0.078*45)) || f.slope[centre+east] != 1 {
		t.Errorf("slope factors N %v, S %v, E %v; want exp(±0.078·45°) and 1", f.slope[centre+north], f.slope[centre+south], f.slope[centre+east])
	}
	diagonal := math.Atan(30/(30*math.Sqrt2)) * 180 / math.Pi
	if !near(f.slope[centre+1], math.Exp(0.078*diagonal)) {
		t.Errorf("slope factor NE %v, want exp(0.078·%.2f°) over the diagonal length", f.slope[centre+1], diagonal)
	}
	if f.slope[east] != 1 || f.slope[d8Directions*0+5] != 0 {
		t.Error("directions leaving the grid must have factor 0, the others not")
	}
	for d, w := range f.wind {
		if !near(w, 0.58) {
			t.Errorf("calm wind: p_h p_w towards direction %d = %v, want 0.58", d, w)
		}
	}
	// 5 m/s from the west blows east.
	if err := f.SetWind(5, 270); err != nil {
		t.Fatal(err)
	}
	headOn := 0.58 * math.Exp(0.045*5)
	if !near(f.wind[east], headOn) || !near(f.wind[4], headOn*math.Exp(5*0.131*-2)) ||
		!near(f.wind[north], headOn*math.Exp(5*0.131*-1)) || !near(f.wind[1], headOn*math.Exp(5*0.131*(math.Sqrt2/2-1))) {
		t.Errorf("wind factors %v do not follow p_h exp(c1 V) exp(V c2 (cos θ − 1))", f.wind)
	}
	if speed, from := f.Wind(); speed != 5 || from != 270 {
		t.Errorf("Wind() = %v, %v", speed, from)
	}
}

func TestFireWithoutWindSpreadsSymmetrically(t *testing.T) {
	g := flatGrid(41, 41, 30)
	var east, west, north, south int
	for seed := range uint64(4) {
		f := fuelledFire(t, g, Forest)
		if err := f.Ignite(g.Index(20, 20)); err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(seed, 1))
		for range 12 {
			f.Step(rng)
		}
		e, w, n, s := reached(f, g, 20, 20)
		east, west, north, south = east+e, west+w, north+n, south+s
	}
	lo, hi := min(east, west, north, south), max(east, west, north, south)
	if lo < 30 || hi-lo > 4 {
		t.Errorf("over 4 fires of 12 steps the extents sum to E %d W %d N %d S %d; want them equal within 4 cells and ≥ 30", east, west, north, south)
	}
}

func TestFireRunsDownwind(t *testing.T) {
	for _, c := range []struct {
		name string
		from float64
		// downwind and upwind pick an extent from reached(): east, west, north, south.
		downwind, upwind int
	}{
		{"west wind", 270, 0, 1},
		{"north wind", 0, 3, 2},
	} {
		g := flatGrid(61, 61, 30)
		f := fuelledFire(t, g, Grass)
		if err := f.SetWind(10, c.from); err != nil {
			t.Fatal(err)
		}
		if err := f.Ignite(g.Index(30, 30)); err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(42, 0))
		for range 20 {
			f.Step(rng)
		}
		e, w, n, s := reached(f, g, 30, 30)
		ext := [4]int{e, w, n, s}
		if ext[c.downwind] < 12 || ext[c.upwind] > ext[c.downwind]/3 {
			t.Errorf("%s at 10 m/s: after 20 steps the fire reached %d cells downwind and %d upwind; want ≥ 12 and at most a third of that", c.name, ext[c.downwind], ext[c.upwind])
		}
	}
}

func TestFireHeadSpeedIsRealistic(t *testing.T) {
	// Uniform flat forest, 30 m cells, a 5 m/s west wind: the head fire should run at
	// 0.3-1.5 km/h.
	g := flatGrid(120, 41, 30)
	f := fuelledFire(t, g, Forest)
	if err := f.SetWind(5, 270); err != nil {
		t.Fatal(err)
	}
	if err := f.Ignite(g.Index(5, 20)); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 9))
	const steps = 60
	for range steps {
		f.Step(rng)
	}
	east, _, _, _ := reached(f, g, 5, 20)
	kmh := float64(east) * g.Cell / float64(steps*f.StepSeconds()) * 3.6
	t.Logf("head fire ran %d cells in %d steps of %d s: %.2f km/h", east, steps, f.StepSeconds(), kmh)
	if kmh < 0.3 || kmh > 1.5 {
		t.Errorf("head fire speed %.2f km/h, want 0.3-1.5 km/h", kmh)
	}
}

func TestFireStopsAtAFirebreak(t *testing.T) {
	g := flatGrid(30, 20, 30)
	f := fuelledFire(t, g, Conifer)
	for row := range g.Rows {
		if err := f.SetFuel(g.Index(15, row), NoFuel); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetWind(8, 270); err != nil {
		t.Fatal(err)
	}
	if err := f.Ignite(g.Index(3, 10)); err != nil {
		t.Fatal(err)
	}
	burnOut(f, rand.New(rand.NewPCG(1, 2)), 500)
	for i := range g.Elev {
		if i%g.Cols > 15 && f.State(i) != Unburnt {
			t.Fatalf("cell (col %d, row %d) beyond the firebreak is %s", i%g.Cols, i/g.Cols, f.State(i))
		}
	}
	if f.BurntCells() < 100 {
		t.Errorf("only %d cells burnt before the firebreak; the test fire did not take", f.BurntCells())
	}
	if f.BurntArea() != float64(f.BurntCells())*900 {
		t.Errorf("burnt area %v m² for %d cells of 900 m²", f.BurntArea(), f.BurntCells())
	}
}

func TestFireStopsAtASuppressedLine(t *testing.T) {
	g := flatGrid(30, 20, 30)
	f := fuelledFire(t, g, Forest)
	if err := f.SetWind(8, 270); err != nil {
		t.Fatal(err)
	}
	if err := f.Ignite(g.Index(3, 10)); err != nil {
		t.Fatal(err)
	}
	for row := range g.Rows {
		if err := f.Suppress(g.Index(12, row), 1000); err != nil {
			t.Fatal(err)
		}
	}
	burnOut(f, rand.New(rand.NewPCG(3, 4)), 500)
	for i := range g.Elev {
		if i%g.Cols >= 12 && f.State(i) != Unburnt {
			t.Fatalf("cell (col %d, row %d) at or beyond the fire team's line is %s", i%g.Cols, i/g.Cols, f.State(i))
		}
	}
}

func TestFireSuppressingABurningCellPutsItOut(t *testing.T) {
	g := flatGrid(5, 5, 30)
	f := fuelledFire(t, g, Forest)
	centre := g.Index(2, 2)
	if err := f.Ignite(centre); err != nil {
		t.Fatal(err)
	}
	if err := f.Suppress(centre, 10); err != nil {
		t.Fatal(err)
	}
	f.Step(rand.New(rand.NewPCG(1, 1)))
	if f.State(centre) != Burnt || f.Burning() != 0 || f.BurntCells() != 1 {
		t.Errorf("after one step the worked cell is %s with %d cells burning; want it out and nothing else alight", f.State(centre), f.Burning())
	}
}

// burntSet runs a fire from the centre of a grid with a seed and returns its final
// states.
func burntSet(t *testing.T, seed uint64) []CellState {
	g := flatGrid(40, 40, 30)
	f := fuelledFire(t, g, Shrub)
	if err := f.SetWind(4, 225); err != nil {
		t.Fatal(err)
	}
	if err := f.Ignite(g.Index(20, 20)); err != nil {
		t.Fatal(err)
	}
	burnOut(f, rand.New(rand.NewPCG(seed, 7)), 1000)
	return slices.Clone(f.state)
}

func TestFireIsDeterministicPerSeed(t *testing.T) {
	a, b, c := burntSet(t, 1), burntSet(t, 1), burntSet(t, 2)
	if !slices.Equal(a, b) {
		t.Error("the same seed burnt different cells")
	}
	if slices.Equal(a, c) {
		t.Error("different seeds burnt exactly the same cells")
	}
}

func TestFireMatchesFullGridScan(t *testing.T) {
	// Terrain with slopes, mixed fuel, a firebreak and a fire team: the front-based step
	// must reach the same states as a plain scan of the whole grid.
	g := flatGrid(37, 29, 30)
	for i := range g.Elev {
		col, row := float64(i%g.Cols), float64(i/g.Cols)
		g.Elev[i] = float32(40*math.Sin(col/6) + 25*math.Cos(row/5))
	}
	f, err := NewFire(g)
	if err != nil {
		t.Fatal(err)
	}
	for i := range g.Elev {
		fuel := Fuel(1 + (i/7)%int(fuelCount-1))
		if i%g.Cols == 25 {
			fuel = NoFuel
		}
		if err := f.SetFuel(i, fuel); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetWind(6, 200); err != nil {
		t.Fatal(err)
	}
	for _, c := range []int{g.Index(3, 3), g.Index(20, 14), g.Index(30, 25)} {
		if err := f.Ignite(c); err != nil {
			t.Fatal(err)
		}
	}
	for row := 10; row < 20; row++ {
		if err := f.Suppress(g.Index(10, row), 15); err != nil {
			t.Fatal(err)
		}
	}
	naive := newNaiveFire(f, g.Cols, g.Rows)
	fast, slow := rand.New(rand.NewPCG(5, 6)), rand.New(rand.NewPCG(5, 6))
	for step := range 40 {
		f.Step(fast)
		naive.step(slow)
		if !slices.Equal(f.state, naive.state) {
			t.Fatalf("step %d: states differ from the full-grid scan", step)
		}
	}
	if f.BurntCells() == 0 {
		t.Error("nothing burnt: the comparison tested nothing")
	}
}

func TestFireStepAllocatesNothing(t *testing.T) {
	g := flatGrid(60, 60, 30)
	f := fuelledFire(t, g, Forest)
	if err := f.Ignite(g.Index(30, 30)); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 1))
	if n := testing.AllocsPerRun(20, func() { f.Step(rng) }); n != 0 {
		t.Errorf("Step allocates %v times per step, want 0", n)
	}
	if f.Burning() < 100 {
		t.Errorf("only %d cells burning: the front did not grow, the measure tested nothing", f.Burning())
	}
}

func TestFireRejectsBadInput(t *testing.T) {
	if _, err := NewFire(nil); err == nil {
		t.Error("fire without terrain accepted")
	}
	g := flatGrid(3, 3, 30)
	f, err := NewFire(g)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Ignite(4); err == nil || !strings.Contains(err.Error(), "(col 1, row 1) has no fuel") {
		t.Errorf("igniting a cell without fuel: error %v", err)
	}
	if err := f.Ignite(9); err == nil || !strings.Contains(err.Error(), "cell 9 is outside") {
		t.Errorf("igniting outside the grid: error %v", err)
	}
	if err := f.SetFuel(-1, Forest); err == nil {
		t.Error("SetFuel outside the grid accepted")
	}
	if err := f.SetFuel(0, Fuel(50)); err == nil {
		t.Error("unknown fuel accepted")
	}
	if err := f.SetFuel(4, Grass); err != nil {
		t.Fatal(err)
	}
	if err := f.Ignite(4); err != nil {
		t.Fatal(err)
	}
	if err := f.SetFuel(4, NoFuel); err == nil || !strings.Contains(err.Error(), "is burning") {
		t.Errorf("changing a burning cell's fuel: error %v", err)
	}
	if err := f.SetWind(-1, 0); err == nil {
		t.Error("negative wind speed accepted")
	}
	if err := f.SetWind(3, math.NaN()); err == nil {
		t.Error("NaN wind direction accepted")
	}
	if err := f.Suppress(99, 5); err == nil {
		t.Error("suppressing outside the grid accepted")
	}
	f.Step(rand.New(rand.NewPCG(1, 1)))
	if err := f.Ignite(4); err == nil || !strings.Contains(err.Error(), "already burnt") {
		t.Errorf("re-igniting burnt grass: error %v", err)
	}
	if f.State(-3) != Unburnable || Burnt.String() != "burnt" {
		t.Error("State outside the grid must be unburnable; states must name themselves")
	}
}

func TestFireStepSecondsScaleWithCellSize(t *testing.T) {
	for _, c := range []struct {
		cell float64
		want int64
	}{{30, 120}, {10, 40}, {90, 360}} {
		f, err := NewFire(flatGrid(2, 2, c.cell))
		if err != nil {
			t.Fatal(err)
		}
		if got := f.StepSeconds(); got != c.want {
			t.Errorf("%v m cells: step of %d s, want %d", c.cell, got, c.want)
		}
	}
}
