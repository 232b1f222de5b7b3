package draft

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// course is what a drill's events say about how it goes, for the reference response
// to follow: when each hazard strikes, which roads it cuts, where people are hurt.
type course struct {
	struck   map[string]scenarios.At // by hazard id
	cutRoads []string
	hurt     []sim.Event
}

// courseOf reads the course of a drill from its events.
func courseOf(events []sim.Event) course {
	c := course{struck: map[string]scenarios.At{}}
	for _, e := range events {
		switch e.Kind {
		case scenarios.EventHazardStarted:
			if _, ok := c.struck[e.Hazard]; !ok {
				c.struck[e.Hazard] = scenarios.At(e.T)
			}
		case scenarios.EventRoadCut:
			if !slices.Contains(c.cutRoads, e.Road) {
				c.cutRoads = append(c.cutRoads, e.Road)
			}
		case scenarios.EventCasualty:
			c.hurt = append(c.hurt, e)
		}
	}
	return c
}

// response builds the reference response (示范处置): what a well-run command post and
// village cadres order, following the drill's course. Orders are in time order.
type response struct {
	b      *builder
	scn    *scenarios.Scenario
	orders []scenarios.Order
	busy   map[string]bool // units sent somewhere already
}

// give adds an order.
func (r *response) give(at scenarios.At, role scenarios.Role, o scenarios.Order) {
	o.At, o.Role = min(at, r.scn.End()), role
	r.orders = append(r.orders, o)
}

// unitsOf lists the drill's units of kind k.
func (r *response) unitsOf(k scenarios.UnitKind) []scenarios.Unit {
	var us []scenarios.Unit
	for _, u := range r.scn.Units {
		if u.Kind == k {
			us = append(us, u)
		}
	}
	return us
}

// dispatch sends the first unit of kind k not sent yet (or, with again, any) to a
// place with a task, and reports whether there was one; a dispatch the engine refused
// before is not given again.
func (r *response) dispatch(at scenarios.At, role scenarios.Role, k scenarios.UnitKind, to string, task scenarios.Task, again bool) bool {
	for _, u := range r.unitsOf(k) {
		o := scenarios.Order{At: min(at, r.scn.End()), Role: role, Order: scenarios.OrderDispatch, Unit: u.ID, To: to, Task: task}
		if r.busy[u.ID] && !again || slices.Contains(r.b.refused, orderKey(o)) {
			continue
		}
		r.busy[u.ID] = true
		r.orders = append(r.orders, o)
		return true
	}
	return false
}

// reference writes the orders of the drill's reference response, given its course.
func (b *builder) reference(s *sketch, scn *scenarios.Scenario, c course) []scenarios.Order {
	r := &response{b: b, scn: scn, busy: map[string]bool{}}
	if b.kind == Tabletop {
		r.tabletop(s, c)
	} else {
		if s.flood != nil {
			r.respond(m(10), scn.Hazards.Floods[0].Zones, scn.Hazards.Floods[0].Villages, floodID, c, scenarios.TaskRescue)
		}
		if s.slide != nil {
			warned := m(20)
			if s.flood != nil {
				warned = m(40)
			}
			r.respond(warned, []string{s.slide.zone}, scn.Hazards.Landslides[0].Villages, slideID, c, scenarios.TaskRescue)
		}
		if s.fire != nil {
			r.respond(scn.Hazards.Fires[0].Ignite.At+m(8), []string{s.fire.zone}, scn.Hazards.Fires[0].Villages, fireID, c, scenarios.TaskSuppressFire)
		}
		r.reports(c)
	}
	r.treat(c)
	slices.SortStableFunc(r.orders, func(a, o scenarios.Order) int { return cmp.Compare(a.At, o.At) })
	return r.orders
}

