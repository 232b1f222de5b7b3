package maps

import (
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// placePoint is a village mapped as a point (place=village, hamlet ... or a feature of
// kind village drawn as a point): where it is, in metres, and what it says of itself.
type placePoint struct {
	ref        FeatureRef
	at         orb.Point
	place      string
	population int
	community  bool
}

// placeReachM is how far from its point the area of a place drawn around one may reach,
// by its place=* value: a town's streets spread further than a hamlet's houses.
var placeReachM = map[string]float64{
	"town": 2000, "suburb": 1200, "village": 1000, "quarter": 700, "neighbourhood": 500, "hamlet": 500,
}

const (
	// placeDefaultReachM is the reach of a village point with no place=* value.
	placeDefaultReachM = 1000
	// placeMarginM is how far beyond the outermost building or road vertex an area
	// drawn around a place point reaches.
	placeMarginM = 60
	// placeBareRadiusM is the radius of the area given to a place point with no
	// building or street near it.
	placeBareRadiusM = 250
	// placeSameM is the distance within which two points of the same name are one place
	// mapped twice.
	placeSameM = 1000
)

// residentialRoads are the road classes along which people live, whose vertices tell
// how far a village reaches where its houses are not mapped.
var residentialRoads = map[string]bool{
	"residential": true, "living_street": true, "service": true, "unclassified": true, "pedestrian": true,
}

// finishVillages settles the villages an extract's edge and a map's points leave
// uncertain. A boundary closed along the edge that holds no building and no residential
// street is left out (a neighbouring municipality the extract only grazes); one that
// does is kept with a warning to check it. Then villagesFromPoints draws the villages
// mapped only as points.
func finishVillages(t *Town, points []placePoint) {
	reach := newPointGrid(t.Core, 250)
	for _, b := range t.Buildings {
		reach.add(b.Centroid)
	}
	for _, r := range t.Roads {
		if residentialRoads[r.Class] {
			for _, p := range r.Line {
				reach.add(p)
			}
		}
	}
	var empty []FeatureRef
	kept := t.Villages[:0]
	for _, v := range t.Villages {
		if v.Origin == VillageClosedAtEdge {
			if !reach.anyIn(v.Area) {
				empty = append(empty, v.Ref)
				continue
			}
			t.Problems.add(Warning, v.Ref, "check the village's area on the map; a larger extract gives its whole boundary",
				"村界被数据边缘截断，已沿边缘闭合 — the boundary runs beyond the extract's edge and was closed along it")
		}
		kept = append(kept, v)
	}
	t.Villages = kept
	if len(empty) > 0 {
		t.Problems.add(Warning, WholeMap, "nothing to do: nobody lives in the part the extract holds",
			"数据边缘外的村 — %d boundaries cut by the extract's edge hold no building or street inside it and are left out: %s", len(empty), ListSome(empty, 4))
	}
	villagesFromPoints(t, points, reach)
}

// villagesFromPoints draws the villages that a map has only as points, where no
// boundary of the same name is mapped and the point is not the one label of a boundary
// (labels): each point gets the part of the plane nearer to it than to any other
// place point, drawn or not (its Voronoi cell, made by clipping with the perpendicular
// bisectors), no further than its reach, and within that only as far as
// the buildings and residential streets inside reach, plus a margin (the convex hull
// of them, widened). A point with nothing near gets a small disc. Points of the same
// name within a kilometre are one place.
func villagesFromPoints(t *Town, pts []placePoint, reach *pointGrid) {
	mapped := map[string]bool{}
	for _, v := range t.Villages {
		mapped[v.Name] = true
	}
	var named []placePoint
	unnamed := 0
	for _, p := range pts {
		if p.ref.Name == "" {
			unnamed++
			continue
		}
		named = append(named, p)
	}
	// Every named place is a site that takes its share of the land, but only those
	// that no mapped boundary stands for become villages.
	var sites []placePoint
next:
	for _, p := range named {
		for _, k := range sites {
			if k.ref.Name == p.ref.Name && planar.Distance(k.at, p.at) < placeSameM {
				continue next
			}
		}
		sites = append(sites, p)
	}
	label := labels(t.Villages, sites)
	draw := 0
	for i, p := range sites {
		if mapped[p.ref.Name] {
			label[i] = true
		}
		if !label[i] {
			draw++
		}
	}
	if draw == 0 {
		return
	}
	var names []string
	var near []orb.Point
	for i, p := range sites {
		if label[i] {
			continue
		}
		r := reachOf(p.place)
		cell := regularPolygon(p.at, r, 32)
		for j, q := range sites {
			if j != i && q.at != p.at && planar.Distance(p.at, q.at) < 2*r {
				mid := orb.Point{(p.at[0] + q.at[0]) / 2, (p.at[1] + q.at[1]) / 2}
				cell = clipHalfPlane(cell, mid, orb.Point{q.at[0] - p.at[0], q.at[1] - p.at[1]})
			}
		}
		if cell == nil {
			continue
		}
		near = reach.within(p.at, r, near[:0])
		pts := []orb.Point{p.at}
		for _, q := range near {
			if ringContains(cell, q) {
				pts = append(pts, q)
			}
		}
		area := clipConvex(widen(pts, placeMarginM, placeBareRadiusM), cell)
		if area == nil {
			continue
		}
		t.Villages = append(t.Villages, Village{Ref: p.ref, Name: p.ref.Name, Area: orb.MultiPolygon{orb.Polygon{area}},
			Population: p.population, Community: p.community, Origin: VillageAroundPoint, seat: p.at})
		names = append(names, p.ref.Name)
	}
	if len(names) > 0 {
		t.Problems.add(Warning, WholeMap, "check their areas on the map; for exact ones add the village boundaries (kind village polygons, or a manifest layer of them)",
			"村界由地名点推算 — %d villages are mapped only as points and were drawn around them, as far as their buildings and streets reach: %s", len(names), ListSome(names, 8))
	}
	if unnamed > 0 {
		t.Problems.add(Warning, WholeMap, "give them a name (name=*) to make them villages",
			"无名地名点 — %d place points have no name and make no village", unnamed)
	}
}

// labels marks the points that are the only place point inside a mapped village
// boundary: that point labels the boundary, under another spelling of its name (白杨村
// and a department's 白杨村村委会). A boundary that holds several points is a township
// or parish, and its points are its villages.
func labels(villages []Village, pts []placePoint) []bool {
	inside := make([][]int, len(villages)) // the points inside each boundary
	bounds := make([]orb.Bound, len(villages))
	for v := range villages {
		bounds[v] = villages[v].Area.Bound()
	}
	for i, p := range pts {
		for v := range villages {
			if bounds[v].Contains(p.at) && multiPolygonContains(villages[v].Area, p.at) {
				inside[v] = append(inside[v], i)
			}
		}
	}
	label := make([]bool, len(pts))
	for _, in := range inside {
		if len(in) == 1 {
			label[in[0]] = true
		}
	}
	return label
}

// reachOf is the reach of a place by its place=* value.
func reachOf(place string) float64 {
	if r, ok := placeReachM[place]; ok {
		return r
	}
	return placeDefaultReachM
}

// widen returns the convex hull of pts grown by margin (each point replaced by an
// octagon of that radius), or a disc of radius bare around the first point when pts
// are too few to span an area. Only the hull's corners are grown: the hull of the
// octagons around every point is the hull of those around the corners. pts is reordered.
func widen(pts []orb.Point, margin, bare float64) orb.Ring {
	centre := pts[0]
	if len(pts) < 3 {
		return regularPolygon(centre, math.Max(bare, margin), 16)
	}
	h := convexHull(pts)
	if h == nil {
		return regularPolygon(centre, bare, 16)
	}
	grown := make([]orb.Point, 0, 8*len(h))
	for _, p := range h[:len(h)-1] {
		grown = append(grown, regularPolygon(p, margin, 8)[:8]...)
	}
	return convexHull(grown)
}

// placePointOf reads a village drawn as a point.
func placePointOf(ref FeatureRef, p properties, at orb.Point) placePoint {
	place := p.str("place")
	return placePoint{ref: ref, at: at, place: place, population: countOr(p, "population", 0),
		community: strings.HasSuffix(ref.Name, "社区") || place == "suburb" || place == "quarter" || place == "neighbourhood"}
}

// pointGrid buckets points in square cells for "which points lie within r of here".
type pointGrid struct {
	origin orb.Point
	cell   float64
	cols   int
	rows   int
	cells  [][]orb.Point
}

func newPointGrid(b orb.Bound, cell float64) *pointGrid {
	const most = 1000 // cells a side: a county at 250 m, wider maps in larger cells
	cell = math.Max(cell, math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])/most)
	cols := int(math.Ceil((b.Max[0]-b.Min[0])/cell)) + 1
	rows := int(math.Ceil((b.Max[1]-b.Min[1])/cell)) + 1
	return &pointGrid{origin: b.Min, cell: cell, cols: cols, rows: rows, cells: make([][]orb.Point, cols*rows)}
}

