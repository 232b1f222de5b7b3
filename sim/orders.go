package sim

import (
	"slices"
	"strconv"

	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/scenarios"
)

// StatusEveryS is how often the world records its counts in the event log.
const StatusEveryS = 300

// apply carries out command c at second now, or rejects it with the reason.
func (w *World) apply(c Command, now int64) {
	o := &c.Order
	if reason := w.carryOut(o, c.Seq, now); !reason.IsZero() {
		w.emit(Event{Kind: scenarios.EventRejected, Cause: scenarios.CauseOrder, Seq: c.Seq, Role: o.Role, Order: o.Order, Unit: o.Unit, Reason: reason})
	}
}

// carryOut performs an order and returns why it cannot be done, or the zero Reason.
// An order that is done emits its order event and, for those whose outcome needs no
// time, its outcome.
func (w *World) carryOut(o *scenarios.Order, seq uint64, now int64) Reason {
	if reason := RoleRefusal(o.Role, o.Order); !reason.IsZero() {
		return reason
	}
	carry, ok := carriers[o.Order]
	if !ok {
		return because(ReasonUnknownOrder, string(o.Order))
	}
	if reason := w.places.ambiguity(o); !reason.IsZero() {
		return reason
	}
	ev := Event{Kind: scenarios.EventOrder, Cause: scenarios.CauseOrder, Seq: seq, Role: o.Role, Order: o.Order, Channel: o.Channel, Text: o.Text}
	outcome, reason := carry(w, o, &ev, now)
	if !reason.IsZero() {
		return reason
	}
	w.emit(ev)
	if outcome != nil {
		outcome.Cause, outcome.Seq, outcome.Role = scenarios.CauseOrder, seq, o.Role
		w.emit(*outcome)
	}
	return Reason{}
}

// carrier carries out an order of one kind at second now: it does what the order
// says, fills in ev, the order's event, and returns the outcome event of an order that
// takes effect at once (nil for the others), or why the order cannot be done.
type carrier func(w *World, o *scenarios.Order, ev *Event, now int64) (outcome *Event, why Reason)

// carriers are the engine's way of carrying out each kind of order: the other half of
// the order-kind table (scenarios.OrderSpecs), which names the kinds, their fields and
// who gives them.
var carriers = map[scenarios.OrderKind]carrier{
	scenarios.OrderWarn:                 (*World).carryWarn,
	scenarios.OrderEvacuate:             (*World).carryEvacuate,
	scenarios.OrderDispatch:             (*World).carryDispatch,
	scenarios.OrderCloseRoad:            (*World).carryRoad,
	scenarios.OrderOpenRoad:             (*World).carryRoad,
	scenarios.OrderOpenShelter:          (*World).carryOpenShelter,
	scenarios.OrderMoveSupplies:         (*World).carryMoveSupplies,
	scenarios.OrderReport:               (*World).carryReport,
	scenarios.OrderRequestReinforcement: (*World).carryRequestReinforcement,
	scenarios.OrderReleaseInfo:          (*World).carryReleaseInfo,
	scenarios.OrderActivateResponse:     (*World).carryActivateResponse,
	scenarios.OrderAnswer:               (*World).carryAnswer,
	scenarios.OrderLend:                 (*World).carryLend,
	scenarios.OrderReceive:              (*World).carryReceive,
	scenarios.OrderPause:                (*World).carryClock,
	scenarios.OrderSpeed:                (*World).carryClock,
	scenarios.OrderInjectNow:            (*World).carryInjectNow,
	scenarios.OrderSetHazard:            (*World).carrySetHazard,
}

// carryWarn schedules the warning of the order's villages and zones by its channel,
// passed on by the cadres of its first village.
func (w *World) carryWarn(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	villages, zones, reason := w.scope(o)
	if !reason.IsZero() {
		return nil, reason
	}
	ev.Village, ev.Zone = w.firstNames(villages, zones)
	ev.Places = append(slices.Clone(o.Scope.Villages), o.Scope.Zones...)
	if !o.Channel.Valid() {
		return nil, because(ReasonUnknownChannel, string(o.Channel))
	}
	cadres := defaultCadres
	if len(villages) > 0 {
		cadres = w.cadresOf(villages[0])
	}
	w.scheduleWarnings(villages, zones, o.Channel, now, cadres, w.orderAgent(ev.Role, ev.Seq))
	return nil, Reason{}
}

