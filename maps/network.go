package maps

import (
	"strings"

	"github.com/paulmach/orb"
)

// Network is the routable road network of a town: nodes where roads meet or end, and
// undirected edges between them, each carrying the geometry of the road piece it came
// from. Build it with BuildNetwork; route on it with a Router. A Network is read-only
// once built and safe for concurrent use (the routing landmarks it computes on first use
// are guarded by sync.Once).
//
// Routing data is stored flat: a forward and a reverse arc list in compressed sparse row
// form (per-node offsets into one arc array), so a search touches no maps and no
// pointers.
type Network struct {
	nodes  []orb.Point // node positions, metres
	edges  []Edge
	points []orb.Point // every edge's geometry, back to back; Edge.Geometry slices into it

	// roadFirstEdge[r] .. roadFirstEdge[r+1] are the edges built from road r.
	roadFirstEdge []int32
	// roadRefs names every input road, for problems found after building.
	roadRefs []FeatureRef

	fwd, rev arcList

	// maxVehicleSpeed is the fastest free-flow speed of any vehicle arc, in m/s; it makes
	// the A* heuristic admissible.
	maxVehicleSpeed float64

	bound orb.Bound
	// marks holds the routing landmarks, computed on first use per mode.
	marks landmarkCache
	// nodeGrid finds the nearest node: it holds one zero-length segment per node.
	nodeGrid segmentGrid
	// edgeGrid finds the nearest edge: it holds every segment of every edge's geometry.
	edgeGrid segmentGrid
}

// Edge is one undirected piece of road between two nodes.
type Edge struct {
	// From and To are the nodes at the first and last point of Geometry.
	From, To int
	// Road is the index, in the roads given to BuildNetwork, of the road it came from.
	Road int
	// LengthM is the length of Geometry in metres.
	LengthM float64
	// TimeS is the free-flow driving time in seconds at the road's speed.
	TimeS float64
	// SpeedKmh is the free-flow speed used for TimeS: the road's own, else its class default.
	SpeedKmh float64
	// Class is the road's class (OSM highway value).
	Class string
	// Access says who may use the edge and in which direction.
	Access Access
	// Geometry runs from From to To, in metres. It shares storage with the network:
	// do not modify it.
	Geometry orb.LineString
}

// Access says who may travel along an edge, and in which direction vehicles may.
type Access uint8

// Access flags. Foot traffic ignores oneway restrictions.
const (
	// FootOK: pedestrians may use the edge in both directions.
	FootOK Access = 1 << iota
	// VehicleForward: vehicles may drive from From to To.
	VehicleForward
	// VehicleBackward: vehicles may drive from To to From.
	VehicleBackward
)

// arcList is one direction of the network's adjacency in CSR form: the arcs leaving
// (forward) or entering (reverse) node v are arcs[offsets[v]:offsets[v+1]].
type arcList struct {
	offsets []int32
	arcs    []arc
}

// arc is one directed use of an edge. For a reverse list, to is the node the arc comes
// from; lengthM, timeS and access always describe travel in the arc's real direction.
type arc struct {
	to      int32
	edge    int32
	lengthM float64
	timeS   float64
	access  arcAccess
}

// arcAccess says who may travel along one arc in its direction.
type arcAccess uint8

const (
	arcFoot arcAccess = 1 << iota
	arcVehicle
)

// NodeCount returns the number of nodes; node ids are 0 .. NodeCount()-1.
func (n *Network) NodeCount() int { return len(n.nodes) }

// EdgeCount returns the number of edges; edge ids are 0 .. EdgeCount()-1.
func (n *Network) EdgeCount() int { return len(n.edges) }

// Node returns the position of node i in metres. It panics if i is out of range,
// like a slice index.
func (n *Network) Node(i int) orb.Point { return n.nodes[i] }

// Edge returns edge i. It panics if i is out of range, like a slice index.
func (n *Network) Edge(i int) Edge { return n.edges[i] }

// EdgesOfRoad returns the ids of the edges built from road (an index into the roads given
// to BuildNetwork), in order along the road, so that a whole road can be blocked. It
// returns nil for a road that was skipped as degenerate or is out of range.
func (n *Network) EdgesOfRoad(road int) []int {
	first, end := n.EdgeRangeOfRoad(road)
	if first == end {
		return nil
	}
	ids := make([]int, 0, end-first)
	for e := first; e < end; e++ {
		ids = append(ids, e)
	}
	return ids
}

// EdgeRangeOfRoad returns the edges of road as the range [first, end): a road's edges
// are numbered consecutively. It allocates nothing, for loops that run every tick.
func (n *Network) EdgeRangeOfRoad(road int) (first, end int) {
	if road < 0 || road+1 >= len(n.roadFirstEdge) {
		return 0, 0
	}
	return int(n.roadFirstEdge[road]), int(n.roadFirstEdge[road+1])
}

// Bound returns the metric bounding box of every edge's geometry.
func (n *Network) Bound() orb.Bound { return n.bound }

// Walking speed and class defaults.
const (
	// DefaultWalkKmh is the walking speed of a Traveller on foot that gives none.
	DefaultWalkKmh = 4.5
	// defaultClassKmh is the speed of a class the table below does not know.
	defaultClassKmh = 30
)

// classSpeedKmh is the free-flow speed of a road class whose road gives no speed.
// Link roads (primary_link ...) take the speed of their class.
var classSpeedKmh = map[string]float64{
	"motorway": 100, "trunk": 80, "primary": 60, "secondary": 50, "tertiary": 40,
	"unclassified": 30, "residential": 30, "road": 30,
	"service": 20, "track": 20, "living_street": 15,
	"footway": 5, "path": 5, "steps": 5, "pedestrian": 5, "cycleway": 5, "bridleway": 5,
	"corridor": 5, "platform": 5,
}

// footOnlyClasses are closed to vehicles.
var footOnlyClasses = map[string]bool{
	"footway": true, "path": true, "steps": true, "pedestrian": true, "cycleway": true,
	"bridleway": true, "corridor": true, "platform": true,
}

// baseClass strips the "_link" suffix: motorway_link behaves as motorway.
func baseClass(class string) string { return strings.TrimSuffix(class, "_link") }

// ClassSpeedKmh returns the default free-flow speed of a road class in km/h, used when a
// road carries no speed of its own: 100 for motorway down to 5 for footways; 30 for a
// class it does not know.
func ClassSpeedKmh(class string) float64 {
	if v, ok := classSpeedKmh[baseClass(class)]; ok {
		return v
	}
	return defaultClassKmh
}

// ClassAccess returns who may use a road of class in the given oneway direction (see
// Road.Oneway): foot-only classes (footway, path, steps, pedestrian, cycleway, bridleway)
// are closed to vehicles; motorways and trunk roads are closed on foot; oneway restricts
// vehicles only.
func ClassAccess(class string, oneway int8) Access {
	base := baseClass(class)
	var a Access
	if base != "motorway" && base != "trunk" {
		a |= FootOK
	}
	if !footOnlyClasses[base] {
		if oneway >= 0 {
			a |= VehicleForward
		}
		if oneway <= 0 {
			a |= VehicleBackward
		}
	}
	return a
}

// summarize fills in the network half of a NetworkSummary.
func (n *Network) summarize(ns *NetworkSummary) {
	ns.Nodes, ns.Edges = n.NodeCount(), n.EdgeCount()
	c := n.Components()
	ns.Components = c.Count()
	if ns.Edges > 0 && ns.Components > 0 {
		ns.MainShare = float64(c.Edges(c.Largest())) / float64(ns.Edges)
	}
}
