package mapgen

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// How the town's alleys (巷) are laid, in metres and radians.
const (
	alleySpacing  = 75.0               // between the street vertices alleys start from; named lanes lie every 300 m
	alleyDrift    = 50.0               // farthest along the river an alley may end from where it starts
	alleyGap      = 2.5                // clearance from the roads an alley does not join
	alleyMinAngle = 25 * math.Pi / 180 // smallest angle between an alley and a road it joins
	alleyEndReach = 6.0                // around its end vertices an alley may cross the street's own strip
	alleyDetour   = 2.0                // longest alley, as a multiple of the straight distance between its ends
	alleyMargin   = 40.0               // how far beyond its ends' box an alley may wander
)

// alleyBand is a strip of town blocks between two streets, which alleys cross.
type alleyBand struct {
	name       string  // alleys are named name+N+巷
	from, to   float64 // the streets' offsets from the river (to may be the landing on the bank)
	fromX, toX float64 // the streets' half extents along the river
	minX       float64 // alleys start at |x| > minX
	class      string
	speedKmh   float64
}

// landingOffset is where the riverside lanes end, at the landing steps (码头) on the
// bank, in metres from the river's centreline.
const landingOffset = 65.0

// townAlleyBands are the town's blocks: lanes down from the riverside streets to the
// landing steps on the bank, the riverside new town, the old town below and
// above 老街 (stone-stepped, foot only), the blocks of 上街 beyond the old town, and
// the south-bank street's blocks.
var townAlleyBands = []alleyBand{
	{name: "码头", from: riversideStreet, to: landingOffset, fromX: 1000, toX: 1000, class: classFootway, speedKmh: 5},
	{name: "南岸码头", from: southStreet, to: -landingOffset, fromX: 500, toX: 500, class: classFootway, speedKmh: 5},
	{name: "滨河", from: riversideStreet, to: trunkOffset, fromX: 1000, toX: tileHalfWidth, class: classLiving, speedKmh: 15},
	{name: "老街下", from: trunkOffset, to: oldStreet, fromX: tileHalfWidth, toX: 600, class: classFootway, speedKmh: 5},
	{name: "老街上", from: oldStreet, to: upperStreet, fromX: 600, toX: 900, class: classFootway, speedKmh: 5},
	{name: "上街", from: trunkOffset, to: upperStreet, fromX: tileHalfWidth, toX: 900, minX: 600, class: classLiving, speedKmh: 15},
	{name: "南岸街", from: southStreet, to: -trunkOffset, fromX: 500, toX: tileHalfWidth, class: classLiving, speedKmh: 15},
}

// layoutTownAlleys threads alleys through the town's blocks once its houses stand:
// from a street vertex every alleySpacing (between the named lanes) to a vertex of
// the next street, winding through the gaps between houses rather than through
// them, and meeting other roads only at those two vertices. A block with no way
// through gets no alley.
func (t *tile) layoutTownAlleys(index *roadIndex, houses *buildingIndex) {
	for _, band := range townAlleyBands {
		n := 0
		reach := min(band.fromX, band.toX) - alleySpacing/2
		for k := -int(reach / alleySpacing); k <= int(reach/alleySpacing); k++ {
			x := float64(k) * alleySpacing
			if math.Mod(x, 300) == 0 || math.Abs(x) <= band.minX {
				continue // a named lane runs here, or the block belongs to another band
			}
			var targets []orb.Point
			for dx := -alleyDrift; dx <= alleyDrift; dx += latticeStep {
				if math.Abs(x+dx) < band.toX {
					targets = append(targets, t.v.at(x+dx, band.to))
				}
			}
			line := t.alleyLine(index, houses, t.v.at(x, band.from), targets)
			if line == nil {
				continue
			}
			n++
			t.roads = append(t.roads, road{name: fmt.Sprintf("%s%s%d巷", t.prefix, band.name, n), class: band.class, speedKmh: band.speedKmh, line: line})
			index.add(len(t.roads) - 1)
			t.occ.takeLine(line, alleyGap/2)
		}
	}
}

