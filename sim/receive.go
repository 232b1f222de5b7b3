package sim

import "drillsim/scenarios"

// carryReceive brings into the town, at the order's tick and place, a unit township
// o.Town lends it (区域协作): idle at o.To, it takes the command post's orders from
// then on as the town's own units do, under the id the order gives it (which no unit
// of the town may bear). Its arrival is a reinforcement's: the event
// reinforcement_arrived, which the plan's clauses on reinforcements arriving match.
// The county decides the tick, the lending township's tick plus the road time between
// the two, so both worlds replay the same.
func (w *World) carryReceive(o *scenarios.Order, ev *Event, _ int64) (*Event, Reason) {
	if o.Town == "" {
		return nil, because(ReasonNoTown)
	}
	if !o.Kind.Valid() {
		return nil, because(ReasonUnknownUnitKind, string(o.Kind))
	}
	for i := range w.units {
		if w.units[i].id == o.Unit {
			return nil, because(ReasonUnitExists, o.Unit)
		}
	}
	p, ok := w.places.find(o.To)
	if !ok {
		return nil, because(ReasonNoPlace, o.To)
	}
	name := o.Text
	if name == "" {
		name = o.Unit
	}
	node := p.nodeFor(unitSpecs[o.Kind].mover)
	if node < 0 {
		node = p.node
	}
	agent, count := w.orderAgent(ev.Role, ev.Seq), max(o.Count, 1)
	w.units = append(w.units, unit{id: o.Unit, name: name, kind: o.Kind, count: count, village: -1, node: node,
		state: UnitIdle, reinforcement: -1, from: o.Town, agent: agent})
	ev.Unit, ev.UnitKind, ev.Count, ev.From, ev.Place = o.Unit, o.Kind, count, o.Town, o.To
	arrived := Event{Kind: scenarios.EventReinforcementArrived, Unit: o.Unit, UnitKind: o.Kind, Count: 1, From: o.Town, Place: o.To, Text: name + " @ " + o.To}
	return &arrived, Reason{}
}

// EntryPlace names, as an order names a place, where units another township lends the
// town arrive: its command post (the town hall station, else the first station or
// shelter), by name when no other feature bears the name, else by its feature id; ""
// on a map with none of them.
func (w *World) EntryPlace() string {
	ref := w.commandPostRef()
	if _, ok := w.places.find(ref.Name); ok && ref.Name != "" && len(w.places.Ambiguous(ref.Name)) == 0 {
		return ref.Name
	}
	if _, ok := w.places.find(ref.ID); ok && ref.ID != "" {
		return ref.ID
	}
	return ""
}
