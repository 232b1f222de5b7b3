package sim

import (
	"fmt"
	"slices"

	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/scenarios"
)

// Event kinds of the engine's own, beside the scenarios' list: a command refused, a
// unit's task finished (or abandoned, with a Reason), and the periodic status.
const (
	EventRejected scenarios.EventKind = "rejected"
	EventTaskDone scenarios.EventKind = "task_done"
	// EventStatus carries the drill's Counts, every StatusEveryS and at the end, so
	// that outcomes over time can be read from the log alone.
	EventStatus scenarios.EventKind = "status"
)

// StatusEveryS is how often the world records its counts in the event log.
const StatusEveryS = 300

// villageOrders are the orders a village's cadres may give, within their village.
var villageOrders = map[scenarios.OrderKind]bool{
	scenarios.OrderWarn: true, scenarios.OrderEvacuate: true, scenarios.OrderDispatch: true,
	scenarios.OrderReport: true, scenarios.OrderOpenShelter: true,
}

// apply carries out command c at second now, or rejects it with the reason.
func (w *World) apply(c Command, now int64) {
	o := &c.Order
	if reason := w.carryOut(o, c.Seq, now); reason != "" {
		w.emit(Event{Kind: EventRejected, Seq: c.Seq, Role: o.Role, Order: o.Order, Unit: o.Unit, Reason: reason})
	}
}

