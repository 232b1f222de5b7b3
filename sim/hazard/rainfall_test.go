package hazard

import (
	"math"
	"strings"
	"testing"
)

// storm is 10 mm/h for an hour, 40 mm/h for half an hour, then dry.
func storm(t *testing.T) *Rainfall {
	t.Helper()
	r, err := NewRainfall([]RainPoint{{3600, 10}, {7200, 40}, {9000, 0}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRainfallIntensityAndTotals(t *testing.T) {
	r := storm(t)
	cases := []struct {
		t           int64
		mmh, totalM float64
	}{
		{0, 0, 0}, {3599, 0, 0}, {3600, 10, 0}, {5400, 10, 5}, {7200, 40, 10},
		{8100, 40, 20}, {9000, 0, 30}, {90000, 0, 30},
	}
	for _, c := range cases {
		if got := r.At(c.t); got != c.mmh {
			t.Errorf("At(%d) = %v mm/h, want %v", c.t, got, c.mmh)
		}
		if got := r.Total(c.t); math.Abs(got-c.totalM) > 1e-9 {
			t.Errorf("Total(%d) = %v mm, want %v", c.t, got, c.totalM)
		}
	}
	if got := r.Between(5400, 8100); math.Abs(got-15) > 1e-9 {
		t.Errorf("Between(5400, 8100) = %v mm, want 15", got)
	}
	if got := r.Between(8100, 5400); got != 0 {
		t.Errorf("Between with the window reversed = %v mm, want 0", got)
	}
}

func TestRainfallRejectsBadPoints(t *testing.T) {
	_, err := NewRainfall([]RainPoint{{0, 5}, {60, -1}})
	if err == nil || !strings.Contains(err.Error(), "rainfall point 1 has -1 mm/h") {
		t.Errorf("negative intensity: error %v", err)
	}
	_, err = NewRainfall([]RainPoint{{0, 5}, {0, 1}})
	if err == nil || !strings.Contains(err.Error(), "rainfall point 1") {
		t.Errorf("repeated time: error %v", err)
	}
}

func TestRainfallLastIntensityContinues(t *testing.T) {
	r, err := NewRainfall([]RainPoint{{0, 6}})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total(36000); math.Abs(got-60) > 1e-9 {
		t.Errorf("10 h at 6 mm/h gives %v mm, want 60", got)
	}
}
