package hazard

import (
	"math/rand/v2"
	"testing"
)

func TestDrainageFillsPitsAndEveryCellReachesTheEdge(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	g, _ := terrainFromArt(t, 10, "0 0 0\n0 0 0\n0 0 0")
	g.Cols, g.Rows = 40, 30
	g.Elev = make([]float32, g.Cols*g.Rows)
	for i := range g.Elev {
		g.Elev[i] = float32(rng.IntN(50))
	}
	channel := []int{g.Index(10, 10), g.Index(11, 10), g.Index(12, 11)}
	d, err := NewDrainage(g, channel)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Order) != len(g.Elev) {
		t.Fatalf("order lists %d cells of %d", len(d.Order), len(g.Elev))
	}
	seen := make([]bool, len(g.Elev))
	for _, c := range d.Order {
		if to := d.To[c]; to >= 0 && !seen[to] {
			t.Fatalf("cell %d comes before the cell %d it drains to", c, to)
		}
		seen[c] = true
	}
	for c := range g.Elev {
		if to := d.To[c]; to >= 0 && d.Filled[to] > d.Filled[c] {
			t.Errorf("cell %d (filled %v) drains up to %d (filled %v)", c, d.Filled[c], to, d.Filled[to])
		}
		if d.Filled[c] < g.Elev[c] && !d.Channel[c] {
			t.Errorf("cell %d lowered from %v to %v", c, g.Elev[c], d.Filled[c])
		}
		k, steps := c, 0
		for d.To[k] >= 0 {
			k = int(d.To[k])
			steps++
		}
		if col, row := k%g.Cols, k/g.Cols; col != 0 && row != 0 && col != g.Cols-1 && row != g.Rows-1 {
			t.Fatalf("cell %d ends its flow at %d, inside the grid", c, k)
		}
	}
	for _, c := range channel {
		if !d.Channel[c] || d.Filled[c] > g.Elev[c]-StreamBurnM+50 {
			t.Errorf("channel cell %d not burnt: filled %v, ground %v", c, d.Filled[c], g.Elev[c])
		}
	}
}

func TestDrainagePitDrainsOverItsLowestRim(t *testing.T) {
	g, _ := terrainFromArt(t, 10, `
		5 5 5 5 5
		5 1 1 1 5
		5 1 0 1 3
		5 1 1 1 5
		5 5 5 5 5
	`)
	d, err := NewDrainage(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	pit := g.Index(2, 2)
	if d.Filled[pit] != 3 {
		t.Errorf("pit filled to %v, want the rim's notch at 3", d.Filled[pit])
	}
	k := pit
	for d.To[k] >= 0 {
		k = int(d.To[k])
	}
	if k != g.Index(4, 2) {
		t.Errorf("the pit's water leaves at cell %d, want the notch %d", k, g.Index(4, 2))
	}
}

func TestCarvedGroundLetsWaterRunDownTheMappedChannel(t *testing.T) {
	// A stream (~) mapped diagonally down a slope, over a bump of the DEM (12 across a
	// channel falling 14, 11, 10...) and past a hollow beside it (the 6 by its 9): on
	// the carved ground water crossing only cells' sides must find a path from the
	// stream's head to the grid's edge that never rises, the hollow beside it must be
	// filled to where it spills into the stream, and the hollow three cells off (the 2 on the right) must stay.
	g, stream := terrainFromArt(t, 30, `
		20 20 20 20 20 20 20 20 20
		20 15~ 16 16 16 16 16 16 20
		20 16 14~ 16 16 16 16 16 20
		20 16 16 12~ 16 16 16 16 20
		20 16 16 16 11~ 16 16 16 20
		20 16 16 16 16 9~ 6 16 20
		20 16 16 16 16 16 8~ 16 20
		20 16 16 16 16 16 16 7~ 20
		20 20 20 20 20 16 2 20 6~
	`)
	d, err := NewDrainage(g, stream)
	if err != nil {
		t.Fatal(err)
	}
	ground := d.CarvedGround(g)
	// the cells reachable from the head by steps across sides that never rise
	head := g.Index(1, 7)
	reach := []int{head}
	seen := map[int]bool{head: true}
	for k := 0; k < len(reach); k++ {
		c := reach[k]
		col, row := c%g.Cols, c/g.Cols
		for _, nb := range [][2]int{{col - 1, row}, {col + 1, row}, {col, row - 1}, {col, row + 1}} {
			if nb[0] < 0 || nb[1] < 0 || nb[0] >= g.Cols || nb[1] >= g.Rows {
				continue
			}
			if i := g.Index(nb[0], nb[1]); !seen[i] && ground[i] <= ground[c] {
				seen[i] = true
				reach = append(reach, i)
			}
		}
	}
	if !seen[g.Index(8, 0)] {
		t.Errorf("no falling path across cells' sides from the stream's head to its outlet; carved ground:\n%v", ground)
	}
	if beside := g.Index(6, 3); ground[beside] < ground[g.Index(6, 2)] {
		t.Errorf("the hollow beside the stream left at %v, below where it spills into the stream (%v)", ground[beside], ground[g.Index(6, 2)])
	}
	if off := g.Index(6, 0); ground[off] != 2 {
		t.Errorf("the hollow off the stream changed to %v; it is storage", ground[off])
	}
	for i, z := range ground {
		if !d.Channel[i] && z < g.Elev[i] && !seen[i] {
			t.Errorf("cell %d off the stream's path lowered from %v to %v", i, g.Elev[i], z)
		}
	}
}
