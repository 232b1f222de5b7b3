package mapgen

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestTownBuildingsDoNotOverlap(t *testing.T) {
	g := town(t)
	type cell struct{ x, y int }
	grid := map[cell][]orb.Polygon{}
	key := func(p orb.Point) cell { m := g.metres(p); return cell{int(m[0] / 50), int(m[1] / 50)} }
	for _, f := range g.kinds["building"] {
		p := f.Geometry.(orb.Polygon)
		k := key(centroid(p))
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				for _, q := range grid[cell{k.x + dx, k.y + dy}] {
					for _, v := range p[0] {
						if planar.PolygonContains(q, v) {
							t.Fatalf("building %v overlaps another", f.Properties)
						}
					}
				}
			}
		}
		grid[k] = append(grid[k], p)
	}
}

func TestTownHasItsStreetsAndOldTownIsDenser(t *testing.T) {
	g := town(t)
	names := map[string]bool{}
	for _, f := range g.kinds["road"] {
		if n, ok := f.Properties["name"].(string); ok {
			names[n] = true
		}
	}
	for _, n := range []string{"县道合福路", "滨河路", "福宝古镇老街", "福宝大桥"} {
		if !names[n] {
			t.Errorf("no road named %s", n)
		}
	}
	tl := emptyTile(1)
	tl.layoutTownRoads()
	for _, r := range tl.roads {
		tl.occ.takeLine(r.line, 5)
	}
	tl.layoutTownBuildings()
	assignPopulation(tl.rng, tl.buildings, len(tl.buildings)*42/10)
	sum := map[bool][2]int{}
	for _, b := range tl.buildings {
		s := sum[b.oldTown]
		sum[b.oldTown] = [2]int{s[0] + b.population, s[1] + 1}
	}
	old, newer := float64(sum[true][0])/float64(sum[true][1]), float64(sum[false][0])/float64(sum[false][1])
	if old <= newer {
		t.Errorf("old town has %.2f residents per house, newer streets %.2f; want the old town denser", old, newer)
	}
}
