package federation

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/drill/drilltest"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/sim"
)

// runTownServer runs a township server of drill d at the speed max with no seat
// joined, journaling to dir/name.journal, until the benchmark ends.
func runTownServer(b *testing.B, d *drill.Drill, dir, name string, t *server.Township) *server.Server {
	s, err := server.New(server.Config{Drill: d, Journal: filepath.Join(dir, name+".journal"), Seats: servertest.Seats(b, scenarios.RoleCommand),
		Speed: server.SpeedMax, Wait: time.Millisecond, Township: t})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	b.Cleanup(func() { cancel(); <-s.Done() })
	go s.Run(ctx)
	return s
}

// BenchmarkCountyOrder measures the crossing of a county order: from the county
// command post's order to its township's word that the order was carried out, with
// the county clock moved to the order's tick: through the broker (the county's
// stream to the township's server, journaled there with fsync and applied by its
// next step, the outcome back to the county) against the same township server given
// the order in process (journaled with fsync, applied by its next step, seen by the
// step's hook), one of each in turn in the same run. It reports each one's 50th and
// 95th percentiles and the ratio of the medians.
func BenchmarkCountyOrder(b *testing.B) {
	d := drilltest.Builtin(b, "flood", false)
	broker, js := startBroker(b)
	dir := b.TempDir()
	ctx := context.Background()
	county, err := OpenCounty(ctx, js, "bench", []string{"town"})
	if err != nil {
		b.Fatal(err)
	}
	defer county.Close()
	m, err := NewMember(connect(b, broker.URL()), Township{Drill: "bench", Town: "town"}, d, nil)
	if err != nil {
		b.Fatal(err)
	}
	crossing := runTownServer(b, d, dir, "crossing", &server.Township{Stepped: m.Stepped})
	follow, stopFollow := context.WithCancel(ctx)
	defer stopFollow()
	go m.Follow(follow, crossing)

	seen := make(chan struct{}, 1)
	inProcess := runTownServer(b, d, dir, "in-process", &server.Township{Stepped: func(_ *sim.World, _ *sim.Snapshot, events []sim.Event) {
		for _, e := range events {
			if e.Kind == scenarios.EventOrder && e.Role == scenarios.RoleCounty {
				seen <- struct{}{}
			}
		}
	}})

	order := scenarios.Order{Order: scenarios.OrderReleaseInfo, Text: "县指挥部：各乡镇做好转移安置准备"}
	var viaBroker, direct []time.Duration
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		n, tick, err := county.Order(ctx, "town", order, Lead)
		if err != nil {
			b.Fatal(err)
		}
		if err := county.Advance(ctx, tick); err != nil {
			b.Fatal(err)
		}
		if out, err := county.AwaitOutcome(ctx, n); err != nil || !out.Refused.IsZero() {
			b.Fatalf("county order %d: %+v, %v", n, out, err)
		}
		viaBroker = append(viaBroker, time.Since(start))

		start = time.Now()
		o := order
		o.Role = scenarios.RoleCounty
		tick = int64(i) + 1
		if _, err := inProcess.Give(uint64(i)+1, sim.Command{Tick: tick, Order: o}); err != nil {
			b.Fatal(err)
		}
		inProcess.Allow(tick)
		<-seen
		direct = append(direct, time.Since(start))
	}
	b.StopTimer()
	b.ReportMetric(quantileMs(viaBroker, 0.50), "broker_p50_ms")
	b.ReportMetric(quantileMs(viaBroker, 0.95), "broker_p95_ms")
	b.ReportMetric(quantileMs(direct, 0.50), "inprocess_p50_ms")
	b.ReportMetric(quantileMs(direct, 0.95), "inprocess_p95_ms")
	b.ReportMetric(quantileMs(viaBroker, 0.50)/quantileMs(direct, 0.50), "x_broker_vs_inprocess")
}
