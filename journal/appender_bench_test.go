package journal

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// unsynced is a journal file whose Sync does nothing: the baseline that shows what
// durability costs.
type unsynced struct{ *os.File }

func (unsynced) Sync() error { return nil }

// BenchmarkAppend measures the latency of journaling one command, written and synced
// to disk, and of the same append without the sync, in the same run. It reports the
// 50th and 99th percentiles of each and the ratio of the medians.
func BenchmarkAppend(b *testing.B) {
	dir := b.TempDir()
	synced, err := create(filepath.Join(dir, "synced.journal"), testHeader)
	if err != nil {
		b.Fatal(err)
	}
	defer synced.close()
	plain, err := create(filepath.Join(dir, "plain.journal"), testHeader)
	if err != nil {
		b.Fatal(err)
	}
	defer plain.close()
	plain.f = unsynced{plain.f.(*os.File)}

	b.ReportAllocs()
	syncedTimes := make([]time.Duration, 0, b.N)
	plainTimes := make([]time.Duration, 0, b.N)
	e := commandEntry(0, 0)
	b.ResetTimer()
	for i := range b.N {
		for _, a := range []*appender{synced, plain} {
			e.Tick, e.Command.Tick, e.Command.Seq = int64(i), int64(i)+1, uint64(i)+1
			start := time.Now()
			if err := a.append(e); err != nil {
				b.Fatal(err)
			}
			elapsed := time.Since(start)
			if a == synced {
				syncedTimes = append(syncedTimes, elapsed)
			} else {
				plainTimes = append(plainTimes, elapsed)
			}
		}
	}
	b.StopTimer()
	slices.Sort(syncedTimes)
	slices.Sort(plainTimes)
	p := func(ts []time.Duration, q float64) float64 {
		return float64(ts[int(q*float64(len(ts)-1))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(p(syncedTimes, 0.50), "p50_us")
	b.ReportMetric(p(syncedTimes, 0.99), "p99_us")
	b.ReportMetric(p(plainTimes, 0.50), "nosync_p50_us")
	b.ReportMetric(p(plainTimes, 0.99), "nosync_p99_us")
	b.ReportMetric(p(syncedTimes, 0.50)/p(plainTimes, 0.50), "x_vs_nosync")
}
