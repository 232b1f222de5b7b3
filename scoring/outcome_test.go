package scoring

import (
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

// statusAt is a status event with people in danger, sheltered and the running total
// of people-minutes in danger.
func statusAt(t int64, inDanger, sheltered int, pm float64) sim.Event {
	return sim.Event{T: t, Kind: scenarios.EventStatus, Counts: &sim.Counts{Residents: 100, InDanger: inDanger, Sheltered: sheltered, PeopleMinutesInDanger: pm}}
}

func TestOutcomesByHand(t *testing.T) {
	events := []sim.Event{
		statusAt(300, 0, 0, 0),
		{T: 400, Kind: scenarios.EventRoadCut, Road: "河街"},
		{T: 500, Kind: scenarios.EventRoadCut, Road: "河街"},      // cut again while cut: keeps the first
		{T: 550, Kind: scenarios.EventRoadCleared, Road: "石板巷"}, // never cut: ignored
		statusAt(600, 20, 10, 100),
		{T: 700, Kind: scenarios.EventSheltered, Shelter: "中学", Count: 10},
		{T: 800, Kind: scenarios.EventCasualty, Count: 2},
		{T: 850, Kind: scenarios.EventCasualty}, // no count: one person
		statusAt(900, 30, 40, 250),
		{T: 1000, Kind: scenarios.EventRoadCleared, Road: "河街"},
		{T: 1100, Kind: scenarios.EventRoadCut, Road: "南岸街"},
		{T: 1150, Kind: scenarios.EventSheltered, Shelter: "中学", Count: 30},
		{T: 1160, Kind: scenarios.EventBuildingDestroyed, Count: 3},
		statusAt(1200, 30, 50, 400),
		{T: 1500, Kind: scenarios.EventRoadCut, Road: "河街"},
		{T: 1800, Kind: scenarios.EventRoadCleared, Road: "河街"},
		statusAt(2100, 5, 50, 500),
	}
	o := Outcomes(events)
	if o.PeakInDanger != 30 || o.PeakInDangerS != 900 {
		t.Errorf("peak %d at %d, want 30 first reached at 900", o.PeakInDanger, o.PeakInDangerS)
	}
	if !o.AnySheltered || o.LastShelteredS != 1150 || o.ShareSheltered() != 0.5 {
		t.Errorf("last sheltered at %d, share %g; want 1150 and 0.5", o.LastShelteredS, o.ShareSheltered())
	}
	if o.Casualties != 3 || o.BuildingsDestroyed != 3 {
		t.Errorf("casualties %d, buildings destroyed %d; want 3 and 3", o.Casualties, o.BuildingsDestroyed)
	}
	if o.RoadsCut() != 2 || len(o.Cuts) != 3 {
		t.Errorf("%d roads cut in %d cuts, want 2 roads in 3 cuts", o.RoadsCut(), len(o.Cuts))
	}
	// 河街 400-1000 (600 s) and 1500-1800 (300 s); 南岸街 1100 to the end 2100 (1000 s).
	if got := o.RoadHoursCut(); got != 1900.0/3600 {
		t.Errorf("road-hours cut %g, want %g", got, 1900.0/3600)
	}
	if cut := o.CutAt(1600); len(cut) != 2 || cut[0].Road != "南岸街" || cut[1].Road != "河街" {
		t.Errorf("cut at 1600: %+v, want 南岸街 then 河街 (its second cut)", cut)
	}
	if o.Final.PeopleMinutesInDanger != 500 {
		t.Errorf("people-minutes in danger %g, want 500", o.Final.PeopleMinutesInDanger)
	}
	for _, tc := range []struct {
		a, b int64
		want float64
	}{{0, 2100, 500}, {600, 1200, 300}, {650, 1199, 150}, {1200, 600, 0}, {0, 299, 0}} {
		if got := o.PeopleMinutesInDangerBetween(tc.a, tc.b); got != tc.want {
			t.Errorf("people-minutes between %d and %d: %g, want %g", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestOutcomesOfAnEmptyLog(t *testing.T) {
	o := Outcomes(nil)
	if o.ShareSheltered() != 0 || o.RoadsCut() != 0 || o.PeakInDanger != 0 || o.AnySheltered {
		t.Errorf("an empty log has outcome %+v, want nothing", o)
	}
}

// TestMostCut checks the sweep against counting the roads cut at every cut's moment.
func TestMostCut(t *testing.T) {
	o := Outcome{Cuts: []RoadCut{
		{Road: "a", CutS: 100, Cleared: true, ClearedS: 400},
		{Road: "b", CutS: 200, Cleared: true, ClearedS: 300},
		{Road: "c", CutS: 300},
		{Road: "d", CutS: 400},
		{Road: "e", CutS: 500},
	}}
	want, wantT := 0, int64(-1)
	for _, c := range o.Cuts {
		if n := len(o.CutAt(c.CutS)); n > want {
			want, wantT = n, c.CutS
		}
	}
	if n, at := o.MostCut(); n != want || at != wantT {
		t.Errorf("MostCut = %d at %d, counting each moment gives %d at %d", n, at, want, wantT)
	}
	if n, at := (Outcome{}).MostCut(); n != 0 || at != -1 {
		t.Errorf("MostCut of no cuts = %d at %d, want 0 at -1", n, at)
	}
}
