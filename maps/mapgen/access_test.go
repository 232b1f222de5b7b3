package mapgen

import (
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// isAccessPath reports whether a road is a house's access path (入户路, 入户巷).
func isAccessPath(r *road) bool {
	return strings.HasSuffix(r.name, "入户路") || strings.HasSuffix(r.name, "入户巷")
}

func TestAccessPathsLeadFromARoadVertexToADoor(t *testing.T) {
	tl := laidTile()
	at := vertexRoads(tl)
	houses := newBuildingIndex(tl.buildings, tileHalfWidth, tileHalfHeight)
	paths := 0
	for i := range tl.roads {
		r := &tl.roads[i]
		if !isAccessPath(r) {
			continue
		}
		paths++
		if !sharedWithAnother(at, r.line[0], i) {
			t.Errorf("access path %d (%s) starts at %v, which no other road has", i, r.name, r.line[0])
		}
		if door := r.line[len(r.line)-1]; !houses.hit(door, 1, -1) || houses.hit(door, 0, -1) {
			t.Errorf("access path %d (%s) ends at %v, at no building's door", i, r.name, r.line[len(r.line)-1])
		}
	}
	if paths < 1000 {
		t.Errorf("%d access paths in a township of %d buildings, want at least 1000", paths, len(tl.buildings))
	}
}

func TestLanesPassBetweenHouses(t *testing.T) {
	tl := laidTile()
	type cell struct{ x, y int }
	key := func(p orb.Point) cell { return cell{int(math.Floor(p[0] / 20)), int(math.Floor(p[1] / 20))} }
	near := map[cell][]int{}
	for i := range tl.buildings {
		c := key(tl.buildings[i].centre)
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				k := cell{c.x + dx, c.y + dy}
				near[k] = append(near[k], i)
			}
		}
	}
	for _, r := range tl.roads {
		if !narrowClass(r.class) || !(isAccessPath(&r) || strings.HasSuffix(r.name, "巷")) {
			continue
		}
		for k := 1; k < len(r.line); k++ {
			a, b := r.line[k-1], r.line[k]
			length := dist(a, b)
			for s := 0.0; s <= length; s += 0.5 {
				p := orb.Point{a[0] + (b[0]-a[0])*s/length, a[1] + (b[1]-a[1])*s/length}
				for _, i := range near[key(p)] {
					if tl.buildings[i].holds(p, 0) {
						t.Fatalf("%s passes through building %d at %v", r.name, i, p)
					}
				}
			}
		}
	}
}

// narrowClass reports whether a class is one of the lanes this generator adds.
func narrowClass(class string) bool {
	return class == classService || class == classFootway || class == classPath || class == classLiving
}

func TestAccessPathClassFollowsTheGrade(t *testing.T) {
	tl := laidTile()
	seen := map[string]int{}
	for i := range tl.roads {
		r := &tl.roads[i]
		if !isAccessPath(r) {
			continue
		}
		seen[r.class]++
		a, z := r.line[0], r.line[len(r.line)-1]
		grade := math.Abs(tl.v.height(z)-tl.v.height(a)) / dist(a, z)
		switch {
		case r.class == classService && (grade > serviceMaxGrade || r.speedKmh != 10):
			t.Errorf("service lane %d at grade %.2f, %g km/h: want ≤%g at 10 km/h", i, grade, r.speedKmh, serviceMaxGrade)
		case r.class == classFootway && grade > footwayMaxGrade:
			t.Errorf("footway %d at grade %.2f, want ≤%g", i, grade, footwayMaxGrade)
		case r.class == classPath && grade <= footwayMaxGrade:
			t.Errorf("mountain path %d at grade %.2f, want steeper than %g", i, grade, footwayMaxGrade)
		}
	}
	for _, c := range []string{classService, classFootway, classPath} {
		if seen[c] < 20 {
			t.Errorf("%d access paths of class %s, want at least 20 (classes seen: %v)", seen[c], c, seen)
		}
	}
}

func TestBuildingEdgeAlong(t *testing.T) {
	b := building{centre: orb.Point{10, 20}, halfW: 6, halfH: 4}
	d := math.Sqrt2 / 2
	for _, c := range []struct{ ux, uy, want float64 }{{1, 0, 6}, {0, -1, 4}, {d, d, 4 * math.Sqrt2}} {
		if got := b.edgeAlong(c.ux, c.uy); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("edge along (%.2f, %.2f) = %g, want %g", c.ux, c.uy, got, c.want)
		}
	}
	b.angle = math.Pi / 2
	if got := b.edgeAlong(1, 0); math.Abs(got-4) > 1e-9 {
		t.Errorf("turned a quarter, the edge along x is %g m away, want 4", got)
	}
}
