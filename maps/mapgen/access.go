package mapgen

import (
	"math"

	"github.com/paulmach/orb"
)

// How access paths (入户路) join houses to the road network, in metres and radians.
const (
	accessFronting = 25.0               // a building whose centre is this close to a road fronts it
	accessReach    = 90.0               // farthest road vertex a path may lead to
	accessGap      = 2.5                // clearance a path keeps from the roads it does not join
	accessMinAngle = 25 * math.Pi / 180 // smallest angle between a path and a road it joins
	accessTries    = 16                 // nearest road vertices tried per building
	accessRoadKeep = 6.0                // the road's own strip, not checked for obstacles
	accessStep     = 25.0               // vertex spacing along a path, so later paths can branch off it
	lanePassMargin = 0.5                // least clearance of a lane or alley from a wall it passes
)

// Grades (rise over run) above which an access path is too steep to drive.
const (
	serviceMaxGrade = 0.12 // up to here a driveable service lane
	footwayMaxGrade = 0.25 // up to here a footway; steeper is a stepped mountain path
)

// layoutAccessPaths joins every building that does not front a road to the network
// by a short straight lane from its door to the nearest road vertex it can reach
// without crossing a building, a stream, the river or another road. Buildings are
// taken in the order they were placed, so a hamlet's later houses may join the paths
// of earlier ones and each group (组) gets a small tree of paths. Gentle paths are
// service lanes cars can use (10 km/h); steep ones, and all in the old town, are
// foot only: footways or mountain paths. A village group's paths are named after it (…组入户路);
// in the town a path is named after the street it leads to (…入户巷), and a path
// branching off another takes that one's name.
func (t *tile) layoutAccessPaths(index *roadIndex, houses *buildingIndex) {
	firstPath := len(t.roads)
	var buf []vertexCandidate
	joinable := func(q orb.Point, _ int) bool {
		return math.Abs(q[0]) < tileHalfWidth-minEdgeClearance && math.Abs(t.v.offset(q)) >= channelHalf
	}
	for i := range t.buildings {
		b := &t.buildings[i]
		if index.nearestDistance(b.centre, accessFronting) <= accessFronting {
			continue
		}
		buf = index.vertices(buf, b.centre, accessReach, joinable)
		for k := 0; k < len(buf) && k < accessTries; k++ {
			if line, ok := t.accessPath(index, houses, i, buf[k].at); ok {
				r := t.accessRoad(line, b.oldTown)
				switch joined := t.roads[buf[k].road].name; {
				case b.hamlet >= 0:
					r.name = t.hamlets[b.hamlet].name + "入户路"
				case buf[k].road >= firstPath:
					r.name = joined
				default:
					r.name = joined + "入户巷"
				}
				t.roads = append(t.roads, r)
				index.add(len(t.roads) - 1)
				break
			}
		}
	}
}

// accessPath returns the path from road vertex join to building bi's door, facing
// join, when it stays on the building's bank of the river, clear of other roads and
// other buildings (by lanePassMargin), and over free ground (the building's own taken
// margin aside) up to the road's strip.
func (t *tile) accessPath(index *roadIndex, houses *buildingIndex, bi int, join orb.Point) (orb.LineString, bool) {
	b := &t.buildings[bi]
	dx, dy := join[0]-b.centre[0], join[1]-b.centre[1]
	length := math.Hypot(dx, dy)
	ux, uy := dx/length, dy/length
	edge := b.edgeAlong(ux, uy)
	if length-edge < 1+accessRoadKeep {
		return nil, false
	}
	door := orb.Point{b.centre[0] + ux*(edge+0.5), b.centre[1] + uy*(edge+0.5)}
	if math.Signbit(t.v.offset(door)) != math.Signbit(t.v.offset(join)) {
		return nil, false
	}
	for s := edge + 1; s <= length-accessRoadKeep; s++ {
		c, r := t.occ.cellOf(orb.Point{b.centre[0] + ux*s, b.centre[1] + uy*s})
		if t.occ.get(c, r) && !b.holds(t.occ.cellCentre(c, r), 1) {
			return nil, false
		}
	}
	if !index.clear(door, join, accessGap, accessMinAngle) {
		return nil, false
	}
	for s := edge + 0.5; s <= length; s += 0.5 {
		if houses.hit(orb.Point{b.centre[0] + ux*s, b.centre[1] + uy*s}, lanePassMargin, bi) {
			return nil, false
		}
	}
	pathLen := length - edge - 0.5
	n := max(int(math.Ceil(pathLen/accessStep)), 1)
	line := make(orb.LineString, 0, n+1)
	line = append(line, join)
	for k := 1; k < n; k++ {
		f := float64(k) / float64(n)
		line = append(line, orb.Point{join[0] + (door[0]-join[0])*f, join[1] + (door[1]-join[1])*f})
	}
	return append(line, door), true
}

// edgeAlong returns how far from the building's centre its footprint's edge lies in
// the unit direction (ux, uy).
func (b *building) edgeAlong(ux, uy float64) float64 {
	cos, sin := math.Cos(b.angle), math.Sin(b.angle)
	along, across := math.Abs(ux*cos+uy*sin), math.Abs(-ux*sin+uy*cos)
	d := math.Inf(1)
	if along > 0 {
		d = b.halfW / along
	}
	if across > 0 {
		d = math.Min(d, b.halfH/across)
	}
	return d
}

// accessRoad classifies an access path by its grade: a service lane when gentle
// enough to drive, else a footway, or a stepped mountain path when steep. Paths in
// the old town's narrow lanes are never service lanes.
func (t *tile) accessRoad(line orb.LineString, oldTown bool) road {
	a, z := line[0], line[len(line)-1]
	grade := math.Abs(t.v.height(z)-t.v.height(a)) / math.Hypot(z[0]-a[0], z[1]-a[1])
	switch {
	case grade <= serviceMaxGrade && !oldTown:
		return road{class: classService, speedKmh: 10, line: line}
	case grade <= footwayMaxGrade:
		return road{class: classFootway, speedKmh: 5, line: line}
	default:
		return road{class: classPath, speedKmh: 5, line: line}
	}
}
