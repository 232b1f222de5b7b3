package maps

import (
	"math"

	"github.com/paulmach/orb"
)

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
	// gen stamps the current search: per-node state is valid only where its stamp is
	// gen or gen+1, so that a query need not clear O(nodes) memory.
	gen               uint32
	forward, backward searchSide
	guide             guide
}

// searchSide is the state of one direction of a search: from the start along arcs
// (forward) or from the target against them (backward).
type searchSide struct {
	list  *arcList
	nodes []nodeState
	heap  nodeHeap
}

// nodeState is what one side of a search knows about a node, kept together so a visit
// touches one cache line.
type nodeState struct {
	dist float64
	// stamp is gen when the node is reached in the current search, gen+1 once settled;
	// anything older means unreached.
	stamp   uint32
	viaEdge int32 // the edge the node was reached by, -1 at the side's start
	viaNode int32 // the node at its other end
}

func newSearchSide(list *arcList, nodes int) searchSide {
	return searchSide{list: list, nodes: make([]nodeState, nodes), heap: newNodeHeap(nodes)}
}

// NewRouter returns a router for n.
func NewRouter(n *Network) *Router {
	return &Router{
		net:      n,
		forward:  newSearchSide(&n.fwd, n.NodeCount()),
		backward: newSearchSide(&n.rev, n.NodeCount()),
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
// The search is bidirectional A* with landmarks (ALT): one search grows from the start
// along arcs, one from the target against them, both guided by lower bounds on the time
// left, from the straight-line distance at the fastest speed possible and from travel
// times to and from a few landmark nodes. The bounds are consistent, so the path found is
// a fastest one. The search stops when no shorter meeting of the two sides is possible.
// The first query of each mode (foot, vehicle) on a network of 1,000 nodes or more
// computes that mode's landmarks, 16 one-to-all searches shared by all routers.
func (r *Router) RouteInto(dst *Path, from, to int, t Traveller, blocked *EdgeSet) bool {
	dst.reset()
	n := r.net
	if from < 0 || from >= n.NodeCount() || to < 0 || to >= n.NodeCount() {
		return false
	}
	cost := t.cost(n)
	guide := &r.guide
	guide.aim(n, from, to, &cost)
	gen := r.nextGen()
	fw, bw := &r.forward, &r.backward
	fw.start(int32(from), guide.potential(int32(from)), gen)
	bw.start(int32(to), -guide.potential(int32(to)), gen)
	best, meet := math.Inf(1), int32(-1)
	if from == to {
		best, meet = 0, int32(from)
	}
	for fw.heap.len() > 0 && bw.heap.len() > 0 && fw.heap.minKey()+bw.heap.minKey() < best {
		side, other, sign := fw, bw, 1.0
		if bw.heap.minKey() < fw.heap.minKey() {
			side, other, sign = bw, fw, -1.0
		}
		v := side.heap.pop()
		side.nodes[v].stamp = gen + 1
		dv := side.nodes[v].dist
		arcs := side.list.arcs[side.list.offsets[v]:side.list.offsets[v+1]]
		for i := range arcs {
			a := &arcs[i]
			w := &side.nodes[a.to]
			if a.access&cost.need == 0 || w.stamp == gen+1 || blocked.Has(int(a.edge)) {
				continue
			}
			d := dv + cost.of(a)
			switch {
			case w.stamp != gen:
				*w = nodeState{dist: d, stamp: gen, viaEdge: a.edge, viaNode: v}
				side.heap.push(d+sign*guide.potential(a.to), a.to)
			case d < w.dist:
				w.dist, w.viaEdge, w.viaNode = d, a.edge, v
				side.heap.decrease(d+sign*guide.potential(a.to), a.to)
			default:
				continue
			}
			if o := &other.nodes[a.to]; o.stamp-gen <= 1 && d+o.dist < best {
				best, meet = d+o.dist, a.to
			}
		}
	}
	if meet < 0 {
		return false
	}
	// The forward chain runs from the meeting node back to the start, the backward one
	// from the meeting node on to the target.
	for v := meet; v >= 0; v = fw.nodes[v].viaNode {
		dst.Nodes = append(dst.Nodes, int(v))
		if e := fw.nodes[v].viaEdge; e >= 0 {
			dst.Edges = append(dst.Edges, int(e))
		}
	}
	reverseInts(dst.Nodes)
	reverseInts(dst.Edges)
	for v := meet; bw.nodes[v].viaNode >= 0; v = bw.nodes[v].viaNode {
		dst.Nodes = append(dst.Nodes, int(bw.nodes[v].viaNode))
		dst.Edges = append(dst.Edges, int(bw.nodes[v].viaEdge))
	}
	dst.Seconds = fw.nodes[meet].dist + bw.nodes[meet].dist
	for _, e := range dst.Edges {
		dst.Metres += n.edges[e].LengthM
	}
	return true
}

// guide is the A* potential of one query: lower bounds on the time from the start to a
// node and from a node to the target, combined as the forward side's potential.
type guide struct {
	nodes      []orb.Point
	start, end orb.Point
	// straightSPerM turns straight-line metres into a lower bound in seconds.
	straightSPerM float64
	// marks is the landmark table of the traveller's mode, nil while none is usable;
	// markScale turns its units into seconds.
	marks     *landmarkTable
	markScale float64
	// atStart and atEnd are the landmark rows of the start and end nodes.
	atStart, atEnd []float64
}

// aim prepares the guide for a query from node `from` to node `to`.
func (g *guide) aim(n *Network, from, to int, cost *travelCost) {
	g.nodes, g.start, g.end = n.nodes, n.nodes[from], n.nodes[to]
	g.straightSPerM = cost.heuristicSPerM
	g.marks = n.landmarks(cost.foot)
	g.markScale = 1
	if cost.foot {
		g.markScale = cost.secondsPerM // foot landmarks are in metres
	}
	if g.marks != nil {
		g.atStart, g.atEnd = g.marks.row(from), g.marks.row(to)
	}
}

// potential is the forward side's potential at v: half the bound on the time from v to
// the end minus half the bound on the time from the start to v. The backward side uses
// its negation. Both are consistent, so reduced arc costs are never negative.
func (g *guide) potential(v int32) float64 {
	p := g.nodes[v]
	toEnd := math.Sqrt((p[0]-g.end[0])*(p[0]-g.end[0])+(p[1]-g.end[1])*(p[1]-g.end[1])) * g.straightSPerM
	fromStart := math.Sqrt((p[0]-g.start[0])*(p[0]-g.start[0])+(p[1]-g.start[1])*(p[1]-g.start[1])) * g.straightSPerM
	if g.marks != nil {
		row := g.marks.row(int(v))
		var markToEnd, markFromStart float64
		for i := 0; i+1 < len(row); i += 2 {
			// Triangle inequalities through landmark L: d(v,end) >= d(L,end) - d(L,v) and
			// >= d(v,L) - d(end,L); likewise for d(start,v). Infinite terms (a landmark
			// that does not reach both) say nothing and are skipped.
			markToEnd = maxFinite(markToEnd, g.atEnd[i]-row[i], row[i+1]-g.atEnd[i+1])
			markFromStart = maxFinite(markFromStart, row[i]-g.atStart[i], g.atStart[i+1]-row[i+1])
		}
		toEnd = max(toEnd, markToEnd*g.markScale)
		fromStart = max(fromStart, markFromStart*g.markScale)
	}
	return (toEnd - fromStart) / 2
}

// maxFinite returns the largest of best, a and b, ignoring infinities and NaN.
func maxFinite(best, a, b float64) float64 {
	if a > best && a <= math.MaxFloat64 {
		best = a
	}
	if b > best && b <= math.MaxFloat64 {
		best = b
	}
	return best
}

// start begins this side's search at node v, queued with key.
func (s *searchSide) start(v int32, key float64, gen uint32) {
	s.heap.reset()
	s.nodes[v] = nodeState{stamp: gen, viaEdge: -1, viaNode: -1}
	s.heap.push(key, v)
}

// nextGen starts a new search and returns its stamp. Stamps advance by two (reached,
// settled); the node states are cleared only when the counter wraps.
func (r *Router) nextGen() uint32 {
	r.gen += 2
	if r.gen >= math.MaxUint32-1 {
		clear(r.forward.nodes)
		clear(r.backward.nodes)
		r.gen = 2
	}
	return r.gen
}

func reverseInts(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
