package maps

import (
	"fmt"
	"math"
)

// Tree is the result of a multi-source search: for every node, the travel time to or
// from the nearest source and which source that is. With sources at the shelters and
// Toward set, it answers "which shelter is nearest to each building, and how far".
type Tree struct {
	// Toward is true when times run from each node to a source, false when from a source
	// to each node.
	Toward  bool
	sources []int
	seconds []float64
	source  []int32 // index into sources; -1 when unreached
	viaEdge []int32 // the edge towards the source along the tree; -1 at sources
	viaNode []int32
}

// Sources returns the source nodes the tree was grown from. Do not modify the slice.
func (t *Tree) Sources() []int { return t.sources }

// Seconds returns the travel time between node and its nearest source, +Inf when they
// are not connected or node is out of range.
func (t *Tree) Seconds(node int) float64 {
	if node < 0 || node >= len(t.seconds) {
		return math.Inf(1)
	}
	return t.seconds[node]
}

// Source returns the index in Sources of the source nearest to node, -1 when none is
// reachable or node is out of range.
func (t *Tree) Source(node int) int {
	if node < 0 || node >= len(t.source) {
		return -1
	}
	return int(t.source[node])
}

// PathInto writes into dst the path between node and its nearest source in travel order:
// from node to the source when Toward, from the source to node otherwise. It returns
// false, with dst empty, when node is unreached or out of range.
func (t *Tree) PathInto(dst *Path, node int) bool {
	dst.reset()
	if t.Source(node) < 0 {
		return false
	}
	dst.Seconds = t.seconds[node]
	// The via chain runs from node back to its source.
	for v := int32(node); v >= 0; v = t.viaNode[v] {
		dst.Nodes = append(dst.Nodes, int(v))
		if e := t.viaEdge[v]; e >= 0 {
			dst.Edges = append(dst.Edges, int(e))
		}
	}
	if !t.Toward {
		reverseInts(dst.Nodes)
		reverseInts(dst.Edges)
	}
	return true
}

// Tree grows a new shortest-time tree from sources; see TreeInto.
func (r *Router) Tree(sources []int, t Traveller, blocked *EdgeSet, toward bool) (*Tree, error) {
	tree := new(Tree)
	if err := r.TreeInto(tree, sources, t, blocked, toward); err != nil {
		return nil, err
	}
	return tree, nil
}

// TreeInto fills dst, reusing its storage, with the fastest times between every node and
// the nearest of sources for traveller t, avoiding blocked edges. With toward, times run
// from each node to a source (the search follows arcs backwards, so oneway streets count
// in the direction they would be driven); otherwise from a source to each node. Ties
// between sources go to the one listed first. It is Dijkstra's algorithm, O((V+E) log V).
// It returns an error naming the first source that is not a node of the network.
func (r *Router) TreeInto(dst *Tree, sources []int, t Traveller, blocked *EdgeSet, toward bool) error {
	n := r.net
	for i, s := range sources {
		if s < 0 || s >= n.NodeCount() {
			return fmt.Errorf("route tree: source %d is node %d, but the network has nodes 0..%d", i, s, n.NodeCount()-1)
		}
	}
	count := n.NodeCount()
	dst.Toward = toward
	dst.sources = append(dst.sources[:0], sources...)
	dst.seconds = resize(dst.seconds, count)
	dst.source = resize(dst.source, count)
	dst.viaEdge = resize(dst.viaEdge, count)
	dst.viaNode = resize(dst.viaNode, count)
	for v := range count {
		dst.seconds[v] = math.Inf(1)
		dst.source[v] = -1
	}

	cost := t.cost(n)
	list := &n.fwd
	if toward {
		list = &n.rev
	}
	gen := r.nextGen()
	side := &r.forward // only its heap and stamps: times go into dst
	side.heap.reset()
	for i, s := range sources {
		if dst.source[s] >= 0 {
			continue // listed twice: the first wins
		}
		dst.seconds[s], dst.source[s], dst.viaEdge[s], dst.viaNode[s] = 0, int32(i), -1, -1
		side.heap.push(0, int32(s))
	}
	for side.heap.len() > 0 {
		v := side.heap.pop()
		side.nodes[v].stamp = gen + 1
		dv := dst.seconds[v]
		arcs := list.arcs[list.offsets[v]:list.offsets[v+1]]
		for i := range arcs {
			a := &arcs[i]
			if a.access&cost.need == 0 || blocked.Has(int(a.edge)) || side.nodes[a.to].stamp == gen+1 {
				continue
			}
			d, old := dv+cost.of(a), dst.seconds[a.to]
			better := d < old
			// An exact tie goes to the source listed first; costs are positive, so every
			// tie is seen before a.to is settled and passes its source on.
			if better || (d == dst.seconds[a.to] && dst.source[v] < dst.source[a.to]) {
				dst.seconds[a.to], dst.source[a.to] = d, dst.source[v]
				dst.viaEdge[a.to], dst.viaNode[a.to] = a.edge, v
			}
			switch {
			case better && math.IsInf(old, 1):
				side.heap.push(d, a.to)
			case better:
				side.heap.decrease(d, a.to)
			}
		}
	}
	return nil
}

// resize returns s with length n, reusing its storage when large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