// carryEvacuate puts the order's villages and zones under evacuation, to its shelter
// (opened) or the nearest with room.
func (w *World) carryEvacuate(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	villages, zones, reason := w.scope(o)
	if !reason.IsZero() {
		return nil, reason
	}
	ev.Village, ev.Zone = w.firstNames(villages, zones)
	ev.Places = append(slices.Clone(o.Scope.Villages), o.Scope.Zones...)
	target := int32(-1)
	if o.Shelter != "" {
		p, ok := w.places.find(o.Shelter)
		if !ok || p.kind != maps.KindShelter {
			return nil, because(ReasonNoShelter, o.Shelter)
		}
		target = int32(p.index)
		ev.Shelter = o.Shelter
		w.openShelter(p.index, now)
	}
	w.orderEvacuation(villages, zones, target, now, w.orderAgent(ev.Role, ev.Seq))
	return nil, Reason{}
}

// carryDispatch sends the order's unit to its place for its task.
func (w *World) carryDispatch(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	u, reason := w.commandable(o.Unit)
	if !reason.IsZero() {
		return nil, reason
	}
	if own := o.Role.Village(); own != "" && w.villageName(int(u.village)) != own {
		return nil, because(ReasonOtherVillagesUnit, own, u.id)
	}
	p, ok := w.places.find(o.To)
	if !ok {
		return nil, because(ReasonNoPlace, o.To)
	}
	if reason := w.dispatch(u, p, o.Task, ev.Seq, now); !reason.IsZero() {
		return nil, reason
	}
	u.agent = w.taskAgent(ev.Role, ev.Seq)
	ev.Unit, ev.UnitKind, ev.Village, ev.Zone = u.id, u.kind, w.villageName(p.village), w.zoneName(p.zone)
	ev.Task, ev.Place = o.Task, o.To
	return nil, Reason{}
}

// carryRoad closes the order's road, or opens it again.
func (w *World) carryRoad(o *scenarios.Order, ev *Event, _ int64) (*Event, Reason) {
	edges := w.roadEdges(o.Road)
	if len(edges) == 0 {
		return nil, because(ReasonNoRoad, o.Road)
	}
	for _, e := range edges {
		if o.Order == scenarios.OrderCloseRoad {
			w.roads.closed.Set(e)
		} else {
			w.roads.closed.Clear(e)
		}
	}
	w.roads.dirty = true
	ev.Road = o.Road
	return nil, Reason{}
}

// carryOpenShelter opens the order's shelter.
func (w *World) carryOpenShelter(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	p, ok := w.places.find(o.Shelter)
	if !ok || p.kind != maps.KindShelter {
		return nil, because(ReasonNoShelter, o.Shelter)
	}
	if own := o.Role.Village(); own != "" && w.villageName(p.village) != own {
		return nil, because(ReasonOtherVillagesShelter, own, o.Shelter)
	}
	w.openShelter(p.index, now)
	ev.Shelter = o.Shelter
	return nil, Reason{}
}

// carryMoveSupplies takes the order's items out of its depot.
func (w *World) carryMoveSupplies(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	if reason := w.moveSupplies(o, now); !reason.IsZero() {
		return nil, reason
	}
	ev.From, ev.Place, ev.Items = o.From, o.To, o.Items
	return nil, Reason{}
}

// carryReport sends the county the order's report.
func (w *World) carryReport(o *scenarios.Order, ev *Event, _ int64) (*Event, Reason) {
	if o.Report != scenarios.ReportInitial && o.Report != scenarios.ReportFollowup {
		return nil, because(ReasonUnknownReport, string(o.Report))
	}
	ev.Report = o.Report
	return &Event{Kind: scenarios.EventReportSent, Report: o.Report, Text: o.Text}, Reason{}
}

