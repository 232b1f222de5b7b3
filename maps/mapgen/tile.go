package mapgen

import (
	"math/rand/v2"

	"github.com/paulmach/orb"
)

// tile is one township being laid out: its valley, villages, roads, buildings and
// emergency facilities, all in tile-local metres. Layout runs in a fixed order, each
// step taking ground in the occupancy map so later steps build around it.
type tile struct {
	v        *valley
	rng      *rand.Rand
	prefix   string // prepended to names in a county, "" for the town
	occ      *occupancy
	villages []villageArea

	river     orb.LineString
	streams   []orb.LineString
	roads     []road
	buildings []building
	hamlets   []hamlet
	layouts   []villageLayout
	layoutOf  []int // village index -> index into layouts

	shelters  []shelter
	stations  []station
	depots    []depot
	speakers  []loudspeaker
	hazards   []hazardZone
	landcover []landcoverPatch
}

// layoutTile builds a whole township on the valley. west/east say whether the tile is
// on the county's west/east edge, where the river runs on into the DEM margin.
func layoutTile(v *valley, rng *rand.Rand, occ *occupancy, prefix string, west, east bool, targetPopulation int) *tile {
	occ.reset()
	t := &tile{v: v, rng: rng, prefix: prefix, occ: occ, villages: villagePlan(prefix)}
	t.layoutOf = make([]int, len(t.villages))
	t.layoutWater(west, east)
	t.layoutTownRoads()
	for i := range t.villages {
		if !t.villages[i].community {
			t.layoutVillageRoads(i)
		}
	}
	for _, r := range t.roads {
		t.occ.takeLine(r.line, 5)
	}
	t.layoutTownFacilities()
	t.layoutTownBuildings()
	for i := range t.villages {
		if !t.villages[i].community {
			t.layoutVillage(i)
		}
	}
	index := newRoadIndex(&t.roads, tileHalfWidth, tileHalfHeight)
	houses := newBuildingIndex(t.buildings, tileHalfWidth, tileHalfHeight)
	t.layoutTownAlleys(index, houses)
	t.layoutAccessPaths(index, houses)
	t.finishHamlets()
	assignPopulation(t.rng, t.buildings, targetPopulation)
	for _, b := range t.buildings {
		t.villages[b.village].population += b.population
	}
	t.layoutHazards()
	t.layoutLandcover()
	t.layoutLoudspeakers()
	return t
}

// layoutWater lays the river along the valley floor and the streams down the side
// valleys, and keeps buildings off the streams' banks.
func (t *tile) layoutWater(west, east bool) {
	x0, x1 := -tileHalfWidth, tileHalfWidth
	if west {
		x0 -= demMargin - 100
	}
	if east {
		x1 += demMargin - 100
	}
	t.river = t.v.riverCourse(x0, x1)
	for i := range t.v.streams {
		s := t.v.course(&t.v.streams[i])
		t.streams = append(t.streams, s)
		t.occ.takeLine(s, 22)
	}
}

// community returns the index of the tile's community (社区), which holds the town.
func (t *tile) community() int {
	for i := range t.villages {
		if t.villages[i].community {
			return i
		}
	}
	return -1
}

// finishHamlets sets each hamlet's centre to the mean of its houses.
func (t *tile) finishHamlets() {
	sums := make([]orb.Point, len(t.hamlets))
	for _, b := range t.buildings {
		if b.hamlet >= 0 {
			sums[b.hamlet][0] += b.centre[0]
			sums[b.hamlet][1] += b.centre[1]
			t.hamlets[b.hamlet].houses++
		}
	}
	for i := range t.hamlets {
		if n := float64(t.hamlets[i].houses); n > 0 {
			t.hamlets[i].centre = orb.Point{sums[i][0] / n, sums[i][1] / n}
		}
	}
}
