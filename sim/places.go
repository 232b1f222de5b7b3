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

// placeIndex finds places by name or OpenStreetMap id, as scenarios.Places does (its
// one precedence rule), with each place's road nodes.
type placeIndex struct {
	*scenarios.Places
	town         *maps.Town
	byName       map[string]place
	shelterNodes []int
	// inMain marks the nodes of the network's main component, where places and
	// residents are snapped; carOK those of them that vehicles reach.
	inMain, carOK []bool
}

func newPlaceIndex(t *maps.Town) *placeIndex {
	pi := &placeIndex{Places: scenarios.NewPlaces(t), town: t, byName: map[string]place{}}
	pi.inMain, pi.carOK = mainNodes(t.Network)
	for _, p := range pi.First() {
		pi.byName[p.Name] = pi.placeOf(p)
	}
	for _, s := range t.Shelters {
		pi.shelterNodes = append(pi.shelterNodes, nearestMainNode(t, s.Location, pi.inMain))
	}
	return pi
}

// placeOf is p with its road nodes.
func (pi *placeIndex) placeOf(p scenarios.Place) place {
	return place{name: p.Name, kind: p.Kind, index: p.Index, at: p.At, node: nearestMainNode(pi.town, p.At, pi.inMain),
		carNode: nearestMainNode(pi.town, p.At, pi.carOK), village: p.Village, zone: p.Zone}
}

// find returns the place named name, or the feature of that OpenStreetMap id.
func (pi *placeIndex) find(name string) (place, bool) {
	if p, ok := pi.byName[name]; ok {
		return p, true
	}
	if p, ok := pi.Find(name); ok { // by id: rare, so not indexed ahead
		return pi.placeOf(p), true
	}
	return place{}, false
}

// ambiguity is the reason to refuse an order that names a place several features of
// the kind it wants bear (two shelters of one name), or the zero Reason.
func (pi *placeIndex) ambiguity(o *scenarios.Order) Reason {
	type named struct {
		name  string
		kinds []maps.Kind
	}
	names := []named{{o.To, nil}, {o.Road, nil}, {o.Shelter, []maps.Kind{maps.KindShelter}}, {o.From, []maps.Kind{maps.KindDepot}}}
	for _, v := range o.Scope.Villages {
		names = append(names, named{v, []maps.Kind{maps.KindVillage}})
	}
	for _, z := range o.Scope.Zones {
		names = append(names, named{z, []maps.Kind{maps.KindHazardZone}})
	}
	for _, n := range names {
		if n.name == "" {
			continue
		}
		if amb := pi.Ambiguous(n.name, n.kinds...); amb != nil {
			ids := make([]string, len(amb))
			for i, p := range amb {
				ids[i] = p.Ref.ID
			}
			return Reason{Code: ReasonAmbiguousPlace, Args: []string{n.name}, List: ids}
		}
	}
	return Reason{}
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
