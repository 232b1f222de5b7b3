package sim

import (
	"slices"

	"github.com/paulmach/orb/planar"

	"drillsim/scenarios"
)

// shelterState is a shelter during the drill: whether and when it opens, who is in it
// and how many are on their way.
type shelterState struct {
	openAt    int64 // -1 until someone orders it open (or evacuees arrive at it shut)
	occupancy int
	reserved  int // on their way
	// fullTold are the villages (-1 for none) told it is full for their evacuees.
	fullTold []int32
}

// shelterOpenS is how long opening a shelter takes: unlocking, lights, beds, a
// register at the door. Ordering it open early saves evacuees the wait.
const shelterOpenS = 15 * 60

func (s *shelterState) open(now int64) bool { return s.openAt >= 0 && now >= s.openAt }

// openShelter orders shelter i open; it is ready shelterOpenS later.
func (w *World) openShelter(i int, now int64) {
	if w.shelters[i].openAt < 0 {
		w.shelters[i].openAt = now + shelterOpenS
	}
}

// room is how many more people shelter i can take.
func (w *World) room(i int) int {
	s := &w.shelters[i]
	return w.town.Shelters[i].Capacity - s.occupancy - s.reserved
}

// chooseShelter picks where n evacuees of group g go: the shelter their order names if
// it has room, else the nearest one opened or opening with room, else the nearest with
// room. It returns -1 when every shelter is full.
func (w *World) chooseShelter(g *group, n int32) int {
	if g.target >= 0 && w.room(int(g.target)) >= int(n) {
		return int(g.target)
	}
	best := w.nearestWithRoom(g, n)
	if g.target >= 0 {
		w.reportShelterFull(g, best)
	}
	return best
}

// nearestWithRoom is the shelter n evacuees of group g go to when the one their
// order names has no room, or they follow none: the nearest opened or opening with
// room, else the nearest with room, which is then opened; -1 when every shelter is
// full.
func (w *World) nearestWithRoom(g *group, n int32) int {
	from := w.town.Buildings[g.building].Centroid
	best, bestOpen, bestD := -1, false, 0.0
	for i, s := range w.town.Shelters {
		if w.room(i) < int(n) {
			continue
		}
		open := w.shelters[i].openAt >= 0
		d := planar.DistanceSquared(from, s.Location)
		if best < 0 || open && !bestOpen || open == bestOpen && d < bestD {
			best, bestOpen, bestD = i, open, d
		}
	}
	if best >= 0 {
		w.openShelter(best, w.Now())
	}
	return best
}

// reportShelterFull tells, once per shelter and village, that the shelter an
// evacuation order sends group g's people to has no room for them: how many of their
// village still bound for it have not left, and where they go instead (instead, -1
// for nowhere: every shelter is full, and they wait at home). The cadres can then
// send them to another.
func (w *World) reportShelterFull(g *group, instead int) {
	st := &w.shelters[g.target]
	if slices.Contains(st.fullTold, g.village) {
		return
	}
	st.fullTold = append(st.fullTold, g.village)
	rest := 0
	for i := range w.people.groups {
		if h := &w.people.groups[i]; h.village == g.village && h.target == g.target && h.moving == 0 {
			rest += int(h.home)
		}
	}
	e := Event{Kind: scenarios.EventShelterFull, Shelter: w.town.Shelters[g.target].Name, Village: w.villageName(int(g.village)), Count: rest}
	if instead >= 0 {
		e.Place = w.town.Shelters[instead].Name
	}
	w.emit(e)
}

// shelterNode is the road node of shelter i.
func (pi *placeIndex) shelterNode(i int) int { return pi.shelterNodes[i] }

// arrival is evacuees of one village reaching one shelter in the current tick, moved
// by one order or task (or fleeing by themselves).
type arrival struct {
	shelter, village, people int
	by                       agentID
}

// arrivals records evacuees reaching a shelter, to report once per tick.
func (w *World) arrivals(shelter, village, people int, by agentID) {
	for i := range w.arrived {
		if a := &w.arrived[i]; a.shelter == shelter && a.village == village && a.by == by {
			a.people += people
			return
		}
	}
	w.arrived = append(w.arrived, arrival{shelter, village, people, by})
}

// reportSheltered emits the tick's arrivals: per shelter and village, how many came
// and the share of the village now sheltered.
func (w *World) reportSheltered() {
	for _, a := range w.arrived {
		e := Event{Kind: scenarios.EventSheltered, Shelter: w.town.Shelters[a.shelter].Name, Count: a.people}
		w.stamp(&e, a.by)
		if a.village >= 0 {
			e.Village = w.town.Villages[a.village].Name
			sheltered := 0
			for _, i := range w.people.byVillage[a.village] {
				sheltered += int(w.people.groups[i].sheltered)
			}
			e.Share = share(sheltered, int(w.people.villagePop[a.village]))
		}
		w.emit(e)
	}
	w.arrived = w.arrived[:0]
}
