package maps

import (
	"math"

	"gonum.org/v1/gonum/graph/simple"
)

// Gonum returns the network as a gonum weighted directed graph whose node ids are the
// network's node indices and whose weights are the seconds traveller t takes on each arc
// (the cheaper of parallel arcs), for gonum's graph algorithms and as the baseline the
// routing benchmarks measure against. Building it is O(nodes + arcs) with gonum's maps.
func (n *Network) Gonum(t Traveller) *simple.WeightedDirectedGraph {
	g := simple.NewWeightedDirectedGraph(0, math.Inf(1))
	for v := range n.NodeCount() {
		g.AddNode(simple.Node(v))
	}
	cost := t.cost(n)
	for v := range n.NodeCount() {
		for _, a := range n.fwd.arcs[n.fwd.offsets[v]:n.fwd.offsets[v+1]] {
			if a.access&cost.need == 0 || int(a.to) == v {
				continue
			}
			w := cost.of(&a)
			if old, ok := g.Weight(int64(v), int64(a.to)); ok && old <= w {
				continue
			}
			g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(v), simple.Node(a.to), w))
		}
	}
	return g
}
