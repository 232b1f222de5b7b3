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

func TestHazardRatingAtThePublishedThresholds(t *testing.T) {
	cases := []struct {
		depth, speed, want float32
	}{
		{0, 3, 0}, {0.2, 0, 0.1}, {0.25, 1, 0.375}, {0.3, 0, 1.15}, {0.5, 1, 1.75}, {1, 1.5, 3},
		// shallow but faster than 2 m/s: debris comes with it (DF 1)
		{0.2, 2, 0.5}, {0.2, 2.5, 1.6},
	}
	for _, c := range cases {
		if got := HazardRating(c.depth, c.speed); math.Abs(float64(got-c.want)) > 1e-6 {
			t.Errorf("HR(d %v m, v %v m/s) = %v, want %v", c.depth, c.speed, got, c.want)
		}
	}
}

func TestPassableFlowByDepthAndVelocity(t *testing.T) {
	cases := []struct {
		depth, speed float32
		mover        Mover
		want         bool
	}{
		// Still shallow water: everyone on wheels or feet passes; the boat does not.
		{0.1, 0, Pedestrian, true}, {0.1, 0, VulnerablePedestrian, true}, {0.1, 0, Car, true}, {0.1, 0, Boat, false},
		// 20 cm at 2 m/s: HR 0.5, caution; a car is at d·v 0.4 m²/s, past Shand's 0.3.
		{0.2, 2, Pedestrian, true}, {0.2, 2, Car, false}, {0.2, 2, EmergencyVehicle, true},
		// 40 cm still: HR 1.2 (danger for some): adults pass, the vulnerable do not.
		{0.4, 0, Pedestrian, true}, {0.4, 0, VulnerablePedestrian, false},
		// 40 cm at 1 m/s: HR 1.6, danger for most.
		{0.4, 1, Pedestrian, false}, {0.4, 1, EmergencyVehicle, true},
		{0.45, 1.5, EmergencyVehicle, false}, {0.2, 3.1, EmergencyVehicle, false},
		// Kramer et al.'s total head: 25 cm at 1 m/s is 0.30 m of head, too much for a
		// car though d·v (0.25 m²/s) is within Shand's limit; 20 cm at 1.2 m/s is 0.27 m.
		{0.25, 1, Car, false}, {0.2, 1.2, Car, true},
		// Their 0.6 m for emergency vehicles: 20 cm at 2.9 m/s is within all of Shand's
		// limits (d 0.2 m, d·v 0.58 m²/s, v < 3 m/s) but a head of 0.63 m; at 2.5 m/s it
		// is 0.52 m.
		{0.2, 2.9, EmergencyVehicle, false}, {0.2, 2.5, EmergencyVehicle, true},
		{1, 1, Boat, true}, {1, 3.5, Boat, false},
	}
	for _, c := range cases {
		if got := PassableFlow(c.depth, c.speed, c.mover); got != c.want {
			t.Errorf("PassableFlow(%v m, %v m/s, %s) = %v, want %v", c.depth, c.speed, c.mover, got, c.want)
		}
	}
	for m := range moverCount {
		if PassableFlow(float32(math.NaN()), 0, m) {
			t.Errorf("a %s passes NaN water", m)
		}
	}
}
