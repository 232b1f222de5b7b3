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
