package mapgen

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestOccupancyRectangles(t *testing.T) {
	o := newOccupancy(100, 100)
	c := orb.Point{10, 10}
	if !o.free(c, 5, 4, 0.3) {
		t.Fatal("an empty map must be free")
	}
	o.take(c, 5, 4, 0.3)
	if o.free(c, 5, 4, 0.3) {
		t.Error("a taken rectangle must not be free")
	}
	if o.free(orb.Point{16, 12}, 3, 3, 0) {
		t.Error("an overlapping rectangle must not be free")
	}
	if !o.free(orb.Point{30, 10}, 5, 4, 0.3) {
		t.Error("a disjoint rectangle must stay free")
	}
	if o.free(orb.Point{99, 0}, 5, 5, 0) {
		t.Error("a rectangle reaching outside the tile must not be free")
	}
	o.reset()
	if !o.free(c, 5, 4, 0.3) {
		t.Error("reset must clear the map")
	}
}

func TestOccupancyTakeLineCoversBuffer(t *testing.T) {
	o := newOccupancy(100, 100)
	o.takeLine(orb.LineString{{-50, 0}, {50, 50}}, 5)
	dir := orb.Point{100 / math.Hypot(100, 50), 50 / math.Hypot(100, 50)}
	for _, s := range []float64{0, 30, 100} {
		p := orb.Point{-50 + dir[0]*s, dir[1] * s}
		if o.free(p, 2, 2, 0) {
			t.Errorf("point %v on the line is free", p)
		}
	}
	if !o.free(orb.Point{-50, 40}, 2, 2, 0) {
		t.Error("a point 40 m off the line must be free")
	}
}
