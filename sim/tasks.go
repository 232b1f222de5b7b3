package sim

import (
	"fmt"

	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// work lets unit u, on scene, carry out its task for one tick.
func (w *World) work(u *unit, now int64) {
	switch u.task {
	case scenarios.TaskRescue:
		w.rescue(u, now)
	case scenarios.TaskSuppressFire:
		w.suppress(u, now)
	case scenarios.TaskClearRoad:
		w.clearRoad(u, now)
	case scenarios.TaskWarnDoorToDoor:
		w.knock(u, now)
	case scenarios.TaskTransport:
		w.transport(u, now)
	case scenarios.TaskTreat:
		w.treat(u, now)
	case scenarios.TaskDeliver:
		w.finish(u, "delivered to "+u.target.name)
	}
}

// inTarget reports whether group g is in the area unit u was sent to: its zone, its
// village, or within workRadiusM of the place.
func (w *World) inTarget(u *unit, g *group) bool {
	switch {
	case u.target.kind == maps.KindHazardZone:
		return g.zone == int32(u.target.zone)
	case u.target.kind == maps.KindVillage:
		return g.village == int32(u.target.village)
	}
	return planar.Distance(w.town.Buildings[g.building].Centroid, u.target.at) <= workRadiusM
}

// endangered reports whether the people at home in group g need rescuing: cut off,
// in a destroyed house, or in water a person cannot wade.
func (w *World) endangered(g *group) bool {
	return g.home > 0 && (g.stranded || w.hazards.destroyed[g.building] ||
		!hazard.Passable(w.hazards.buildingDepth(int(g.building)), hazard.Pedestrian))
}

// rescue brings out, each tick, as many endangered people of the target area as the
// team's members can, and takes them to the nearest shelter with room. The team stands
// by there while anyone is still at home in the area, since the water or the fire may
// yet reach them.
func (w *World) rescue(u *unit, now int64) {
	budget := float64(u.count) * float64(w.tickS) / rescuePerMemberS
	if u.kind == scenarios.UnitBoat {
		budget *= 3 // a boat carries several at a time through the water
	}
	u.carry = min(u.carry+budget, budget*rescueBankTicks)
	athome := false
	for i := range w.people.groups {
		g := &w.people.groups[i]
		if !w.inTarget(u, g) || g.home == 0 {
			continue
		}
		athome = true
		if !w.endangered(g) || u.carry < 1 {
			continue
		}
		n := min(g.home, int32(u.carry))
		s := w.chooseShelter(g, n)
		if s < 0 {
			continue
		}
		u.carry -= float64(n)
		g.home -= n
		g.sheltered += n
		w.shelters[s].occupancy += int(n)
		w.arrivals(s, int(g.village), int(n), u.agent)
		u.rescued += int(n)
	}
	if !athome {
		u.carry = 0
		w.finish(u, fmt.Sprintf("rescue done: %d brought out, nobody left at home", u.rescued))
	}
}

// rescueBankTicks caps the rescue work a standing-by team can store up: a few ticks'
// worth, not the hours it waited.
const rescueBankTicks = 3

// clearRoad removes slide debris from the roads near the target once the work time
// has passed.
func (w *World) clearRoad(u *unit, now int64) {
	if u.workEnd < 0 {
		u.workEnd = now + clearRoadByHandS
		if u.kind == scenarios.UnitExcavator {
			u.workEnd = now + clearRoadS
		}
	}
	if now < u.workEnd {
		return
	}
	cleared := 0
	n := w.town.Network
	for e := range n.EdgeCount() {
		if !w.roads.buried.Has(e) {
			continue
		}
		ed := n.Edge(e)
		if planar.Distance(n.Node(ed.From), u.target.at) <= clearRadiusM || planar.Distance(n.Node(ed.To), u.target.at) <= clearRadiusM {
			w.roads.buried.Clear(e)
			w.roads.dirty = true
			if w.roads.clearedBy == nil {
				w.roads.clearedBy = make([]agentID, len(w.town.Roads))
			}
			w.roads.clearedBy[ed.Road] = u.agent
			cleared++
		}
	}
	w.finish(u, fmt.Sprintf("cleared %d road sections", cleared))
}

// knock starts cadres warning the target village door to door on arrival, and ends
// the task when the last house has been reached.
func (w *World) knock(u *unit, now int64) {
	if u.workEnd < 0 {
		var villages, zones []int32
		switch {
		case u.target.kind == maps.KindHazardZone:
			zones = []int32{int32(u.target.zone)}
		case u.target.village >= 0:
			villages = []int32{int32(u.target.village)}
		default:
			w.finish(u, "not in a village: nobody to warn")
			return
		}
		start := now - int64(w.scn.Warning.DoorToDoor.Delay) // on the spot: no delay to get there
		w.scheduleWarnings(villages, zones, scenarios.ChannelDoorToDoor, start, u.count, u.agent)
		u.workEnd = w.lastWarning()
	}
	if now >= u.workEnd {
		w.finish(u, "every house warned")
	}
}

// lastWarning is when the last queued warning arrives.
func (w *World) lastWarning() int64 {
	if n := len(w.people.warns); n > 0 {
		return w.people.warns[n-1].at
	}
	return w.Now()
}

// transport carries the target area's evacuees who are ready to go to a shelter, a
// load at a time, for a bus or boat; it ends when nobody is waiting.
func (w *World) transport(u *unit, now int64) {
	if u.workEnd >= 0 && now < u.workEnd {
		return
	}
	seats := int32(max(u.count, 1))
	if u.kind == scenarios.UnitBus {
		seats = max(seats, 40)
	}
	loaded := int32(0)
	shelter := -1
	for i := range w.people.groups {
		g := &w.people.groups[i]
		if loaded == seats || !w.inTarget(u, g) || g.home == 0 || g.warnedAt < 0 || g.evacAt < 0 || g.moving > 0 {
			continue
		}
		n := min(g.home, seats-loaded)
		s := w.chooseShelter(g, n)
		if s < 0 {
			continue
		}
		if shelter < 0 {
			shelter = s
		}
		trip := int64(2 * loadS)
		if w.router.RouteInto(&w.scratch, int(g.node), w.places.shelterNode(s), u.traveller(), w.roads.blocked[unitSpecs[u.kind].mover]) {
			trip += int64(w.scratch.Seconds)
		}
		w.shelters[s].reserved += int(n)
		g.home -= n
		g.moving += n
		g.dest = int32(s)
		g.arriveAt = now + trip
		loaded += n
	}
	if loaded == 0 {
		w.finish(u, "nobody left waiting")
		return
	}
	// There and back before the next load.
	back := int64(2 * loadS)
	if shelter >= 0 && w.router.RouteInto(&w.scratch, w.places.shelterNode(shelter), u.target.node, u.traveller(), w.roads.blocked[unitSpecs[u.kind].mover]) {
		back += 2 * int64(w.scratch.Seconds)
	}
	u.workEnd = now + back
}

// treat lets medics see to casualties in the target area at their pace. They stand by
// while anyone is still at home there, since the hazard may yet hurt them.
func (w *World) treat(u *unit, now int64) {
	budget := float64(u.count) * float64(w.tickS) / treatPerMemberS
	u.carry = min(u.carry+budget, budget*rescueBankTicks)
	waiting, athome := 0, false
	for i := range w.people.groups {
		g := &w.people.groups[i]
		if !w.inTarget(u, g) {
			continue
		}
		athome = athome || g.home > 0
		if g.hurt == g.treated {
			continue
		}
		n := min(g.hurt-g.treated, int32(u.carry))
		g.treated += n
		u.carry -= float64(n)
		waiting += int(g.hurt - g.treated)
	}
	if waiting == 0 && !athome {
		u.carry = 0
		w.finish(u, "every casualty treated, nobody left at home")
	}
}
