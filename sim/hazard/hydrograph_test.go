package hazard

import (
	"strings"
	"testing"
)

func TestHydrographInterpolates(t *testing.T) {
	h, err := NewHydrograph([]StagePoint{{600, 0}, {4200, 3}, {7800, 3}, {11400, 1}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		t    int64
		want float64
	}{
		{0, 0}, {600, 0}, {1800, 1}, {4200, 3}, {6000, 3}, {9600, 2}, {11400, 1}, {99999, 1},
	}
	for _, c := range cases {
		if got := h.At(c.t); got != c.want {
			t.Errorf("At(%d) = %v m, want %v m", c.t, got, c.want)
		}
	}
}

func TestHydrographRejectsTimesOutOfOrder(t *testing.T) {
	_, err := NewHydrograph([]StagePoint{{0, 0}, {3600, 2}, {1800, 3}})
	if err == nil || !strings.Contains(err.Error(), "hydrograph point 2") {
		t.Errorf("error %v, want it to name hydrograph point 2", err)
	}
}

func TestHydrographOwnsItsPoints(t *testing.T) {
	points := []StagePoint{{0, 1}, {10, 2}}
	h, err := NewHydrograph(points)
	if err != nil {
		t.Fatal(err)
	}
	points[0].Rise = 99
	h.Points()[1].Rise = 99
	if h.At(0) != 1 || h.At(10) != 2 {
		t.Error("changing the caller's points or Points() changed the hydrograph")
	}
}

func TestHydrographAtAllocatesNothing(t *testing.T) {
	h, err := NewHydrograph([]StagePoint{{0, 0}, {10, 2}, {20, 1}})
	if err != nil {
		t.Fatal(err)
	}
	var tick int64
	if n := testing.AllocsPerRun(100, func() { tick++; _ = h.At(tick % 30) }); n != 0 {
		t.Errorf("At allocates %v times, want 0", n)
	}
}
