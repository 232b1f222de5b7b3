package ui

import (
	"time"

	"drillsim/scenarios"
)

// UpdatesPerSecond is the rate at which Ebiten calls Update; the clock turns each
// Update into a fixed number of simulated seconds, so wall time reaches the world
// only here.
const UpdatesPerSecond = 60

// Speeds are the clock's speed-ups, simulated seconds per wall second; 0 is paused.
var Speeds = [...]int{0, 1, 10, 60, 300}

// Clock turns Updates into world ticks at a chosen speed. It counts in sixtieths of
// a simulated second, so no fraction of a tick is ever lost or rounded.
type Clock struct {
	speed   int   // simulated seconds per wall second
	pending int64 // sixtieths of a simulated second not yet stepped
	tickS   int64
	step    bool
}

// NewClock returns a paused clock for ticks of tickS seconds.
func NewClock(tickS int64) *Clock { return &Clock{tickS: max(tickS, 1)} }

// SetSpeed sets the speed-up (one of Speeds; 0 pauses) and drops any part tick.
func (c *Clock) SetSpeed(s int) {
	c.speed = max(s, 0)
	c.pending = 0
}

// Speed returns the speed-up, 0 when paused.
func (c *Clock) Speed() int { return c.speed }

// Step asks for one tick at the next Update; it pauses the clock.
func (c *Clock) Step() {
	c.SetSpeed(0)
	c.step = true
}

// Update returns how many ticks the world moves on during one Update, at the speed
// set or, when capped is above zero and below it, at capped.
func (c *Clock) Update(capped int) int {
	if c.step {
		c.step = false
		return 1
	}
	speed := c.speed
	if capped > 0 {
		speed = min(speed, capped)
	}
	c.pending += int64(speed)
	per := c.tickS * UpdatesPerSecond
	n := c.pending / per
	c.pending -= n * per
	return int(n)
}

// ScenarioTime is the date and time of scenario second t.
func ScenarioTime(s *scenarios.Scenario, t int64) time.Time {
	return s.Start.Add(time.Duration(t) * time.Second)
}

// Before the end of a drill, and of each tabletop phase, the fastest speed slows to
// slowSpeed for the last slowBeforeS seconds, so that the end is never missed.
const (
	slowSpeed   = 60
	slowBeforeS = 10 * 60
)

// endAhead is the second of the next end the clock slows before: the end of the
// tabletop phase running, else of the drill.
func (g *Game) endAhead() int64 {
	scn := g.session.Scenario()
	if g.tabletop() {
		if i := nextPhase(scn, g.snap.T); i >= 0 {
			return int64(scn.Phases[i].To)
		}
	}
	return int64(scn.Duration)
}

// speedCap is the speed the clock may not pass now: slowSpeed in the last
// slowBeforeS seconds before endAhead, else none (0).
func (g *Game) speedCap() int {
	if g.endAhead()-g.snap.T <= slowBeforeS {
		return slowSpeed
	}
	return 0
}

// slowed reports whether the clock runs slower than it was set to, near an end.
func (g *Game) slowed() bool {
	c := g.speedCap()
	return c > 0 && g.clock.Speed() > c
}