// carryRequestReinforcement asks the county for the order's units.
func (w *World) carryRequestReinforcement(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	n, reason := w.requestReinforcement(o.Kind, max(o.Count, 1), now, w.orderAgent(ev.Role, ev.Seq))
	if !reason.IsZero() {
		return nil, reason
	}
	ev.UnitKind, ev.Count = o.Kind, n
	return nil, Reason{}
}

// carryReleaseInfo releases the order's text to the public.
func (w *World) carryReleaseInfo(o *scenarios.Order, _ *Event, _ int64) (*Event, Reason) {
	return &Event{Kind: scenarios.EventInfoReleased, Text: o.Text}, Reason{}
}

// carryAnswer records a seat's answer to a tabletop question: its order event holds
// the text; the world does nothing.
func (w *World) carryAnswer(*scenarios.Order, *Event, int64) (*Event, Reason) { return nil, Reason{} }

// carryActivateResponse activates the emergency response at the order's level.
func (w *World) carryActivateResponse(o *scenarios.Order, ev *Event, _ int64) (*Event, Reason) {
	if o.Level == 0 {
		return nil, because(ReasonNoLevel)
	}
	ev.Level = o.Level.String()
	return &Event{Kind: scenarios.EventResponseActivated, Level: o.Level.String()}, Reason{}
}

// carryClock records the controller's pause or change of speed: the session runs the
// clock; the world only records it.
func (w *World) carryClock(*scenarios.Order, *Event, int64) (*Event, Reason) { return nil, Reason{} }

// carryInjectNow delivers the order's inject at once.
func (w *World) carryInjectNow(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	if !w.injectNow(o.Inject, now) {
		return nil, because(ReasonNoInject, o.Inject)
	}
	ev.Inject = o.Inject
	return nil, Reason{}
}

// carrySetHazard changes the order's hazard as the controller says.
func (w *World) carrySetHazard(o *scenarios.Order, ev *Event, now int64) (*Event, Reason) {
	if reason := w.setHazard(o, now); !reason.IsZero() {
		return nil, reason
	}
	ev.Hazard = o.Hazard
	return nil, Reason{}
}

// scope resolves an order's villages and zones, refusing names not on the map and, for
// a village's cadres, places outside their village.
func (w *World) scope(o *scenarios.Order) (villages, zones []int32, reason Reason) {
	for _, name := range o.Scope.Villages {
		p, ok := w.places.find(name)
		if !ok || p.kind != maps.KindVillage {
			return nil, nil, because(ReasonNoVillage, name)
		}
		villages = append(villages, int32(p.index))
	}
	for _, name := range o.Scope.Zones {
		p, ok := w.places.find(name)
		if !ok || p.kind != maps.KindHazardZone {
			return nil, nil, because(ReasonNoZone, name)
		}
		zones = append(zones, int32(p.index))
	}
	if len(villages)+len(zones) == 0 {
		return nil, nil, because(ReasonNoScope)
	}
	if own := o.Role.Village(); own != "" {
		for _, v := range villages {
			if w.town.Villages[v].Name != own {
				return nil, nil, because(ReasonOtherVillage, own, w.town.Villages[v].Name)
			}
		}
		for _, z := range zones {
			if w.villageName(w.zoneVillage(int(z))) != own {
				return nil, nil, because(ReasonOtherVillagesZone, own, w.town.HazardZones[z].Name)
			}
		}
	}
	return villages, zones, Reason{}
}

func (w *World) firstNames(villages, zones []int32) (village, zone string) {
	if len(villages) > 0 {
		village = w.town.Villages[villages[0]].Name
	}
	if len(zones) > 0 {
		zone = w.town.HazardZones[zones[0]].Name
	}
	return village, zone
}

