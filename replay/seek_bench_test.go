package replay

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// BenchmarkSeek seeks the replay of the 8-hour flood drill to random minutes, from
// its checkpoints and, as the baseline, by replaying from the start (a replayer whose
// only checkpoint is the start). It reports the seek times' p50, p95 and max in
// milliseconds and the ratio of the baseline's mean to the checkpoints' mean.
func BenchmarkSeek(b *testing.B) {
	d := loadFlood(b)
	r, err := New(d.journal, d.Town, d.Scenario, CheckpointSeconds(d.Scenario))
	if err != nil {
		b.Fatal(err)
	}
	fromStart, err := New(d.journal, d.Town, d.Scenario, int64(d.Scenario.Duration)+1)
	if err != nil {
		b.Fatal(err)
	}
	minutes := r.EndS() / 60
	rng := rand.New(rand.NewPCG(1, 2))
	var took, baseline []time.Duration
	seek := func(r *Replayer, s int64, into *[]time.Duration) {
		start := time.Now()
		if err := r.SeekTo(s); err != nil {
			b.Fatal(err)
		}
		*into = append(*into, time.Since(start))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		s := rng.Int64N(minutes+1) * 60
		seek(r, s, &took)
		b.StopTimer()
		seek(fromStart, s, &baseline)
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(took)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(took[len(took)/2]), "p50_ms")
	b.ReportMetric(ms(took[(len(took)*95)/100]), "p95_ms")
	b.ReportMetric(ms(took[len(took)-1]), "max_ms")
	b.ReportMetric(float64(sum(baseline))/float64(sum(took)), "x_vs_from_start")
}

// sum adds up durations.
func sum(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}
