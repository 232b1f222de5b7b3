package draft

import (
	"fmt"
	"slices"
	"strings"

	"drillsim/drill"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// refinements is how many times the reference response is played and corrected: for
// the people hurt it did not foresee, for orders the engine refused.
const refinements = 4

// writeOrders plays the drill without orders to learn its course, writes the
// reference response that follows it, and plays that, correcting it (orders refused
// are left out and said; people hurt are treated) until it plays cleanly.
func (b *builder) writeOrders(s *sketch, scn *scenarios.Scenario) error {
	d, err := b.check("")
	if err != nil {
		return err
	}
	none, err := play(d, nil)
	if err != nil {
		return err
	}
	c := courseOf(none)
	var orders []scenarios.Order
	var last []string // the orders refused in the last play
	for range refinements {
		orders = b.reference(s, scn, c)
		orders = slices.DeleteFunc(orders, func(o scenarios.Order) bool { return slices.Contains(b.refused, orderKey(o)) })
		events, err := play(d, orders)
		if err != nil {
			return err
		}
		refused := false
		last = last[:0]
		for _, e := range events {
			if e.Kind == scenarios.EventRejected && e.Seq >= 1 && int(e.Seq) <= len(orders) {
				o := orders[e.Seq-1]
				b.refused = append(b.refused, orderKey(o))
				last = append(last, fmt.Sprintf("%s at %v (%s)", o.Order, o.At, e.Reason))
				refused = true
			}
		}
		hurt := courseOf(events).hurt
		if !refused && (len(hurt) == 0 || len(c.hurt) > 0) {
			break
		}
		c.hurt = hurt
	}
	if slices.ContainsFunc(orders, func(o scenarios.Order) bool { return slices.Contains(b.refused, orderKey(o)) }) {
		return fmt.Errorf("the reference response still has orders refused after %d tries (%s); this is drillsim's fault: please report it", refinements, strings.Join(last, "; "))
	}
	file := scenarios.Orders{Scenario: scn.ID, Title: scn.Title + "示范处置", Orders: orders}
	data, err := marshalYAML(fmt.Sprintf("示范处置 the reference response of %s: what a well-run command post and village cadres order,\nwith the town's own units and shelters (drillsim new). Play it: drillsim run %s.yaml --orders %s.orders.yaml", scn.ID, scn.ID, scn.ID), file)
	if err != nil {
		return err
	}
	b.result.Orders, err = b.write(scn.ID+".orders.yaml", data)
	return err
}

// orderKey identifies an order across rebuilds of the response. A dispatch is known
// by where it sends and what for, not which unit: where no road leads for one unit of a
// kind, none goes.
func orderKey(o scenarios.Order) string {
	unit := o.Unit
	if o.Order == scenarios.OrderDispatch {
		unit = ""
	}
	return fmt.Sprintf("%v|%s|%s|%s|%s|%s|%s|%s", o.At, o.Role, o.Order, unit, o.To, o.Task, o.Shelter, o.Road)
}

// play runs drill d with orders (none: nil) and returns its events.
func play(d *drill.Drill, orders []scenarios.Order) ([]sim.Event, error) {
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		return nil, err
	}
	var events []sim.Event
	sim.Run(w, sim.CommandsOf(orders, d.Scenario.Tick.Seconds()), func(e sim.Event) { events = append(events, e) }, nil)
	return events, nil
}

// score loads the drill written as drillsim run does, with its reference orders and
// with none, and grades both as drillsim score does.
func (b *builder) score() error {
	grade := func(orders string) (float64, error) {
		d, err := b.check(orders)
		if err != nil {
			return 0, err
		}
		w, err := d.NewWorld(sim.Options{})
		if err != nil {
			return 0, err
		}
		var events []sim.Event
		sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
		if n := slices.IndexFunc(events, func(e sim.Event) bool { return e.Kind == scenarios.EventRejected }); n >= 0 {
			return 0, fmt.Errorf("the reference response has an order refused (%v); this is drillsim's fault: please report it", events[n].Reason)
		}
		return scoring.Assess(d.Plan, d.Scenario, w.Header(), "", events, observation.DefaultItems, nil).Final, nil
	}
	var err error
	if b.result.Reference, err = grade(b.result.Orders); err != nil {
		return err
	}
	b.result.None, err = grade("")
	return err
}