// respond is the response to one hazard warned of (or seen) at w threatening zones
// and villages: activate, warn, send the cadres door to door, open the shelters,
// evacuate, send the teams (to the zones, or for a hazard yet to strike to stand by at
// the shelters and then go in), clear the roads it cuts, move supplies.
func (r *response) respond(w scenarios.At, zones, villages []string, hazard string, c course, task scenarios.Task) {
	b := r.b
	cmd := scenarios.RoleCommand
	if !slices.ContainsFunc(r.orders, func(o scenarios.Order) bool { return o.Order == scenarios.OrderActivateResponse }) {
		r.give(w+m(2), cmd, scenarios.Order{Order: scenarios.OrderActivateResponse, Level: scenarios.LevelIV})
	}
	scope := scenarios.Scope{Villages: villages, Zones: zones}
	r.give(w+m(3), cmd, scenarios.Order{Order: scenarios.OrderWarn, Scope: scope, Channel: scenarios.ChannelSMS,
		Text: fmt.Sprintf("%s即将受灾，请%s群众立即转移到安置点！", strings.Join(zones, "、"), strings.Join(append(villages[:len(villages):len(villages)], zones...), "、"))})
	if len(b.town.Loudspeakers) > 0 {
		r.give(w+m(3), cmd, scenarios.Order{Order: scenarios.OrderWarn, Scope: scope, Channel: scenarios.ChannelLoudspeaker})
	}
	for _, u := range r.unitsOf(scenarios.UnitCadres) {
		if z := b.zoneIn(zones, u.Village); z != "" && !r.busy[u.ID] {
			r.busy[u.ID] = true
			r.give(w+m(4), b.roleOf(u.Village), scenarios.Order{Order: scenarios.OrderDispatch, Unit: u.ID, To: z, Task: scenarios.TaskWarnDoorToDoor})
		}
	}
	shelters := b.assignShelters(zones)
	for _, s := range uniq(shelters) {
		r.give(w+m(5), cmd, scenarios.Order{Order: scenarios.OrderOpenShelter, Shelter: s})
	}
	for i, z := range zones {
		if shelters[i] != "" {
			r.give(w+m(6), cmd, scenarios.Order{Order: scenarios.OrderEvacuate, Scope: scenarios.Scope{Zones: []string{z}}, Shelter: shelters[i]})
		}
	}
	struck, ok := c.struck[hazard]
	if !ok {
		struck = r.scn.End()
	}
	teams := []scenarios.UnitKind{scenarios.UnitRescueTeam, scenarios.UnitPoliceTeam}
	if task == scenarios.TaskSuppressFire {
		teams = []scenarios.UnitKind{scenarios.UnitFireTeam, scenarios.UnitFireTeam, scenarios.UnitRescueTeam}
	}
	for i, k := range teams {
		z := zones[i%len(zones)]
		t := task
		switch k {
		case scenarios.UnitPoliceTeam:
			t = scenarios.TaskWarnDoorToDoor
		case scenarios.UnitRescueTeam:
			t = scenarios.TaskRescue
		}
		if hazard == slideID && shelters[0] != "" {
			r.dispatch(w+m(8), cmd, k, shelters[0], scenarios.TaskRescue, false) // standing by out of the slide's way
			r.dispatch(struck+m(5), cmd, k, z, scenarios.TaskRescue, true)
			continue
		}
		// The team goes to the first zone from its own a road leads to.
		for j := range zones {
			if r.dispatch(w+m(8), cmd, k, zones[(i+j)%len(zones)], t, false) {
				break
			}
		}
	}
	if hazard == floodID {
		for range r.unitsOf(scenarios.UnitBoat) {
			r.dispatch(w+m(30), cmd, scenarios.UnitBoat, zones[0], scenarios.TaskRescue, false)
		}
	}
	if hazard == slideID {
		for i, road := range b.roadsNear(c.cutRoads, zones[0]) {
			if !r.dispatch(struck+m(6), cmd, scenarios.UnitExcavator, road, scenarios.TaskClearRoad, i > 0) {
				r.dispatch(struck+m(6), cmd, scenarios.UnitRescueTeam, road, scenarios.TaskClearRoad, true)
			}
		}
	}
	if from, items, ok := b.supplies(); ok && shelters[0] != "" {
		r.give(w+m(30), cmd, scenarios.Order{Order: scenarios.OrderMoveSupplies, From: from, To: shelters[0], Items: items})
	}
}

// reports are the reports to the county and the public after the first hazard
// strikes: the first report, the information released, the written follow-up and the
// request for reinforcement.
func (r *response) reports(c course) {
	first := r.scn.End()
	for _, at := range c.struck {
		first = min(first, at)
	}
	if first == r.scn.End() {
		first = m(60)
	}
	cmd := scenarios.RoleCommand
	name := r.b.town.Name
	r.give(first+m(5), cmd, scenarios.Order{Order: scenarios.OrderReport, Report: scenarios.ReportInitial, Text: name + "发生险情，已启动Ⅳ级响应，正组织受威胁群众转移。"})
	r.give(first+m(15), cmd, scenarios.Order{Order: scenarios.OrderReleaseInfo, Text: "【" + name + "】险情发生，受威胁群众正在转移，请听从安排，勿靠近危险区域。"})
	r.give(first+m(25), cmd, scenarios.Order{Order: scenarios.OrderReport, Report: scenarios.ReportFollowup, Text: "群众转移安置、受灾和道路情况续报。"})
	kind := scenarios.UnitRescueTeam
	if len(r.scn.Hazards.Fires) > 0 && len(r.scn.Hazards.Floods)+len(r.scn.Hazards.Landslides) == 0 {
		kind = scenarios.UnitFireTeam
	}
	r.give(first+m(35), cmd, scenarios.Order{Order: scenarios.OrderRequestReinforcement, Kind: kind, Count: 1, Text: "请求县级力量增援。"})
}

