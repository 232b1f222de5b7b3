package mapgen

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// roadIndexCell is the side, in metres, of the cells a roadIndex files segments in.
const roadIndexCell = 40.0

// roadIndex files a tile's road segments in a uniform grid, so that laying a new
// lane can find the vertices it may join and the roads it must keep clear of without
// scanning the whole network. Entries live in flat slices linked per cell.
type roadIndex struct {
	roads      *[]road
	x0, y0     float64
	cols, rows int
	head       []int32 // per cell: first entry, -1 when empty
	entries    []roadIndexEntry
}

// roadIndexEntry is one segment (vertices seg and seg+1 of road) filed in a cell.
type roadIndexEntry struct {
	road, seg, next int32
}

// newRoadIndex returns an index over the tile-local rectangle centred on 0 holding
// every road of *roads; roads appended later are filed with add.
func newRoadIndex(roads *[]road, halfW, halfH float64) *roadIndex {
	cols := int(math.Ceil(2 * halfW / roadIndexCell))
	rows := int(math.Ceil(2 * halfH / roadIndexCell))
	x := &roadIndex{roads: roads, x0: -halfW, y0: -halfH, cols: cols, rows: rows, head: make([]int32, cols*rows)}
	for i := range x.head {
		x.head[i] = -1
	}
	for i := range *roads {
		x.add(i)
	}
	return x
}

// cellRange returns the clamped cell columns and rows covering the box [lo, hi].
func (x *roadIndex) cellRange(lo, hi orb.Point) (c0, r0, c1, r1 int) {
	clampCol := func(v float64) int { return min(max(int(math.Floor((v-x.x0)/roadIndexCell)), 0), x.cols-1) }
	clampRow := func(v float64) int { return min(max(int(math.Floor((v-x.y0)/roadIndexCell)), 0), x.rows-1) }
	return clampCol(lo[0]), clampRow(lo[1]), clampCol(hi[0]), clampRow(hi[1])
}

// add files road i's segments in every cell their bounding boxes touch.
func (x *roadIndex) add(i int) {
	line := (*x.roads)[i].line
	for s := 0; s+1 < len(line); s++ {
		b := orb.LineString{line[s], line[s+1]}.Bound()
		c0, r0, c1, r1 := x.cellRange(b.Min, b.Max)
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				k := r*x.cols + c
				x.entries = append(x.entries, roadIndexEntry{road: int32(i), seg: int32(s), next: x.head[k]})
				x.head[k] = int32(len(x.entries) - 1)
			}
		}
	}
}

// segments calls visit with every segment filed in a cell the box [lo, hi] touches;
// a segment in several cells is visited once per cell. visit returns false to stop,
// and segments then returns false too.
func (x *roadIndex) segments(lo, hi orb.Point, visit func(a, b orb.Point, road int) bool) bool {
	c0, r0, c1, r1 := x.cellRange(lo, hi)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			for e := x.head[r*x.cols+c]; e >= 0; e = x.entries[e].next {
				en := &x.entries[e]
				line := (*x.roads)[en.road].line
				if !visit(line[en.seg], line[en.seg+1], int(en.road)) {
					return false
				}
			}
		}
	}
	return true
}

// nearestDistance returns the distance from p to the nearest road within reach
// metres, or +Inf when there is none.
func (x *roadIndex) nearestDistance(p orb.Point, reach float64) float64 {
	best := math.Inf(1)
	x.segments(orb.Point{p[0] - reach, p[1] - reach}, orb.Point{p[0] + reach, p[1] + reach}, func(a, b orb.Point, _ int) bool {
		best = math.Min(best, segmentDistance(p, a, b))
		return true
	})
	return best
}

// vertexCandidate is a road vertex a lane may join, its distance and a road it is on.
type vertexCandidate struct {
	at   orb.Point
	dist float64
	road int
}

// vertices appends to buf the distinct road vertices within reach metres of p that
// pass keep, nearest first (ties broken by coordinates, so the order is fixed); a
// vertex shared by several roads comes with the first of them.
func (x *roadIndex) vertices(buf []vertexCandidate, p orb.Point, reach float64, keep func(q orb.Point, road int) bool) []vertexCandidate {
	buf = buf[:0]
	consider := func(q orb.Point, road int) {
		if d := math.Hypot(q[0]-p[0], q[1]-p[1]); d <= reach && keep(q, road) {
			buf = append(buf, vertexCandidate{at: q, dist: d, road: road})
		}
	}
	x.segments(orb.Point{p[0] - reach, p[1] - reach}, orb.Point{p[0] + reach, p[1] + reach}, func(a, b orb.Point, road int) bool {
		consider(a, road)
		consider(b, road)
		return true
	})
	slices.SortFunc(buf, func(u, v vertexCandidate) int {
		return cmp.Or(cmp.Compare(u.dist, v.dist), cmp.Compare(u.at[0], v.at[0]), cmp.Compare(u.at[1], v.at[1]), cmp.Compare(u.road, v.road))
	})
	return slices.CompactFunc(buf, func(u, v vertexCandidate) bool { return u.at == v.at })
}

// clear reports whether a new straight lane from a to b keeps at least gap metres
// from every road segment that does not end at a or b, and leaves those that do at
// an angle of at least minAngle radians: so it meets the network only at a or b,
// and only where one of them is a road vertex.
func (x *roadIndex) clear(a, b orb.Point, gap, minAngle float64) bool {
	lo := orb.Point{math.Min(a[0], b[0]) - gap, math.Min(a[1], b[1]) - gap}
	hi := orb.Point{math.Max(a[0], b[0]) + gap, math.Max(a[1], b[1]) + gap}
	cosMin := math.Cos(minAngle)
	// apart reports whether segment pq leaves the lane's end e (the other end f) at a
	// wide enough angle.
	apart := func(e, f, o orb.Point) bool {
		fx, fy := f[0]-e[0], f[1]-e[1]
		ox, oy := o[0]-e[0], o[1]-e[1]
		return (fx*ox+fy*oy)/(math.Hypot(fx, fy)*math.Hypot(ox, oy)) < cosMin
	}
	return x.segments(lo, hi, func(p, q orb.Point, _ int) bool {
		switch {
		case p == a || q == a:
			return apart(a, b, other(p, q, a)) && (p != b && q != b)
		case p == b || q == b:
			return apart(b, a, other(p, q, b))
		default:
			return segmentsDist(a, b, p, q) >= gap
		}
	})
}

// other returns the end of segment pq that is not e.
func other(p, q, e orb.Point) orb.Point {
	if p == e {
		return q
	}
	return p
}

// segmentDistance returns the distance from p to segment ab.
func segmentDistance(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l2))
	}
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}

// segmentsDist returns the distance between segments pq and ab: zero when they cross.
func segmentsDist(p, q, a, b orb.Point) float64 {
	cross := func(o, u, v orb.Point) float64 { return (u[0]-o[0])*(v[1]-o[1]) - (u[1]-o[1])*(v[0]-o[0]) }
	d1, d2 := cross(p, q, a), cross(p, q, b)
	d3, d4 := cross(a, b, p), cross(a, b, q)
	if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) {
		return 0
	}
	return min(segmentDistance(p, a, b), segmentDistance(q, a, b), segmentDistance(a, p, q), segmentDistance(b, p, q))
}
