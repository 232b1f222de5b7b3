package scenarios

import (
	"math"
	"testing"
)

// benchWeather is the flood scenario's rain: eight hourly steps.
var benchWeather = Weather{Rain: []RainRate{
	{At: 0, MMPerH: 35}, {At: At(Hour), MMPerH: 62}, {At: At(2 * Hour), MMPerH: 78}, {At: At(3 * Hour), MMPerH: 50},
	{At: At(4 * Hour), MMPerH: 28}, {At: At(5 * Hour), MMPerH: 12}, {At: At(6 * Hour), MMPerH: 3}, {At: At(7 * Hour), MMPerH: 0},
}}

// rainfallPerSecond is the naive baseline: the window's rain summed second by second.
func rainfallPerSecond(w Weather, from, to At) float64 {
	total := 0.0
	for t := from; t < to; t++ {
		total += w.RainAt(t) / 3600
	}
	return total
}

// BenchmarkRainfallWindow measures what a rain-triggered landslide costs the engine:
// the rain of a 6 h window, once per 10 s tick over an 8 h scenario, by RainfallMM's
// step integral against summing the window second by second.
func BenchmarkRainfallWindow(b *testing.B) {
	const window, tick, end = At(6 * Hour), At(10), At(8 * Hour)
	sweep := func(f func(Weather, At, At) float64) float64 {
		sum := 0.0
		for t := At(0); t <= end; t += tick {
			sum += f(benchWeather, max(0, t-window), t)
		}
		return sum
	}
	if got, want := sweep(Weather.RainfallMM), sweep(rainfallPerSecond); math.Abs(got-want) > 1e-6*want {
		b.Fatalf("integral %g, per-second sum %g", got, want)
	}
	var naive float64
	b.Run("per_second_sum", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sweep(rainfallPerSecond)
		}
		naive = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("step_integral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sweep(Weather.RainfallMM)
		}
		if ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N); ours > 0 && naive > 0 {
			b.ReportMetric(naive/ours, "x_vs_per_second_sum")
		}
	})
}
