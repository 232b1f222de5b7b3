package federation

import (
	"context"
	"fmt"
	"slices"

	"drillsim/scenarios"
	"drillsim/sim"
)

// Grant is a unit the county command post lent from one township to another
// (区域协作): county order Lend made it leave township From at tick Leaves, county
// order Receive brings it, as unit ID, into township To at place Entry at tick
// Arrives, the road time later.
type Grant struct {
	From, To, Unit, ID string
	Kind               scenarios.UnitKind
	Count              int
	Entry              string
	Lend, Receive      uint64
	Leaves, Arrives    int64
}

// RefusedError is a township's refusal of a county order, with the engine's reason.
type RefusedError struct {
	Town   string
	Order  scenarios.OrderKind
	Reason sim.Reason
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("township %s refused the county's %s order: %s", e.Town, e.Order, e.Reason)
}

// Lend lends township from's unit to township to, travelS seconds of road away: the
// unit leaves from at the first tick the county clock has not allowed; once from has
// carried the order out (it may refuse: the unit busy, lent already, a village's,
// another township's), it arrives in to at the place to names for lent units, the
// road time after it left (or, should to's clock have passed that tick meanwhile, at
// the first tick the county has not allowed), as unit "<from>/<unit>". Both ticks are
// the county's, written in both townships' journals before either reaches them, so
// that each township's drill replays alone. Lend waits for the lending township's
// outcome, so the county clock must run meanwhile.
func (c *County) Lend(ctx context.Context, from, to, unit string, travelS int64) (Grant, error) {
	g := Grant{From: from, To: to, Unit: unit, ID: from + "/" + unit}
	for _, town := range []string{from, to} {
		if !slices.Contains(c.towns, town) {
			return g, fmt.Errorf("no township %q in the county drill %s: its townships are %v", town, c.t.Drill, c.towns)
		}
	}
	if from == to {
		return g, fmt.Errorf("township %s cannot lend a unit to itself", from)
	}
	lender, ok1 := c.StatusOf(from)
	receiver, ok2 := c.StatusOf(to)
	if !ok1 || !ok2 {
		return g, fmt.Errorf("the county has not heard from townships %s and %s yet: lend once both report", from, to)
	}
	if lender.TickS != receiver.TickS || lender.TickS <= 0 {
		return g, fmt.Errorf("townships %s and %s step %d s and %d s ticks: a county drill's townships share the tick", from, to, lender.TickS, receiver.TickS)
	}
	i := slices.IndexFunc(lender.Free, func(u UnitStatus) bool { return u.ID == unit })
	if i < 0 {
		return g, fmt.Errorf("unit %s is not one township %s could lend at tick %d (busy, lent, a village's, another township's, or none of its own): it could lend %v", unit, from, lender.Tick, freeIDs(lender.Free))
	}
	if receiver.Entry == "" {
		return g, fmt.Errorf("township %s has no place for units lent to it to arrive at (its map has no station or shelter that an order can name): add a town hall station to its map", to)
	}
	free := lender.Free[i]
	g.Kind, g.Entry = free.Kind, receiver.Entry

	c.said.Lock()
	g.Leaves = c.allowed + Lead
	n, err := c.orderAt(ctx, from, scenarios.Order{Order: scenarios.OrderLend, Unit: unit, Town: to}, g.Leaves)
	c.said.Unlock()
	if err != nil {
		return g, err
	}
	g.Lend = n
	out, err := c.AwaitOutcome(ctx, n)
	if err != nil {
		return g, err
	}
	if !out.Refused.IsZero() {
		return g, &RefusedError{Town: from, Order: scenarios.OrderLend, Reason: out.Refused}
	}
	g.Leaves, g.Count = out.Tick, out.Count
	travel := max((travelS+lender.TickS-1)/lender.TickS, 1)
	c.said.Lock()
	g.Arrives = max(g.Leaves+travel, c.allowed+Lead)
	g.Receive, err = c.orderAt(ctx, to, scenarios.Order{Order: scenarios.OrderReceive, Unit: g.ID, Kind: g.Kind, Count: g.Count,
		Town: from, To: g.Entry, Text: free.Name}, g.Arrives)
	c.said.Unlock()
	return g, err
}

// freeIDs are the ids of units.
func freeIDs(units []UnitStatus) []string {
	ids := make([]string, len(units))
	for i, u := range units {
		ids[i] = u.ID
	}
	return ids
}