// orderEvacuation puts the groups of a scope under an evacuation order to a shelter
// (-1 for the nearest with room) and remembers the scope to report it once emptied.
func (w *World) orderEvacuation(villages, zones []int32, shelter int32, now int64, by agentID) {
	r := &w.people
	for i := range r.groups {
		g := &r.groups[i]
		if w.inScope(g, villages, zones) && g.evacAt < 0 {
			g.evacAt, g.target, g.evacBy = now, shelter, by
		}
	}
	for _, v := range villages {
		if !slices.ContainsFunc(r.scopes, func(s evacScope) bool { return s.village == v }) {
			r.scopes = append(r.scopes, evacScope{village: v, zone: -1, groups: r.groupsOf(v, -1), by: by})
		}
	}
	for _, z := range zones {
		if !slices.ContainsFunc(r.scopes, func(s evacScope) bool { return s.zone == z }) {
			r.scopes = append(r.scopes, evacScope{village: -1, zone: z, groups: r.groupsOf(-1, z), by: by})
		}
	}
}

// unitByID finds the unit with id that can take orders: for reinforcements sharing an
// id, the first that has arrived and is idle, else the first that has arrived.
func (w *World) unitByID(id string) *unit {
	var found *unit
	for i := range w.units {
		u := &w.units[i]
		if u.id != id || u.state == UnitAbsent {
			continue
		}
		if u.state == UnitIdle {
			return u
		}
		if found == nil {
			found = u
		}
	}
	return found
}

// commandable finds the unit with id that can take orders (unitByID), or says why
// none can: lent to another township, a reinforcement not arrived, or no such unit.
func (w *World) commandable(id string) (*unit, Reason) {
	if u := w.unitByID(id); u != nil {
		return u, Reason{}
	}
	if town := w.lentTo(id); town != "" {
		return nil, because(ReasonUnitLent, id, town)
	}
	if w.isReinforcement(id) {
		return nil, because(ReasonNotArrived, id)
	}
	return nil, Reason{Code: ReasonNoUnit, Args: []string{id}, List: w.unitIDs()}
}

// isReinforcement reports whether id names one of the scenario's county reinforcements.
func (w *World) isReinforcement(id string) bool {
	for _, r := range w.scn.Reinforcements {
		if r.ID == id {
			return true
		}
	}
	return false
}

// unitIDs lists the ids of the scenario's units, each once.
func (w *World) unitIDs() []string {
	var ids []string
	for _, u := range w.units {
		if !slices.Contains(ids, u.id) {
			ids = append(ids, u.id)
		}
	}
	return ids
}

// roadEdges are the network edges of the roads named name, or of the road nearest the
// place so named.
func (w *World) roadEdges(name string) []int {
	var edges []int
	for i, r := range w.town.Roads {
		if r.Name == name {
			edges = append(edges, w.town.Network.EdgesOfRoad(i)...)
		}
	}
	if len(edges) > 0 {
		return edges
	}
	p, ok := w.places.find(name)
	if !ok {
		return nil
	}
	if e, _, _ := w.town.Network.NearestEdge(p.at); e >= 0 {
		return []int{e}
	}
	return nil
}

// moveSupplies takes items out of a depot; they reach the place by road.
func (w *World) moveSupplies(o *scenarios.Order, now int64) Reason {
	p, ok := w.places.find(o.From)
	if !ok || p.kind != maps.KindDepot {
		return because(ReasonNoDepot, o.From)
	}
	if _, ok := w.places.find(o.To); !ok {
		return because(ReasonNoPlace, o.To)
	}
	stock := w.stock[p.index]
	for _, it := range o.Items {
		i := slices.IndexFunc(stock, func(q maps.Quantity) bool { return q.Item == it.Item })
		if i < 0 || stock[i].Count < it.Count {
			have := 0
			if i >= 0 {
				have = stock[i].Count
			}
			return because(ReasonShortStock, o.From, strconv.Itoa(have), it.Item, strconv.Itoa(it.Count))
		}
	}
	for _, it := range o.Items {
		i := slices.IndexFunc(stock, func(q maps.Quantity) bool { return q.Item == it.Item })
		stock[i].Count -= it.Count
	}
	return Reason{}
}

