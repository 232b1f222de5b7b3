package sim

import (
	"encoding/binary"
	"math"

	"drillsim/maps"
)

// StateHash returns a 64-bit FNV-1a hash of everything that decides the world's
// future: the clock, the random generator, the commands waiting, every resident group,
// warning on its way, unit (its task, target and route), shelter and stock, the roads
// closed, buried and blocked, the hazards as they stand (each flood's rise, each
// landslide's trigger and runout, each fire's cells, containment and weather), the
// injects delivered and waiting, the running counts, and who set each thing going
// (the agents whose causes the events to come will carry). Two worlds with equal hashes
// are the same world; replaying a drill must give the same hash at every tick.
// TestStateHashCoversTheState checks that changing any field of the world changes
// the hash, or that the field is listed as no state with the reason.
func (w *World) StateHash() uint64 {
	h := stateHash{sum: fnvOffset}
	h.i64(w.tick)
	h.u64(w.seq)
	rngState, _ := w.pcg.MarshalBinary()
	h.Write(rngState)
	h.int(len(w.queue))
	for i := range w.queue {
		h.command(&w.queue[i])
	}
	w.roads.hash(&h)
	w.hazards.hash(&h)
	w.people.hash(&h)
	for _, s := range w.shelters {
		h.i64(s.openAt)
		h.int(s.occupancy)
		h.int(s.reserved)
		h.int(len(s.fullTold))
		for _, v := range s.fullTold {
			h.int(int(v))
		}
	}
	for i := range w.units {
		w.units[i].hash(&h)
	}
	for _, st := range w.stock {
		h.int(len(st))
		for _, q := range st {
			h.str(q.Item)
			h.int(q.Count)
		}
	}
	w.injects.hash(&h)
	h.int(len(w.agents))
	for _, a := range w.agents {
		h.str(string(a.cause))
		h.str(string(a.role))
		h.u64(a.seq)
	}
	c := &w.counts
	for _, v := range []int{c.Residents, c.Unwarned, c.Warned, c.Moving, c.Sheltered, c.InDanger, c.Casualties, c.Treated,
		c.BuildingsDestroyed, c.RoadsCut, c.FloodedCells} {
		h.int(v)
	}
	h.f64(c.PeopleMinutesInDanger)
	h.f64(c.BurntHa)
	return h.sum
}

// stateHash is a 64-bit FNV-1a hash (as hash/fnv's New64a computes it) of the world's
// numbers: whole numbers as varints, floats by their bits in little-endian order, each
// bool as a byte. It is kept inline so that hashing allocates nothing.
type stateHash struct {
	sum uint64
	buf [64]byte
}

// The FNV-1a 64-bit offset basis and prime.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Write adds b to the hash; it never fails.
func (h *stateHash) Write(b []byte) (int, error) {
	for _, c := range b {
		h.sum ^= uint64(c)
		h.sum *= fnvPrime
	}
	return len(b), nil
}

func (h *stateHash) byte(c byte) {
	h.sum ^= uint64(c)
	h.sum *= fnvPrime
}

func (h *stateHash) u64(v uint64) { h.Write(binary.AppendUvarint(h.buf[:0], v)) }
func (h *stateHash) i64(v int64)  { h.Write(binary.AppendVarint(h.buf[:0], v)) }
func (h *stateHash) int(v int)    { h.i64(int64(v)) }
func (h *stateHash) i32(v int32)  { h.i64(int64(v)) }

func (h *stateHash) f64(v float64) {
	binary.LittleEndian.PutUint64(h.buf[:8], math.Float64bits(v))
	h.Write(h.buf[:8])
}

func (h *stateHash) f32(v float32) {
	binary.LittleEndian.PutUint32(h.buf[:4], math.Float32bits(v))
	h.Write(h.buf[:4])
}

func (h *stateHash) bool(v bool) {
	if v {
		h.byte(1)
	} else {
		h.byte(0)
	}
}

// bytes and str write a length, then the bytes, so that runs cannot be confused.
func (h *stateHash) bytes(b []byte) {
	h.int(len(b))
	h.Write(b)
}

func (h *stateHash) str(s string) {
	h.int(len(s))
	for i := 0; i < len(s); i++ {
		h.byte(s[i])
	}
}

func (h *stateHash) strs(ss []string) {
	h.int(len(ss))
	for _, s := range ss {
		h.str(s)
	}
}

// command writes a command waiting in the queue, all of it: what it orders is the
// world's future.
func (h *stateHash) command(c *Command) {
	h.i64(c.Tick)
	h.u64(c.Seq)
	o := &c.Order
	h.i64(int64(o.At))
	for _, s := range []string{string(o.Role), string(o.Order), string(o.Channel), o.Shelter, o.Unit, o.To, string(o.Task), o.Road,
		o.From, o.Town, string(o.Report), o.Text, string(o.Kind), o.Inject, o.Hazard, string(o.Set)} {
		h.str(s)
	}
	h.strs(o.Scope.Villages)
	h.strs(o.Scope.Zones)
	h.int(len(o.Items))
	for _, q := range o.Items {
		h.str(q.Item)
		h.int(q.Count)
	}
	h.int(o.Count)
	h.int(int(o.Level))
	h.f64(o.Factor)
	h.f64(o.Value)
}

