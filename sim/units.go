package sim

import (
	"fmt"
	"math"
	"slices"

	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
)

// UnitState is where a unit is in its work.
type UnitState uint8

// The unit states.
const (
	UnitAbsent  UnitState = iota // a reinforcement not yet requested or arrived
	UnitIdle                     // at its base or where it last worked, free
	UnitEnRoute                  // travelling to its task
	UnitWorking                  // on scene, carrying out its task
)

// unitStateNames are the states' names in the engine's English.
var unitStateNames = [...]string{UnitAbsent: "absent", UnitIdle: "idle", UnitEnRoute: "en route", UnitWorking: "working"}

// String names the state: absent, idle, en route or working.
func (s UnitState) String() string {
	if int(s) < len(unitStateNames) {
		return unitStateNames[s]
	}
	return fmt.Sprintf("UnitState(%d)", s)
}

// unit is a team or vehicle: where it is, what it is doing, and the route it follows.
type unit struct {
	id, name string
	kind     scenarios.UnitKind
	count    int
	village  int32 // cadres' village, -1
	node     int   // the node it is at, or last passed
	state    UnitState
	task     scenarios.Task
	target   place
	seq      uint64  // the dispatch command
	agent    agentID // who set its task going: the dispatch (or, for a reinforcement on its way, the request)
	depart   int64
	arrive   int64
	route    []int32   // edges of the current route
	cum      []float64 // seconds from departure to the end of each route edge
	workEnd  int64     // when the current piece of work ends, -1 before it starts
	carry    float64   // work done but not yet a whole person rescued or treated
	rescued  int
	// reinforcement is the scenario reinforcement it belongs to, -1 for scenario units.
	reinforcement int
	goal          int // the node the current route ends at
	// lentTo is the township of a county drill the unit is lent to (it has left this
	// world), from the one that lent it to this town; both "" for the town's own.
	lentTo, from string
}

// unitSpec is what a kind of unit can do and how it travels.
type unitSpec struct {
	mover    mover
	speedKmh float64 // cap on roads (vehicles) or walking speed (on foot)
	tasks    []scenarios.Task
}

var unitSpecs = map[scenarios.UnitKind]unitSpec{
	scenarios.UnitRescueTeam:  {moverEmergency, 50, []scenarios.Task{scenarios.TaskRescue, scenarios.TaskClearRoad, scenarios.TaskWarnDoorToDoor, scenarios.TaskTransport, scenarios.TaskDeliver}},
	scenarios.UnitFireTeam:    {moverEmergency, 50, []scenarios.Task{scenarios.TaskSuppressFire, scenarios.TaskRescue, scenarios.TaskDeliver}},
	scenarios.UnitMedicalTeam: {moverEmergency, 50, []scenarios.Task{scenarios.TaskTreat, scenarios.TaskDeliver}},
	scenarios.UnitCadres:      {moverFoot, 5, []scenarios.Task{scenarios.TaskWarnDoorToDoor, scenarios.TaskDeliver}},
	scenarios.UnitBus:         {moverCar, 40, []scenarios.Task{scenarios.TaskTransport, scenarios.TaskDeliver}},
	scenarios.UnitExcavator:   {moverEmergency, 20, []scenarios.Task{scenarios.TaskClearRoad, scenarios.TaskSuppressFire}},
	scenarios.UnitBoat:        {moverEmergency, 40, []scenarios.Task{scenarios.TaskRescue, scenarios.TaskTransport}},
	scenarios.UnitAmbulance:   {moverEmergency, 60, []scenarios.Task{scenarios.TaskTreat, scenarios.TaskTransport}},
	scenarios.UnitPoliceTeam:  {moverEmergency, 50, []scenarios.Task{scenarios.TaskWarnDoorToDoor, scenarios.TaskRescue, scenarios.TaskTransport, scenarios.TaskDeliver}},
}

