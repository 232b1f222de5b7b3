package mapgen

import (
	"math"

	"github.com/paulmach/orb"
)

// Building uses the generator writes in the `use` property.
const (
	useHouse     = "house"
	useSchool    = "school"
	useTownhall  = "townhall"
	useHospital  = "hospital"
	usePolice    = "police"
	useRescue    = "rescue"
	useWarehouse = "warehouse"
	useCommittee = "village_committee"
	useFireTeam  = "fire_station"
)

// Where buildings may stand, in metres.
const (
	buildingGap      = 1.5  // clearance kept around every footprint
	minRiverOffset   = 70.0 // no building in the river channel or on its bank
	minEdgeClearance = 40.0 // from the tile edge
	minAreaMargin    = 12.0 // from a village boundary, so the building is plainly inside
	maxHouseGrade    = 0.5  // steepest ground a house is built on (about 27°)
)

// building is a rectangular footprint in tile-local metres and its residents.
type building struct {
	name, use    string
	centre       orb.Point
	halfW, halfH float64 // half extents along and across the angle
	angle        float64 // radians from east
	population   int
	vulnerable   int
	village      int  // index into the tile's villages
	hamlet       int  // index into the tile's hamlets, -1 in the town
	oldTown      bool // in 福宝古镇, where households are larger
}

// footprint returns the closed counter-clockwise rectangle of the building.
func (b *building) footprint() orb.Ring {
	cos, sin := math.Cos(b.angle), math.Sin(b.angle)
	corner := func(sx, sy float64) orb.Point {
		x, y := sx*b.halfW, sy*b.halfH
		return orb.Point{b.centre[0] + x*cos - y*sin, b.centre[1] + x*sin + y*cos}
	}
	r := orb.Ring{corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)}
	return append(r, r[0])
}

// site reports whether a building may stand at c in the given village: inside the tile
// and plainly inside the village, off the river bank, below the forest (for rural
// houses), on gentle ground and on free land.
func (t *tile) site(c orb.Point, village int, hw, hh, angle float64, rural bool) bool {
	if math.Abs(c[0]) > tileHalfWidth-minEdgeClearance || math.Abs(c[1]) > tileHalfHeight-minEdgeClearance {
		return false
	}
	off := t.v.offset(c)
	if math.Abs(off) < minRiverOffset {
		return false
	}
	if idx, margin := villageAt(t.villages, c[0], off); idx != village || margin < minAreaMargin {
		return false
	}
	if rural && math.Abs(off) > t.forestOffset(c[0], math.Copysign(1, off))-minEdgeClearance {
		return false
	}
	if t.v.grade(c) > maxHouseGrade {
		return false
	}
	return t.occ.free(c, hw+buildingGap, hh+buildingGap, angle)
}

// add records a building and takes its ground.
func (t *tile) add(b building) int {
	t.occ.take(b.centre, b.halfW+1, b.halfH+1, b.angle)
	t.buildings = append(t.buildings, b)
	return len(t.buildings) - 1
}

// placeRow lines houses up along the town street offset off, from x0 to x1, fronts
// parallel to the river; occupied ground is skipped.
func (t *tile) placeRow(off, x0, x1 float64, village int, oldTown bool) {
	x := x0 + 5*t.rng.Float64()
	for x < x1 {
		hw := 4 + 1.5*t.rng.Float64()
		hh := 4.5 + 1.5*t.rng.Float64()
		c := t.v.at(x, off)
		angle := math.Atan(t.v.riverSlope(x))
		if t.site(c, village, hw, hh, angle, false) {
			t.add(building{use: useHouse, centre: c, halfW: hw, halfH: hh, angle: angle, village: village, hamlet: -1, oldTown: oldTown})
		}
		x += 2*hw + 2 + 3*t.rng.Float64()
	}
}

// placeAlong scatters up to n houses of a hamlet beside a road line, each within
// maxOff metres of it, fronts facing the road. It returns how many it placed.
func (t *tile) placeAlong(line orb.LineString, n, village, hamlet int, maxOff float64) int {
	placed := 0
	for tries := 25 * n; placed < n && tries > 0; tries-- {
		i := t.rng.IntN(len(line) - 1)
		a, b := line[i], line[i+1]
		dx, dy := b[0]-a[0], b[1]-a[1]
		length := math.Hypot(dx, dy)
		if length == 0 {
			continue
		}
		s := t.rng.Float64()
		side := float64(1 - 2*t.rng.IntN(2))
		off := 12 + (maxOff-12)*t.rng.Float64()
		c := orb.Point{a[0] + dx*s - side*off*dy/length, a[1] + dy*s + side*off*dx/length}
		hw := 5 + 3*t.rng.Float64()
		hh := 4 + 2*t.rng.Float64()
		angle := math.Atan2(dy, dx) + 0.3*(t.rng.Float64()-0.5)
		if !t.site(c, village, hw, hh, angle, true) {
			continue
		}
		t.add(building{use: useHouse, centre: c, halfW: hw, halfH: hh, angle: angle, village: village, hamlet: hamlet})
		placed++
	}
	return placed
}
