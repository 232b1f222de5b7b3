package hazard

import (
	"math"
	"strings"
	"testing"
)

func TestCheckSeries(t *testing.T) {
	times := []int64{0, 60, 60}
	values := []float64{1, 2, 3}
	at := func(i int) int64 { return times[i] }
	val := func(i int) float64 { return values[i] }
	err := checkSeries("hydrograph", 3, at, val)
	if err == nil || !strings.Contains(err.Error(), "hydrograph point 2 at 60 s is not after point 1 at 60 s") {
		t.Errorf("repeated time: error %v", err)
	}
	values[1] = math.Inf(1)
	err = checkSeries("rainfall", 2, at, val)
	if err == nil || !strings.Contains(err.Error(), "rainfall point 1 has value +Inf") {
		t.Errorf("infinite value: error %v", err)
	}
	if err := checkSeries("rainfall", 0, at, val); err == nil || !strings.Contains(err.Error(), "no points") {
		t.Errorf("empty series: error %v", err)
	}
	values[1] = 2
	if err := checkSeries("rainfall", 2, at, val); err != nil {
		t.Errorf("valid series rejected: %v", err)
	}
}

func TestSegmentAt(t *testing.T) {
	times := []int64{10, 20, 40}
	at := func(i int) int64 { return times[i] }
	cases := []struct {
		t    int64
		want int
	}{{-5, -1}, {9, -1}, {10, 0}, {19, 0}, {20, 1}, {39, 1}, {40, 2}, {1 << 40, 2}}
	for _, c := range cases {
		if got := segmentAt(len(times), c.t, at); got != c.want {
			t.Errorf("segmentAt(%d) = %d, want %d", c.t, got, c.want)
		}
	}
}
