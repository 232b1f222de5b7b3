package scoring

import (
	"slices"

	"drillsim/scenarios"
	"drillsim/sim"
)

// StatusPoint is the drill's figures at one moment, from a status event.
type StatusPoint struct {
	T      int64
	Counts sim.Counts
}

// RoadCut is one road a hazard cut: when, and when (if ever) it was reopened.
type RoadCut struct {
	Road    string
	Village string
	CutS    int64
	// Cleared reports whether it reopened before the log ended; ClearedS is when.
	Cleared  bool
	ClearedS int64
}

// DurationS is how long the road was cut: until it reopened, or until endS.
func (c RoadCut) DurationS(endS int64) int64 {
	if c.Cleared {
		return c.ClearedS - c.CutS
	}
	return max(0, endS-c.CutS)
}

// Outcome is what the drill came to for the people and the town, read from the event
// log alone.
type Outcome struct {
	// EndS is the last second in the log.
	EndS int64
	// Series are the status figures in time order; Final is the last of them.
	Series []StatusPoint
	Final  sim.Counts
	// PeakInDanger is the most people in danger at once, first reached at PeakInDangerS.
	PeakInDanger  int
	PeakInDangerS int64
	// LastShelteredS is when the last evacuees reached a shelter (AnySheltered false
	// when nobody did).
	AnySheltered   bool
	LastShelteredS int64
	// Casualties adds up the casualty events (a status count wins when larger).
	Casualties int
	// BuildingsDestroyed adds up building_destroyed events (or the status count).
	BuildingsDestroyed int
	// Cuts are the road cuts, in the order they happened; a road cut twice has two.
	Cuts []RoadCut
}

// Measured reports whether the log holds the drill's status figures (people in danger,
// residents sheltered, area burnt). A village's own events leave out those figures,
// which count the whole town: without them these indicators are unknown, not zero.
func (o Outcome) Measured() bool { return len(o.Series) > 0 }

// ShareSheltered is the share of residents in a shelter at the end (0 without status).
func (o Outcome) ShareSheltered() float64 {
	if o.Final.Residents == 0 {
		return 0
	}
	return float64(o.Final.Sheltered) / float64(o.Final.Residents)
}

// RoadsCut counts the distinct roads cut during the drill.
func (o Outcome) RoadsCut() int {
	var roads []string
	for _, c := range o.Cuts {
		if !slices.Contains(roads, c.Road) {
			roads = append(roads, c.Road)
		}
	}
	return len(roads)
}

// RoadsStillCut counts the roads cut at the end of the log.
func (o Outcome) RoadsStillCut() int {
	n := 0
	for _, c := range o.Cuts {
		if !c.Cleared {
			n++
		}
	}
	return n
}

// RoadHoursCut adds up how long roads were cut, in hours.
func (o Outcome) RoadHoursCut() float64 {
	var s int64
	for _, c := range o.Cuts {
		s += c.DurationS(o.EndS)
	}
	return float64(s) / 3600
}

// CutAt returns the roads cut at second t, in the order they were cut.
func (o Outcome) CutAt(t int64) []RoadCut {
	var cut []RoadCut
	for _, c := range o.Cuts {
		if c.CutS <= t && (!c.Cleared || c.ClearedS > t) {
			cut = append(cut, c)
		}
	}
	return cut
}

// MostCut returns when the most roads were cut at once (first reached) and how many;
// 0 and -1 when no road was cut. It sweeps the cuts and reopenings in time order.
func (o Outcome) MostCut() (n int, t int64) {
	type change struct {
		t     int64
		delta int
	}
	changes := make([]change, 0, 2*len(o.Cuts))
	for _, c := range o.Cuts {
		changes = append(changes, change{c.CutS, 1})
		if c.Cleared {
			changes = append(changes, change{c.ClearedS, -1})
		}
	}
	// At the same second, reopenings first: CutAt counts a road cleared at t as open.
	slices.SortStableFunc(changes, func(a, b change) int {
		if a.t != b.t {
			return int(a.t - b.t)
		}
		return a.delta - b.delta
	})
	t, open := int64(-1), 0
	for i, ch := range changes {
		open += ch.delta
		if (i+1 == len(changes) || changes[i+1].t != ch.t) && open > n {
			n, t = open, ch.t
		}
	}
	return n, t
}

// PeopleMinutesInDangerBetween returns the people-minutes in danger that built up
// from second a to second b, read from the cumulative figure of the status events at
// or before each (so to the status interval, every 5 simulated minutes).
func (o Outcome) PeopleMinutesInDangerBetween(a, b int64) float64 {
	if b <= a {
		return 0
	}
	return o.peopleMinutesAt(b) - o.peopleMinutesAt(a)
}

// peopleMinutesAt is the cumulative people-minutes in danger of the last status at
// or before t.
func (o Outcome) peopleMinutesAt(t int64) float64 {
	i, _ := slices.BinarySearchFunc(o.Series, t+1, func(p StatusPoint, t int64) int {
		switch {
		case p.T < t:
			return -1
		case p.T > t:
			return 1
		}
		return 0
	})
	if i == 0 {
		return 0
	}
	return o.Series[i-1].Counts.PeopleMinutesInDanger
}

// Outcomes reads the outcome indicators from a drill's events, in the order they
// happened. A road cleared that was never cut is ignored; a road cut again while cut
// keeps its first cut.
func Outcomes(events []sim.Event) Outcome {
	var o Outcome
	var casualties, destroyed int
	for i := range events {
		e := &events[i]
		o.EndS = max(o.EndS, e.T)
		switch e.Kind {
		case scenarios.EventStatus:
			if e.Counts == nil {
				continue
			}
			o.Series = append(o.Series, StatusPoint{T: e.T, Counts: *e.Counts})
			if e.Counts.InDanger > o.PeakInDanger {
				o.PeakInDanger, o.PeakInDangerS = e.Counts.InDanger, e.T
			}
		case scenarios.EventSheltered:
			o.AnySheltered, o.LastShelteredS = true, e.T
		case scenarios.EventCasualty:
			casualties += countOf(e)
		case scenarios.EventBuildingDestroyed:
			destroyed += countOf(e)
		case scenarios.EventRoadCut:
			if o.openCut(e.Road) < 0 {
				o.Cuts = append(o.Cuts, RoadCut{Road: e.Road, Village: e.Village, CutS: e.T})
			}
		case scenarios.EventRoadCleared:
			if j := o.openCut(e.Road); j >= 0 {
				o.Cuts[j].Cleared, o.Cuts[j].ClearedS = true, e.T
			}
		}
	}
	if n := len(o.Series); n > 0 {
		o.Final = o.Series[n-1].Counts
	}
	o.Casualties = max(casualties, o.Final.Casualties)
	o.BuildingsDestroyed = max(destroyed, o.Final.BuildingsDestroyed)
	return o
}

// openCut returns the index of the road's cut not yet cleared, or -1.
func (o *Outcome) openCut(road string) int {
	for j := len(o.Cuts) - 1; j >= 0; j-- {
		if o.Cuts[j].Road == road && !o.Cuts[j].Cleared {
			return j
		}
	}
	return -1
}

// countOf is the number of people or buildings an event concerns: its count, or one
// when it names none.
func countOf(e *sim.Event) int {
	if e.Count > 0 {
		return e.Count
	}
	return 1
}
