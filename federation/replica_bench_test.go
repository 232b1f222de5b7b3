package federation

import (
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/sim"
)

// BenchmarkReplicatedOrder measures what an order costs before it can be acknowledged
// when the township's journal is replicated: journaled and synced to disk (the served
// drill today, the baseline), then also copied to the journal stream on one broker
// (R1) and on a cluster of three (R3, the design's), in the same run, one order of
// each in turn. It reports each one's 50th and 95th percentiles and the ratios of
// the replicated medians to the baseline's.
func BenchmarkReplicatedOrder(b *testing.B) {
	d := drilltest.Builtin(b, "combined", true)
	_, js1 := startBroker(b)
	js3 := startCluster(b, 3)
	dir := b.TempDir()
	record := func(name string, m journal.Mirror) *journal.Recorder {
		w, err := d.NewWorld(sim.Options{})
		if err != nil {
			b.Fatal(err)
		}
		rec, err := journal.Start(filepath.Join(dir, name+".journal"), w)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { rec.Close() })
		if m != nil {
			if err := rec.MirrorTo(m); err != nil {
				b.Fatal(err)
			}
		}
		return rec
	}
	recs := []*journal.Recorder{
		record("local", nil),
		record("r1", waitReplica(b, js1, Township{Drill: "bench", Town: "r1"}, 1)),
		record("r3", waitReplica(b, js3, Township{Drill: "bench", Town: "r3"}, 3)),
	}
	times := make([][]time.Duration, len(recs))
	b.ResetTimer()
	for i := range b.N {
		c := d.Commands[i%len(d.Commands)]
		for k, rec := range recs {
			start := time.Now()
			if _, err := rec.Apply(c); err != nil {
				b.Fatal(err)
			}
			times[k] = append(times[k], time.Since(start))
		}
	}
	b.StopTimer()
	for k, name := range []string{"fsync", "r1", "r3"} {
		b.ReportMetric(quantileMs(times[k], 0.50), name+"_p50_ms")
		b.ReportMetric(quantileMs(times[k], 0.95), name+"_p95_ms")
	}
	base := quantileMs(times[0], 0.50)
	b.ReportMetric(quantileMs(times[1], 0.50)/base, "x_r1_vs_fsync")
	b.ReportMetric(quantileMs(times[2], 0.50)/base, "x_r3_vs_fsync")
}