// treat sends the medical team (else the ambulance) where the first people are hurt:
// their zone, their village, or the zone's shelter when no road leads there.
func (r *response) treat(c course) {
	if len(c.hurt) == 0 {
		return
	}
	e := c.hurt[0]
	places := []string{e.Zone, e.Village}
	if e.Zone != "" {
		places = append(places, r.b.assignShelters([]string{e.Zone})...)
	}
	at := scenarios.At(e.T) + m(2)
	for _, to := range places {
		if _, err := r.b.places.Find(to); to == "" || err != nil {
			continue
		}
		if r.dispatch(at, scenarios.RoleCommand, scenarios.UnitMedicalTeam, to, scenarios.TaskTreat, true) ||
			r.dispatch(at, scenarios.RoleCommand, scenarios.UnitAmbulance, to, scenarios.TaskTreat, true) {
			return
		}
	}
}

// tabletop is a village's response in a tabletop exercise, phase by phase, with the
// controller pausing at each phase's end for the discussion.
func (r *response) tabletop(s *sketch, c course) {
	b := r.b
	village := b.tabletopVillage(r.scn)
	role := b.roleOf(village)
	zone := ""
	hazard := floodID
	if s.slide != nil {
		zone, hazard = s.slide.zone, slideID
	} else {
		zone = s.flood.zones[0]
	}
	shelter := b.assignShelters([]string{zone})[0]
	channel := scenarios.ChannelSMS
	if len(b.town.Loudspeakers) > 0 {
		channel = scenarios.ChannelLoudspeaker
	}
	r.give(m(5), role, scenarios.Order{Order: scenarios.OrderWarn, Scope: scenarios.Scope{Villages: []string{village}}, Channel: channel, Text: "暴雨预警，受威胁群众做好转移准备！"})
	for _, u := range r.unitsOf(scenarios.UnitCadres) {
		if u.Village == village {
			r.busy[u.ID] = true
			r.give(m(6), role, scenarios.Order{Order: scenarios.OrderDispatch, Unit: u.ID, To: zone, Task: scenarios.TaskWarnDoorToDoor})
		}
	}
	controller := scenarios.RoleController
	r.give(m(30), controller, scenarios.Order{Order: scenarios.OrderPause})
	if shelter != "" {
		r.give(m(42), role, scenarios.Order{Order: scenarios.OrderOpenShelter, Shelter: shelter})
		r.give(m(42), role, scenarios.Order{Order: scenarios.OrderEvacuate, Scope: scenarios.Scope{Zones: []string{zone}}, Shelter: shelter})
	}
	r.give(m(70), controller, scenarios.Order{Order: scenarios.OrderPause})
	struck, ok := c.struck[hazard]
	if !ok {
		struck = m(75)
	}
	r.give(struck+m(3), role, scenarios.Order{Order: scenarios.OrderReport, Report: scenarios.ReportInitial, Text: village + "发生险情，受威胁群众已提前转移。"})
	r.give(struck+m(5), scenarios.RoleCommand, scenarios.Order{Order: scenarios.OrderActivateResponse, Level: scenarios.LevelIV})
	r.dispatch(struck+m(6), scenarios.RoleCommand, scenarios.UnitRescueTeam, zone, scenarios.TaskRescue, false)
	r.give(struck+m(15), role, scenarios.Order{Order: scenarios.OrderReport, Report: scenarios.ReportFollowup, Text: "转移人数已核实，正在安置。"})
	r.give(m(110), controller, scenarios.Order{Order: scenarios.OrderPause})
	if from, items, ok := b.supplies(); ok && shelter != "" {
		r.give(m(118), scenarios.RoleCommand, scenarios.Order{Order: scenarios.OrderMoveSupplies, From: from, To: shelter, Items: items})
	}
	r.give(m(120), scenarios.RoleCommand, scenarios.Order{Order: scenarios.OrderReleaseInfo, Text: "【" + b.town.Name + "】" + village + "发生险情，受威胁群众已安全转移。"})
	r.give(m(150), controller, scenarios.Order{Order: scenarios.OrderPause})
}

