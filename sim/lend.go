package sim

import "drillsim/scenarios"

// carryLend lends the order's unit to township o.Town of a county drill (区域协作): at
// the order's tick the unit leaves this town's world, as a reinforcement not yet
// arrived is absent from it, and takes no more orders here. Only an idle unit of the
// town's own goes: not one busy at a task, a village's cadres, or a unit another
// township lent.
func (w *World) carryLend(o *scenarios.Order, ev *Event, _ int64) (*Event, Reason) {
	if o.Town == "" {
		return nil, because(ReasonNoTown)
	}
	u, reason := w.commandable(o.Unit)
	switch {
	case !reason.IsZero():
		return nil, reason
	case u.from != "":
		return nil, because(ReasonNotOurs, u.id, u.from)
	case u.village >= 0:
		return nil, because(ReasonVillageUnit, u.id, w.villageName(int(u.village)))
	case u.state != UnitIdle:
		return nil, because(ReasonUnitBusy, u.id, string(u.task))
	}
	u.state, u.lentTo = UnitAbsent, o.Town
	u.route, u.cum = u.route[:0], u.cum[:0]
	u.agent = w.orderAgent(ev.Role, ev.Seq)
	ev.Unit, ev.UnitKind, ev.Count, ev.Place = u.id, u.kind, u.count, o.Town
	return nil, Reason{}
}

// lentTo returns the township the unit with id is lent to when every unit of that id
// is lent, "" otherwise.
func (w *World) lentTo(id string) string {
	town := ""
	for i := range w.units {
		u := &w.units[i]
		if u.id != id {
			continue
		}
		if u.lentTo == "" {
			return ""
		}
		town = u.lentTo
	}
	return town
}
