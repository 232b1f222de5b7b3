package server

import (
	"slices"

	"drillsim/maps"
	"drillsim/server/wire"
	"drillsim/sim"
	"drillsim/sim/hazard"
)

// tracker keeps the world as the seats were last sent it, and finds what one tick
// changed, once for every role: each role's lens then keeps what it sees of that.
type tracker struct {
	units     []sim.UnitView
	buildings []sim.BuildingState
	shelters  []sim.ShelterView
	depots    [][]maps.Quantity
	cut       []int
	closed    []int
	depth     []int32 // in steps of wire.DepthStepM
	fire      []hazard.CellState
	counts    sim.Counts
	villages  []sim.Counts
	hasDepth  bool
	hasFire   bool
	// villageOfUnit gives a unit's village by its id.
	villageOfUnit map[string]string
}

// changes is what changed in the world over a tick: indexes into the tracker's lists.
type changes struct {
	units, moved                []int
	buildings, shelters, depots []int
	edges, counts               bool
	villages                    []int
	depth, fire                 []int
}

// reset clears the lists of changes for reuse.
func (c *changes) reset() {
	*c = changes{units: c.units[:0], moved: c.moved[:0], buildings: c.buildings[:0], shelters: c.shelters[:0],
		depots: c.depots[:0], villages: c.villages[:0], depth: c.depth[:0], fire: c.fire[:0]}
}

// newTracker starts tracking from snapshot s with village figures villages.
func newTracker(s *sim.Snapshot, villages []sim.Counts) *tracker {
	t := &tracker{villageOfUnit: map[string]string{}, hasDepth: s.Depth != nil, hasFire: s.Fire != nil}
	var ch changes
	t.update(s, villages, &ch, true)
	return t
}

// update takes in snapshot s and the village figures, and fills ch with what changed;
// its water and fire only when cells is set (the snapshot's are fresh).
func (t *tracker) update(s *sim.Snapshot, villages []sim.Counts, ch *changes, cells bool) {
	ch.reset()
	for i, u := range s.Units {
		if i >= len(t.units) {
			t.units = append(t.units, u)
			t.villageOfUnit[u.ID] = u.Village
			ch.units = append(ch.units, i)
			continue
		}
		was := t.units[i]
		moved := wire.Decimetres(was.At[0]) != wire.Decimetres(u.At[0]) || wire.Decimetres(was.At[1]) != wire.Decimetres(u.At[1])
		was.At = u.At
		switch {
		case was != u:
			ch.units = append(ch.units, i)
		case moved:
			ch.moved = append(ch.moved, i)
		}
		t.units[i] = u
	}
	t.buildings = diffInto(t.buildings, s.Buildings, &ch.buildings)
	t.shelters = diffInto(t.shelters, s.Shelters, &ch.shelters)
	for len(t.depots) < len(s.Depots) {
		t.depots = append(t.depots, nil)
	}
	for i, d := range s.Depots {
		if !slices.Equal(t.depots[i], d) {
			t.depots[i] = slices.Clone(d)
			ch.depots = append(ch.depots, i)
		}
	}
	if !slices.Equal(t.cut, s.CutEdges) || !slices.Equal(t.closed, s.ClosedEdges) {
		t.cut, t.closed = slices.Clone(s.CutEdges), slices.Clone(s.ClosedEdges)
		ch.edges = true
	}
	if cells {
		if len(t.depth) < len(s.Depth) {
			t.depth = make([]int32, len(s.Depth))
		}
		for c, d := range s.Depth {
			if n := wire.DepthSteps(d); n != t.depth[c] {
				t.depth[c] = n
				ch.depth = append(ch.depth, c)
			}
		}
		t.fire = diffInto(t.fire, s.Fire, &ch.fire)
	}
	if s.Counts != t.counts {
		t.counts = s.Counts
		ch.counts = true
	}
	if len(t.villages) < len(villages) {
		t.villages = make([]sim.Counts, len(villages))
		for i := range villages {
			ch.villages = append(ch.villages, i)
		}
	}
	for i, c := range villages {
		if c != t.villages[i] {
			t.villages[i] = c
			if !slices.Contains(ch.villages, i) {
				ch.villages = append(ch.villages, i)
			}
		}
	}
}

// diffInto brings kept up to now, appending the indexes that changed to changed.
func diffInto[T comparable](kept, now []T, changed *[]int) []T {
	if len(kept) < len(now) {
		kept = append(kept, make([]T, len(now)-len(kept))...)
		for i := range now {
			*changed = append(*changed, i)
		}
		copy(kept, now)
		return kept
	}
	for i, v := range now {
		if kept[i] != v {
			kept[i] = v
			*changed = append(*changed, i)
		}
	}
	return kept
}

// unitVillage returns the village of the unit with id, "" for the town's.
func (t *tracker) unitVillage(id string) string { return t.villageOfUnit[id] }

// roleView is one role's share of the drill: its lens, its units (numbered in the
// order it first saw them), the events it has received and what it was last sent of
// the lists that it sees as a whole.
type roleView struct {
	lens   *lens
	units  []int       // the role's unit numbers to the world's
	number map[int]int // the world's unit numbers to the role's
	stream []sim.Event
	cut    []int
	closed []int
}

// newRoleView returns the view of role through its lens.
func newRoleView(l *lens) *roleView {
	return &roleView{lens: l, number: map[int]int{}}
}

