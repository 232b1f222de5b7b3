package maps

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// maxCoordinateM bounds a road's metric coordinates: a town's local projection never
// reaches this far, and beyond it sums of squares could overflow.
const maxCoordinateM = 1e8

// crossingSnapM is how close, in metres, a computed crossing may come to a road's own
// vertex and still be taken as that vertex rather than a new point beside it.
const crossingSnapM = 1e-3

// BuildNetwork turns roads (metric LineStrings) into a routable Network.
//
// Nodes are the vertices where roads end and the vertices two or more roads share
// (exactly equal coordinates); the other vertices stay as edge geometry. Where two road
// segments cross without a shared vertex, both roads are split at the crossing and joined
// there, but only when neither is a bridge or a tunnel and both are on the same layer: a
// bridge over a street is not a junction. Crossings are found with a uniform grid of
// segments, so building takes about linear time. Collinear overlaps and a road crossing
// itself are not turned into junctions.
//
// A road with a non-finite coordinate, a point absurdly far (more than 100,000 km) from
// the map centre or fewer than two distinct points is skipped with a Warning naming it;
// a non-finite speed falls back to the class default with a Warning. Node and edge ids
// depend only on the order of roads: edges are numbered road by road, along each road,
// and EdgesOfRoad maps back.
func BuildNetwork(roads []Road) (*Network, Problems) {
	var problems Problems
	lines := cleanRoadLines(roads, &problems)
	lines = splitAtCrossings(roads, lines)
	n := assembleNetwork(roads, lines, &problems)
	return n, problems
}

