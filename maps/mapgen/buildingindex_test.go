package mapgen

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestBuildingIndexHitsFootprintsWithinTheMargin(t *testing.T) {
	bs := []building{
		{centre: orb.Point{0, 0}, halfW: 5, halfH: 3},
		{centre: orb.Point{39, 0}, halfW: 5, halfH: 3}, // its own cell, next to the first's
		{centre: orb.Point{4990, 3990}, halfW: 5, halfH: 3},
	}
	x := newBuildingIndex(bs, tileHalfWidth, tileHalfHeight)
	cases := []struct {
		p      orb.Point
		margin float64
		except int
		want   bool
	}{
		{orb.Point{4, 2}, 0, -1, true},
		{orb.Point{5.5, 0}, 0, -1, false},
		{orb.Point{5.5, 0}, 1, -1, true},
		{orb.Point{4, 2}, 0, 0, false}, // its own building is left out
		{orb.Point{34.5, 0}, 0.6, -1, true},
		{orb.Point{4999, 3999}, 10, -1, true},
		{orb.Point{20, 20}, 1, -1, false},
		{orb.Point{-9000, 9000}, 1, -1, false}, // off the tile: nothing there, no panic
	}
	for _, c := range cases {
		if got := x.hit(c.p, c.margin, c.except); got != c.want {
			t.Errorf("hit(%v, margin %g, except %d) = %v, want %v", c.p, c.margin, c.except, got, c.want)
		}
	}
}

func TestBuildingHoldsTheTurnedFootprint(t *testing.T) {
	b := building{centre: orb.Point{10, 20}, halfW: 6, halfH: 4, angle: math.Pi / 2}
	if !b.holds(orb.Point{14.5, 20}, 1) || b.holds(orb.Point{14.5, 20}, 0) || !b.holds(orb.Point{10, 25.5}, 0) || b.holds(orb.Point{10, 26.5}, 0.4) {
		t.Error("holds must cover the turned footprint grown by the margin, and no more")
	}
}
