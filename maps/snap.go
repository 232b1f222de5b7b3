package maps

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// Nearest returns the node closest to p and its straight-line distance in metres. The
// answer is exact (ties go to the lower node id); the search looks only at the grid cells
// around p. It returns -1 and +Inf for an empty network or a non-finite p.
func (n *Network) Nearest(p orb.Point) (node int, distM float64) {
	id, _, d := n.nodeGrid.nearest(p)
	if id < 0 {
		return -1, math.Inf(1)
	}
	return int(n.nodeGrid.segs[id].owner), d
}

// NearestEdge returns the edge closest to p, the closest point on its geometry and the
// distance to it in metres, exactly (ties go to the lower edge id). It returns -1 and
// +Inf for an empty network or a non-finite p.
func (n *Network) NearestEdge(p orb.Point) (edge int, at orb.Point, distM float64) {
	id, at, d := n.edgeGrid.nearest(p)
	if id < 0 {
		return -1, orb.Point{}, math.Inf(1)
	}
	return int(n.edgeGrid.segs[id].owner), at, d
}

// buildSnapGrids indexes nodes and edge segments for Nearest and NearestEdge.
func (n *Network) buildSnapGrids() {
	nodes := make([]segment, len(n.nodes))
	for i := range nodes {
		p := n.nodes[i]
		nodes[i] = segment{a: p, b: p, owner: int32(i)}
	}
	w, h := n.bound.Max[0]-n.bound.Min[0], n.bound.Max[1]-n.bound.Min[1]
	// About two nodes per cell.
	n.nodeGrid = newSegmentGrid(nodes, math.Sqrt(2*w*h/float64(max(len(nodes), 1))))

	segs := make([]segment, 0, len(n.points)-len(n.edges))
	var total float64
	for e := range n.edges {
		g := n.edges[e].Geometry
		for i := 0; i+1 < len(g); i++ {
			segs = append(segs, segment{a: g[i], b: g[i+1], owner: int32(e), index: int32(i)})
			total += planar.Distance(g[i], g[i+1])
		}
	}
	n.edgeGrid = newSegmentGrid(segs, total/float64(max(len(segs), 1)))
}

// segment is a straight piece of a line: owner is the road, edge or node it belongs to,
// index its position along that line. A point is a segment with a == b.
type segment struct {
	a, b         orb.Point
	owner, index int32
}

// segmentGrid is a uniform grid of square cells over a set of segments: each cell lists,
// in ascending order, the segments that pass through it (a cell's items are
// items[offsets[c]:offsets[c+1]]).
type segmentGrid struct {
	segs       []segment
	minX, minY float64
	size       float64 // cell side in metres
	nx, ny     int
	offsets    []int32
	items      []int32
}

// maxCellsPerSegment bounds the grid's cell count relative to the number of segments, so
// a few far-apart segments do not make a huge empty grid.
const maxCellsPerSegment = 4

// minCellM is the smallest grid cell, in metres.
const minCellM = 1e-9

// newSegmentGrid indexes segs with cells of about cellHint metres, enlarged as needed to
// keep the grid small.
func newSegmentGrid(segs []segment, cellHint float64) segmentGrid {
	g := segmentGrid{segs: segs}
	if len(segs) == 0 {
		return g
	}
	b := orb.Bound{Min: segs[0].a, Max: segs[0].a}
	for _, s := range segs {
		b = b.Extend(s.a).Extend(s.b)
	}
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	g.minX, g.minY = b.Min[0], b.Min[1]
	g.size = cellHint
	if !isFinite(g.size) {
		g.size = max(w, h)
	}
	// No finer than a millionth of the extent or a nanometre: this keeps the cell count
	// finite and the growth below out of subnormal numbers, where *1.5 may not change them.
	g.size = max(g.size, max(w, h)*1e-6, minCellM)
	maxCells := float64(maxCellsPerSegment*len(segs) + 16)
	for (math.Floor(w/g.size)+1)*(math.Floor(h/g.size)+1) > maxCells {
		g.size *= 1.5
	}
	g.nx, g.ny = int(w/g.size)+1, int(h/g.size)+1

	g.offsets = make([]int32, g.nx*g.ny+1)
	for _, s := range segs {
		g.coverCells(s.a, s.b, func(c int) { g.offsets[c+1]++ })
	}
	for c := range g.nx * g.ny {
		g.offsets[c+1] += g.offsets[c]
	}
	g.items = make([]int32, g.offsets[g.nx*g.ny])
	next := make([]int32, g.nx*g.ny)
	copy(next, g.offsets)
	for i, s := range segs {
		g.coverCells(s.a, s.b, func(c int) {
			g.items[next[c]] = int32(i)
			next[c]++
		})
	}
	return g
}

// cellCount returns the number of cells.
func (g *segmentGrid) cellCount() int { return g.nx * g.ny }

// cellItems returns the ids of the segments passing through cell c, ascending.
func (g *segmentGrid) cellItems(c int) []int32 { return g.items[g.offsets[c]:g.offsets[c+1]] }

