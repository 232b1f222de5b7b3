package maps

import (
	"math"
	"sync"
)

// landmarkCount is how many landmarks each mode uses: more tighten the bounds but cost
// memory (16 bytes per node and landmark) and time per node visited.
const landmarkCount = 8

// landmarkTable holds travel costs between a few landmark nodes and every node: for node
// v, row(v)[2i] is the cost from landmark i to v and row(v)[2i+1] from v to landmark i,
// +Inf when there is no way. Costs are metres on foot and free-flow seconds by vehicle.
type landmarkTable struct {
	width int
	dist  []float64
}

func (m *landmarkTable) row(v int) []float64 {
	return m.dist[v*m.width : (v+1)*m.width : (v+1)*m.width]
}

// landmarkCache computes each mode's landmark table once, on first use.
type landmarkCache struct {
	once   [2]sync.Once
	tables [2]*landmarkTable // foot, vehicle
}

// landmarks returns the landmark table for foot or vehicle travel, computing it on
// first use; nil when the network has too few nodes for landmarks to pay.
func (n *Network) landmarks(foot bool) *landmarkTable {
	mode, t := 1, Driver
	if foot {
		mode, t = 0, Traveller{Foot: true, SpeedKmh: 3.6} // 1 m/s: seconds are metres
	}
	n.marks.once[mode].Do(func() { n.marks.tables[mode] = buildLandmarks(n, t) })
	return n.marks.tables[mode]
}

// landmarkMinNodes is the smallest network that gets landmarks; below it the
// straight-line bound alone is as fast.
const landmarkMinNodes = 1000

// buildLandmarks picks landmarks on the rim of the main component, spread by direction
// from its centre (the node farthest from the centre in each of landmarkCount sectors),
// and runs a shortest-time tree to and from each.
func buildLandmarks(n *Network, t Traveller) *landmarkTable {
	if n.NodeCount() < landmarkMinNodes {
		return nil
	}
	comps := n.Components()
	centre := n.bound.Center()
	marks := make([]int, landmarkCount)
	reach := make([]float64, landmarkCount)
	for i := range marks {
		marks[i] = -1
	}
	for v, p := range n.nodes {
		if comps.Of(v) != comps.Largest() {
			continue
		}
		dx, dy := p[0]-centre[0], p[1]-centre[1]
		sector := int((math.Atan2(dy, dx) + math.Pi) / (2 * math.Pi) * landmarkCount)
		sector = min(max(sector, 0), landmarkCount-1)
		if d := dx*dx + dy*dy; marks[sector] < 0 || d > reach[sector] {
			marks[sector], reach[sector] = v, d
		}
	}
	table := &landmarkTable{width: 2 * landmarkCount, dist: make([]float64, n.NodeCount()*2*landmarkCount)}
	for i := range table.dist {
		table.dist[i] = math.Inf(1)
	}
	r := NewRouter(n)
	var tree Tree
	for i, mark := range marks {
		if mark < 0 {
			continue // an empty sector
		}
		for dir, toward := range []bool{false, true} {
			if err := r.TreeInto(&tree, []int{mark}, t, nil, toward); err != nil {
				return nil // cannot happen: mark is a node
			}
			for v := range n.NodeCount() {
				table.dist[v*table.width+2*i+dir] = tree.seconds[v]
			}
		}
	}
	return table
}
