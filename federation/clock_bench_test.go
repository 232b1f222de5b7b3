package federation

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"drillsim/drill/drilltest"
)

// BenchmarkCountyClock steps 36 township worlds (the synthetic county's count; each
// the demo town's flood, the township server's part of a county drill) on the county
// clock through the broker, each township with its own connection: at the speed max
// (the clock moves on once every township has reported the last tick) against the same
// worlds stepped in lockstep in process, without a broker (the baseline), in the same
// run; then at x60 (a tick due every tickSeconds/60 of wall time), how late the last
// township's report of each tick comes, in ticks. It reports the ticks per second of
// both, their ratio, and the lateness.
func BenchmarkCountyClock(b *testing.B) {
	const townships, maxTicks, x60Ticks = 36, 30, 12
	broker, js := startBroker(b)
	d := drilltest.Builtin(b, "flood", false)
	var towns []string
	for i := range townships {
		towns = append(towns, fmt.Sprintf("t%02d", i+1))
	}
	var maxDur, baseDur time.Duration
	var maxLate float64
	late := 0
	tickWall := time.Duration(d.Scenario.Tick) * time.Second / 60
	for i := range b.N {
		drill := fmt.Sprintf("bench%d", i)
		ctx, cancel := context.WithCancel(context.Background())
		county, err := OpenCounty(ctx, js, drill, towns)
		if err != nil {
			b.Fatal(err)
		}
		var alone []*steppedWorld
		for _, town := range towns {
			follow(b, ctx, broker.URL(), d, Township{Drill: drill, Town: town})
			alone = append(alone, &steppedWorld{w: drilltest.World(b, d)})
		}
		wait, cancelWait := context.WithTimeout(ctx, 5*time.Minute)

		start := time.Now()
		for tick := int64(1); tick <= maxTicks; tick++ {
			var wg sync.WaitGroup
			for _, s := range alone {
				wg.Go(func() { s.stepTo(tick) })
			}
			wg.Wait()
		}
		baseDur += time.Since(start)

		start = time.Now()
		for tick := int64(1); tick <= maxTicks; tick++ {
			if err := county.Advance(wait, tick); err != nil {
				b.Fatal(err)
			}
			if _, err := county.AwaitReady(wait, tick); err != nil {
				b.Fatal(err)
			}
		}
		maxDur += time.Since(start)

		due := time.Now()
		for tick := int64(maxTicks + 1); tick <= maxTicks+x60Ticks; tick++ {
			time.Sleep(time.Until(due))
			if err := county.Advance(wait, tick); err != nil {
				b.Fatal(err)
			}
			got, err := county.AwaitReady(wait, tick)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range got {
				if l := float64(r.At.Sub(due)) / float64(tickWall); l > maxLate {
					maxLate = l
				}
				if r.At.Sub(due) > tickWall {
					late++
				}
			}
			due = due.Add(tickWall)
		}
		cancelWait()
		county.Close()
		cancel()
	}
	b.StopTimer()
	perSec := func(d time.Duration) float64 { return float64(maxTicks*b.N) / d.Seconds() }
	b.ReportMetric(perSec(maxDur), "max_ticks/s")
	b.ReportMetric(perSec(baseDur), "in_process_ticks/s")
	b.ReportMetric(float64(maxDur)/float64(baseDur), "x_broker_vs_in_process")
	b.ReportMetric(maxLate, "x60_max_late_ticks")
	b.ReportMetric(float64(late), "x60_late_reports")
	b.ReportMetric(townships, "townships")
}
