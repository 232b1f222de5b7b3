package hazard

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestCellHeapPopsByLevelThenIndex(t *testing.T) {
	var h cellHeap
	h.Push(3, 7)
	h.Push(1, 9)
	h.Push(3, 2)
	h.Push(1, 4)
	h.Push(-2, 5)
	want := []cellLevel{{-2, 5}, {1, 4}, {1, 9}, {3, 2}, {3, 7}}
	for _, w := range want {
		if got := h.Pop(); got != w {
			t.Fatalf("popped %+v, want %+v", got, w)
		}
	}
	if h.Len() != 0 {
		t.Errorf("heap holds %d cells after popping all", h.Len())
	}
}

func TestCellHeapSortsRandomLevels(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var h cellHeap
	var all []cellLevel
	for i := range 500 {
		c := cellLevel{float32(rng.IntN(50)), int32(i)}
		all = append(all, c)
		h.Push(c.level, c.cell)
	}
	slices.SortFunc(all, func(a, b cellLevel) int {
		if a.less(b) {
			return -1
		}
		if b.less(a) {
			return 1
		}
		return 0
	})
	for i, w := range all {
		if got := h.Pop(); got != w {
			t.Fatalf("pop %d: %+v, want %+v", i, got, w)
		}
	}
}
