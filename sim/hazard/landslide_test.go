package hazard

import (
	"math"
	"slices"
	"strings"
	"testing"

	"drillsim/maps"
)

// slopeAndFloor is a plane falling 10 m per 10 m cell eastward (45°) from 70 m in
// column 0 to the valley floor at 0 m from column 7 on, 5 rows and 30 columns.
func slopeAndFloor() *maps.Terrain {
	g := flatGrid(30, 5, 10)
	for i := range g.Elev {
		g.Elev[i] = float32(max(0, 70-10*(i%g.Cols)))
	}
	return g
}

// track returns the cells of a 3-row track along row 2 over columns 1..last, plus the
// source (col 0, row 2), sorted.
func track(g *maps.Terrain, last int) []int {
	cells := []int{g.Index(0, 2)}
	for col := 1; col <= last; col++ {
		cells = append(cells, g.Index(col, 1), g.Index(col, 2), g.Index(col, 3))
	}
	slices.Sort(cells)
	return cells
}

func TestRunoutStopsAtTheRunoutDistance(t *testing.T) {
	g := slopeAndFloor()
	got, err := Runout(g, []int{g.Index(0, 2)}, 150, DefaultReachAngleDeg)
	if err != nil {
		t.Fatal(err)
	}
	// Down the slope and 80 m onto the floor: 150 m travelled, column 15.
	if want := track(g, 15); !slices.Equal(got, want) {
		t.Errorf("runout %v\nwant %v", got, want)
	}
}

func TestRunoutStopsAtTheReachAngle(t *testing.T) {
	g := slopeAndFloor()
	got, err := Runout(g, []int{g.Index(0, 2)}, 1000, DefaultReachAngleDeg)
	if err != nil {
		t.Fatal(err)
	}
	// 70 m dropped: the reach angle of 20° allows 70/tan 20° = 192.3 m, column 19.
	if want := track(g, 19); !slices.Equal(got, want) {
		t.Errorf("runout %v\nwant %v", got, want)
	}
	steeper, err := Runout(g, []int{g.Index(0, 2)}, 1000, 40)
	if err != nil {
		t.Fatal(err)
	}
	// 70/tan 40° = 83.4 m: the slide stops at column 8.
	if want := track(g, 8); !slices.Equal(steeper, want) {
		t.Errorf("runout at 40° %v\nwant %v", steeper, want)
	}
}

func TestRunoutStaysAtTheSourceOnLevelGround(t *testing.T) {
	g := flatGrid(9, 9, 30)
	source := []int{g.Index(4, 4), g.Index(3, 4), g.Index(4, 4)}
	got, err := Runout(g, source, 500, DefaultReachAngleDeg)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{g.Index(3, 4), g.Index(4, 4)}; !slices.Equal(got, want) {
		t.Errorf("runout on level ground %v, want the sources %v", got, want)
	}
}

func TestRunoutStopsInAPit(t *testing.T) {
	g, source := terrainFromArt(t, 10, `
		99 99  99 99 99 99 99
		99 90~ 60 30 40 50 99
		99 99  99 99 99 99 99
	`)
	got, err := Runout(g, source, 1000, 11)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(source)
	for col := 2; col <= 3; col++ {
		want = append(want, g.Index(col, 0), g.Index(col, 1), g.Index(col, 2))
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("runout %v, want %v (down to the 30 m pit, no further)", got, want)
	}
}

func TestRunoutRejectsBadInput(t *testing.T) {
	g := slopeAndFloor()
	cases := []struct {
		source      []int
		runout, deg float64
		want        string
	}{
		{[]int{999}, 100, 20, "slide source cell 999"},
		{[]int{0}, -1, 20, "runout -1 m"},
		{[]int{0}, math.NaN(), 20, "runout NaN m"},
		{[]int{0}, 100, 0, "reach angle 0°"},
		{[]int{0}, 100, 90, "reach angle 90°"},
	}
	for _, c := range cases {
		_, err := Runout(g, c.source, c.runout, c.deg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want it to mention %q", err, c.want)
		}
	}
}

func TestRunoutSpreadsAcrossADiagonalPath(t *testing.T) {
	// A plane falling towards the north-east: the steepest descent is diagonal.
	g := flatGrid(8, 8, 10)
	for i := range g.Elev {
		g.Elev[i] = float32(200 - 10*(i%8+i/8))
	}
	got, err := Runout(g, []int{g.Index(0, 0)}, 45, DefaultReachAngleDeg) // three diagonal steps of 14.1 m
	if err != nil {
		t.Fatal(err)
	}
	want := []int{g.Index(0, 0)}
	for k := 1; k <= 3; k++ {
		want = append(want, g.Index(k, k), g.Index(k-1, k+1), g.Index(k+1, k-1))
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("runout %v\nwant %v (the diagonal and one cell to each side of it)", got, want)
	}
}
