package hazard

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"drillsim/maps"
)

// refreshAt sets a stage and refreshes, failing the test on a rejected stage.
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
	// A V-shaped valley whose river (the middle column) falls 1 m per row southwards.
	g, river := terrainFromArt(t, 10, `
		7 6 5 4~ 5 6 7
		6 5 4 3~ 4 5 6
		5 4 3 2~ 3 4 5
		4 3 2 1~ 2 3 4
		3 2 1 0~ 1 2 3
	`)
	f, err := NewFlood(g, river)
	if err != nil {
		t.Fatal(err)
	}
	refreshAt(t, f, 0)
	if f.FloodedCells() != 0 || f.MaxDepth() != 0 {
		t.Errorf("at zero rise %d cells flooded, max %v m; the river at its normal level floods nothing", f.FloodedCells(), f.MaxDepth())
	}
	refreshAt(t, f, 1.5)
	// Each bank is flooded by its own reach of the river: 0.5 m on the first step up.
	want := `. . 0.5 1.5 0.5 . .
. . 0.5 1.5 0.5 . .
. . 0.5 1.5 0.5 . .
. . 0.5 1.5 0.5 . .
. . 0.5 1.5 0.5 . .
`
	if got := depthArt(f, g); got != want {
		t.Errorf("depths at +1.5 m:\n%s\nwant\n%s", got, want)
	}
	if f.FloodedCells() != 15 || f.MaxDepth() != 1.5 {
		t.Errorf("%d cells flooded, max %v m; want 15 cells, 1.5 m", f.FloodedCells(), f.MaxDepth())
	}
}

func TestFloodBasinBehindRidgeStaysDryUntilTheRidgeIsTopped(t *testing.T) {
	// The basin (ground 1 m) lies below the stage long before the 4 m ridge is topped.
	g, river := terrainFromArt(t, 10, `
		9  9 9 9 9 9 9
		0~ 1 2 4 1 1 9
		9  9 9 9 9 9 9
	`)
	f, err := NewFlood(g, river)
	if err != nil {
		t.Fatal(err)
	}
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

func TestFloodMatchesBreadthFirstFillOnLevelBed(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	g := &maps.Terrain{Cols: 71, Rows: 53, Cell: 10, Elev: make([]float32, 71*53)}
	var river []int
	for r := range g.Rows {
		for c := range g.Cols {
			i := g.Index(c, r)
			if c == 30 {
				river = append(river, i)
				continue
			}
			g.Elev[i] = float32(rng.IntN(100)) / 10 // 0 .. 9.9 m, ridges and pits everywhere
		}
	}
	f, err := NewFlood(g, river)
	if err != nil {
		t.Fatal(err)
	}
	naive := newNaiveFlood(g, river)
	for _, rise := range []float32{0, 0.25, 1, 2.5, 4, 6.75, 9, 12, 3, 0.5, 0, 5} {
		refreshAt(t, f, float64(rise))
		n := naive.refresh(rise)
		if f.FloodedCells() != n {
			t.Errorf("rise %v: %d cells flooded, breadth-first fill floods %d", rise, f.FloodedCells(), n)
		}
		for i, d := range f.Depths() {
			if d != naive.depth[i] {
				t.Fatalf("rise %v: cell (col %d, row %d) depth %v, breadth-first fill %v", rise, i%g.Cols, i/g.Cols, d, naive.depth[i])
			}
		}
	}
}

func TestFloodRejectsBadInput(t *testing.T) {
	g, river := terrainFromArt(t, 10, "1 0~ 1")
	if _, err := NewFlood(g, []int{1, 3}); err == nil || !strings.Contains(err.Error(), "river cell 3 (position 1") {
		t.Errorf("out-of-grid river cell: error %v", err)
	}
	if _, err := NewFlood(g, nil); err == nil {
		t.Error("flood without river cells accepted")
	}
	if _, err := NewFlood(nil, river); err == nil {
		t.Error("flood without terrain accepted")
	}
	f, err := NewFlood(g, river)
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
	g, river := terrainFromArt(t, 10, "2 1 0~ 1 2")
	f, err := NewFlood(g, river)
	if err != nil {
		t.Fatal(err)
	}
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
