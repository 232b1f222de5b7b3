package ui

import (
	"slices"

	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// RequirementClocks follows the plan requirements in force for a drill through its
// events as they come, the way scoring.Windows follows a finished drill: a window
// starts at the first event firing its start trigger and stops at the first firing
// its stop trigger, and a stop before the start counts as done at the start.
type RequirementClocks struct {
	windows     []scoring.Window
	start, stop []*sim.TriggerMatcher
}

// NewRequirementClocks prepares to follow the requirements of plan in force for
// scenario scn: those of its response level that apply to its hazard types, in plan
// order.
func NewRequirementClocks(plan *scenarios.Plan, scn *scenarios.Scenario) *RequirementClocks {
	c := &RequirementClocks{}
	types := scn.Hazards.Types()
	for _, r := range plan.RequirementsAt(scn.Level) {
		if !r.AppliesTo(types) {
			continue
		}
		c.windows = append(c.windows, scoring.Window{Requirement: r, AllowedS: r.Allowed.Seconds()})
		c.start = append(c.start, sim.NewTriggerMatcher(r.Start, scn))
		c.stop = append(c.stop, sim.NewTriggerMatcher(r.Stop, scn))
	}
	return c
}

// Observe takes the next events of the drill, oldest first.
func (c *RequirementClocks) Observe(events []sim.Event) {
	for i := range events {
		e := &events[i]
		for k := range c.windows {
			w := &c.windows[k]
			if w.Started && w.Stopped {
				continue
			}
			if !w.Started && c.start[k].Observe(e) {
				w.Started, w.StartS = true, e.T
				if w.Stopped {
					w.StopS, w.StopBeforeStart = e.T, true
				}
			}
			if !w.Stopped && c.stop[k].Observe(e) {
				w.Stopped, w.StopS = true, e.T
			}
			if w.Started && w.Stopped {
				w.ResponseS = w.StopS - w.StartS
				w.Met = w.ResponseS <= w.AllowedS
			}
		}
	}
}

// Windows returns every requirement's window so far, in plan order. Callers must not
// change it.
func (c *RequirementClocks) Windows() []scoring.Window { return c.windows }

// ClockState is where a requirement's clock stands at a moment.
type ClockState uint8

// The clock states.
const (
	ClockWaiting ClockState = iota // the start trigger has not fired
	ClockRunning                   // started, more than a quarter of the allowed time left
	ClockClosing                   // started, in the last quarter of the allowed time
	ClockOverdue                   // started, past the allowed time, not done
	ClockMet                       // done within the allowed time
	ClockMissed                    // done, but later than allowed
)

// StateAt is the state of window w at scenario second now, and the seconds left
// before its deadline (negative once overdue; zero unless it is running).
func StateAt(w *scoring.Window, now int64) (ClockState, int64) {
	switch {
	case !w.Started:
		return ClockWaiting, 0
	case w.Stopped && w.Met:
		return ClockMet, 0
	case w.Stopped:
		return ClockMissed, 0
	}
	left := w.StartS + w.AllowedS - now
	switch {
	case left < 0:
		return ClockOverdue, left
	case 4*left <= w.AllowedS:
		return ClockClosing, left
	}
	return ClockRunning, left
}

// Running reports whether a state is a clock still counting down or overdue.
func (s ClockState) Running() bool {
	return s == ClockRunning || s == ClockClosing || s == ClockOverdue
}

// concernsVillage reports whether requirement r is the business of village v's
// cadres, for scenario scn on town t: its clock starts or stops with v (or a zone in
// v) warned or evacuated, names v, or stops with a report, which village cadres send
// too. The command post's own duties (response levels, dispatches, shelters, public
// information) are not theirs.
func concernsVillage(r scenarios.Requirement, v string, scn *scenarios.Scenario, t *maps.Town) bool {
	inV := func(place string) bool { return place == v || zoneVillage(t, place) == v }
	names := func(tr scenarios.Trigger) bool {
		switch {
		case tr.Village == v, tr.Zone != "" && inV(tr.Zone), slices.ContainsFunc(tr.AllOf, inV):
			return true
		case tr.AllThreatened:
			return slices.ContainsFunc(scn.Hazards.ThreatenedVillages(), inV) || slices.ContainsFunc(scn.Hazards.ThreatenedZones(), inV)
		}
		return false
	}
	return names(r.Start) || names(r.Stop) || r.Stop.Event == scenarios.EventReportSent
}

// zoneVillage is the village holding the centre of hazard zone name, "" when none
// does or there is no such zone.
func zoneVillage(t *maps.Town, name string) string {
	for _, z := range t.HazardZones {
		if z.Name != name {
			continue
		}
		c, _ := planar.CentroidArea(z.Area)
		for _, h := range t.Index.Within(c, 0, nil, maps.KindVillage) {
			return t.Villages[h.Index].Name
		}
	}
	return ""
}
