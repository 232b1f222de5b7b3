package sim

import (
	"math"

	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// Snapshot is a read-only copy of what the interface draws at one moment: the clock,
// the counts, every unit, the state of every inhabited building, shelters, cut roads,
// water depth and fire. Slices are the snapshot's own; the world can go on stepping.
type Snapshot struct {
	T      int64  // scenario second
	Tick   int64  // ticks done
	Counts Counts // as of this tick
	// Villages are the residents' figures of each village (by index in
	// Town.Villages), as VillageCounts gives them.
	Villages []Counts
	Units    []UnitView
	// Buildings is the residents' state per building (index into Town.Buildings).
	Buildings []BuildingState
	Shelters  []ShelterView
	// Depots is what each depot (index into Town.Depots) has left of its stock.
	Depots [][]maps.Quantity
	// CutEdges are the road edges emergency vehicles cannot pass; ClosedEdges those
	// closed by order.
	CutEdges, ClosedEdges []int
	// Terrain is the hazard grid (nil without hazards); Depth and Fire are per cell.
	Terrain *maps.Terrain
	Depth   []float32
	Fire    []hazard.CellState
}

// UnitView is a unit as drawn: where it is now and what it is doing.
type UnitView struct {
	ID, Name string
	Kind     scenarios.UnitKind
	// Village is the village whose unit it is, "" for the town's and the county's:
	// the role policy (scenarios.Role.MayCommand, SeesUnit) goes by it.
	Village string
	At      orb.Point // town metres, interpolated along its route
	State   UnitState
	Task    scenarios.Task
	Target  string
	Seq     uint64 // the dispatch command it is carrying out
}

// BuildingState is what its residents are doing, for colouring a building.
type BuildingState uint8

// The building states, worst first as a map colours them.
const (
	Uninhabited  BuildingState = iota
	HomeUnwarned               // residents at home, not warned
	HomeWarned                 // warned, still at home
	Leaving                    // some on their way
	Empty                      // everyone sheltered or gone
	Hurt                       // casualties here
	Destroyed                  // the building was destroyed
)

// ShelterView is a shelter's occupancy.
type ShelterView struct {
	Open                bool
	Occupancy, Capacity int
	Coming              int
}

// Snapshot copies the world's drawable state. It allocates; call it once per frame.
func (w *World) Snapshot() *Snapshot {
	s := &Snapshot{}
	w.SnapshotInto(s, true)
	return s
}

// SnapshotInto brings s up to the world's drawable state, reusing its slices, and
// leaves its water and fire as they were unless cells is set: the cells of a county's
// hazard grid (millions) cost most of a snapshot, and a drill server refreshes them
// less often than it steps.
func (w *World) SnapshotInto(s *Snapshot, cells bool) {
	s.T, s.Tick, s.Counts, s.Terrain = w.Now(), w.tick, w.counts, w.hazards.terrain
	s.Villages = w.VillageCounts(s.Villages)
	net := w.town.Network
	now := w.Now()
	s.Units = s.Units[:0]
	for i := range w.units {
		u := &w.units[i]
		v := UnitView{ID: u.id, Name: u.name, Kind: u.kind, Village: w.villageName(int(u.village)), State: u.state, Task: u.task, Target: u.target.name, Seq: u.seq}
		if u.node >= 0 {
			v.At = net.Node(u.node)
		}
		if u.state == UnitEnRoute {
			v.At = u.positionAt(w, now)
		}
		s.Units = append(s.Units, v)
	}
	s.Buildings = resize(s.Buildings, len(w.town.Buildings))
	clear(s.Buildings)
	for i := range w.people.groups {
		g := &w.people.groups[i]
		st := Empty
		switch {
		case w.hazards.destroyed[g.building]:
			st = Destroyed
		case g.hurt > 0:
			st = Hurt
		case g.home > 0 && g.warnedAt < 0:
			st = HomeUnwarned
		case g.home > 0:
			st = HomeWarned
		case g.moving > 0:
			st = Leaving
		}
		s.Buildings[g.building] = st
	}
	s.Shelters = s.Shelters[:0]
	for i, sh := range w.shelters {
		s.Shelters = append(s.Shelters, ShelterView{Open: sh.open(now), Occupancy: sh.occupancy, Capacity: w.town.Shelters[i].Capacity, Coming: sh.reserved})
	}
	s.Depots = resize(s.Depots, len(w.stock))
	for i, st := range w.stock {
		s.Depots[i] = append(s.Depots[i][:0], st...)
	}
	s.CutEdges, s.ClosedEdges = s.CutEdges[:0], s.ClosedEdges[:0]
	for e := range net.EdgeCount() {
		if w.roads.blocked[moverEmergency].Has(e) && !w.roads.closed.Has(e) {
			s.CutEdges = append(s.CutEdges, e)
		}
		if w.roads.closed.Has(e) {
			s.ClosedEdges = append(s.ClosedEdges, e)
		}
	}
	h := &w.hazards
	if h.terrain == nil || !cells {
		return
	}
	if len(h.floods) > 0 {
		s.Depth = resize(s.Depth, len(h.terrain.Elev))
		for c := range s.Depth {
			s.Depth[c] = h.depthAtAll(c)
		}
	}
	if h.fire != nil {
		s.Fire = resize(s.Fire, len(h.terrain.Elev))
		for c := range s.Fire {
			s.Fire[c] = h.fire.State(c)
		}
	}
}

// resize returns s with length n, reusing its array when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// positionAt is where unit u is along its route at now, in town metres.
func (u *unit) positionAt(w *World, now int64) orb.Point {
	net := w.town.Network
	el := float64(now - u.depart)
	node := u.node
	prev := 0.0
	for i, e := range u.route {
		ed := net.Edge(int(e))
		forward := ed.From == node
		if u.cum[i] > el {
			f := (el - prev) / (u.cum[i] - prev)
			return pointAlong(ed.Geometry, f, forward)
		}
		prev = u.cum[i]
		if forward {
			node = ed.To
		} else {
			node = ed.From
		}
	}
	return net.Node(node)
}

// pointAlong is the point a fraction f of the way along line, from its start when
// forward, else from its end.
func pointAlong(line orb.LineString, f float64, forward bool) orb.Point {
	if !forward {
		f = 1 - f
	}
	total := 0.0
	for i := 0; i+1 < len(line); i++ {
		total += segLen(line[i], line[i+1])
	}
	want := f * total
	for i := 0; i+1 < len(line); i++ {
		l := segLen(line[i], line[i+1])
		if want <= l && l > 0 {
			t := want / l
			return orb.Point{line[i][0] + t*(line[i+1][0]-line[i][0]), line[i][1] + t*(line[i+1][1]-line[i][1])}
		}
		want -= l
	}
	return line[len(line)-1]
}

func segLen(a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	return math.Sqrt(dx*dx + dy*dy)
}
