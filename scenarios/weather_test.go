package scenarios

import (
	"math"
	"testing"
)

func TestWeatherSeries(t *testing.T) {
	w := Weather{
		Rain: []RainRate{{At: 0, MMPerH: 20}, {At: At(Hour), MMPerH: 60}, {At: At(3 * Hour), MMPerH: 0}},
		Wind: []WindState{{At: At(30 * Minute), SpeedMS: 6, FromDeg: 225}},
	}
	if got := w.RainAt(At(90 * Minute)); got != 60 {
		t.Errorf("RainAt(+1h30m) = %g, want 60", got)
	}
	if got := w.RainAt(At(5 * Hour)); got != 0 {
		t.Errorf("RainAt after the rain stopped = %g, want 0", got)
	}
	if got := w.WindAt(0); got.SpeedMS != 0 {
		t.Errorf("wind before the first entry = %+v, want calm", got)
	}
	if got := w.WindAt(At(Hour)); got.SpeedMS != 6 || got.FromDeg != 225 {
		t.Errorf("WindAt(+1h) = %+v", got)
	}
	tests := []struct {
		from, to At
		want     float64
	}{
		{0, At(Hour), 20},
		{0, At(3 * Hour), 140},
		{At(30 * Minute), At(90 * Minute), 10 + 30},
		{0, At(8 * Hour), 140},
		{At(2 * Hour), At(Hour), 0},
	}
	for _, tt := range tests {
		if got := w.RainfallMM(tt.from, tt.to); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("RainfallMM(%v, %v) = %g, want %g", tt.from, tt.to, got, tt.want)
		}
	}
}
