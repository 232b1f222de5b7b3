package mapgen

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// crossroads returns an index over a west-east street and a south-north lane that
// meet at the shared vertex (0, 0).
func crossroads() (*roadIndex, *[]road) {
	roads := &[]road{
		{name: "街", line: orb.LineString{{-100, 0}, {-50, 0}, {0, 0}, {50, 0}, {100, 0}}},
		{name: "巷", line: orb.LineString{{0, -60}, {0, 0}, {0, 60}}},
	}
	return newRoadIndex(roads, 500, 500), roads
}

func TestRoadIndexVerticesAreDistinctAndNearestFirst(t *testing.T) {
	x, _ := crossroads()
	got := x.vertices(nil, orb.Point{10, 20}, 60, func(orb.Point, int) bool { return true })
	want := []orb.Point{{0, 0}, {0, 60}, {50, 0}}
	if len(got) != len(want) {
		t.Fatalf("vertices within 60 m of (10, 20): %v, want %v", got, want)
	}
	for i, c := range got {
		if c.at != want[i] || math.Abs(c.dist-math.Hypot(c.at[0]-10, c.at[1]-20)) > 1e-9 {
			t.Errorf("candidate %d = %+v, want %v at its distance", i, c, want[i])
		}
	}
	if got[0].road != 0 {
		t.Errorf("the shared vertex comes with road %d, want the first road, 0", got[0].road)
	}
	onLane := x.vertices(nil, orb.Point{10, 20}, 60, func(_ orb.Point, road int) bool { return road == 1 })
	if len(onLane) != 2 || onLane[0].at != (orb.Point{0, 0}) || onLane[1].at != (orb.Point{0, 60}) {
		t.Errorf("keep must filter the candidates: got %v", onLane)
	}
}

func TestRoadIndexNearestDistance(t *testing.T) {
	x, _ := crossroads()
	if d := x.nearestDistance(orb.Point{30, 12}, 50); math.Abs(d-12) > 1e-9 {
		t.Errorf("distance to the street = %g, want 12", d)
	}
	if d := x.nearestDistance(orb.Point{300, 300}, 50); !math.IsInf(d, 1) {
		t.Errorf("no road within 50 m, got %g", d)
	}
}

func TestRoadIndexClearMeetsRoadsOnlyAtTheJoin(t *testing.T) {
	x, roads := crossroads()
	cases := []struct {
		name string
		a, b orb.Point
		want bool
	}{
		{"square join at a street vertex", orb.Point{50, 30}, orb.Point{50, 0}, true},
		{"join from a house across the road", orb.Point{50, -30}, orb.Point{50, 0}, true},
		{"crossing the lane", orb.Point{-20, 30}, orb.Point{20, 30}, false},
		{"crossing the street to reach a vertex", orb.Point{50, -30}, orb.Point{0, 60}, false},
		{"grazing the lane within the gap", orb.Point{2, 10}, orb.Point{2, 40}, false},
		{"shallow join along the street", orb.Point{100, 5}, orb.Point{50, 0}, false},
		{"both ends on roads", orb.Point{50, 0}, orb.Point{0, 60}, true},
	}
	for _, c := range cases {
		if got := x.clear(c.a, c.b, 2.5, 25*math.Pi/180); got != c.want {
			t.Errorf("%s: clear = %v, want %v", c.name, got, c.want)
		}
	}
	*roads = append(*roads, road{line: orb.LineString{{50, 0}, {50, 30}}})
	x.add(2)
	if x.clear(orb.Point{40, 30}, orb.Point{60, 30}, 2.5, 0.4) {
		t.Error("a road added later must be kept clear of too")
	}
}

func TestSegmentsDist(t *testing.T) {
	if d := segmentsDist(orb.Point{0, 0}, orb.Point{10, 10}, orb.Point{0, 10}, orb.Point{10, 0}); d != 0 {
		t.Errorf("crossing segments are %g apart, want 0", d)
	}
	if d := segmentsDist(orb.Point{0, 0}, orb.Point{10, 0}, orb.Point{3, 4}, orb.Point{8, 4}); d != 4 {
		t.Errorf("parallel segments are %g apart, want 4", d)
	}
	if d := segmentsDist(orb.Point{0, 0}, orb.Point{10, 0}, orb.Point{13, 4}, orb.Point{20, 4}); d != 5 {
		t.Errorf("end to end distance %g, want 5", d)
	}
}
