package maps

import (
	"math/bits"
	"slices"
)

// EdgeSet is a set of edge ids, such as the roads blocked by a flood, a landslide or a
// closure order; it changes during a drill. It is a bitset sized for one network: no
// operation allocates. The nil *EdgeSet is a valid empty set for reading (Has, Len).
type EdgeSet struct {
	words []uint64
	size  int // edge ids are 0 .. size-1
	count int
}

// NewEdgeSet returns an empty set able to hold edge ids 0 .. edgeCount-1; use the
// network's EdgeCount.
func NewEdgeSet(edgeCount int) *EdgeSet {
	edgeCount = max(edgeCount, 0)
	return &EdgeSet{words: make([]uint64, (edgeCount+63)/64), size: edgeCount}
}

// Set adds edge e. It returns false, changing nothing, when e is outside the set's range.
func (s *EdgeSet) Set(e int) bool {
	if e < 0 || e >= s.size {
		return false
	}
	w, bit := e>>6, uint64(1)<<(e&63)
	if s.words[w]&bit == 0 {
		s.words[w] |= bit
		s.count++
	}
	return true
}

// Clear removes edge e. It returns false, changing nothing, when e is outside the set's range.
func (s *EdgeSet) Clear(e int) bool {
	if e < 0 || e >= s.size {
		return false
	}
	w, bit := e>>6, uint64(1)<<(e&63)
	if s.words[w]&bit != 0 {
		s.words[w] &^= bit
		s.count--
	}
	return true
}

// Has reports whether edge e is in the set; false for a nil set or an id out of range.
func (s *EdgeSet) Has(e int) bool {
	if s == nil || e < 0 || e >= s.size {
		return false
	}
	return s.words[e>>6]&(1<<(e&63)) != 0
}

// Reset empties the set.
func (s *EdgeSet) Reset() {
	clear(s.words)
	s.count = 0
}

// Len returns the number of edges in the set; 0 for a nil set.
func (s *EdgeSet) Len() int {
	if s == nil {
		return 0
	}
	return s.count
}

// Cap returns the number of edge ids the set can hold.
func (s *EdgeSet) Cap() int {
	if s == nil {
		return 0
	}
	return s.size
}

// Each calls fn for every edge in the set, in ascending order.
func (s *EdgeSet) Each(fn func(e int)) {
	if s == nil {
		return
	}
	for w, word := range s.words {
		for word != 0 {
			fn(w<<6 + bits.TrailingZeros64(word))
			word &= word - 1
		}
	}
}

// Clone returns an independent copy of the set (nil for a nil set).
func (s *EdgeSet) Clone() *EdgeSet {
	if s == nil {
		return nil
	}
	c := *s
	c.words = slices.Clone(s.words)
	return &c
}
