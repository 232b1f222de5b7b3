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

// WriteState writes what of the fire changes as it burns to w, a hash: the wind, every
// cell's state and fuel left, the burning cells, the cells fire teams work, and the
// steps taken. What NewFire and SetFuel fixed (the terrain's slopes, the
// fuel) is not written. Equal fires write the same bytes.
func (f *Fire) WriteState(w io.Writer) {
	s := stateWriter{w: w}
	s.f64(f.windSpeed)
	s.f64(f.windFrom)
	for _, p := range f.wind {
		s.u64(uint64(math.Float32bits(p)))
	}
	// A CellState is a byte: the states are written as they lie in memory.
	s.bytes(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(f.state))), len(f.state)))
	s.bytes(f.burnLeft)
	s.u64(uint64(len(f.front)))
	for _, c := range f.front {
		s.u64(uint64(c))
	}
	for c, until := range f.suppressed {
		if until != 0 {
			s.u64(uint64(c))
			s.u64(uint64(until))
		}
	}
	s.u64(uint64(f.steps))
	s.u64(uint64(f.burnt))
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
