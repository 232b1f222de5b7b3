package report

import (
	"io"
	"testing"
	"time"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// BenchmarkReportHTMLAndPDF writes the full after-action report of the built-in
// flood drill (run with its reference orders) as HTML and as PDF, charts and maps
// included, and reports the time as a share of the 2-second budget.
func BenchmarkReportHTMLAndPDF(b *testing.B) {
	needCJKFont(b)
	town, err := maps.Default()
	if err != nil {
		b.Fatal(err)
	}
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		b.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		b.Fatal(err)
	}
	orders, err := scenarios.LoadReferenceOrders(scn.ID)
	if err != nil {
		b.Fatal(err)
	}
	world, err := sim.New(town, scn, sim.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var events []sim.Event
	sim.Run(world, sim.CommandsOf(orders.Orders, scn.Tick.Seconds()), func(e sim.Event) { events = append(events, e) }, nil)
	a := scoring.Assess(plan, scn, world.Header(), "flood.jsonl", events, observation.DefaultItems, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r, err := New(&a, town, i18n.Chinese)
		if err != nil {
			b.Fatal(err)
		}
		if err := r.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
		if err := r.WritePDF(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	perOp := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(perOp.Seconds()/2, "x_of_2s_budget")
}