// cleanRoadLines copies every road's line without consecutive repeated points (points
// at zero distance); a road that cannot be routed gets a Warning and a nil line.
func cleanRoadLines(roads []Road, problems *Problems) [][]orb.Point {
	lines := make([][]orb.Point, len(roads))
	for r := range roads {
		road := &roads[r]
		line := make([]orb.Point, 0, len(road.Line))
		finite := true
		for i, p := range road.Line {
			if !isFinite(p[0]) || !isFinite(p[1]) {
				problems.add(Warning, road.Ref, "fix or remove the point; the road is left out of the network",
					"road has a non-finite coordinate at point %d", i)
				finite = false
				break
			}
			if math.Abs(p[0]) > maxCoordinateM || math.Abs(p[1]) > maxCoordinateM {
				problems.add(Warning, road.Ref, "check the map's coordinate system; the road is left out of the network",
					"road point %d at (%g, %g) lies more than %g km from the map centre", i, p[0], p[1], maxCoordinateM/1000)
				finite = false
				break
			}
			// Distance rather than equality, so that points too close to tell apart in
			// float64 metres (subnormal differences) do not make a zero-length edge.
			if len(line) == 0 || planar.Distance(line[len(line)-1], p) > 0 {
				line = append(line, p)
			}
		}
		if !finite {
			continue
		}
		if len(line) < 2 {
			problems.add(Warning, road.Ref, "give it at least two distinct points or remove it; the road is left out of the network",
				"road has %d distinct point(s), too few to travel along", len(line))
			continue
		}
		lines[r] = line
	}
	return lines
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// crossingSplit is a point to insert into road's segment seg (between vertices seg and
// seg+1) at fraction t along it.
type crossingSplit struct {
	road, seg int32
	t         float64
	at        orb.Point
}

// splitAtCrossings finds at-grade crossings between different roads and inserts the
// crossing point into both lines, so that the shared vertex becomes a node.
func splitAtCrossings(roads []Road, lines [][]orb.Point) [][]orb.Point {
	splits := findCrossings(roads, crossingSegments(roads, lines))
	for len(splits) > 0 {
		r := splits[0].road
		end := 1
		for end < len(splits) && splits[end].road == r {
			end++
		}
		lines[r] = insertSplits(lines[r], splits[:end])
		splits = splits[end:]
	}
	return lines
}

// crossingSegments returns the segments that may form junctions where they cross: those
// of every road that is neither a bridge nor a tunnel.
func crossingSegments(roads []Road, lines [][]orb.Point) []segment {
	count := 0
	for r, line := range lines {
		if line != nil && !roads[r].Bridge && !roads[r].Tunnel {
			count += len(line) - 1
		}
	}
	segs := make([]segment, 0, count)
	for r, line := range lines {
		if line == nil || roads[r].Bridge || roads[r].Tunnel {
			continue
		}
		for i := 0; i+1 < len(line); i++ {
			segs = append(segs, segment{a: line[i], b: line[i+1], owner: int32(r), index: int32(i)})
		}
	}
	return segs
}

// findCrossings returns the split points where segments of different roads on the same
// layer cross, sorted by road, segment and position along it, without repeats. Only
// segments sharing a grid cell are compared.
func findCrossings(roads []Road, segs []segment) []crossingSplit {
	if len(segs) < 2 {
		return nil
	}
	var totalLen float64
	for _, s := range segs {
		totalLen += planar.Distance(s.a, s.b)
	}
	grid := newSegmentGrid(segs, totalLen/float64(len(segs)))
	var splits []crossingSplit
	for c := range grid.cellCount() {
		cell := grid.cellItems(c)
		for i, si := range cell {
			a := &segs[si]
			for _, sj := range cell[i+1:] {
				b := &segs[sj]
				if a.owner != b.owner && roads[a.owner].Layer == roads[b.owner].Layer {
					// A pair sharing several cells is found once per cell, always in the
					// same order and with the same result; sortSplits drops the repeats.
					splits = appendCrossing(splits, a, b)
				}
			}
		}
	}
	return sortSplits(splits)
}

// sortSplits sorts splits by road, segment and position along it, and drops repeats.
func sortSplits(splits []crossingSplit) []crossingSplit {
	slices.SortFunc(splits, func(x, y crossingSplit) int {
		return cmp.Or(cmp.Compare(x.road, y.road), cmp.Compare(x.seg, y.seg), cmp.Compare(x.t, y.t),
			cmp.Compare(x.at[0], y.at[0]), cmp.Compare(x.at[1], y.at[1]))
	})
	return slices.Compact(splits)
}

// appendCrossing appends the split points of segments a and b if they cross or touch
// away from a vertex they share.
func appendCrossing(splits []crossingSplit, a, b *segment) []crossingSplit {
	rx, ry := a.b[0]-a.a[0], a.b[1]-a.a[1]
	sx, sy := b.b[0]-b.a[0], b.b[1]-b.a[1]
	denom := rx*sy - ry*sx
	if denom == 0 {
		return splits // parallel or collinear
	}
	qx, qy := b.a[0]-a.a[0], b.a[1]-a.a[1]
	t := (qx*sy - qy*sx) / denom
	u := (qx*ry - qy*rx) / denom
	if t < 0 || t > 1 || u < 0 || u > 1 {
		return splits
	}
	at := orb.Point{a.a[0] + t*rx, a.a[1] + t*ry}
	aVertex, aOnVertex := nearVertex(a, at)
	bVertex, bOnVertex := nearVertex(b, at)
	switch {
	case aOnVertex && bOnVertex:
		// Already a shared vertex, or two ends that nearly meet: not a crossing.
		return splits
	case aOnVertex:
		return append(splits, crossingSplit{road: b.owner, seg: b.index, t: u, at: aVertex})
	case bOnVertex:
		return append(splits, crossingSplit{road: a.owner, seg: a.index, t: t, at: bVertex})
	}
	return append(splits,
		crossingSplit{road: a.owner, seg: a.index, t: t, at: at},
		crossingSplit{road: b.owner, seg: b.index, t: u, at: at})
}

// nearVertex returns the end of s within crossingSnapM of p, if there is one.
func nearVertex(s *segment, p orb.Point) (orb.Point, bool) {
	if planar.Distance(s.a, p) <= crossingSnapM {
		return s.a, true
	}
	if planar.Distance(s.b, p) <= crossingSnapM {
		return s.b, true
	}
	return orb.Point{}, false
}

// insertSplits returns line with the sorted split points inserted in their segments,
// skipping points the line already has at that place.
func insertSplits(line []orb.Point, splits []crossingSplit) []orb.Point {
	out := make([]orb.Point, 0, len(line)+len(splits))
	for i, p := range line {
		if len(out) == 0 || planar.Distance(out[len(out)-1], p) > 0 {
			out = append(out, p)
		}
		for len(splits) > 0 && int(splits[0].seg) == i {
			at := splits[0].at
			splits = splits[1:]
			if planar.Distance(out[len(out)-1], at) > 0 && (i+1 >= len(line) || planar.Distance(line[i+1], at) > 0) {
				out = append(out, at)
			}
		}
	}
	return out
}

// assembleNetwork numbers nodes and edges and lays out the routing arrays.
func assembleNetwork(roads []Road, lines [][]orb.Point, problems *Problems) *Network {
	// Count how often each vertex is used; road ends count as used twice so they are nodes.
	vertexOf := make(map[orb.Point]int32)
	var uses []int32
	var vertexIDs []int32 // per point of every line, back to back
	for _, line := range lines {
		for i, p := range line {
			v, ok := vertexOf[p]
			if !ok {
				v = int32(len(uses))
				vertexOf[p] = v
				uses = append(uses, 0)
			}
			uses[v]++
			if i == 0 || i == len(line)-1 {
				uses[v]++
			}
			vertexIDs = append(vertexIDs, v)
		}
	}
	nodeOf := make([]int32, len(uses))
	for i := range nodeOf {
		nodeOf[i] = -1
	}

	// Every node vertex but a line's first ends an edge, and starts the next one's
	// geometry again: size the arrays once.
	edgeCount := 0
	for _, v := range vertexIDs {
		if uses[v] >= 2 {
			edgeCount++
		}
	}
	edgeCount -= roadsKept(lines)
	n := &Network{
		roadFirstEdge: make([]int32, len(roads)+1),
		edges:         make([]Edge, 0, edgeCount),
		points:        make([]orb.Point, 0, len(vertexIDs)+edgeCount),
		bound:         orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}},
	}
	k := 0 // index into vertexIDs
	for r, line := range lines {
		n.roadFirstEdge[r] = int32(len(n.edges))
		if line == nil {
			continue
		}
		road := &roads[r]
		speed := road.SpeedKmh
		if !isFinite(speed) {
			problems.add(Warning, road.Ref, "give a speed in km/h or leave it out",
				"road speed %v is not a number; using the %s default of %g km/h", speed, road.Class, ClassSpeedKmh(road.Class))
		}
		if !isFinite(speed) || speed <= 0 {
			speed = ClassSpeedKmh(road.Class)
		}
		access := ClassAccess(road.Class, road.Oneway)
		start, startNode := 0, int32(-1)
		for i, p := range line {
			n.bound = n.bound.Extend(p)
			v := vertexIDs[k+i]
			if uses[v] < 2 {
				continue
			}
			if nodeOf[v] < 0 {
				nodeOf[v] = int32(len(n.nodes))
				n.nodes = append(n.nodes, p)
			}
			if i > 0 {
				n.addEdge(r, road, line[start:i+1], startNode, nodeOf[v], speed, access)
			}
			start, startNode = i, nodeOf[v]
		}
		k += len(line)
	}
	n.roadFirstEdge[len(roads)] = int32(len(n.edges))
	n.roadRefs = make([]FeatureRef, len(roads))
	for r := range roads {
		n.roadRefs[r] = roads[r].Ref
	}
	if len(n.points) == 0 {
		n.bound = orb.Bound{}
	}
	n.buildArcs()
	n.buildSnapGrids()
	return n
}

