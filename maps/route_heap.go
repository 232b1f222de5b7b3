package maps

// nodeHeap is an indexed 4-ary min-heap of nodes by key with decrease-key: pos[v] is
// v's slot while v is queued. Its storage is kept between searches; pos is valid only
// for nodes the caller marks as queued in the current search.
type nodeHeap struct {
	entries []heapEntry
	pos     []int32
}

type heapEntry struct {
	key  float64
	node int32
}

func newNodeHeap(nodes int) nodeHeap { return nodeHeap{pos: make([]int32, nodes)} }

func (h *nodeHeap) reset()          { h.entries = h.entries[:0] }
func (h *nodeHeap) len() int        { return len(h.entries) }
func (h *nodeHeap) minKey() float64 { return h.entries[0].key }

// push queues node, which must not be queued, with key.
func (h *nodeHeap) push(key float64, node int32) {
	h.entries = append(h.entries, heapEntry{key, node})
	h.up(len(h.entries)-1, heapEntry{key, node})
}

// decrease lowers the key of queued node.
func (h *nodeHeap) decrease(key float64, node int32) {
	h.up(int(h.pos[node]), heapEntry{key, node})
}

func (h *nodeHeap) up(i int, e heapEntry) {
	s := h.entries
	for i > 0 {
		parent := (i - 1) / 4
		if s[parent].key <= e.key {
			break
		}
		s[i] = s[parent]
		h.pos[s[i].node] = int32(i)
		i = parent
	}
	s[i] = e
	h.pos[e.node] = int32(i)
}

// pop removes and returns the node with the smallest key.
func (h *nodeHeap) pop() int32 {
	s := h.entries
	top := s[0].node
	last := s[len(s)-1]
	s = s[:len(s)-1]
	h.entries = s
	if len(s) == 0 {
		return top
	}
	i := 0
	for {
		child := 4*i + 1
		if child >= len(s) {
			break
		}
		best := child
		if child+3 < len(s) {
			// All four children: compare in pairs.
			c := s[child : child+4 : child+4]
			lo, hi := 0, 2
			if c[1].key < c[0].key {
				lo = 1
			}
			if c[3].key < c[2].key {
				hi = 3
			}
			if c[hi].key < c[lo].key {
				lo = hi
			}
			best += lo
		} else {
			for c := child + 1; c < len(s); c++ {
				if s[c].key < s[best].key {
					best = c
				}
			}
		}
		if s[best].key >= last.key {
			break
		}
		s[i] = s[best]
		h.pos[s[i].node] = int32(i)
		i = best
	}
	s[i] = last
	h.pos[last.node] = int32(i)
	return top
}