// alleyLine returns an alley from street vertex start to the nearest reachable of
// targets (vertices of the next street, or points on the bank), or nil. It finds the
// shortest way over free ground on the occupancy grid, then pulls it straight between
// the bends, keeping every leg over free ground, clear of other roads and off the
// walls, with a vertex at least every 25 m so paths can branch off it.
func (t *tile) alleyLine(index *roadIndex, houses *buildingIndex, start orb.Point, targets []orb.Point) orb.LineString {
	cells := t.alleyCells(start, targets)
	if cells == nil {
		return nil
	}
	pts := make([]orb.Point, len(cells))
	for i, c := range cells {
		pts[i] = t.occ.cellCentre(c[0], c[1])
	}
	pts[0] = start
	for _, q := range targets {
		if c, r := t.occ.cellOf(q); c == cells[len(cells)-1][0] && r == cells[len(cells)-1][1] {
			pts[len(pts)-1] = q
			break
		}
	}
	end := pts[len(pts)-1]
	straight := math.Hypot(end[0]-start[0], end[1]-start[1])
	legOK := func(a, b orb.Point) bool {
		length := math.Hypot(b[0]-a[0], b[1]-a[1])
		at := func(s float64) orb.Point { return orb.Point{a[0] + (b[0]-a[0])*s/length, a[1] + (b[1]-a[1])*s/length} }
		for s := 0.0; s <= length; s += 0.5 {
			if c, r := t.occ.cellOf(at(s)); !t.alleyPassable(c, r, start, targets) {
				return false
			}
		}
		if !index.clear(a, b, alleyGap, alleyMinAngle) {
			return false
		}
		for s := 0.0; s <= length; s += 0.5 {
			if houses.hit(at(s), lanePassMargin, -1) {
				return false
			}
		}
		return true
	}
	line := orb.LineString{start}
	total := 0.0
	for i := 0; i < len(pts)-1; {
		j := len(pts) - 1
		for j > i && !legOK(pts[i], pts[j]) {
			j--
		}
		if j == i {
			return nil
		}
		a, b := pts[i], pts[j]
		length := math.Hypot(b[0]-a[0], b[1]-a[1])
		total += length
		n := max(int(math.Ceil(length/accessStep)), 1)
		for k := 1; k < n; k++ {
			f := float64(k) / float64(n)
			line = append(line, orb.Point{a[0] + (b[0]-a[0])*f, a[1] + (b[1]-a[1])*f})
		}
		line = append(line, b)
		i = j
	}
	if total > alleyDetour*straight {
		return nil
	}
	return line
}

// alleyPassable reports whether an alley may pass through occupancy cell (c, r):
// free ground, or the street strip right around its end vertices.
func (t *tile) alleyPassable(c, r int, start orb.Point, targets []orb.Point) bool {
	if !t.occ.get(c, r) {
		return true
	}
	if c < 0 || r < 0 || c >= t.occ.cols || r >= t.occ.rows {
		return false
	}
	p := t.occ.cellCentre(c, r)
	near := func(q orb.Point) bool { return math.Hypot(p[0]-q[0], p[1]-q[1]) <= alleyEndReach }
	if near(start) {
		return true
	}
	for _, q := range targets {
		if near(q) {
			return true
		}
	}
	return false
}

// alleyCells returns the shortest 8-connected chain of passable occupancy cells from
// start's cell to a target's cell (corners are not cut), or nil when there is none
// within alleyMargin of the box around them.
func (t *tile) alleyCells(start orb.Point, targets []orb.Point) [][2]int {
	b := orb.MultiPoint(append([]orb.Point{start}, targets...)).Bound().Pad(alleyMargin)
	c0, r0 := t.occ.cellOf(b.Min)
	c1, r1 := t.occ.cellOf(b.Max)
	cols, rows := c1-c0+1, r1-r0+1
	goal := make(map[[2]int]bool, len(targets))
	for _, q := range targets {
		c, r := t.occ.cellOf(q)
		goal[[2]int{c, r}] = true
	}
	passable := make([]bool, cols*rows)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			passable[(r-r0)*cols+(c-c0)] = t.alleyPassable(c, r, start, targets)
		}
	}
	pass := func(c, r int) bool {
		return c >= c0 && c <= c1 && r >= r0 && r <= r1 && passable[(r-r0)*cols+(c-c0)]
	}
	sc, sr := t.occ.cellOf(start)
	if !pass(sc, sr) {
		return nil
	}
	prev := make([]int32, cols*rows)
	for i := range prev {
		prev[i] = -1
	}
	first := int32((sr-r0)*cols + (sc - c0))
	prev[first] = first
	queue := []int32{first}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		c, r := c0+int(k)%cols, r0+int(k)/cols
		if goal[[2]int{c, r}] {
			var chain [][2]int
			for {
				chain = append(chain, [2]int{c0 + int(k)%cols, r0 + int(k)/cols})
				if prev[k] == k {
					break
				}
				k = prev[k]
			}
			for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
				chain[i], chain[j] = chain[j], chain[i]
			}
			return chain
		}
		for _, d := range [8][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}} {
			nc, nr := c+d[0], r+d[1]
			if !pass(nc, nr) || (d[0] != 0 && d[1] != 0 && (!pass(c+d[0], r) || !pass(c, r+d[1]))) {
				continue
			}
			nk := int32((nr-r0)*cols + (nc - c0))
			if prev[nk] < 0 {
				prev[nk] = k
				queue = append(queue, nk)
			}
		}
	}
	return nil
}
