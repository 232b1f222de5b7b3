package maps

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// Index answers "what is at this point" and "what is within r metres" over every feature
// of a Town. Small features live in a uniform grid of cells; the few large ones
// (villages, forests, long rivers) that would fill many cells are kept in a short list
// checked by their bounds. Distances are exact: zero inside an area, else to its edge.
// An Index is read-only after it is built and safe for concurrent use.
type Index struct {
	town      *Town
	items     []indexItem
	origin    orb.Point
	cell      float64
	cols      int
	rows      int
	cellStart []int32 // CSR: items of cell c are cellItems[cellStart[c]:cellStart[c+1]]
	cellItems []int32
	large     []int32
}

type indexItem struct {
	kind  Kind
	index int32
	bound orb.Bound
}

// Hit is one feature found by the index and its distance in metres from the query point.
type Hit struct {
	Kind  Kind
	Index int // index into the Town slice of that kind (Background for Town.Background)
	DistM float64
}

// indexLargeCells is the span, in cells per axis, above which a feature is "large".
const indexLargeCells = 16

func buildIndex(t *Town) *Index {
	ix := &Index{town: t}
	add := func(k Kind, n int) {
		for i := 0; i < n; i++ {
			g := t.Geometry(k, i)
			if g == nil {
				continue
			}
			ix.items = append(ix.items, indexItem{kind: k, index: int32(i), bound: g.Bound()})
		}
	}
	add(KindRoad, len(t.Roads))
	add(KindRiver, len(t.Waterways)) // Geometry maps every waterway kind to Town.Waterways
	add(KindBuilding, len(t.Buildings))
	add(KindVillage, len(t.Villages))
	add(KindShelter, len(t.Shelters))
	add(KindDepot, len(t.Depots))
	add(KindStation, len(t.Stations))
	add(KindHazardZone, len(t.HazardZones))
	add(KindLandcover, len(t.Landcover))
	add(KindLoudspeaker, len(t.Loudspeakers))
	add(Background, len(t.Background))
	for i := range ix.items {
		if ix.items[i].kind == KindRiver {
			ix.items[i].kind = t.Waterways[ix.items[i].index].Kind
		}
	}
	ix.layout(t.Bounds)
	return ix
}

// layout sizes the grid to about two items per cell and files every item.
func (ix *Index) layout(b orb.Bound) {
	w, h := math.Max(b.Max[0]-b.Min[0], 1), math.Max(b.Max[1]-b.Min[1], 1)
	cell := math.Sqrt(w * h / float64(max(len(ix.items), 1)) * 2)
	cell = math.Max(cell, 10)
	ix.origin, ix.cell = b.Min, cell
	ix.cols = min(int(w/cell)+1, 4096)
	ix.rows = min(int(h/cell)+1, 4096)
	ix.cell = math.Max(w/float64(ix.cols), h/float64(ix.rows)) * 1.000001
	counts := make([]int32, ix.cols*ix.rows+1)
	each := func(it *indexItem, f func(c int)) {
		c0, r0 := ix.cellOf(it.bound.Min)
		c1, r1 := ix.cellOf(it.bound.Max)
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				f(r*ix.cols + c)
			}
		}
	}
	isLarge := func(it *indexItem) bool {
		return it.bound.Max[0]-it.bound.Min[0] > indexLargeCells*ix.cell || it.bound.Max[1]-it.bound.Min[1] > indexLargeCells*ix.cell
	}
	for i := range ix.items {
		if it := &ix.items[i]; isLarge(it) {
			ix.large = append(ix.large, int32(i))
		} else {
			each(it, func(c int) { counts[c+1]++ })
		}
	}
	for c := 1; c < len(counts); c++ {
		counts[c] += counts[c-1]
	}
	ix.cellStart = counts
	ix.cellItems = make([]int32, counts[len(counts)-1])
	fill := slices.Clone(counts[:len(counts)-1])
	for i := range ix.items {
		if it := &ix.items[i]; !isLarge(it) {
			each(it, func(c int) { ix.cellItems[fill[c]] = int32(i); fill[c]++ })
		}
	}
}

