package maps

import "math"

// Traveller is who moves along the network, which decides the edges allowed and the time
// an edge takes:
//
//   - On foot (Foot true): any edge open on foot, in either direction, at SpeedKmh
//     whatever the road's speed; SpeedKmh <= 0 (or not finite) means DefaultWalkKmh.
//   - In a vehicle (Foot false): edges open to vehicles, honouring oneway, at the road's
//     free-flow speed capped at SpeedKmh; SpeedKmh <= 0 (or not finite) means no cap.
//
// The time of an edge is its length divided by that speed.
type Traveller struct {
	Foot     bool
	SpeedKmh float64
}

// Walker is a pedestrian at DefaultWalkKmh; Driver is a vehicle at the roads' speeds.
var (
	Walker = Traveller{Foot: true, SpeedKmh: DefaultWalkKmh}
	Driver = Traveller{}
)

// travelCost is a Traveller resolved for one search.
type travelCost struct {
	need arcAccess
	// secondsPerM is 1/speed on foot, 1/cap in a vehicle (0 when uncapped).
	secondsPerM float64
	foot        bool
	// heuristicSPerM is 1 / the fastest speed possible on any arc, for A*.
	heuristicSPerM float64
}

func (t Traveller) cost(n *Network) travelCost {
	speed := t.SpeedKmh / 3.6
	if !isFinite(speed) || speed <= 0 {
		speed = 0
	}
	if t.Foot {
		if speed == 0 {
			speed = DefaultWalkKmh / 3.6
		}
		return travelCost{need: arcFoot, secondsPerM: 1 / speed, foot: true, heuristicSPerM: 1 / speed}
	}
	c := travelCost{need: arcVehicle}
	fastest := n.maxVehicleSpeed
	if speed > 0 {
		c.secondsPerM = 1 / speed
		fastest = min(fastest, speed)
	}
	if fastest > 0 {
		c.heuristicSPerM = 1 / fastest
	}
	return c
}

// of returns the seconds it takes to travel arc a; the caller has checked access.
func (c *travelCost) of(a *arc) float64 {
	t := a.lengthM * c.secondsPerM
	if !c.foot && a.timeS > t {
		t = a.timeS
	}
	return t
}

// Path is a route through the network: Nodes from start to end, and the Edges between
// them (len(Edges) == len(Nodes)-1), with the total travel time and length.
type Path struct {
	Nodes   []int
	Edges   []int
	Seconds float64
	Metres  float64
}

// reset empties p, keeping its storage.
func (p *Path) reset() {
	p.Nodes, p.Edges = p.Nodes[:0], p.Edges[:0]
	p.Seconds, p.Metres = 0, 0
}

// Router finds shortest-time routes on one Network. It keeps its working arrays between
// queries, so a query allocates nothing once the router has warmed up. A Router is not
// safe for concurrent use: give each goroutine its own.
type Router struct {
	net *Network
	// Per-node search state, valid only where seen[v] == gen, so that a query need not
	// clear O(nodes) memory.
	gen     uint32
	seen    []uint32
	settled []uint32
	dist    []float64
	viaEdge []int32
	viaNode []int32
	heap    nodeHeap
}

// NewRouter returns a router for n.
func NewRouter(n *Network) *Router {
	c := n.NodeCount()
	return &Router{
		net:     n,
		seen:    make([]uint32, c),
		settled: make([]uint32, c),
		dist:    make([]float64, c),
		viaEdge: make([]int32, c),
		viaNode: make([]int32, c),
	}
}

// Route returns the fastest path from node from to node to for traveller t, avoiding the
// edges in blocked (nil blocks nothing), and whether there is one. It is false when to is
// unreachable or either node is out of range.
func (r *Router) Route(from, to int, t Traveller, blocked *EdgeSet) (Path, bool) {
	var p Path
	ok := r.RouteInto(&p, from, to, t, blocked)
	return p, ok
}