// roleOf is the role of village v's cadres, or the command post's when the village has
// no name of its own to play under.
func (b *builder) roleOf(v string) scenarios.Role {
	if v == "" || maps.IsOSMID(v) {
		return scenarios.RoleCommand
	}
	return scenarios.VillageRole(v)
}

// zoneIn is the first of zones whose people live in village v ("" when none does).
func (b *builder) zoneIn(zones []string, v string) string {
	for _, z := range zones {
		if slices.Contains(b.villagesOf(z), v) {
			return z
		}
	}
	return ""
}

// assignShelters gives each zone a shelter, as the drill names it: the nearest outside
// every zone of the drill with room left for the zone's people, else the nearest with
// any room ("" when none).
func (b *builder) assignShelters(zones []string) []string {
	t := b.town
	var areas []orb.MultiPolygon
	for _, z := range b.zones {
		if pl, err := b.places.Find(z, maps.KindHazardZone); err == nil {
			areas = append(areas, t.HazardZones[pl.Index].Area)
		}
	}
	room := make([]int, len(t.Shelters))
	var usable []int
	for i, s := range t.Shelters {
		if _, ok := b.name(s.Ref); ok && !slices.ContainsFunc(areas, func(a orb.MultiPolygon) bool { return planar.MultiPolygonContains(a, s.Location) }) {
			room[i] = s.Capacity
			usable = append(usable, i)
		}
	}
	out := make([]string, len(zones))
	for k, z := range zones {
		pl, err := b.places.Find(z, maps.KindHazardZone)
		if err != nil || len(usable) == 0 {
			continue
		}
		hz := t.HazardZones[pl.Index]
		c := hz.Area.Bound().Center()
		byDistance := slices.Clone(usable)
		slices.SortStableFunc(byDistance, func(a, o int) int {
			return cmp.Compare(planar.Distance(t.Shelters[a].Location, c), planar.Distance(t.Shelters[o].Location, c))
		})
		pick := byDistance[0]
		for _, i := range byDistance {
			if room[i] >= hz.People {
				pick = i
				break
			}
		}
		for _, i := range byDistance {
			if room[pick] == 0 && room[i] > 0 {
				pick = i
			}
		}
		room[pick] = max(0, room[pick]-hz.People)
		out[k], _ = b.name(t.Shelters[pick].Ref)
	}
	return out
}

// roadsNear names the roads of the course cut, the two nearest zone first, as the
// drill names them: each by the piece of it nearest the zone, so that a unit sent to
// clear it goes there.
func (b *builder) roadsNear(cut []string, zone string) []string {
	pl, err := b.places.Find(zone, maps.KindHazardZone)
	if err != nil {
		return nil
	}
	c := b.town.HazardZones[pl.Index].Area.Bound().Center()
	type piece struct {
		name string
		d    float64
	}
	var pieces []piece
	for _, road := range cut {
		best := piece{d: math.Inf(1)}
		for _, rd := range b.town.Roads {
			if rd.Name != road && rd.Ref.String() != road {
				continue
			}
			if d := planar.DistanceFrom(rd.Line, c); d < best.d {
				name := rd.Ref.ID
				if !maps.IsOSMID(name) {
					name = rd.Name
				}
				best = piece{name, d}
			}
		}
		if best.name != "" {
			pieces = append(pieces, best)
		}
	}
	slices.SortStableFunc(pieces, func(a, o piece) int { return cmp.Compare(a.d, o.d) })
	var names []string
	for _, p := range pieces[:min(len(pieces), 2)] {
		names = append(names, p.name)
	}
	return names
}

// supplies are the first depot's name and the supplies moved from it to a shelter: a
// quarter of its quilts, water, food and tents (or of its first items).
func (b *builder) supplies() (string, []maps.Quantity, bool) {
	for _, d := range b.town.Depots {
		from, ok := b.name(d.Ref)
		if !ok || len(d.Stock) == 0 {
			continue
		}
		var items []maps.Quantity
		for _, q := range d.Stock {
			if slices.Contains([]string{"quilts", "drinking_water_t", "instant_noodles_boxes", "tents"}, q.Item) && q.Count >= 4 {
				items = append(items, maps.Quantity{Item: q.Item, Count: q.Count / 4})
			}
		}
		if len(items) == 0 {
			for _, q := range d.Stock[:min(3, len(d.Stock))] {
				if q.Count > 0 {
					items = append(items, maps.Quantity{Item: q.Item, Count: max(1, q.Count/4)})
				}
			}
		}
		if len(items) > 0 {
			return from, items, true
		}
	}
	return "", nil, false
}

// uniq lists the non-empty strings of ss, each once, in order.
func uniq(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