func (ix *Index) cellOf(p orb.Point) (col, row int) {
	col = int((p[0] - ix.origin[0]) / ix.cell)
	row = int((p[1] - ix.origin[1]) / ix.cell)
	return min(max(col, 0), ix.cols-1), min(max(row, 0), ix.rows-1)
}

// Within appends to dst the features of the given kinds (all kinds when none are given)
// whose geometry comes within r metres of p, nearest first (ties by kind, then index),
// and returns the extended slice. r = 0 asks what is at p: the areas containing it and
// anything passing exactly through it. Reuse dst to avoid allocating.
func (ix *Index) Within(p orb.Point, r float64, dst []Hit, kinds ...Kind) []Hit {
	start := len(dst)
	want := func(k Kind) bool { return len(kinds) == 0 || slices.Contains(kinds, k) }
	q := orb.Bound{Min: orb.Point{p[0] - r, p[1] - r}, Max: orb.Point{p[0] + r, p[1] + r}}
	test := func(i int32) {
		it := &ix.items[i]
		if !want(it.kind) || !it.bound.Intersects(q) {
			return
		}
		if d := distanceTo(ix.town.Geometry(it.kind, int(it.index)), p); d <= r {
			dst = append(dst, Hit{Kind: it.kind, Index: int(it.index), DistM: d})
		}
	}
	c0, r0 := ix.cellOf(q.Min)
	c1, r1 := ix.cellOf(q.Max)
	for row := r0; row <= r1; row++ {
		for col := c0; col <= c1; col++ {
			c := row*ix.cols + col
			for _, i := range ix.cellItems[ix.cellStart[c]:ix.cellStart[c+1]] {
				test(i)
			}
		}
	}
	for _, i := range ix.large {
		test(i)
	}
	found := dst[start:]
	slices.SortFunc(found, func(a, b Hit) int {
		switch {
		case a.DistM != b.DistM:
			if a.DistM < b.DistM {
				return -1
			}
			return 1
		case a.Kind != b.Kind:
			return int(a.Kind) - int(b.Kind)
		}
		return a.Index - b.Index
	})
	// An item spanning several cells is found once per cell: keep the first.
	found = slices.CompactFunc(found, func(a, b Hit) bool { return a.Kind == b.Kind && a.Index == b.Index })
	return dst[:start+len(found)]
}

// distanceTo is the distance from p to g in metres: zero inside an area.
func distanceTo(g orb.Geometry, p orb.Point) float64 {
	switch g := g.(type) {
	case orb.Polygon:
		if polygonContains(g, p) {
			return 0
		}
	case orb.MultiPolygon:
		if multiPolygonContains(g, p) {
			return 0
		}
	case orb.Collection:
		d := math.Inf(1)
		for _, m := range g {
			d = math.Min(d, distanceTo(m, p))
		}
		return d
	}
	return planar.DistanceFrom(g, p)
}

// Geometry returns the metric geometry of the i-th feature of kind k (all waterway kinds
// index Town.Waterways), or nil when there is none.
func (t *Town) Geometry(k Kind, i int) orb.Geometry {
	switch k {
	case KindRoad:
		return t.Roads[i].Line
	case KindRiver, KindStream, KindWater:
		return t.Waterways[i].Geom
	case KindBuilding:
		if b := &t.Buildings[i]; b.Footprint != nil {
			return b.Footprint
		}
		return t.Buildings[i].Centroid
	case KindVillage:
		return t.Villages[i].Area
	case KindShelter:
		return t.Shelters[i].Location
	case KindDepot:
		return t.Depots[i].Location
	case KindStation:
		return t.Stations[i].Location
	case KindHazardZone:
		return t.HazardZones[i].Area
	case KindLandcover:
		return t.Landcover[i].Area
	case KindLoudspeaker:
		return t.Loudspeakers[i].Location
	case Background:
		return t.Background[i].Geom
	}
	return nil
}
