package server

import "time"

// clock is the served drill's clock: the only place where wall time meets the drill.
// At a timed speed it steps a tick every tickS/speed wall seconds, on a schedule, so
// that a late step does not delay the next ones; at SpeedMax whenever the seats are
// ready; paused (0) never.
type clock struct {
	speed   int
	tickS   int64
	running bool
	next    time.Time // when the next timed step is due
}

// never is how far off a timer that must not fire is set.
const never = 24 * time.Hour

// start starts the clock at now.
func (c *clock) start(now time.Time) {
	c.running = true
	c.set(c.speed, now)
}

// set changes the speed at now: the next timed step is a whole tick away.
func (c *clock) set(speed int, now time.Time) {
	c.speed = speed
	if c.speed > 0 {
		c.next = now.Add(c.interval())
	}
}

// interval is the wall time of a tick at a timed speed.
func (c *clock) interval() time.Duration {
	return time.Duration(c.tickS) * time.Second / time.Duration(c.speed)
}

// isDue reports whether a step is due at now.
func (c *clock) isDue(now time.Time) bool {
	switch {
	case !c.running || c.speed == 0:
		return false
	case c.speed == SpeedMax:
		return true
	}
	return !now.Before(c.next)
}

// stepped notes a step taken at now and returns how late it was, in ticks' wall time
// (0 at SpeedMax, where nothing is late).
func (c *clock) stepped(now time.Time) float64 {
	if c.speed <= 0 {
		return 0
	}
	late := now.Sub(c.next)
	c.next = c.next.Add(c.interval())
	return max(0, float64(late)/float64(c.interval()))
}

// arm sets timer t for the next step: at once when a SpeedMax drill may step (maxOK)
// or when a lost seat's grace ends (until), at the timed step's time, or never.
func (c *clock) arm(t *time.Timer, now time.Time, started, maxOK bool, until time.Time) {
	d := never
	switch {
	case !started || !c.running || c.speed == 0:
	case c.speed == SpeedMax && maxOK:
		d = 0
	case c.speed == SpeedMax && !until.IsZero():
		d = until.Sub(now)
	case c.speed > 0:
		d = c.next.Sub(now)
	}
	t.Reset(max(d, 0))
}

// shown is the speed a seat's clock shows.
func (c *clock) shown() int {
	if !c.running {
		return 0
	}
	return c.speed
}
