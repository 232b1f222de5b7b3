package sim

import (
	"math/rand/v2"
	"slices"

	"drillsim/maps"
)

// Clone returns an independent copy of the world at its current tick: stepping either
// one, with the same commands, gives the same worlds as stepping the original would.
// Replays keep clones as checkpoints so that seeking to any moment replays minutes, not
// hours. The town, the scenario and what was precomputed from them are shared, since
// nothing changes them.
func (w *World) Clone() *World {
	c := *w
	state, _ := w.pcg.MarshalBinary() // a PCG always marshals
	c.pcg = &rand.PCG{}
	_ = c.pcg.UnmarshalBinary(state)
	c.rng = rand.New(c.pcg)
	c.queue = slices.Clone(w.queue)
	c.events = nil
	c.router = maps.NewRouter(w.town.Network)
	c.scratch, c.tree = maps.Path{}, maps.Tree{}
	c.roads = w.roads.clone()
	c.hazards = w.hazards.clone()
	c.people = w.people.clone()
	c.shelters = slices.Clone(w.shelters)
	for i := range c.shelters {
		c.shelters[i].fullTold = slices.Clone(w.shelters[i].fullTold)
	}
	c.units = make([]unit, len(w.units))
	for i, u := range w.units {
		u.route, u.cum = slices.Clone(u.route), slices.Clone(u.cum)
		c.units[i] = u
	}
	c.stock = make([][]maps.Quantity, len(w.stock))
	for i, s := range w.stock {
		c.stock[i] = slices.Clone(s)
	}
	c.injects = w.injects.clone()
	c.agents = slices.Clip(w.agents) // shared until either appends
	c.arrived = nil
	c.status = make([]Counts, 0, cap(w.status)-len(w.status)+1)
	return &c
}

func (rs *roadState) clone() roadState {
	c := *rs
	c.buried = rs.buried.Clone()
	c.buriedBy = slices.Clone(rs.buriedBy)
	c.closed = rs.closed.Clone()
	for m := range rs.blocked {
		c.blocked[m] = rs.blocked[m].Clone()
	}
	for m := range rs.floodHeld {
		c.floodHeld[m] = slices.Clone(rs.floodHeld[m])
	}
	c.cut = slices.Clone(rs.cut)
	c.clearedBy = slices.Clone(rs.clearedBy)
	return c
}

func (h *hazardState) clone() hazardState {
	c := *h
	c.floods = slices.Clone(h.floods)
	for i := range c.floods {
		f := &c.floods[i]
		if f.stage != nil {
			f.stage = f.stage.Clone()
		}
		if f.water != nil {
			f.water = f.water.Clone()
		}
		f.rises = slices.Clone(f.rises)
	}
	c.slides = slices.Clone(h.slides)
	c.fires = slices.Clone(h.fires)
	if h.fire != nil {
		c.fire = h.fire.Clone()
	}
	c.edgeDepth = slices.Clone(h.edgeDepth)
	c.edgeSpeed = slices.Clone(h.edgeSpeed)
	c.tileWasWet = slices.Clone(h.tileWasWet)
	c.edgeStamp = slices.Clone(h.edgeStamp)
	c.edgeBurning = slices.Clone(h.edgeBurning)
	c.edgeBurningCells = slices.Clone(h.edgeBurningCells)
	c.fireNearby = slices.Clone(h.fireNearby)
	c.destroyed = slices.Clone(h.destroyed)
	c.runouts = nil // scratch buffers: the copy makes its own when a slide runs
	return c
}

func (r *residents) clone() residents {
	c := *r
	c.groups = slices.Clone(r.groups)
	c.warns = slices.Clone(r.warns)
	c.scopes = slices.Clone(r.scopes) // each scope's group list never changes
	c.lastWarned = slices.Clone(r.lastWarned)
	c.touched = nil
	return c
}

func (is *injectState) clone() injectState {
	c := *is
	c.due = slices.Clone(is.due)
	c.delivered = slices.Clone(is.delivered)
	c.when = make([]*TriggerMatcher, len(is.when))
	for i, m := range is.when {
		if m != nil {
			mm := *m
			mm.seen = slices.Clone(m.seen)
			c.when[i] = &mm
		}
	}
	return c
}