func (h *stateHash) bools(bs []bool) {
	h.int(len(bs))
	for _, b := range bs {
		h.bool(b)
	}
}

func (h *stateHash) edges(s *maps.EdgeSet) {
	h.int(s.Len())
	s.Each(func(e int) { h.int(e) })
}

func (rs *roadState) hash(h *stateHash) {
	h.edges(rs.buried)
	h.int(len(rs.buriedBy))
	for _, by := range rs.buriedBy {
		h.str(by)
	}
	h.edges(rs.closed)
	for m := range rs.blocked {
		h.edges(rs.blocked[m])
	}
	for _, held := range rs.floodHeld { // the edges water holds closed, under a 2D flood
		for e, since := range held {
			if since != notHeld {
				h.int(e)
				h.i64(since)
			}
		}
	}
	h.bools(rs.cut)
	h.int(len(rs.clearedBy))
	for _, by := range rs.clearedBy {
		h.i32(int32(by))
	}
	h.bool(rs.dirty)
	h.int(rs.cutCount)
}

func (hs *hazardState) hash(h *stateHash) {
	for i := range hs.floods {
		f := &hs.floods[i]
		if f.water != nil {
			f.water.WriteState(h)
		} else {
			f.stage.WriteState(h)
		}
		h.bool(f.started)
	}
	for _, s := range hs.slides {
		h.i64(s.at)
		h.f64(s.runoutM)
		h.bool(s.triggered)
	}
	for _, f := range hs.fires {
		h.int(f.cell)
		h.bool(f.ignited)
		h.bool(f.contained)
		h.int(f.nextOverride)
	}
	if hs.fire != nil {
		hs.fire.WriteState(h)
	}
	fw := &hs.fireWeather
	for _, v := range []float64{fw.WindKmh, fw.WindFromDeg, fw.FFMC, fw.BUI, fw.FMC} {
		h.f64(v)
	}
	h.int(len(hs.edgeBurningCells))
	for _, n := range hs.edgeBurningCells {
		h.i32(n)
	}
	h.int(len(hs.edgeDepth))
	for _, d := range hs.edgeDepth {
		h.f32(d)
	}
	h.int(len(hs.edgeSpeed))
	for _, v := range hs.edgeSpeed {
		h.f32(v)
	}
	h.bools(hs.tileWasWet)
	h.bools(hs.edgeBurning)
	h.bools(hs.destroyed)
	h.f32(hs.stage)
	h.i32(int32(hs.suppressedBy))
}

func (r *residents) hash(h *stateHash) {
	for i := range r.groups {
		g := &r.groups[i]
		for _, v := range []int32{g.building, g.village, g.zone, g.node, g.pop, g.vuln, g.home, g.moving, g.sheltered, g.hurt, g.treated, g.target, g.dest} {
			h.i32(v)
		}
		for _, v := range []int64{g.warnedAt, g.evacAt, g.departAt, g.arriveAt} {
			h.i64(v)
		}
		h.f32(g.refuse)
		h.f32(g.harm)
		h.i32(int32(g.evacBy))
		h.bool(g.loud)
		h.bool(g.stranded)
	}
	h.int(len(r.warns) - r.next)
	for _, j := range r.warns[r.next:] {
		h.i64(j.at)
		h.i32(j.group)
		h.f32(j.compliance)
		h.str(string(j.channel))
		h.i32(int32(j.by))
	}
	for _, s := range r.scopes {
		h.i32(s.village)
		h.i32(s.zone)
		h.bool(s.done)
		h.i32(int32(s.by))
		h.int(len(s.groups))
		for _, g := range s.groups {
			h.i32(g)
		}
	}
	h.int(len(r.lastWarned))
	for _, v := range r.lastWarned {
		h.f64(v)
	}
}

func (u *unit) hash(h *stateHash) {
	h.str(u.id)
	h.str(u.name)
	h.str(string(u.kind))
	h.int(u.count)
	h.int(u.reinforcement)
	h.i32(u.village)
	h.int(u.node)
	h.int(int(u.state))
	h.str(string(u.task))
	u.target.hash(h)
	h.u64(u.seq)
	h.i32(int32(u.agent))
	h.i64(u.depart)
	h.i64(u.arrive)
	h.int(len(u.route))
	for _, e := range u.route {
		h.i32(e)
	}
	for _, s := range u.cum {
		h.f64(s)
	}
	h.i64(u.workEnd)
	h.f64(u.carry)
	h.int(u.rescued)
	h.int(u.goal)
	h.str(u.lentTo)
	h.str(u.from)
}

func (p *place) hash(h *stateHash) {
	h.str(p.name)
	h.int(int(p.kind))
	h.int(p.index)
	h.f64(p.at[0])
	h.f64(p.at[1])
	h.int(p.node)
	h.int(p.carNode)
	h.int(p.village)
	h.int(p.zone)
}

func (is *injectState) hash(h *stateHash) {
	for _, d := range is.due {
		h.i64(d)
	}
	h.bools(is.delivered)
	for _, m := range is.when {
		if m == nil {
			h.u64(0)
			continue
		}
		h.bool(m.done)
		h.bools(m.seen)
	}
}
