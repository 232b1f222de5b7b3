package mapgen

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestFinishHamletsCentresOnTheirHouses(t *testing.T) {
	tl := emptyTile(1)
	tl.hamlets = []hamlet{{name: "一组"}, {name: "二组"}}
	tl.buildings = []building{
		{centre: orb.Point{0, 0}, hamlet: 0}, {centre: orb.Point{10, 20}, hamlet: 0},
		{centre: orb.Point{500, 500}, hamlet: -1},
	}
	tl.finishHamlets()
	if tl.hamlets[0].houses != 2 || tl.hamlets[0].centre != (orb.Point{5, 10}) {
		t.Errorf("hamlet 0 = %+v, want 2 houses centred on (5, 10)", tl.hamlets[0])
	}
	if tl.hamlets[1].houses != 0 {
		t.Errorf("hamlet 1 has %d houses, want 0", tl.hamlets[1].houses)
	}
}

func TestLayoutTileSumsVillagePopulations(t *testing.T) {
	v := testCounty(1, 2).valleys[0]
	tl := layoutTile(v, emptyTile(2).rng, newOccupancy(tileHalfWidth, tileHalfHeight), "", true, true, 20000)
	total := 0
	for _, a := range tl.villages {
		total += a.population
	}
	if total != 20000 {
		t.Errorf("villages hold %d people, want the 20,000 target", total)
	}
	if len(tl.stations) != 5 || len(tl.depots) != 1 {
		t.Errorf("%d stations and %d depots, want 5 and 1", len(tl.stations), len(tl.depots))
	}
}
