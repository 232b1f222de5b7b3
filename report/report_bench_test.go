package report

import (
	"io"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/observation"
	"drillsim/scoring"
	"drillsim/sim"
)

// BenchmarkReportHTMLAndPDF writes the full after-action report of the built-in
// flood drill (run with its reference orders) as HTML and as PDF, charts and maps
// included, and reports the time as a share of the 2-second budget.
func BenchmarkReportHTMLAndPDF(b *testing.B) {
	needCJKFont(b)
	d, err := drill.Builtin("flood", true)
	if err != nil {
		b.Fatal(err)
	}
	world, err := d.NewWorld(sim.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var events []sim.Event
	sim.Run(world, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
	a := scoring.Assess(d.Plan, d.Scenario, world.Header(), "flood.jsonl", events, observation.DefaultItems, nil)
	town := d.Town
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
