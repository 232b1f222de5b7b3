package scoring

import (
	"drillsim/scenarios"
	"drillsim/sim"
)

// Clocks follows the plan requirements in force for a drill through its events as
// they come: the one implementation of the requirements' clocks, which Windows runs
// over a finished drill's log and the window runs live. A window starts at the first
// event firing its start trigger and stops at the first firing its stop trigger; a
// stop before the start counts as done at the start. Both triggers watch every event
// from the first, so a set of places completed partly before the start and partly
// after it still stops the clock when it completes.
type Clocks struct {
	windows     []Window
	start, stop []*sim.TriggerMatcher
	open        int // the windows not both started and stopped
}

// NewClocks prepares to follow the requirements of plan in force for scenario scn:
// those of its response level (plan.RequirementsAt) that apply to its hazard types,
// in plan order.
func NewClocks(plan *scenarios.Plan, scn *scenarios.Scenario) *Clocks {
	c := &Clocks{}
	types := scn.Hazards.Types()
	for _, r := range plan.RequirementsAt(scn.Level) {
		if !r.AppliesTo(types) {
			continue
		}
		c.windows = append(c.windows, Window{Requirement: r, AllowedS: r.Allowed.Seconds()})
		c.start = append(c.start, sim.NewTriggerMatcher(r.Start, scn))
		c.stop = append(c.stop, sim.NewTriggerMatcher(r.Stop, scn))
	}
	c.open = len(c.windows)
	return c
}

// Observe takes the next events of the drill, oldest first.
func (c *Clocks) Observe(events []sim.Event) {
	for i := 0; i < len(events) && c.open > 0; i++ {
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
				c.open--
			}
		}
	}
}

// Windows returns every requirement's window so far, in plan order. Callers must not
// change it.
func (c *Clocks) Windows() []Window { return c.windows }

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

// StateAt is the state of the window at scenario second now, and the seconds left
// before its deadline (negative once overdue; zero unless it is running).
func (w *Window) StateAt(now int64) (ClockState, int64) {
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
