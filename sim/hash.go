package sim

import (
	"encoding/binary"
	"hash/fnv"
	"math"
)

// StateHash returns a 64-bit FNV-1a hash of everything that decides the world's
// future: the clock, the random generator, every group, unit, shelter, stock, road
// block, hazard cell and pending command. Two worlds with equal hashes are the same
// world; replaying a drill must give the same hash at every tick.
func (w *World) StateHash() uint64 {
	h := fnv.New64a()
	var buf [8]byte
	put := func(v uint64) {
		binary.LittleEndian.PutUint64(buf[:], v)
		h.Write(buf[:])
	}
	i64 := func(v int64) { put(uint64(v)) }
	f32 := func(v float32) { put(uint64(math.Float32bits(v))) }
	i64(w.tick)
	put(w.seq)
	rngState, _ := w.pcg.MarshalBinary()
	h.Write(rngState)
	for _, g := range w.people.groups {
		for _, v := range []int32{g.home, g.moving, g.sheltered, g.hurt, g.treated, g.target, g.dest} {
			i64(int64(v))
		}
		for _, v := range []int64{g.warnedAt, g.evacAt, g.departAt, g.arriveAt} {
			i64(v)
		}
		f32(g.refuse)
		f32(g.harm)
		if g.stranded {
			put(1)
		}
	}
	for _, j := range w.people.warns[w.people.next:] {
		i64(j.at)
		i64(int64(j.group))
	}
	for _, u := range w.units {
		i64(int64(u.node))
		i64(int64(u.state))
		i64(u.arrive)
		i64(u.workEnd)
		put(math.Float64bits(u.carry))
		h.Write([]byte(u.task))
	}
	for _, s := range w.shelters {
		i64(s.openAt)
		i64(int64(s.occupancy))
		i64(int64(s.reserved))
	}
	for _, st := range w.stock {
		for _, q := range st {
			i64(int64(q.Count))
		}
	}
	for m := range w.roads.blocked {
		w.roads.blocked[m].Each(func(e int) { i64(int64(e)) })
	}
	w.roads.closed.Each(func(e int) { i64(int64(e)) })
	for _, d := range w.hazards.destroyed {
		if d {
			put(1)
		} else {
			put(0)
		}
	}
	for i := range w.hazards.floods {
		if f := &w.hazards.floods[i]; f.water != nil {
			put(f.water.Fingerprint())
		} else {
			for _, r := range f.stage.Stages() {
				put(math.Float64bits(r))
			}
		}
	}
	if f := w.hazards.fire; f != nil {
		i64(f.Steps())
		for _, c := range f.BurningCells() {
			i64(int64(c))
		}
		i64(int64(f.BurntCells()))
	}
	for _, c := range w.queue {
		i64(c.Tick)
		put(c.Seq)
	}
	return h.Sum64()
}