// carryOut performs an order and returns "" or why it cannot be done. An order that is
// done emits its order event (and, for those that need no time, its outcome).
func (w *World) carryOut(o *scenarios.Order, seq uint64, now int64) string {
	ev := Event{Kind: scenarios.EventOrder, Seq: seq, Role: o.Role, Order: o.Order, Channel: o.Channel, Text: o.Text}
	if v := o.Role.Village(); v != "" && !villageOrders[o.Order] {
		return fmt.Sprintf(ReasonRoleMayNot, o.Role.Chinese(), o.Order)
	}
	switch o.Order {
	case scenarios.OrderWarn, scenarios.OrderEvacuate:
		villages, zones, reason := w.scope(o)
		if reason != "" {
			return reason
		}
		ev.Village, ev.Zone = w.firstNames(villages, zones)
		if o.Order == scenarios.OrderWarn {
			if !o.Channel.Valid() {
				return fmt.Sprintf(ReasonUnknownChannel, o.Channel)
			}
			cadres := defaultCadres
			if len(villages) > 0 {
				cadres = w.cadresOf(villages[0])
			}
			w.scheduleWarnings(villages, zones, o.Channel, now, cadres)
		} else {
			target := int32(-1)
			if o.Shelter != "" {
				p, ok := w.places.find(o.Shelter)
				if !ok || p.kind != maps.KindShelter {
					return fmt.Sprintf(ReasonNoShelter, o.Shelter)
				}
				target = int32(p.index)
				ev.Shelter = o.Shelter
				w.openShelter(p.index, now)
			}
			w.orderEvacuation(villages, zones, target, now)
		}
	case scenarios.OrderDispatch:
		u := w.unitByID(o.Unit)
		if u == nil && w.isReinforcement(o.Unit) {
			return fmt.Sprintf(ReasonNotArrived, o.Unit)
		}
		if u == nil {
			return fmt.Sprintf(ReasonNoUnit, o.Unit, w.unitIDs())
		}
		if own := o.Role.Village(); own != "" && w.villageName(int(u.village)) != own {
			return fmt.Sprintf(ReasonOtherVillagesUnit, own, u.id)
		}
		p, ok := w.places.find(o.To)
		if !ok {
			return fmt.Sprintf(ReasonNoPlace, o.To)
		}
		if reason := w.dispatch(u, p, o.Task, seq, now); reason != "" {
			return reason
		}
		ev.Unit, ev.UnitKind, ev.Village, ev.Zone = u.id, u.kind, w.villageName(p.village), w.zoneName(p.zone)
	case scenarios.OrderCloseRoad, scenarios.OrderOpenRoad:
		edges := w.roadEdges(o.Road)
		if len(edges) == 0 {
			return fmt.Sprintf(ReasonNoRoad, o.Road)
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
	case scenarios.OrderOpenShelter:
		p, ok := w.places.find(o.Shelter)
		if !ok || p.kind != maps.KindShelter {
			return fmt.Sprintf(ReasonNoShelter, o.Shelter)
		}
		if own := o.Role.Village(); own != "" && w.villageName(p.village) != own {
			return fmt.Sprintf(ReasonOtherVillagesShelter, own, o.Shelter)
		}
		w.openShelter(p.index, now)
		ev.Shelter = o.Shelter
	case scenarios.OrderMoveSupplies:
		if reason := w.moveSupplies(o, now); reason != "" {
			return reason
		}
	case scenarios.OrderReport:
		if o.Report != scenarios.ReportInitial && o.Report != scenarios.ReportFollowup {
			return fmt.Sprintf(ReasonUnknownReport, o.Report)
		}
		ev.Report = o.Report
		w.emit(ev)
		w.emit(Event{Kind: scenarios.EventReportSent, Seq: seq, Role: o.Role, Report: o.Report, Text: o.Text})
		return ""
	case scenarios.OrderRequestReinforcement:
		n, reason := w.requestReinforcement(o.Kind, max(o.Count, 1), now)
		if reason != "" {
			return reason
		}
		ev.UnitKind, ev.Count = o.Kind, n
	case scenarios.OrderReleaseInfo:
		w.emit(ev)
		w.emit(Event{Kind: scenarios.EventInfoReleased, Seq: seq, Role: o.Role, Text: o.Text})
		return ""
	case scenarios.OrderActivateResponse:
		if o.Level == 0 {
			return ReasonNoLevel
		}
		ev.Level = o.Level.String()
		w.emit(ev)
		w.emit(Event{Kind: scenarios.EventResponseActivated, Seq: seq, Role: o.Role, Level: o.Level.String()})
		return ""
	case scenarios.OrderInjectNow:
		if !w.injectNow(o.Inject, now) {
			return fmt.Sprintf(ReasonNoInject, o.Inject)
		}
		ev.Inject = o.Inject
	case scenarios.OrderSetHazard:
		if reason := w.setHazard(o, now); reason != "" {
			return reason
		}
		ev.Hazard = o.Hazard
	case scenarios.OrderPause, scenarios.OrderSpeed:
		// The controller's clock: the session runs it; the world only records it.
	default:
		return fmt.Sprintf(ReasonUnknownOrder, o.Order)
	}
	w.emit(ev)
	return ""
}

// scope resolves an order's villages and zones, refusing names not on the map and, for
// a village's cadres, places outside their village.
func (w *World) scope(o *scenarios.Order) (villages, zones []int32, reason string) {
	for _, name := range o.Scope.Villages {
		p, ok := w.places.find(name)
		if !ok || p.kind != maps.KindVillage {
			return nil, nil, fmt.Sprintf(ReasonNoVillage, name)
		}
		villages = append(villages, int32(p.index))
	}
	for _, name := range o.Scope.Zones {
		p, ok := w.places.find(name)
		if !ok || p.kind != maps.KindHazardZone {
			return nil, nil, fmt.Sprintf(ReasonNoZone, name)
		}
		zones = append(zones, int32(p.index))
	}
	if len(villages)+len(zones) == 0 {
		return nil, nil, ReasonNoScope
	}
	if own := o.Role.Village(); own != "" {
		for _, v := range villages {
			if w.town.Villages[v].Name != own {
				return nil, nil, fmt.Sprintf(ReasonOtherVillage, own, w.town.Villages[v].Name)
			}
		}
		for _, z := range zones {
			if w.villageName(w.zoneVillage(int(z))) != own {
				return nil, nil, fmt.Sprintf(ReasonOtherVillagesZone, own, w.town.HazardZones[z].Name)
			}
		}
	}
	return villages, zones, ""
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
func (w *World) orderEvacuation(villages, zones []int32, shelter int32, now int64) {
	r := &w.people
	for i := range r.groups {
		g := &r.groups[i]
		if w.inScope(g, villages, zones) && g.evacAt < 0 {
			g.evacAt, g.target = now, shelter
		}
	}
	for _, v := range villages {
		if !slices.ContainsFunc(r.scopes, func(s evacScope) bool { return s.village == v }) {
			r.scopes = append(r.scopes, evacScope{village: v, zone: -1, groups: r.groupsOf(v, -1)})
		}
	}
	for _, z := range zones {
		if !slices.ContainsFunc(r.scopes, func(s evacScope) bool { return s.zone == z }) {
			r.scopes = append(r.scopes, evacScope{village: -1, zone: z, groups: r.groupsOf(-1, z)})
		}
	}
}

// unitByID finds the unit with id that can take orders: for reinforcements sharing an
// id, the first that has arrived and is idle, else the first that has arrived.
func (w *World) unitByID(id string) *unit {
	var found *unit
	for i := range w.units {
		u := &w.units[i]
		if u.id != id || u.state == unitAbsent {
			continue
		}
		if u.state == unitIdle {
			return u
		}
		if found == nil {
			found = u
		}
	}
	return found
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

func (w *World) unitIDs() string {
	var ids []string
	for _, u := range w.units {
		if !slices.Contains(ids, u.id) {
			ids = append(ids, u.id)
		}
	}
	return fmt.Sprint(ids)
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
func (w *World) moveSupplies(o *scenarios.Order, now int64) string {
	p, ok := w.places.find(o.From)
	if !ok || p.kind != maps.KindDepot {
		return fmt.Sprintf(ReasonNoDepot, o.From)
	}
	if _, ok := w.places.find(o.To); !ok {
		return fmt.Sprintf(ReasonNoPlace, o.To)
	}
	stock := w.stock[p.index]
	for _, it := range o.Items {
		i := slices.IndexFunc(stock, func(q maps.Quantity) bool { return q.Item == it.Item })
		if i < 0 || stock[i].Count < it.Count {
			have := 0
			if i >= 0 {
				have = stock[i].Count
			}
			return fmt.Sprintf(ReasonShortStock, o.From, have, it.Item, it.Count)
		}
	}
	for _, it := range o.Items {
		i := slices.IndexFunc(stock, func(q maps.Quantity) bool { return q.Item == it.Item })
		stock[i].Count -= it.Count
	}
	return ""
}

// requestReinforcement asks the county for n units of a kind; they arrive after the
// scenario's delay. It returns how many are coming.
func (w *World) requestReinforcement(kind scenarios.UnitKind, n int, now int64) (int, string) {
	coming := 0
	for i := range w.units {
		u := &w.units[i]
		if coming == n || u.kind != kind || u.reinforcement < 0 || u.state != unitAbsent || u.arrive > 0 {
			continue
		}
		r := &w.scn.Reinforcements[u.reinforcement]
		u.arrive = now + int64(r.Delay)
		coming++
	}
	if coming == 0 {
		return 0, fmt.Sprintf(ReasonNoReinforcement, kind)
	}
	return coming, ""
}

// arriveReinforcements brings requested county units in once their delay has passed.
func (w *World) arriveReinforcements(now int64) {
	for i := range w.units {
		u := &w.units[i]
		if u.state != unitAbsent || u.arrive == 0 || now < u.arrive {
			continue
		}
		r := &w.scn.Reinforcements[u.reinforcement]
		at := r.ArriveAt
		if at == "" {
			at = w.commandPost()
		}
		p, _ := w.places.find(at)
		u.node, u.state, u.arrive = p.node, unitIdle, 0
		w.emit(Event{Kind: scenarios.EventReinforcementArrived, Unit: u.id, UnitKind: u.kind, Count: 1, Text: u.name + " @ " + at})
	}
}

// commandPost is the name of the town hall station, where county units report.
func (w *World) commandPost() string {
	for _, s := range w.town.Stations {
		if s.Type == "townhall" {
			return s.Name
		}
	}
	if len(w.town.Stations) > 0 {
		return w.town.Stations[0].Name
	}
	return w.town.Shelters[0].Name
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
func (w *World) setHazard(o *scenarios.Order, now int64) string {
	for i := range w.hazards.fires {
		f := &w.hazards.fires[i]
		if f.def.ID != o.Hazard {
			continue
		}
		switch o.Set {
		case scenarios.OverrideContained:
			w.overrideFire(o.Set, o.Value, now)
			return ""
		case scenarios.OverrideSpreadFactor:
			if o.Value < 0 {
				return fmt.Sprintf(ReasonFireSpreadFactor, o.Value)
			}
			w.overrideFire(o.Set, o.Value, now)
			return ""
		}
		return fmt.Sprintf(ReasonFireSet, o.Set)
	}
	for i := range w.hazards.slides {
		s := &w.hazards.slides[i]
		if s.def.ID != o.Hazard {
			continue
		}
		if o.Set != scenarios.OverrideRunoutM {
			return fmt.Sprintf(ReasonLandslideSet, o.Set)
		}
		if s.triggered {
			return ReasonLandslideRunOut
		}
		s.runoutM = o.Value
		return ""
	}
	return fmt.Sprintf(ReasonNoHazard, o.Hazard)
}
