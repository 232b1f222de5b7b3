package maps

import (
	"slices"
	"testing"
)

func TestEdgeSet(t *testing.T) {
	s := NewEdgeSet(130)
	for _, e := range []int{0, 63, 64, 129, 64} {
		if !s.Set(e) {
			t.Fatalf("Set(%d) refused", e)
		}
	}
	if s.Len() != 4 || s.Cap() != 130 {
		t.Fatalf("Len %d Cap %d, want 4 and 130", s.Len(), s.Cap())
	}
	if !s.Has(63) || !s.Has(64) || s.Has(1) || s.Has(128) {
		t.Error("Has disagrees with the edges set")
	}
	if s.Set(130) || s.Set(-1) || s.Clear(130) || s.Has(130) || s.Has(-1) {
		t.Error("ids out of range must be refused and never members")
	}
	s.Clear(64)
	s.Clear(64)
	s.Clear(5)
	var got []int
	s.Each(func(e int) { got = append(got, e) })
	if !slices.Equal(got, []int{0, 63, 129}) || s.Len() != 3 {
		t.Errorf("after Clear(64): members %v, Len %d", got, s.Len())
	}
	s.Reset()
	if s.Len() != 0 || s.Has(0) || s.Has(129) {
		t.Error("Reset left members")
	}
}

func TestEdgeSetNil(t *testing.T) {
	var s *EdgeSet
	if s.Has(0) || s.Len() != 0 || s.Cap() != 0 {
		t.Error("a nil set is empty")
	}
	s.Each(func(int) { t.Error("a nil set has no members") })
}

func TestEdgeSetAllocatesNothing(t *testing.T) {
	s := NewEdgeSet(1000)
	allocs := testing.AllocsPerRun(100, func() {
		for e := 0; e < 1000; e += 7 {
			s.Set(e)
			s.Has(e + 1)
			s.Clear(e)
		}
		s.Reset()
	})
	if allocs != 0 {
		t.Errorf("%v allocations per run, want 0", allocs)
	}
}
