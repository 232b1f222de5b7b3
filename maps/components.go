package maps

import (
	"cmp"
	"slices"
)

// Components are the connected pieces of a network, ignoring direction and access: two
// nodes are in the same component when some chain of edges joins them. Components are
// numbered from 0 by size, largest first (ties: the one holding the lower node id first),
// so component 0 is the main network.
type Components struct {
	of    []int32 // component of each node
	nodes []int   // node count of each component
	edges []int   // edge count of each component
}

// Components finds the network's connected components in O(V+E).
func (n *Network) Components() *Components {
	// Union-find over the edges, then label roots in order of their lowest node.
	parent := make([]int32, n.NodeCount())
	for v := range parent {
		parent[v] = int32(v)
	}
	find := func(v int32) int32 {
		for parent[v] != v {
			parent[v] = parent[parent[v]]
			v = parent[v]
		}
		return v
	}
	for _, e := range n.edges {
		a, b := find(int32(e.From)), find(int32(e.To))
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	label := make([]int32, n.NodeCount())
	var nodes []int
	for v := range parent {
		root := find(int32(v))
		if root == int32(v) {
			label[v] = int32(len(nodes))
			nodes = append(nodes, 0)
		} else {
			label[v] = label[root] // root < v, so it is labelled already
		}
		nodes[label[v]]++
	}
	// Renumber by size, largest first; the stable sort keeps lowest-node order on ties.
	order := make([]int, len(nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(nodes[b], nodes[a]) })
	renumber := make([]int32, len(nodes))
	for rank, c := range order {
		renumber[c] = int32(rank)
	}
	c := &Components{of: label, nodes: make([]int, len(nodes)), edges: make([]int, len(nodes))}
	for v := range label {
		c.of[v] = renumber[label[v]]
		c.nodes[c.of[v]]++
	}
	for _, e := range n.edges {
		c.edges[c.of[e.From]]++
	}
	return c
}

// Count returns the number of components.
func (c *Components) Count() int { return len(c.nodes) }

// Of returns the component of node, -1 when node is out of range.
func (c *Components) Of(node int) int {
	if node < 0 || node >= len(c.of) {
		return -1
	}
	return int(c.of[node])
}

// Nodes returns how many nodes component comp has (0 when out of range).
func (c *Components) Nodes(comp int) int {
	if comp < 0 || comp >= len(c.nodes) {
		return 0
	}
	return c.nodes[comp]
}

// Edges returns how many edges component comp has (0 when out of range).
func (c *Components) Edges(comp int) int {
	if comp < 0 || comp >= len(c.edges) {
		return 0
	}
	return c.edges[comp]
}

// Largest returns the main component, the one with the most nodes: always 0, or -1 for
// an empty network.
func (c *Components) Largest() int {
	if len(c.nodes) == 0 {
		return -1
	}
	return 0
}

// maxRoadsNamed is how many roads a disconnected-component warning names.
const maxRoadsNamed = 5

// DisconnectedProblems returns one Warning for each component other than the largest,
// naming up to five of its roads, so a real map with many stray pieces does not flood the
// report. The problem's feature is the component's first road.
func (n *Network) DisconnectedProblems() Problems {
	comps := n.Components()
	if comps.Count() < 2 {
		return nil
	}
	roadsOf := make([][]int, comps.Count())
	for r := range n.roadRefs {
		first := n.roadFirstEdge[r]
		if first == n.roadFirstEdge[r+1] {
			continue // skipped as degenerate
		}
		// A road's edges form one chain, so its first edge tells its component.
		c := comps.Of(n.edges[first].From)
		roadsOf[c] = append(roadsOf[c], r)
	}
	var problems Problems
	for c := 1; c < comps.Count(); c++ {
		roads := roadsOf[c]
		refs := make([]FeatureRef, len(roads))
		for i, r := range roads {
			refs[i] = n.roadRefs[r]
		}
		named := ListSome(refs, maxRoadsNamed)
		if len(roads) == 1 {
			problems.add(Warning, n.roadRefs[roads[0]], "join it at a shared vertex or remove it",
				"the road is not connected to the main network (component %d of %d, %d edges): %s", c+1, comps.Count(), comps.Edges(c), named)
			continue
		}
		problems.add(Warning, n.roadRefs[roads[0]], "join it at a shared vertex or remove it",
			"%d roads are not connected to the main network (component %d of %d, %d edges): %s", len(roads), c+1, comps.Count(), comps.Edges(c), named)
	}
	return problems
}

// MainNodes returns the nodes of the largest connected component in ascending order:
// the nodes to snap places to so that routes between them exist.
func (n *Network) MainNodes() []int {
	c := n.Components()
	nodes := make([]int, 0, c.Nodes(c.Largest()))
	for v := range n.NodeCount() {
		if c.Of(v) == c.Largest() {
			nodes = append(nodes, v)
		}
	}
	return nodes
}
