package scoring

import (
	"drillsim/scenarios"
	"drillsim/sim"
)

// Clocks follows the plan requirements of a seat through a drill's events as they
// come: the one implementation of the requirements' clocks, which Windows runs over a
// finished drill's log and the window runs live. A window starts at the first event
// firing its start trigger and stops at the first firing its stop trigger that the
// clause allows: by default only what the participants did (an order, or a
// dispatched unit's task), never the world; for a village seat, only what its own
// cadres did in their village. A stop before the start counts as done at the start,
// unless the clause counts only stops after it (a report after what it reports), or
// the stop was a unit on scene that left before the clock started: a unit still in
// place counts (提前到位). Both triggers watch every event from the first, so a set of
// places completed partly before the start and partly after it still stops the clock
// when it completes.
type Clocks struct {
	windows []Window
	clocks  []clock
	seat    Seat
	scn     *scenarios.Scenario
	open    int // the windows not both started and stopped
}

// clock is the matching state of one window.
type clock struct {
	start, stop *sim.TriggerMatcher
	stopTrigger scenarios.Trigger // as the stop reads it, to start over when an early stop is void
	// early is the command of the unit whose arrival stopped the clock before it
	// started, 0 when none did: its task ending first makes the stop void.
	early uint64
}

// NewClocks prepares to follow the town's requirements of plan in force for scenario
// scn: those of its response level (plan.RequirementsAt) that apply to its hazard
// types and fall on the command post or its units, in plan order.
func NewClocks(plan *scenarios.Plan, scn *scenarios.Scenario) *Clocks {
	return NewSeatClocks(plan, scn, Town)
}

// NewSeatClocks prepares to follow the requirements of plan in force for scenario scn
// that are seat's duties (Seat.Requirements), in plan order.
func NewSeatClocks(plan *scenarios.Plan, scn *scenarios.Scenario, seat Seat) *Clocks {
	c := &Clocks{seat: seat, scn: scn}
	for _, r := range seat.Requirements(plan, scn) {
		c.windows = append(c.windows, Window{Requirement: r, AllowedS: r.Allowed.Seconds()})
		k := clock{stopTrigger: r.Stop.StopTrigger()}
		k.start = c.matcher(r.Start)
		k.stop = c.matcher(k.stopTrigger)
		c.clocks = append(c.clocks, k)
	}
	c.open = len(c.windows)
	return c
}

// matcher matches trigger t for the seat: a village's sets of places (all_threatened)
// are those in the village.
func (c *Clocks) matcher(t scenarios.Trigger) *sim.TriggerMatcher {
	m := sim.NewTriggerMatcher(t, c.scn)
	if c.seat.Village() != "" {
		m.Within(c.seat.holds)
	}
	return m
}

// Observe takes the next events of the drill, oldest first.
func (c *Clocks) Observe(events []sim.Event) {
	for i := 0; i < len(events) && c.open > 0; i++ {
		e := &events[i]
		if !c.seat.sees(e, c.scn) {
			continue
		}
		for k := range c.windows {
			w, ck := &c.windows[k], &c.clocks[k]
			if w.Started && w.Stopped {
				continue
			}
			if w.Stopped && !w.Started && ck.early != 0 && e.Kind == scenarios.EventTaskDone && e.Seq == ck.early {
				// The unit that was in place left before the clock started.
				w.Stopped, w.StopS, ck.early = false, 0, 0
				ck.stop = c.matcher(ck.stopTrigger)
			}
			if !w.Started && ck.start.Observe(e) {
				w.Started, w.StartS = true, e.T
				if w.Stopped {
					w.StopS, w.StopBeforeStart = e.T, true
				}
			}
			if !w.Stopped && (w.Started || !ck.stopTrigger.AfterStart) && c.seat.credits(e) && ck.stop.Observe(e) {
				w.Stopped, w.StopS = true, e.T
				if !w.Started && e.Kind == scenarios.EventUnitOnScene {
					ck.early = e.Seq
				}
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
