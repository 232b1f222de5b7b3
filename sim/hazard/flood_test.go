package hazard

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"drillsim/maps"
)

// newStageFlood conditions g with channels and prepares the flood of river on it.
func newStageFlood(t testing.TB, g *maps.Terrain, channels, river []int, opt FloodOptions) *Flood {
	t.Helper()
	d, err := NewDrainage(g, channels)
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewFlood(g, d, river, opt)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// refreshAt sets one stage everywhere and refreshes, failing the test on a rejected stage.
func refreshAt(t *testing.T, f *Flood, rise float64) {
	t.Helper()
	if err := f.SetStage(rise); err != nil {
		t.Fatal(err)
	}
	f.Refresh()
}

// depthArt renders a flood's depths in the layout of terrainFromArt, "." for dry cells.
func depthArt(f *Flood, g *maps.Terrain) string {
	var b strings.Builder
	for row := g.Rows - 1; row >= 0; row-- {
		for col := range g.Cols {
			if col > 0 {
				b.WriteByte(' ')
			}
			d := f.Depth(g.Index(col, row))
			if d == 0 {
				b.WriteString(".")
			} else {
				b.WriteString(strconv.FormatFloat(float64(d), 'f', -1, 32))
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestFloodVValleyWithFallingBed(t *testing.T) {
	// A V-shaped valley whose river (the middle column) falls 1 m per row southwards;
	// the cells on the grid's edge are where water leaves the map.
	g, river := terrainFromArt(t, 10, `
		9 8 7 6 5~ 6 7 8 9
		8 7 6 5 4~ 5 6 7 8
		7 6 5 4 3~ 4 5 6 7
		6 5 4 3 2~ 3 4 5 6
		5 4 3 2 1~ 2 3 4 5
		4 3 2 1 0~ 1 2 3 4
	`)
	f := newStageFlood(t, g, river, river, FloodOptions{})
	refreshAt(t, f, 0)
	if f.FloodedCells() != 0 || f.MaxDepth() != 0 {
		t.Errorf("at zero rise %d cells flooded, max %v m; the river at its normal level floods nothing", f.FloodedCells(), f.MaxDepth())
	}
	refreshAt(t, f, 1.5)
	// Each bank is judged against the river abreast of it: 0.5 m on the first step up.
	want := `. . . . 1.5 . . . .
. . . 0.5 1.5 0.5 . . .
. . . 0.5 1.5 0.5 . . .
. . . 0.5 1.5 0.5 . . .
. . . 0.5 1.5 0.5 . . .
. . . . 1.5 . . . .
`
	if got := depthArt(f, g); got != want {
		t.Errorf("depths at +1.5 m:\n%s\nwant\n%s", got, want)
	}
}

func TestFloodBasinBehindRidgeStaysDryUntilTheRidgeIsTopped(t *testing.T) {
	// The basin (ground 1 m) lies below the stage long before the 4 m ridge is topped.
	g, river := terrainFromArt(t, 10, `
		9  9 9 9 9 9 9
		0~ 1 2 4 1 1 9
		9  9 9 9 9 9 9
	`)
	f := newStageFlood(t, g, river, river, FloodOptions{})
	basin := g.Index(4, 1)
	if got := f.RiseToFlood(basin); got != 4 {
		t.Errorf("basin floods above a rise of %v m, want 4 (the ridge)", got)
	}
	refreshAt(t, f, 3)
	if got, want := depthArt(f, g), ". . . . . . .\n3 2 1 . . . .\n. . . . . . .\n"; got != want {
		t.Errorf("depths at +3 m:\n%s\nwant\n%s", got, want)
	}
	refreshAt(t, f, 4)
	if f.Depth(basin) != 0 {
		t.Errorf("water level with the ridge top floods the basin %v m; it must top the ridge", f.Depth(basin))
	}
	refreshAt(t, f, 4.5)
	if got, want := depthArt(f, g), ". . . . . . .\n4.5 3.5 2.5 0.5 3.5 3.5 .\n. . . . . . .\n"; got != want {
		t.Errorf("depths at +4.5 m:\n%s\nwant\n%s", got, want)
	}
	refreshAt(t, f, 2)
	if f.FloodedCells() != 2 || f.Depth(basin) != 0 {
		t.Errorf("after the river falls to +2 m: %d cells flooded, basin %v m; want 2 cells and a dry basin (no ponding is modelled)", f.FloodedCells(), f.Depth(basin))
	}
}

func TestFloodOnlyTheNamedRiverRises(t *testing.T) {
	// Two rivers in valleys a 3 m ridge apart, the west one named. A pit by the east
	// river lies below the west river's water at +2 m, but drains to the east river.
	g, channels := terrainFromArt(t, 10, `
		9 9  9 9 9 9 9  9 9
		9 0~ 1 2 3 0 -1 0~ 9
		9 0~ 1 2 3 0 -1 0~ 9
		9 0~ 1 2 3 0 -1 0~ 9
		9 0~ 9 9 9 9 9  0~ 9
	`)
	var west []int
	for _, c := range channels {
		if c%g.Cols == 1 {
			west = append(west, c)
		}
	}
	f := newStageFlood(t, g, channels, west, FloodOptions{})
	refreshAt(t, f, 2.5)
	want := `. . . . . . . . .
. 2.5 1.5 0.5 . . . . .
. 2.5 1.5 0.5 . . . . .
. 2.5 1.5 0.5 . . . . .
. 2.5 . . . . . . .
`
	if got := depthArt(f, g); got != want {
		t.Errorf("depths at +2.5 m on the west river:\n%s\nwant\n%s", got, want)
	}
}

func TestFloodGaugesSpreadTheRiseAlongTheRiver(t *testing.T) {
	// A level river running south along column 1, gauged at rows 7 and 1: 2 m and 0 m.
	// Upstream of the first gauge it does not rise; between them the rise falls evenly.
	g, river := terrainFromArt(t, 10, `
		9 0~ 9
		9 0~ 9
		9 0~ 9
		9 0~ 9
		9 0~ 9
		9 0~ 9
		9 0~ 9
		9 0~ 9
		9 0~ 9
	`)
	f := newStageFlood(t, g, river, river, FloodOptions{Gauges: []int{g.Index(1, 1), g.Index(2, 7)}})
	if err := f.SetStages([]float64{0, 2}); err != nil {
		t.Fatal(err)
	}
	f.Refresh()
	for row, want := range []float32{0, 0, 1.0 / 3, 2.0 / 3, 1, 4.0 / 3, 5.0 / 3, 2, 0} {
		if got := f.Depth(g.Index(1, row)); math.Abs(float64(got-want)) > 1e-5 {
			t.Errorf("row %d: depth %v m, want %v", row, got, want)
		}
	}
	if f.Stage() != 2 {
		t.Errorf("stage %v, want the highest gauge's 2 m", f.Stage())
	}
	if err := f.SetStages([]float64{1}); err == nil {
		t.Error("one rise for two gauges accepted")
	}
}

func TestFloodTributariesBackUpWhenAsked(t *testing.T) {
	// A level river along row 1 (west to east, out at the east edge) and a stream
	// joining it from the north along column 3, rising 1 m a row.
	g, channels := terrainFromArt(t, 10, `
		9 9  9  9  9  9 9
		9 9  9  3~ 9  9 9
		9 9  9  2~ 9  9 9
		9 9  9  1~ 9  9 9
		9 0~ 0~ 0~ 0~ 0~ 0~
		9 9  9  9  9  9 9
	`)
	var river []int
	for _, c := range channels {
		if c/g.Cols == 1 {
			river = append(river, c)
		}
	}
	without := newStageFlood(t, g, channels, river, FloodOptions{})
	refreshAt(t, without, 2.5)
	if d := without.Depth(g.Index(3, 2)); d != 0 {
		t.Errorf("without tributaries the stream floods %v m", d)
	}
	with := newStageFlood(t, g, channels, river, FloodOptions{Tributaries: true})
	refreshAt(t, with, 2.5)
	for row, want := range map[int]float32{2: 1.5, 3: 0.5, 4: 0} {
		if got := with.Depth(g.Index(3, row)); got != want {
			t.Errorf("stream at row %d: depth %v m, want %v (the river's level, 2.5 m)", row, got, want)
		}
	}
}

// handReference is the stage flood computed the slow, plain way: each cell walks its
// flow path down to a channel cell.
func handReference(g *maps.Terrain, d *Drainage, river []bool, rise float32) []float32 {
	level := normalLevels(g, d)
	ref := bankLevels(g, d, level)
	depth := make([]float32, len(g.Elev))
	for c := range depth {
		k := c
		for !d.Channel[k] && d.To[k] >= 0 {
			k = int(d.To[k])
		}
		if !d.Channel[k] || !river[k] {
			continue
		}
		hand := float32(0)
		if k != c {
			hand = max(0, d.Filled[c]-ref[c])
		}
		if rise > hand {
			// ground below the river's normal level holds its normal water: only the
			// rise is flood
			depth[c] = min(rise, max(0, rise-(g.Elev[c]-ref[c])))
		}
	}
	return depth
}

func TestFloodMatchesFlowPathWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	g := &maps.Terrain{Cols: 71, Rows: 53, Cell: 10, Elev: make([]float32, 71*53)}
	var channels, river []int
	onRiver := make([]bool, len(g.Elev))
	for r := range g.Rows {
		for c := range g.Cols {
			i := g.Index(c, r)
			g.Elev[i] = float32(rng.IntN(100))/10 + float32(r)/10 // ridges and pits everywhere
			if c == 30 || c == 55 && r > 20 {
				channels = append(channels, i)
			}
			if c == 30 {
				river = append(river, i)
				onRiver[i] = true
			}
		}
	}
	d, err := NewDrainage(g, channels)
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewFlood(g, d, river, FloodOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, rise := range []float32{0, 0.25, 1, 2.5, 4, 6.75, 9, 12, 3, 0.5, 0, 5} {
		refreshAt(t, f, float64(rise))
		want := handReference(g, d, onRiver, rise)
		for i, got := range f.Depths() {
			if got != want[i] {
				t.Fatalf("rise %v: cell (col %d, row %d) depth %v, flow-path walk %v", rise, i%g.Cols, i/g.Cols, got, want[i])
			}
		}
	}
}

func TestFloodRejectsBadInput(t *testing.T) {
	g, river := terrainFromArt(t, 10, "1 0~ 1")
	d, err := NewDrainage(g, river)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewFlood(g, d, []int{1, 3}, FloodOptions{}); err == nil || !strings.Contains(err.Error(), "river cell 3 (position 1") {
		t.Errorf("out-of-grid river cell: error %v", err)
	}
	if _, err := NewFlood(g, d, nil, FloodOptions{}); err == nil {
		t.Error("flood without river cells accepted")
	}
	if _, err := NewFlood(nil, d, river, FloodOptions{}); err == nil {
		t.Error("flood without terrain accepted")
	}
	if _, err := NewFlood(g, d, []int{0}, FloodOptions{}); err == nil {
		t.Error("a river cell that is no channel of the drainage accepted")
	}
	if _, err := NewDrainage(g, []int{7}); err == nil {
		t.Error("out-of-grid channel cell accepted")
	}
	f, err := NewFlood(g, d, river, FloodOptions{})
	if err != nil {
		t.Fatal(err)
	}
	refreshAt(t, f, 2)
	if err := f.SetStage(math.NaN()); err == nil {
		t.Error("NaN stage accepted")
	}
	if f.Stage() != 2 {
		t.Errorf("stage after a rejected NaN is %v, want the previous 2", f.Stage())
	}
	if f.Depth(-1) != 0 || f.Depth(3) != 0 || !math.IsInf(float64(f.RiseToFlood(99)), 1) {
		t.Error("accessors outside the grid must report dry / never floods")
	}
}

func TestFloodRefreshAllocatesNothing(t *testing.T) {
	g, river := terrainFromArt(t, 10, `
		9 9 9  9 9
		2 1 0~ 1 2
		9 9 9  9 9
	`)
	f := newStageFlood(t, g, river, river, FloodOptions{})
	rise := 0.0
	allocs := testing.AllocsPerRun(100, func() {
		rise += 0.25
		_ = f.SetStage(rise)
		f.Refresh()
	})
	if allocs != 0 {
		t.Errorf("SetStage+Refresh allocates %v times per tick, want 0", allocs)
	}
}
