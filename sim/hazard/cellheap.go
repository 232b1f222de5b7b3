package hazard

// cellLevel is a cell waiting in a cellHeap with the water level that reaches it.
type cellLevel struct {
	level float32
	cell  int32
}

// less orders by level, then by cell index, so pops never depend on push order.
func (a cellLevel) less(b cellLevel) bool {
	return a.level < b.level || (a.level == b.level && a.cell < b.cell)
}

// cellHeap is a binary min-heap of cells by level: the priority queue of a
// priority-flood. It is written out rather than built on container/heap to avoid an
// interface call per comparison on grids of millions of cells.
type cellHeap struct {
	items []cellLevel
}

// Len returns the number of cells waiting.
func (h *cellHeap) Len() int { return len(h.items) }

// Push adds a cell at a level.
func (h *cellHeap) Push(level float32, cell int32) {
	h.items = append(h.items, cellLevel{level, cell})
	i := len(h.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !h.items[i].less(h.items[parent]) {
			break
		}
		h.items[i], h.items[parent] = h.items[parent], h.items[i]
		i = parent
	}
}

// Pop removes and returns the cell of lowest level (lowest index among equals). It must
// not be called on an empty heap.
func (h *cellHeap) Pop() cellLevel {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		smallest := i
		left, right := 2*i+1, 2*i+2
		if left < last && h.items[left].less(h.items[smallest]) {
			smallest = left
		}
		if right < last && h.items[right].less(h.items[smallest]) {
			smallest = right
		}
		if smallest == i {
			return top
		}
		h.items[i], h.items[smallest] = h.items[smallest], h.items[i]
		i = smallest
	}
}