// Task durations and rates.
const (
	// clearRoadS is an excavator's time to clear slide debris off a road; a rescue team
	// by hand takes clearRoadByHandS.
	clearRoadS       = 90 * 60
	clearRoadByHandS = 4 * 60 * 60
	// clearRadiusM is how far from its work place a unit clears debris.
	clearRadiusM = 400
	// rescuePerMemberS is the time one rescuer takes to bring one person out.
	rescuePerMemberS = 10 * 60
	// workRadiusM is the reach of a unit sent to a place that is not a zone or village.
	workRadiusM = 300
	// loadS is a bus's or boat's time to load or unload at each end of a trip.
	loadS = 5 * 60
	// treatPerMemberS is one medic's time per casualty.
	treatPerMemberS = 15 * 60
	// suppressCellsPerMember is how many cells around it each member of a fire crew
	// works.
	suppressCellsPerMember = 0.2
)

func (w *World) initUnits() error {
	for _, u := range w.scn.Units {
		p, ok := w.places.find(u.Base)
		if !ok {
			return fmt.Errorf("unit %s: no place %q on the map", u.ID, u.Base)
		}
		un := unit{id: u.ID, name: u.Name, kind: u.Kind, count: max(u.Count, 1), village: -1, node: p.nodeFor(unitSpecs[u.Kind].mover), state: UnitIdle, reinforcement: -1}
		if u.Village != "" {
			if v, ok := w.places.find(u.Village); ok && v.kind == maps.KindVillage {
				un.village = int32(v.index)
			}
		}
		w.units = append(w.units, un)
	}
	for ri, r := range w.scn.Reinforcements {
		for k := range max(r.Count, 1) {
			w.units = append(w.units, unit{id: r.ID, name: fmt.Sprintf("%s %d", r.Name, k+1), kind: r.Kind, count: 1, village: -1, node: -1, state: UnitAbsent, reinforcement: ri})
		}
	}
	return nil
}

// cadresOf is the strength of the cadres units of village v: the people who can knock
// on doors there.
func (w *World) cadresOf(v int32) int {
	n := 0
	for i := range w.units {
		if u := &w.units[i]; u.kind == scenarios.UnitCadres && u.village == v && u.state != UnitAbsent {
			n += u.count
		}
	}
	if n == 0 {
		return defaultCadres
	}
	return n
}

// traveller is how unit u moves on the roads.
func (u *unit) traveller() maps.Traveller {
	s := unitSpecs[u.kind]
	return maps.Traveller{Foot: s.mover == moverFoot, SpeedKmh: s.speedKmh}
}

// dispatch sends unit u to target for task, returning why it cannot go.
func (w *World) dispatch(u *unit, target place, task scenarios.Task, seq uint64, now int64) Reason {
	if u.state == UnitAbsent {
		return because(ReasonUnitNotArrived, u.id)
	}
	if !slices.Contains(unitSpecs[u.kind].tasks, task) {
		return Reason{Code: ReasonCannotDo, Args: []string{string(u.kind), string(task)}, List: taskIDs(unitSpecs[u.kind].tasks)}
	}
	if !w.routeUnit(u, target, now) {
		return because(ReasonNoRoute, u.id, fmt.Sprintf("%.0f", stagingRadiusM), target.name)
	}
	u.state, u.task, u.target, u.seq = UnitEnRoute, task, target, seq
	return Reason{}
}

// taskIDs are the ids of tasks.
func taskIDs(tasks []scenarios.Task) []string {
	ids := make([]string, len(tasks))
	for i, t := range tasks {
		ids[i] = string(t)
	}
	return ids
}

// stagingRadiusM is how far from its target a unit may stop when water or debris
// bars the last stretch: it works from the nearest point it can reach, as boats launch
// at the water's edge.
const stagingRadiusM = 3000.0

