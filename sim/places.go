package sim

import (
	"github.com/paulmach/orb"

	"drillsim/maps"
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

// placeIndex finds places by name. When several features share a name, the first of
// the most specific kind wins: shelters, stations and depots before zones and
// villages, before roads and buildings.
type placeIndex struct {
	byName       map[string]place
	shelterNodes []int
	// inMain marks the nodes of the network's main component, where places and
	// residents are snapped.
	inMain []bool
}

func newPlaceIndex(t *maps.Town) *placeIndex {
	pi := &placeIndex{byName: map[string]place{}}
	inMain, carOK := mainNodes(t.Network)
	pi.inMain = inMain
	var hits []maps.Hit
	add := func(k maps.Kind, i int, name string, at orb.Point) {
		if name == "" {
			return
		}
		if _, dup := pi.byName[name]; dup {
			return
		}
		p := place{name: name, kind: k, index: i, at: at, node: nearestMainNode(t, at, inMain), carNode: nearestMainNode(t, at, carOK), village: -1, zone: -1}
		hits = t.Index.Within(at, 0, hits[:0], maps.KindVillage, maps.KindHazardZone)
		for _, h := range hits {
			if h.Kind == maps.KindVillage && p.village < 0 {
				p.village = h.Index
			}
			if h.Kind == maps.KindHazardZone && p.zone < 0 {
				p.zone = h.Index
			}
		}
		if k == maps.KindVillage {
			p.village = i
		}
		if k == maps.KindHazardZone {
			p.zone = i
		}
		pi.byName[name] = p
	}
	for i, s := range t.Shelters {
		add(maps.KindShelter, i, s.Name, s.Location)
		pi.shelterNodes = append(pi.shelterNodes, nearestMainNode(t, s.Location, inMain))
	}
	for i, s := range t.Stations {
		add(maps.KindStation, i, s.Name, s.Location)
	}
	for i, d := range t.Depots {
		add(maps.KindDepot, i, d.Name, d.Location)
	}
	for i, z := range t.HazardZones {
		add(maps.KindHazardZone, i, z.Name, z.Area.Bound().Center())
	}
	for i, v := range t.Villages {
		add(maps.KindVillage, i, v.Name, villageCentre(t, i))
	}
	for i, l := range t.Loudspeakers {
		add(maps.KindLoudspeaker, i, l.Name, l.Location)
	}
	for i, r := range t.Roads {
		add(maps.KindRoad, i, r.Name, r.Line[len(r.Line)/2])
	}
	for i, b := range t.Buildings {
		add(maps.KindBuilding, i, b.Name, b.Centroid)
	}
	for i, l := range t.Landcover {
		add(maps.KindLandcover, i, l.Name, l.Area.Bound().Center())
	}
	return pi
}

// find returns the place named name.
func (pi *placeIndex) find(name string) (place, bool) {
	p, ok := pi.byName[name]
	return p, ok
}

// villageCentre is where a village's people are: the mean of its buildings'
// centroids weighted by residents, or its area's centre when nobody lives there.
func villageCentre(t *maps.Town, v int) orb.Point {
	var sx, sy, n float64
	for _, b := range t.Buildings {
		if b.Village == v && b.Population > 0 {
			sx += b.Centroid[0] * float64(b.Population)
			sy += b.Centroid[1] * float64(b.Population)
			n += float64(b.Population)
		}
	}
	if n == 0 {
		return t.Villages[v].Area.Bound().Center()
	}
	return orb.Point{sx / n, sy / n}
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
