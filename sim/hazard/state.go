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

// WriteState writes what of the flood changes as it runs to w, a hash: the river's
// rise and whether the depths are refreshed to it. The depths themselves follow from
// those and from what NewFlood fixed.
func (f *Flood) WriteState(w io.Writer) {
	s := stateWriter{w: w}
	s.f64(f.rise)
	if f.refreshed {
		s.u64(1)
	} else {
		s.u64(0)
	}
}
