package hazard

import (
	"math"
	"testing"
)

func TestPassableAtTheThresholds(t *testing.T) {
	cases := []struct {
		depth float32
		mover Mover
		want  bool
	}{
		{0, Car, true}, {0.29, Car, true}, {0.3, Car, false},
		{0.59, EmergencyVehicle, true}, {0.6, EmergencyVehicle, false},
		{0.49, Pedestrian, true}, {0.5, Pedestrian, false},
		{0.19, VulnerablePedestrian, true}, {0.2, VulnerablePedestrian, false},
		{0, Boat, false}, {0.49, Boat, false}, {0.5, Boat, true}, {4, Boat, true},
		{0, moverCount, false},
	}
	for _, c := range cases {
		if got := Passable(c.depth, c.mover); got != c.want {
			t.Errorf("Passable(%v m, %s) = %v, want %v", c.depth, c.mover, got, c.want)
		}
	}
	nan := float32(math.NaN())
	for m := range moverCount {
		if Passable(nan, m) {
			t.Errorf("a %s passes a cell of NaN depth", m)
		}
	}
}

func TestPassableOrdersMoversByWadingDepth(t *testing.T) {
	// Wherever an ordinary car gets through, so does an emergency vehicle; wherever a
	// vulnerable person can walk, so can any adult.
	for d := float32(0); d < 1.5; d += 0.01 {
		if Passable(d, Car) && !Passable(d, EmergencyVehicle) {
			t.Errorf("at %v m a car passes but an emergency vehicle does not", d)
		}
		if Passable(d, VulnerablePedestrian) && !Passable(d, Pedestrian) {
			t.Errorf("at %v m a vulnerable pedestrian passes but an adult does not", d)
		}
		if !Passable(d, Pedestrian) && !Passable(d, Boat) {
			t.Errorf("at %v m neither people on foot nor boats pass: evacuation has a gap", d)
		}
	}
}

func TestMoverString(t *testing.T) {
	if EmergencyVehicle.String() != "emergency vehicle" || Mover(200).String() != "unknown mover" {
		t.Errorf("names %q, %q", EmergencyVehicle, Mover(200))
	}
}
