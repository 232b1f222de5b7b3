package hazard

import (
	"math"
	"testing"
)

func TestD8NeighbourOrderIsCounterClockwiseFromEast(t *testing.T) {
	// On a 3×3 grid the centre (1,1) is index 4; rows grow north.
	want := [d8Directions]int{5, 8, 7, 6, 3, 0, 1, 2}
	for d := range d8Directions {
		got, ok := d8Neighbour(3, 3, 1, 1, d)
		if !ok || got != want[d] {
			t.Errorf("direction %d: neighbour %d ok=%v, want %d", d, got, ok, want[d])
		}
	}
}

func TestD8NeighbourOutsideGrid(t *testing.T) {
	for d := range d8Directions {
		_, ok := d8Neighbour(1, 1, 0, 0, d)
		if ok {
			t.Errorf("direction %d of the only cell of a 1×1 grid reported inside", d)
		}
	}
	if _, ok := d8Neighbour(3, 2, 2, 1, 0); ok {
		t.Error("east of the last column reported inside")
	}
}

func TestD8BearingAndLength(t *testing.T) {
	wantBearing := [d8Directions]float64{90, 45, 0, 315, 270, 225, 180, 135}
	for d := range d8Directions {
		if got := d8Bearing(d); got != wantBearing[d] {
			t.Errorf("bearing of direction %d = %v, want %v", d, got, wantBearing[d])
		}
		wantLen := math.Hypot(float64(d8Col[d]), float64(d8Row[d]))
		if math.Abs(d8Length[d]-wantLen) > 1e-15 {
			t.Errorf("length of direction %d = %v, want %v", d, d8Length[d], wantLen)
		}
	}
}