// RouteInto is Route writing into dst, reusing its slices: with a dst kept between
// queries it allocates nothing. On false dst is empty.
//
// The search is A* with the straight-line distance at the fastest speed possible as its
// heuristic, which never overestimates, so the path is a fastest one; it stops as soon
// as the target is settled.
func (r *Router) RouteInto(dst *Path, from, to int, t Traveller, blocked *EdgeSet) bool {
	dst.reset()
	n := r.net
	if from < 0 || from >= n.NodeCount() || to < 0 || to >= n.NodeCount() {
		return false
	}
	cost := t.cost(n)
	tx, ty := n.xs[to], n.ys[to]
	h := func(v int32) float64 {
		dx, dy := n.xs[v]-tx, n.ys[v]-ty
		return math.Sqrt(dx*dx+dy*dy) * cost.heuristicSPerM
	}

	gen := r.nextGen()
	src := int32(from)
	r.visit(src, 0, -1, -1)
	r.heap = r.heap[:0]
	r.heap.push(h(src), src)
	found := false
	for len(r.heap) > 0 {
		v := r.heap.pop()
		if r.settled[v] == gen {
			continue
		}
		r.settled[v] = gen
		if int(v) == to {
			found = true
			break
		}
		dv := r.dist[v]
		arcs := n.fwd.arcs[n.fwd.offsets[v]:n.fwd.offsets[v+1]]
		for i := range arcs {
			a := &arcs[i]
			if a.access&cost.need == 0 || blocked.Has(int(a.edge)) || r.settled[a.to] == gen {
				continue
			}
			d := dv + cost.of(a)
			if r.seen[a.to] != gen || d < r.dist[a.to] {
				r.visit(a.to, d, a.edge, v)
				r.heap.push(d+h(a.to), a.to)
			}
		}
	}
	if !found {
		return false
	}
	dst.Seconds = r.dist[to]
	for v := int32(to); v >= 0; v = r.viaNode[v] {
		dst.Nodes = append(dst.Nodes, int(v))
		if e := r.viaEdge[v]; e >= 0 {
			dst.Edges = append(dst.Edges, int(e))
			dst.Metres += n.edges[e].LengthM
		}
	}
	reverseInts(dst.Nodes)
	reverseInts(dst.Edges)
	return true
}

// nextGen starts a new search, clearing the stamps only when the counter wraps.
func (r *Router) nextGen() uint32 {
	r.gen++
	if r.gen == 0 {
		clear(r.seen)
		clear(r.settled)
		r.gen = 1
	}
	return r.gen
}

// visit records that v is reached at dist via edge from node.
func (r *Router) visit(v int32, dist float64, edge, from int32) {
	r.seen[v] = r.gen
	r.dist[v] = dist
	r.viaEdge[v] = edge
	r.viaNode[v] = from
}

func reverseInts(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// nodeHeap is a 4-ary min-heap of nodes by key with lazy deletion: a node may be pushed
// again with a smaller key, and stale entries are skipped when popped.
type nodeHeap []heapEntry

type heapEntry struct {
	key  float64
	node int32
}

func (h *nodeHeap) push(key float64, node int32) {
	s := append(*h, heapEntry{key, node})
	i := len(s) - 1
	e := s[i]
	for i > 0 {
		parent := (i - 1) / 4
		if s[parent].key <= e.key {
			break
		}
		s[i] = s[parent]
		i = parent
	}
	s[i] = e
	*h = s
}

func (h *nodeHeap) pop() int32 {
	s := *h
	top := s[0].node
	last := s[len(s)-1]
	s = s[:len(s)-1]
	i := 0
	for {
		child := 4*i + 1
		if child >= len(s) {
			break
		}
		best := child
		for c := child + 1; c < child+4 && c < len(s); c++ {
			if s[c].key < s[best].key {
				best = c
			}
		}
		if s[best].key >= last.key {
			break
		}
		s[i] = s[best]
		i = best
	}
	if len(s) > 0 {
		s[i] = last
	}
	*h = s
	return top
}
