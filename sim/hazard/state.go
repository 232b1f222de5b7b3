package hazard

import (
	"encoding/binary"
	"io"
	"math"
	"unsafe"
)

// stateWriter writes numbers to a hash in little-endian order.
type stateWriter struct {
	w   io.Writer
	buf [8]byte
}

func (s *stateWriter) u64(v uint64) {
	binary.LittleEndian.PutUint64(s.buf[:], v)
	s.w.Write(s.buf[:])
}

func (s *stateWriter) f64(v float64) { s.u64(math.Float64bits(v)) }

func (s *stateWriter) bytes(b []byte) {
	s.u64(uint64(len(b)))
	s.w.Write(b)
}

// WriteState writes what of the fire changes as it burns to w, a hash: its clock, the
// weather and spread factor it burns in and when those rates began, every cell's state,
// and, for each cell the fire has reached or a crew has held, its arrival, where its
// run came from, its pending runs, flames, intensity and hold; the burning cells in the
// order they caught, the cells waiting at a held line, and the count burnt. What
// NewFire and SetFuel fixed (the terrain, the fuels) and what those and the rates give
// (each cell's ellipse) are not written. Equal fires write the same bytes.
func (f *Fire) WriteState(w io.Writer) {
	s := stateWriter{w: w}
	s.f64(float64(f.now))
	for _, v := range []float64{f.weather.WindKmh, f.weather.WindFromDeg, f.weather.FFMC, f.weather.BUI, f.weather.FMC, f.factor} {
		s.f64(v)
	}
	s.f64(float64(f.epochAt))
	// A CellState is a byte: the states are written as they lie in memory.
	s.bytes(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(f.state))), len(f.state)))
	for c := range f.state {
		if f.state[c] == Unburnable || f.state[c] == Unburnt && math.IsInf(float64(f.arrival[c]), 1) && f.holdUntil[c] == 0 && !f.blocked[c] {
			continue // untouched
		}
		s.u64(uint64(c))
		for _, v := range []float32{f.arrival[c], f.anchorAt[c], f.flameEnd[c], f.intensity[c], f.holdUntil[c], f.holdLimit[c]} {
			s.u64(uint64(math.Float32bits(v)))
		}
		s.u64(uint64(f.anchor[c]))
		s.u64(uint64(f.pred[c])<<16 | uint64(f.pending[c])<<8 | boolByte(f.blocked[c]))
	}
	s.u64(uint64(len(f.burning)))
	for _, c := range f.burning {
		s.u64(uint64(c))
	}
	s.u64(uint64(len(f.waiting)))
	for _, c := range f.waiting {
		s.u64(uint64(c))
	}
	s.u64(uint64(f.burnt))
}

// boolByte is 1 for true, 0 for false.
func boolByte(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// WriteState writes what of the flood changes as it runs to w, a hash: the rises at its
// gauges and whether the depths are refreshed to them. The depths themselves follow
// from those and from what NewFlood fixed.
func (f *Flood) WriteState(w io.Writer) {
	s := stateWriter{w: w}
	s.u64(uint64(len(f.stages)))
	for _, r := range f.stages {
		s.f64(r)
	}
	s.u64(boolByte(f.refreshed))
}

// WriteState writes what of the 2D flood changes as it runs to w, a hash: its clock and
// steps, every cell's depth, the flows across the faces (both buffers) and, under the
// Godunov scheme, the cells' momenta; the inflows' flows, the level boundaries' levels and the rain; the deepest water
// and arrival of every cell; the water that came in and left. What NewShallow fixed
// (the ground, roughness, runoff, the inflows' cells) and what the depths give (which
// tiles hold water, the next time step, the wet cells) are not written. Equal floods
// write the same bytes.
func (s *Shallow) WriteState(w io.Writer) {
	o := stateWriter{w: w}
	for _, v := range []float64{s.t, float64(s.steps), float64(s.cur), s.rain, s.volume0, s.volIn, s.volOut} {
		o.f64(v)
	}
	floats := func(a []float64) {
		o.bytes(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(a))), 8*len(a)))
	}
	floats(s.h)
	for k := range s.qx {
		floats(s.qx[k])
		floats(s.qy[k])
	}
	if s.fv != nil {
		floats(s.fv.hu)
		floats(s.fv.hv)
	}
	for k := range s.sources {
		o.f64(s.sources[k].q)
	}
	for k := range s.levels {
		o.f64(s.levels[k].level)
	}
	o.bytes(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s.maxDepth))), 4*len(s.maxDepth)))
	o.bytes(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s.arrival))), 4*len(s.arrival)))
}
