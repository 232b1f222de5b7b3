package federation

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/sim"
)

// BenchmarkRestore measures the part of a failover that is not waiting for the lost
// server's hold to lapse: the standby reads the township's journal from its stream
// into a file and resumes the drill from it (replaying every entry), against resuming
// from the journal on the server's own disk (what `drillsim serve --resume` does
// after a restart), in the same run, for the whole combined drill. It reports both
// and their ratio.
func BenchmarkRestore(b *testing.B) {
	d := drilltest.Builtin(b, "combined", true)
	_, js := startBroker(b)
	town := Township{Drill: "bench", Town: "restore"}
	dir := b.TempDir()
	local := filepath.Join(dir, "local.journal")
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		b.Fatal(err)
	}
	rec, err := journal.Start(local, w)
	if err != nil {
		b.Fatal(err)
	}
	if err := rec.MirrorTo(waitReplica(b, js, town, 1)); err != nil {
		b.Fatal(err)
	}
	if err := rec.Run(d.Commands, nil, nil); err != nil {
		b.Fatal(err)
	}
	rec.Close()
	resume := func(path string) {
		r, err := journal.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		w, err := d.NewWorld(sim.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := journal.Replay(w, r.Entries, nil); err != nil {
			b.Fatal(err)
		}
	}
	var fromDisk, fromStream time.Duration
	lines := 0
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		resume(local)
		fromDisk += time.Since(start)

		start = time.Now()
		path := filepath.Join(dir, fmt.Sprintf("restored-%d.journal", i))
		if lines, err = Restore(context.Background(), js, town, path); err != nil {
			b.Fatal(err)
		}
		resume(path)
		fromStream += time.Since(start)
	}
	b.StopTimer()
	b.ReportMetric(float64(lines), "journal_lines")
	b.ReportMetric(float64(fromDisk.Microseconds())/1000/float64(b.N), "disk_resume_ms")
	b.ReportMetric(float64(fromStream.Microseconds())/1000/float64(b.N), "stream_restore_ms")
	b.ReportMetric(float64(fromStream)/float64(fromDisk), "x_stream_vs_disk")
}
