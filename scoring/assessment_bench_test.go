package scoring

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"drillsim/scenarios"
	"drillsim/sim"
)

// syntheticFlood returns the built-in flood scenario, its plan and a synthetic log
// of n events, one a second: status figures every 5 minutes, arrivals at shelters,
// 40 roads cut and cleared in turn, and the events that start and stop the plan's
// requirements spread from a tenth to nine tenths of the log.
func syntheticFlood(tb testing.TB, n int) (*scenarios.Plan, *scenarios.Scenario, []sim.Event) {
	tb.Helper()
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		tb.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		tb.Fatal(err)
	}
	order, task, command := scenarios.CauseOrder, scenarios.CauseTask, scenarios.RoleCommand
	milestones := map[int]sim.Event{
		n / 10:     {Kind: scenarios.EventRainWarning, Level: "orange", Cause: scenarios.CauseWorld},
		n / 5:      {Kind: scenarios.EventHazardStarted, Hazard: "dacao-flood", HazardType: scenarios.HazardFlood, Cause: scenarios.CauseWorld},
		n/5 + 2400: {Kind: scenarios.EventResponseActivated, Level: "IV", Cause: order, Role: command}, // 40 minutes of 30: partial points
		n / 3:      {Kind: scenarios.EventOrder, Order: scenarios.OrderDispatch, Cause: order, Role: command},
		n / 2:      {Kind: scenarios.EventReportSent, Report: scenarios.ReportInitial, Cause: order, Role: command},
		n * 6 / 10: {Kind: scenarios.EventOrder, Order: scenarios.OrderEvacuate, Cause: order, Role: command},
		n * 7 / 10: {Kind: scenarios.EventOrder, Order: scenarios.OrderOpenShelter, Cause: order, Role: command},
		n * 8 / 10: {Kind: scenarios.EventUnitOnScene, UnitKind: scenarios.UnitRescueTeam, Cause: task, Role: command},
		n * 9 / 10: {Kind: scenarios.EventInfoReleased, Cause: order, Role: command},
	}
	events := make([]sim.Event, n)
	pm := 0.0
	for i := range events {
		e := sim.Event{T: int64(i), Kind: scenarios.EventSheltered, Shelter: "福宝中学", Count: 1}
		switch {
		case milestones[i].Kind != "":
			e = milestones[i]
			e.T = int64(i)
		case i%300 == 0:
			inDanger := int(50 + 50*math.Sin(float64(i)/5e4))
			pm += float64(inDanger) * 5
			e = sim.Event{T: int64(i), Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 20000, Sheltered: i / 100, InDanger: inDanger, PeopleMinutesInDanger: pm}}
		case i%1000 == 7:
			e = sim.Event{T: int64(i), Kind: scenarios.EventRoadCut, Road: fmt.Sprintf("road-%d", (i/1000)%40)}
		case i%1000 == 507:
			e = sim.Event{T: int64(i), Kind: scenarios.EventRoadCleared, Road: fmt.Sprintf("road-%d", (i/1000)%40), Cause: task, Role: command}
		case i%5000 == 11:
			e = sim.Event{T: int64(i), Kind: scenarios.EventCasualty, Count: 1}
		}
		events[i] = e
	}
	return plan, scn, events
}