// routeUnit plans u's route from where it stands at now to the target, or to the
// reachable node nearest the target when the target itself is cut off.
func (w *World) routeUnit(u *unit, target place, now int64) bool {
	s := unitSpecs[u.kind]
	blocked := w.roads.blocked[s.mover]
	node := target.nodeFor(s.mover)
	if !w.router.RouteInto(&w.scratch, u.node, node, u.traveller(), blocked) {
		if err := w.router.TreeInto(&w.tree, []int{u.node}, u.traveller(), blocked, false); err != nil {
			return false
		}
		best, bestD := -1, stagingRadiusM*stagingRadiusM*1.0
		n := w.town.Network
		for v := range n.NodeCount() {
			if math.IsInf(w.tree.Seconds(v), 1) {
				continue
			}
			if d := planar.DistanceSquared(n.Node(v), target.at); d < bestD {
				best, bestD = v, d
			}
		}
		if best < 0 || !w.tree.PathInto(&w.scratch, best) {
			return false
		}
		node = best
	}
	u.goal = node
	// Per-edge times at the unit's own speed, so that its position can be drawn and a
	// cut ahead found.
	u.route, u.cum = u.route[:0], u.cum[:0]
	t := 0.0
	for _, e := range w.scratch.Edges {
		edge := w.town.Network.Edge(e)
		speed := edge.SpeedKmh
		if s.mover == moverFoot || speed <= 0 || speed > s.speedKmh {
			speed = s.speedKmh
		}
		t += edge.LengthM / (speed / 3.6)
		u.route = append(u.route, int32(e))
		u.cum = append(u.cum, t)
	}
	u.depart = now
	u.arrive = now + int64(math.Ceil(t))
	return true
}

// passed returns the node u has last passed at now and the index of the next route
// edge.
func (u *unit) passed(w *World, now int64) (node, next int) {
	node = u.node
	el := float64(now - u.depart)
	for i, e := range u.route {
		if u.cum[i] > el {
			return node, i
		}
		ed := w.town.Network.Edge(int(e))
		if ed.From == node {
			node = ed.To
		} else {
			node = ed.From
		}
	}
	return node, len(u.route)
}

// stepUnits moves units, reroutes those whose road ahead is cut, and lets those on
// scene work.
func (w *World) stepUnits(now int64) {
	for i := range w.units {
		u := &w.units[i]
		switch u.state {
		case UnitEnRoute:
			w.moveUnit(u, now)
		case UnitWorking:
			w.work(u, now)
		}
	}
}

func (w *World) moveUnit(u *unit, now int64) {
	node, next := u.passed(w, now)
	if now >= u.arrive {
		u.node = u.goal
		u.route, u.cum = u.route[:0], u.cum[:0]
		u.state = UnitWorking
		u.workEnd = -1
		e := Event{Kind: scenarios.EventUnitOnScene, Unit: u.id, UnitKind: u.kind, Village: w.villageName(u.target.village),
			Zone: w.zoneName(u.target.zone), Hazard: w.hazardOfZone(u.target.zone), Task: u.task, Place: u.target.name, Text: string(u.task) + " @ " + u.target.name}
		w.stamp(&e, u.agent)
		w.emit(e)
		w.work(u, now)
		return
	}
	blocked := w.roads.blocked[unitSpecs[u.kind].mover]
	for _, e := range u.route[next:] {
		if blocked.Has(int(e)) {
			u.node = node
			if !w.routeUnit(u, u.target, now) {
				u.state = UnitIdle // stuck: it waits where it is for new orders
				e := Event{Kind: scenarios.EventTaskDone, Unit: u.id, UnitKind: u.kind, Task: u.task, Place: u.target.name, Reason: because(ReasonRoadsCut, u.target.name)}
				w.stamp(&e, u.agent)
				w.emit(e)
			}
			return
		}
	}
}

// finish ends u's task.
func (w *World) finish(u *unit, text string) {
	u.state = UnitIdle
	e := Event{Kind: scenarios.EventTaskDone, Unit: u.id, UnitKind: u.kind, Task: u.task, Place: u.target.name,
		Village: w.villageName(u.target.village), Zone: w.zoneName(u.target.zone), Text: text}
	w.stamp(&e, u.agent)
	w.emit(e)
}

func (w *World) zoneName(z int) string {
	if z < 0 {
		return ""
	}
	return w.town.HazardZones[z].Name
}

// hazardOfZone is the id of the scenario hazard that threatens zone z, "" if none.
func (w *World) hazardOfZone(z int) string {
	if z < 0 {
		return ""
	}
	name := w.town.HazardZones[z].Name
	for _, h := range w.scn.Hazards.List() {
		if slices.Contains(h.Zones, name) {
			return h.ID
		}
	}
	return ""
}

// UnitTasks lists the tasks a kind of unit can be dispatched with, for interfaces that
// offer only the orders the world will take.
func UnitTasks(kind scenarios.UnitKind) []scenarios.Task {
	return slices.Clone(unitSpecs[kind].tasks)
}