// requestReinforcement asks the county for n units of a kind; they arrive after the
// scenario's delay; by is the request. It returns how many are coming.
func (w *World) requestReinforcement(kind scenarios.UnitKind, n int, now int64, by agentID) (int, Reason) {
	coming := 0
	for i := range w.units {
		u := &w.units[i]
		if coming == n || u.kind != kind || u.reinforcement < 0 || u.state != UnitAbsent || u.arrive > 0 {
			continue
		}
		r := &w.scn.Reinforcements[u.reinforcement]
		u.arrive = now + int64(r.Delay)
		u.agent = by
		coming++
	}
	if coming == 0 {
		return 0, because(ReasonNoReinforcement, string(kind))
	}
	return coming, Reason{}
}

// arriveReinforcements brings requested county units in once their delay has passed.
func (w *World) arriveReinforcements(now int64) {
	for i := range w.units {
		u := &w.units[i]
		if u.state != UnitAbsent || u.arrive == 0 || now < u.arrive {
			continue
		}
		r := &w.scn.Reinforcements[u.reinforcement]
		at := r.ArriveAt
		if at == "" {
			at = w.commandPost()
		}
		p, _ := w.places.find(at)
		u.node, u.state, u.arrive = p.node, UnitIdle, 0
		e := Event{Kind: scenarios.EventReinforcementArrived, Unit: u.id, UnitKind: u.kind, Count: 1, Place: at, Text: u.name + " @ " + at}
		w.stamp(&e, u.agent) // the request brought them
		w.emit(e)
	}
}

// commandPost is the name of the town hall station, where county units report.
func (w *World) commandPost() string { return w.commandPostRef().Name }

// commandPostRef is the town hall station's feature, else the first station's, else
// the first shelter's; the zero FeatureRef on a map with neither.
func (w *World) commandPostRef() maps.FeatureRef {
	for _, s := range w.town.Stations {
		if s.Type == "townhall" {
			return withName(s.Ref, s.Name)
		}
	}
	if len(w.town.Stations) > 0 {
		return withName(w.town.Stations[0].Ref, w.town.Stations[0].Name)
	}
	if len(w.town.Shelters) > 0 {
		return withName(w.town.Shelters[0].Ref, w.town.Shelters[0].Name)
	}
	return maps.FeatureRef{}
}

// withName is ref with the feature's name.
func withName(ref maps.FeatureRef, name string) maps.FeatureRef {
	ref.Name = name
	return ref
}

// ignitionPoint is where a fire starts, in town metres.
func (w *World) ignitionPoint(f *scenarios.Fire) (orb.Point, bool) {
	if f.Ignite.AtPlace != "" {
		p, ok := w.places.find(f.Ignite.AtPlace)
		return p.at, ok
	}
	if len(f.Ignite.LonLat) == 2 {
		x, y := w.town.Projection.FromLonLat(f.Ignite.LonLat[0], f.Ignite.LonLat[1])
		return orb.Point{x, y}, true
	}
	return orb.Point{}, false
}

// setHazard is the controller changing a hazard as it runs: a fire contained at once
// or its spread scaled, or a landslide's runout.
func (w *World) setHazard(o *scenarios.Order, now int64) Reason {
	for i := range w.hazards.fires {
		f := &w.hazards.fires[i]
		if f.def.ID != o.Hazard {
			continue
		}
		switch o.Set {
		case scenarios.OverrideContained:
			w.overrideFire(o.Set, o.Value, now)
			return Reason{}
		case scenarios.OverrideSpreadFactor:
			if o.Value < 0 {
				return because(ReasonFireSpreadFactor, strconv.FormatFloat(o.Value, 'g', -1, 64))
			}
			w.overrideFire(o.Set, o.Value, now)
			return Reason{}
		}
		return because(ReasonFireSet, string(o.Set))
	}
	for i := range w.hazards.slides {
		s := &w.hazards.slides[i]
		if s.def.ID != o.Hazard {
			continue
		}
		if o.Set != scenarios.OverrideRunoutM {
			return because(ReasonLandslideSet, string(o.Set))
		}
		if s.triggered {
			return because(ReasonLandslideRunOut)
		}
		s.runoutM = o.Value
		return Reason{}
	}
	return because(ReasonNoHazard, o.Hazard)
}