// col and row return the cell column or row of a coordinate, clamped to the grid.
func (g *segmentGrid) col(x float64) int { return clampCell((x-g.minX)/g.size, g.nx) }
func (g *segmentGrid) row(y float64) int { return clampCell((y-g.minY)/g.size, g.ny) }

func clampCell(f float64, n int) int {
	switch {
	case !(f > 0): // also NaN
		return 0
	case f >= float64(n-1):
		return n - 1
	}
	return int(f)
}

// coverCells calls visit for every cell the segment a-b passes through, column by
// column, each at most once.
func (g *segmentGrid) coverCells(a, b orb.Point, visit func(cell int)) {
	if a[0] > b[0] {
		a, b = b, a
	}
	yMin, yMax := min(a[1], b[1]), max(a[1], b[1])
	pad := g.size * 1e-9 // keeps rounding from missing a cell the line grazes
	x0, x1 := g.col(a[0]), g.col(b[0])
	for cx := x0; cx <= x1; cx++ {
		ya, yb := yMin, yMax
		if dx := b[0] - a[0]; dx > 0 && x0 != x1 {
			lo := max(a[0], g.minX+float64(cx)*g.size)
			hi := min(b[0], g.minX+float64(cx+1)*g.size)
			slope := (b[1] - a[1]) / dx
			ya, yb = a[1]+(lo-a[0])*slope, a[1]+(hi-a[0])*slope
			if ya > yb {
				ya, yb = yb, ya
			}
			ya, yb = max(ya-pad, yMin), min(yb+pad, yMax)
		}
		for cy := g.row(ya); cy <= g.row(yb); cy++ {
			visit(cy*g.nx + cx)
		}
	}
}

// nearest returns the segment closest to p, the closest point on it and the distance,
// or -1 when the grid is empty or p is not finite. It searches rings of cells around p's
// cell and stops once no unsearched cell can hold anything closer.
func (g *segmentGrid) nearest(p orb.Point) (id int32, at orb.Point, dist float64) {
	id, dist = -1, math.Inf(1)
	if len(g.segs) == 0 || !isFinite(p[0]) || !isFinite(p[1]) {
		return id, at, dist
	}
	bestD2 := math.Inf(1)
	ci, cj := g.col(p[0]), g.row(p[1])
	outX := max(0, g.minX-p[0], p[0]-(g.minX+float64(g.nx)*g.size))
	outY := max(0, g.minY-p[1], p[1]-(g.minY+float64(g.ny)*g.size))
	for k := 0; ; k++ {
		for cy := max(cj-k, 0); cy <= min(cj+k, g.ny-1); cy++ {
			edgeRow := cy == cj-k || cy == cj+k
			for cx := max(ci-k, 0); cx <= min(ci+k, g.nx-1); cx++ {
				if !edgeRow && cx != ci-k && cx != ci+k {
					cx = ci + k - 1 // skip the interior, searched in earlier rings
					continue
				}
				for _, s := range g.cellItems(cy*g.nx + cx) {
					q := closestOnSegment(&g.segs[s], p)
					dx, dy := q[0]-p[0], q[1]-p[1]
					d2 := dx*dx + dy*dy
					if id < 0 || d2 < bestD2 || (d2 == bestD2 && g.segs[s].owner < g.segs[id].owner) {
						id, at, bestD2 = s, q, d2
					}
				}
			}
		}
		// Distance from p to the nearest cell outside rings 0..k, per side still open; a
		// point beyond the grid is at least as far as the grid's edge across that side.
		bound := math.Inf(1)
		if ci-k > 0 {
			bound = min(bound, math.Hypot(p[0]-(g.minX+float64(ci-k)*g.size), outY))
		}
		if ci+k < g.nx-1 {
			bound = min(bound, math.Hypot(g.minX+float64(ci+k+1)*g.size-p[0], outY))
		}
		if cj-k > 0 {
			bound = min(bound, math.Hypot(p[1]-(g.minY+float64(cj-k)*g.size), outX))
		}
		if cj+k < g.ny-1 {
			bound = min(bound, math.Hypot(g.minY+float64(cj+k+1)*g.size-p[1], outX))
		}
		if math.IsInf(bound, 1) || (id >= 0 && bound > 0 && bound*bound > bestD2) {
			break
		}
	}
	return id, at, math.Sqrt(bestD2)
}

// closestOnSegment returns the point of s closest to p.
func closestOnSegment(s *segment, p orb.Point) orb.Point {
	dx, dy := s.b[0]-s.a[0], s.b[1]-s.a[1]
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return s.a
	}
	t := ((p[0]-s.a[0])*dx + (p[1]-s.a[1])*dy) / l2
	switch {
	case t <= 0:
		return s.a
	case t >= 1:
		return s.b
	}
	return orb.Point{s.a[0] + t*dx, s.a[1] + t*dy}
}