// naiveScore grades the log the obvious way, rescanning it for everything: for each
// requirement one scan for its start and one for its stop, one scan per outcome
// figure, and one per road for its cuts. It is the benchmarks' baseline and the
// tests' cross-check.
func naiveScore(plan *scenarios.Plan, scn *scenarios.Scenario, events []sim.Event) (total float64, o Outcome) {
	firstFire := func(t scenarios.Trigger, from int) int {
		m := sim.NewTriggerMatcher(t, scn)
		for i := from; i < len(events); i++ {
			if m.Observe(&events[i]) {
				return i
			}
		}
		return -1
	}
	var points, weight float64
	for _, r := range Town.Requirements(plan, scn) {
		start := firstFire(r.Start, 0)
		if start < 0 {
			continue
		}
		w := Window{Requirement: r, Started: true, StartS: events[start].T, AllowedS: r.Allowed.Seconds()}
		from := 0
		if r.Stop.AfterStart {
			from = start
		}
		if stop := firstFire(r.Stop.StopTrigger(), from); stop >= 0 {
			w.Stopped, w.StopS = true, max(events[stop].T, w.StartS)
			w.ResponseS = w.StopS - w.StartS
		}
		points += RequirementPoints(w, plan.Scoring.ZeroAtMultiple)
		weight += r.Weight
	}
	if weight > 0 {
		total = 100 * points / weight
	}
	for i := range events {
		if e := &events[i]; e.Kind == scenarios.EventStatus && e.Counts.InDanger > o.PeakInDanger {
			o.PeakInDanger, o.PeakInDangerS = e.Counts.InDanger, e.T
		}
	}
	for i := range events {
		if events[i].Kind == scenarios.EventSheltered {
			o.AnySheltered, o.LastShelteredS = true, events[i].T
		}
	}
	for i := range events {
		if events[i].Kind == scenarios.EventCasualty {
			o.Casualties += countOf(&events[i])
		}
	}
	var roads []string
	for i := range events {
		if events[i].Kind == scenarios.EventRoadCut && !slices.Contains(roads, events[i].Road) {
			roads = append(roads, events[i].Road)
		}
	}
	for _, road := range roads {
		for i := range events {
			e := &events[i]
			switch {
			case e.Road != road:
			case e.Kind == scenarios.EventRoadCut && (len(o.Cuts) == 0 || o.Cuts[len(o.Cuts)-1].Road != road || o.Cuts[len(o.Cuts)-1].Cleared):
				o.Cuts = append(o.Cuts, RoadCut{Road: road, CutS: e.T})
			case e.Kind == scenarios.EventRoadCleared && len(o.Cuts) > 0 && o.Cuts[len(o.Cuts)-1].Road == road && !o.Cuts[len(o.Cuts)-1].Cleared:
				o.Cuts[len(o.Cuts)-1].Cleared, o.Cuts[len(o.Cuts)-1].ClearedS = true, e.T
			}
		}
	}
	return total, o
}

func TestNaiveScoreAgrees(t *testing.T) {
	plan, scn, events := syntheticFlood(t, 200_000)
	a := Assess(plan, scn, sim.EventLogHeader{}, "synthetic", events, nil, nil)
	total, o := naiveScore(plan, scn, events)
	if math.Abs(total-a.Scorecard.Total) > 1e-9 {
		t.Errorf("total %g, the naive rescan says %g", a.Scorecard.Total, total)
	}
	if a.Scorecard.Total == 0 || a.Scorecard.Total == 100 {
		t.Errorf("the synthetic log scores %g: it should exercise partial points", a.Scorecard.Total)
	}
	if o.PeakInDanger != a.Outcome.PeakInDanger || o.PeakInDangerS != a.Outcome.PeakInDangerS || o.LastShelteredS != a.Outcome.LastShelteredS || o.Casualties != a.Outcome.Casualties {
		t.Errorf("outcome %+v, naive %+v", a.Outcome, o)
	}
	if len(o.Cuts) != len(a.Outcome.Cuts) || o.RoadHoursCut() != a.Outcome.RoadHoursCut() {
		t.Errorf("%d cuts (%g road-hours), naive %d (%g)", len(a.Outcome.Cuts), a.Outcome.RoadHoursCut(), len(o.Cuts), o.RoadHoursCut())
	}
}

// BenchmarkAssessMillionEvents scores a synthetic log of 1,000,000 events (the plan's
// windows, the outcome and the points), against the naive rescan in the same run.
func BenchmarkAssessMillionEvents(b *testing.B) {
	plan, scn, events := syntheticFlood(b, 1_000_000)
	start := time.Now()
	naiveRuns := 0
	for time.Since(start) < time.Second || naiveRuns < 2 {
		naiveScore(plan, scn, events)
		naiveRuns++
	}
	naivePerOp := time.Since(start) / time.Duration(naiveRuns)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Assess(plan, scn, sim.EventLogHeader{}, "synthetic", events, nil, nil)
	}
	b.StopTimer()
	perOp := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(naivePerOp)/float64(perOp), "x_vs_naive")
	b.ReportMetric(perOp.Seconds()*1e3, "ms/1M_events")
}
