package federation

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/nats-io/nats.go/jetstream"

	"drillsim/scenarios"
	"drillsim/sim"
)

// Lead is how many ticks ahead of the county clock a county order is stamped: it is
// in its township's journal before the township may step to its tick, whatever the
// network's delay, since the county's stream holds it before the clock tick that
// allows its tick (one stream, read in order).
const Lead = 1

// Order gives township town the county command post's order o (given as 县指挥部) at
// the first tick the county clock has not allowed yet plus lead−1 (lead ≥ 1), and
// returns the order's number and tick. The township journals it at that tick.
func (c *County) Order(ctx context.Context, town string, o scenarios.Order, lead int64) (uint64, int64, error) {
	if !slices.Contains(c.towns, town) {
		return 0, 0, fmt.Errorf("no township %q in the county drill %s: its townships are %v", town, c.t.Drill, c.towns)
	}
	if reason := sim.RoleRefusal(scenarios.RoleCounty, o.Order); !reason.IsZero() {
		return 0, 0, fmt.Errorf("county order to %s: %s", town, reason)
	}
	c.said.Lock()
	defer c.said.Unlock()
	tick := c.allowed + max(lead, Lead)
	n, err := c.orderAt(ctx, town, o, tick)
	return n, tick, err
}

// orderAt gives township town order o at tick, which the county clock must not have
// allowed yet; c.said is held.
func (c *County) orderAt(ctx context.Context, town string, o scenarios.Order, tick int64) (uint64, error) {
	if tick <= c.allowed {
		return 0, fmt.Errorf("county order to %s at tick %d: the county clock has allowed tick %d already", town, tick, c.allowed)
	}
	o.Role = scenarios.RoleCounty
	n := c.next
	if err := c.publishOrder(ctx, town, n, sim.Command{Tick: tick, Order: o}); err != nil {
		return 0, err
	}
	c.next++
	return n, nil
}

// publishOrder puts command cmd, county order n, in the county's stream for town.
func (c *County) publishOrder(ctx context.Context, town string, n uint64, cmd sim.Command) error {
	b, err := json.Marshal(cmd)
	if err != nil {
		return err
	}
	t := Township{Drill: c.t.Drill, Town: town}
	if _, err := c.js.Publish(ctx, t.orderSubject(n), b, jetstream.WithMsgID("county:"+strconv.FormatUint(n, 10))); err != nil {
		return fmt.Errorf("county order %d to %s did not reach the county's stream: %w", n, town, err)
	}
	return nil
}