// take appends the events of a tick the role sees to its stream and returns them.
func (r *roleView) take(events []sim.Event, t *tracker) []sim.Event {
	from := len(r.stream)
	for i := range events {
		if r.lens.seesEvent(&events[i], t.unitVillage) {
			r.stream = append(r.stream, events[i])
		}
	}
	return r.stream[from:]
}

// change returns the change of the role's view that ch brings.
func (r *roleView) change(t *tracker, ch *changes, s *sim.Snapshot) wire.View {
	v := wire.View{T: s.T, Tick: s.Tick}
	l := r.lens
	switch {
	case l.own >= 0 && slices.Contains(ch.villages, l.own):
		c := t.villages[l.own]
		v.Counts = &c
	case l.own < 0 && ch.counts:
		c := t.counts
		v.Counts = &c
	}
	for _, i := range ch.units {
		if n, ok := r.unitNumber(i, t); ok {
			v.Units = append(v.Units, wire.UnitChange{I: n, Unit: t.units[i]})
		}
	}
	for _, i := range ch.moved {
		if n, ok := r.number[i]; ok {
			at := t.units[i].At
			v.Moves = append(v.Moves, int64(n), wire.Decimetres(at[0]), wire.Decimetres(at[1]))
		}
	}
	for _, i := range ch.buildings {
		if l.sees(l.a.building[i]) {
			v.Buildings = append(v.Buildings, int32(i), int32(t.buildings[i]))
		}
	}
	for _, i := range ch.shelters {
		if l.sees(l.a.shelter[i]) {
			v.Shelters = append(v.Shelters, wire.ShelterChange{I: i, Shelter: t.shelters[i]})
		}
	}
	for _, i := range ch.depots {
		if l.sees(l.a.depot[i]) {
			v.Depots = append(v.Depots, wire.DepotChange{I: i, Stock: t.depots[i]})
		}
	}
	if ch.edges {
		cut, closed := r.edgesSeen(t.cut), r.edgesSeen(t.closed)
		if !slices.Equal(cut, r.cut) || !slices.Equal(closed, r.closed) {
			r.cut, r.closed = cut, closed
			v.Edges = &wire.Edges{Cut: cut, Closed: closed}
		}
	}
	for _, c := range ch.depth {
		if r.seesCell(c) {
			v.Depth = append(v.Depth, int32(c), t.depth[c])
		}
	}
	for _, c := range ch.fire {
		if r.seesCell(c) {
			v.Fire = append(v.Fire, int32(c), int32(t.fire[c]))
		}
	}
	return v
}

// whole returns the role's whole view as the tracker holds it.
func (r *roleView) whole(t *tracker, s *sim.Snapshot) wire.View {
	all := changes{counts: true, edges: true}
	for i := range t.units {
		all.units = append(all.units, i)
	}
	all.buildings = indexes(len(t.buildings), func(i int) bool { return t.buildings[i] != sim.Uninhabited })
	all.shelters = indexes(len(t.shelters), nil)
	all.depots = indexes(len(t.depots), nil)
	all.depth = indexes(len(t.depth), func(c int) bool { return t.depth[c] != 0 })
	all.fire = indexes(len(t.fire), func(c int) bool { return t.fire[c] != hazard.Unburnable })
	if r.lens.own >= 0 && r.lens.own < len(t.villages) {
		all.villages = []int{r.lens.own}
	}
	r.cut, r.closed = nil, nil
	v := r.change(t, &all, s)
	if v.Edges == nil {
		v.Edges = &wire.Edges{Cut: r.cut, Closed: r.closed}
	}
	cells := 0
	if s.Terrain != nil && (t.hasDepth || t.hasFire) {
		cells = len(s.Terrain.Elev)
	}
	v.Full = &wire.Sizes{Buildings: len(t.buildings), Shelters: len(t.shelters), Depots: len(t.depots),
		Cells: cells, Depth: t.hasDepth, Fire: t.hasFire}
	// A whole view numbers the units afresh: the seat's list starts empty.
	v.Units = v.Units[:0]
	for n, i := range r.units {
		v.Units = append(v.Units, wire.UnitChange{I: n, Unit: t.units[i]})
	}
	return v
}

// indexes returns the indexes below n that keep says to keep (all when keep is nil).
func indexes(n int, keep func(int) bool) []int {
	var out []int
	for i := range n {
		if keep == nil || keep(i) {
			out = append(out, i)
		}
	}
	return out
}

// unitNumber returns the role's number for world unit i, numbering it when the role
// sees it for the first time; false for a unit the role does not see.
func (r *roleView) unitNumber(i int, t *tracker) (int, bool) {
	if n, ok := r.number[i]; ok {
		return n, true
	}
	if !r.lens.role.SeesUnit(t.units[i].Village) {
		return 0, false
	}
	r.number[i] = len(r.units)
	r.units = append(r.units, i)
	return r.number[i], true
}

// edgesSeen returns the edges of list in the role's area.
func (r *roleView) edgesSeen(list []int) []int {
	out := []int{}
	for _, e := range list {
		if r.lens.sees(r.lens.a.edge[e]) {
			out = append(out, e)
		}
	}
	return out
}

// seesCell reports whether the role sees terrain cell c.
func (r *roleView) seesCell(c int) bool {
	a := r.lens.a
	return r.lens.own < 0 || a.cell != nil && c < len(a.cell) && int(a.cell[c]) == r.lens.own
}
