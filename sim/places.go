package sim

import (
	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/scenarios"
)

// place is a named map feature an order or a unit can go to: where it is, the road
// nodes nearest to it on foot and by vehicle, and the village and hazard zone it
// belongs to (-1 when none).
type place struct {
	name    string
	kind    maps.Kind
	index   int
	at      orb.Point
	node    int // nearest node of the main network
	carNode int // nearest node of the main network that vehicles reach
	village int
	zone    int
}

// nodeFor is the node a traveller of the given class goes to at the place.
func (p place) nodeFor(m mover) int {
	if m == moverFoot {
		return p.node
	}
	return p.carNode
}

// placeIndex finds places by name, as scenarios.Places does (its one precedence
// rule), with each place's road nodes.
type placeIndex struct {
	*scenarios.Places
	byName       map[string]place
	shelterNodes []int
	// inMain marks the nodes of the network's main component, where places and
	// residents are snapped.
	inMain []bool
}

func newPlaceIndex(t *maps.Town) *placeIndex {
	pi := &placeIndex{Places: scenarios.NewPlaces(t), byName: map[string]place{}}
	inMain, carOK := mainNodes(t.Network)
	pi.inMain = inMain
	for _, p := range pi.First() {
		pi.byName[p.Name] = place{name: p.Name, kind: p.Kind, index: p.Index, at: p.At, node: nearestMainNode(t, p.At, inMain),
			carNode: nearestMainNode(t, p.At, carOK), village: p.Village, zone: p.Zone}
	}
	for _, s := range t.Shelters {
		pi.shelterNodes = append(pi.shelterNodes, nearestMainNode(t, s.Location, inMain))
	}
	return pi
}

// find returns the place named name.
func (pi *placeIndex) find(name string) (place, bool) {
	p, ok := pi.byName[name]
	return p, ok
}

// mainNodes marks the nodes of the network's main component, and of those the ones a
// vehicle can reach (with an edge open to vehicles).
func mainNodes(n *maps.Network) (inMain, carOK []bool) {
	inMain = make([]bool, n.NodeCount())
	for _, v := range n.MainNodes() {
		inMain[v] = true
	}
	carOK = make([]bool, n.NodeCount())
	for e := range n.EdgeCount() {
		ed := n.Edge(e)
		if ed.Access&(maps.VehicleForward|maps.VehicleBackward) != 0 && inMain[ed.From] {
			carOK[ed.From], carOK[ed.To] = true, true
		}
	}
	return inMain, carOK
}

// nearestMainNode snaps p to the nearest node allowed by ok (the main component, or
// its vehicle nodes), so that every place can be routed to and from every other.
func nearestMainNode(t *maps.Town, p orb.Point, inMain []bool) int {
	n := t.Network
	if v, _ := n.Nearest(p); v >= 0 && inMain[v] {
		return v
	}
	best, bestD := -1, 0.0
	for v := range n.NodeCount() {
		if !inMain[v] {
			continue
		}
		q := n.Node(v)
		d := (q[0]-p[0])*(q[0]-p[0]) + (q[1]-p[1])*(q[1]-p[1])
		if best < 0 || d < bestD {
			best, bestD = v, d
		}
	}
	return best
}
