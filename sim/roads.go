package sim

import (
	"math"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// mover is a class of traveller that water stops at a different depth.
type mover uint8

const (
	moverFoot      mover = iota // residents and teams on foot
	moverCar                    // buses and private cars
	moverEmergency              // high-clearance rescue, fire and medical vehicles
	moverCount
)

// moverDepth is the hazard model's mover for each class.
var moverDepth = [moverCount]hazard.Mover{moverFoot: hazard.Pedestrian, moverCar: hazard.Car, moverEmergency: hazard.EmergencyVehicle}

// roadState is which road edges are impassable and why: under water (by mover),
// buried by a slide until cleared, on fire, or closed by order (to vehicles).
type roadState struct {
	net      *maps.Network
	buried   *maps.EdgeSet
	buriedBy []string // the slide that buried each edge
	closed   *maps.EdgeSet
	blocked  [moverCount]*maps.EdgeSet
	// cut is, per road (feature), whether emergency vehicles cannot pass it; only
	// driveable roads are reported cut.
	cut       []bool
	driveable []bool
	// clearedBy is, per road, the task that last cleared debris off it (the world
	// when none has), to say who reopened it.
	clearedBy []agentID
	// floodHeld is, per mover and edge under a 2D flood, whether water holds the edge
	// closed to that mover: notHeld, stoppedByWater while the water stops it, or the
	// second from which the water has let it pass while it waits out
	// floodReopenHoldS (nil without a 2D flood).
	floodHeld [moverCount][]int64
	// dirty says something that blocks roads changed since the last update.
	dirty    bool
	cutCount int
}

// floodReopenHoldS is how long, in seconds, the water of a 2D flood must have let a
// mover pass an edge it stopped before the edge opens to that mover again. A 2D flood's
// water moves every step, and where it hovers at a mover's limit of depth and speed the
// edge would close and open from one tick to the next; a road authority reopens a
// flooded road once the water has gone down and stayed down, and the drill holds it
// closed for ten minutes of passable water. The stage flood, whose scripted water
// does not hover, closes and opens edges as its depth says.
const floodReopenHoldS = 600

// Values of floodHeld besides a second.
const (
	notHeld        int64 = math.MinInt64
	stoppedByWater int64 = math.MaxInt64
)

func (rs *roadState) init(n *maps.Network) {
	rs.net = n
	rs.buried = maps.NewEdgeSet(n.EdgeCount())
	rs.buriedBy = make([]string, n.EdgeCount())
	rs.closed = maps.NewEdgeSet(n.EdgeCount())
	for m := range rs.blocked {
		rs.blocked[m] = maps.NewEdgeSet(n.EdgeCount())
	}
}

// bury cuts edge e under landslide debris.
func (rs *roadState) bury(e int, slide string) {
	rs.buried.Set(e)
	rs.buriedBy[e] = slide
	rs.dirty = true
}

// update recomputes the blocked edges for each mover and reports each road that
// becomes cut to emergency vehicles, or passable again.
func (rs *roadState) update(w *World, now int64) {
	if !rs.dirty && rs.cut != nil {
		return
	}
	rs.dirty = false
	h := &w.hazards
	for e := range rs.net.EdgeCount() {
		debris := rs.buried.Has(e) || h.edgeBurning != nil && h.edgeBurning[e]
		var depth, speed float32
		if h.edgeDepth != nil {
			depth = h.edgeDepth[e]
		}
		if h.edgeSpeed != nil {
			speed = h.edgeSpeed[e]
		}
		for m := range moverCount {
			wet := !h.passable(depth, speed, moverDepth[m])
			if held := rs.floodHeld[m]; held != nil {
				wet = rs.holdFlooded(held, e, wet, now)
			}
			stop := debris || wet || m != moverFoot && rs.closed.Has(e)
			if stop {
				rs.blocked[m].Set(e)
			} else {
				rs.blocked[m].Clear(e)
			}
		}
	}
	if rs.cut == nil {
		if h.edgeSpeed != nil {
			for m := range rs.floodHeld {
				rs.floodHeld[m] = make([]int64, rs.net.EdgeCount())
				for e := range rs.floodHeld[m] {
					rs.floodHeld[m][e] = notHeld
				}
			}
		}
		rs.cut = make([]bool, len(w.town.Roads))
		rs.driveable = make([]bool, len(w.town.Roads))
		for i, r := range w.town.Roads {
			rs.driveable[i] = maps.ClassAccess(r.Class, 0)&(maps.VehicleForward|maps.VehicleBackward) != 0
		}
	}
	for road := range w.town.Roads {
		if !rs.driveable[road] {
			continue // a footpath under water is no road cut: nothing drives there
		}
		cut, why := false, ""
		first, end := rs.net.EdgeRangeOfRoad(road)
		for e := first; e < end; e++ {
			if rs.blocked[moverEmergency].Has(e) && !rs.closed.Has(e) {
				cut = true
				why = rs.cause(w, e)
				break
			}
		}
		if cut == rs.cut[road] {
			continue
		}
		rs.cut[road] = cut
		r := &w.town.Roads[road]
		e := Event{Kind: scenarios.EventRoadCleared, Road: roadName(r), Village: w.villageName(w.roadVillage(road))}
		if cut {
			rs.cutCount++
			e.Kind = scenarios.EventRoadCut
			e.Hazard = why
		} else {
			rs.cutCount--
			if rs.clearedBy != nil {
				w.stamp(&e, rs.clearedBy[road]) // a task's clearing, or the world's (water going down)
				rs.clearedBy[road] = worldAgent
			}
		}
		w.emit(e)
	}
}

// holdFlooded returns whether the water of a 2D flood keeps edge e closed to a mover at
// second now, the water stopping it now (wet) or not: closed while wet and until it has
// let the mover pass for floodReopenHoldS, held its record of that. While an edge waits
// to reopen the roads stay dirty, to be looked at again next tick.
func (rs *roadState) holdFlooded(held []int64, e int, wet bool, now int64) bool {
	switch {
	case wet:
		held[e] = stoppedByWater
		return true
	case held[e] == notHeld:
		return false
	case held[e] == stoppedByWater:
		held[e] = now
	case now-held[e] >= floodReopenHoldS:
		held[e] = notHeld
		return false
	}
	rs.dirty = true
	return true
}

// cause is the hazard that cuts edge e.
func (rs *roadState) cause(w *World, e int) string {
	if rs.buried.Has(e) {
		return rs.buriedBy[e]
	}
	if w.hazards.edgeBurning != nil && w.hazards.edgeBurning[e] && len(w.hazards.fires) > 0 {
		return w.burningFire().def.ID
	}
	return w.floodHazard()
}

// roadName names a road for people: its name, else its class and feature.
func roadName(r *maps.Road) string {
	if r.Name != "" {
		return r.Name
	}
	return r.Ref.String()
}

// roadVillage is the village the middle of road i runs through, -1 if none.
func (w *World) roadVillage(i int) int {
	line := w.town.Roads[i].Line
	hits := w.town.Index.Within(line[len(line)/2], 0, nil, maps.KindVillage)
	if len(hits) == 0 {
		return -1
	}
	return hits[0].Index
}
