package federation

import (
	"context"
	"time"
)

// Drive runs the county clock up to tick last, from the tick after the last it
// allowed: every interval of wall time a tick, or, at interval 0 (the speed max), a
// tick as soon as every township has reported standing at the one before. It returns
// nil once every township stands at last (or at its drill's end), or ctx's or the
// broker's error.
func (c *County) Drive(ctx context.Context, last int64, interval time.Duration) error {
	var tick <-chan time.Time
	if interval > 0 {
		t := time.NewTicker(interval)
		defer t.Stop()
		tick = t.C
	}
	for next := c.Allowed() + 1; next <= last; next++ {
		if interval > 0 {
			select {
			case <-tick:
			case <-ctx.Done():
				return ctx.Err()
			}
		} else if next > 1 {
			if _, err := c.AwaitReady(ctx, next-1); err != nil {
				return err
			}
		}
		if err := c.Advance(ctx, next); err != nil {
			return err
		}
	}
	_, err := c.AwaitReady(ctx, last)
	return err
}