func (g *pointGrid) clamp(v float64, n int) int {
	return min(max(int(math.Floor(v/g.cell)), 0), n-1)
}

func (g *pointGrid) add(p orb.Point) {
	c := g.clamp(p[0]-g.origin[0], g.cols) + g.cols*g.clamp(p[1]-g.origin[1], g.rows)
	g.cells[c] = append(g.cells[c], p)
}

// anyIn reports whether any point lies in the area.
func (g *pointGrid) anyIn(area orb.MultiPolygon) bool {
	b := area.Bound()
	c0, c1 := g.clamp(b.Min[0]-g.origin[0], g.cols), g.clamp(b.Max[0]-g.origin[0], g.cols)
	r0, r1 := g.clamp(b.Min[1]-g.origin[1], g.rows), g.clamp(b.Max[1]-g.origin[1], g.rows)
	for row := r0; row <= r1; row++ {
		for col := c0; col <= c1; col++ {
			for _, q := range g.cells[col+g.cols*row] {
				if b.Contains(q) && multiPolygonContains(area, q) {
					return true
				}
			}
		}
	}
	return false
}

// within appends to dst the points within r of p.
func (g *pointGrid) within(p orb.Point, r float64, dst []orb.Point) []orb.Point {
	c0, c1 := g.clamp(p[0]-r-g.origin[0], g.cols), g.clamp(p[0]+r-g.origin[0], g.cols)
	r0, r1 := g.clamp(p[1]-r-g.origin[1], g.rows), g.clamp(p[1]+r-g.origin[1], g.rows)
	for row := r0; row <= r1; row++ {
		for col := c0; col <= c1; col++ {
			for _, q := range g.cells[col+g.cols*row] {
				if planar.DistanceSquared(p, q) <= r*r {
					dst = append(dst, q)
				}
			}
		}
	}
	return dst
}
