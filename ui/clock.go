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

// Update returns how many ticks the world moves on during one Update.
func (c *Clock) Update() int {
	if c.step {
		c.step = false
		return 1
	}
	c.pending += int64(c.speed)
	per := c.tickS * UpdatesPerSecond
	n := c.pending / per
	c.pending -= n * per
	return int(n)
}

// ScenarioTime is the date and time of scenario second t.
func ScenarioTime(s *scenarios.Scenario, t int64) time.Time {
	return s.Start.Add(time.Duration(t) * time.Second)
}