// roadsKept counts the lines not skipped as degenerate.
func roadsKept(lines [][]orb.Point) int {
	kept := 0
	for _, line := range lines {
		if line != nil {
			kept++
		}
	}
	return kept
}

// addEdge appends the edge along geom (a copy is kept) from node from to node to.
func (n *Network) addEdge(road int, src *Road, geom []orb.Point, from, to int32, speedKmh float64, access Access) {
	first := len(n.points)
	n.points = append(n.points, geom...)
	line := orb.LineString(n.points[first:len(n.points):len(n.points)])
	var length float64
	for i := 1; i < len(geom); i++ {
		length += planar.Distance(geom[i-1], geom[i])
	}
	n.edges = append(n.edges, Edge{
		From: int(from), To: int(to), Road: road,
		LengthM: length, TimeS: length / (speedKmh / 3.6), SpeedKmh: speedKmh,
		Class: src.Class, Access: access, Geometry: line,
	})
	if access&(VehicleForward|VehicleBackward) != 0 {
		n.maxVehicleSpeed = max(n.maxVehicleSpeed, speedKmh/3.6)
	}
}

// buildArcs lays out the forward and reverse CSR arc lists from the edges.
func (n *Network) buildArcs() {
	type directed struct {
		from, to int32
		access   arcAccess
	}
	uses := make([]directed, 0, 2*len(n.edges)) // per edge: forward use then backward use
	for _, e := range n.edges {
		var fwd, back arcAccess
		if e.Access&FootOK != 0 {
			fwd, back = arcFoot, arcFoot
		}
		if e.Access&VehicleForward != 0 {
			fwd |= arcVehicle
		}
		if e.Access&VehicleBackward != 0 {
			back |= arcVehicle
		}
		uses = append(uses, directed{int32(e.From), int32(e.To), fwd}, directed{int32(e.To), int32(e.From), back})
	}
	fill := func(list *arcList, tail func(d directed) (int32, int32)) {
		list.offsets = make([]int32, len(n.nodes)+1)
		for _, d := range uses {
			if d.access != 0 {
				at, _ := tail(d)
				list.offsets[at+1]++
			}
		}
		for v := range len(n.nodes) {
			list.offsets[v+1] += list.offsets[v]
		}
		list.arcs = make([]arc, list.offsets[len(n.nodes)])
		next := slices.Clone(list.offsets[:len(n.nodes)])
		for i, d := range uses {
			if d.access == 0 {
				continue
			}
			at, other := tail(d)
			e := &n.edges[i/2]
			list.arcs[next[at]] = arc{to: other, edge: int32(i / 2), lengthM: e.LengthM, timeS: e.TimeS, access: d.access}
			next[at]++
		}
	}
	fill(&n.fwd, func(d directed) (int32, int32) { return d.from, d.to })
	fill(&n.rev, func(d directed) (int32, int32) { return d.to, d.from })
}
