package mapedit

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/maps"
)

// FeatureAt returns the feature a click at p (metres) means, within tol metres: the
// nearest point feature within tol, else the smallest hazard zone holding p, else the
// smallest village; ok is false when there is none. Only kinds shown counts (nil
// shows every kind).
func (d *Doc) FeatureAt(p orb.Point, tol float64, shown func(*Feature) bool) (int, bool) {
	best, bestD := -1, tol
	for i := range d.slots {
		f := &d.slots[i].cur
		if f.Deleted || IsArea(f.Kind) || shown != nil && !shown(f) {
			continue
		}
		if dist := planar.Distance(f.Location(), p); dist <= bestD {
			best, bestD = i, dist
		}
	}
	if best >= 0 {
		return best, true
	}
	bestArea := math.Inf(1)
	for _, pass := range []func(*Feature) bool{
		func(f *Feature) bool { return f.Kind == maps.KindHazardZone },
		func(f *Feature) bool { return f.Kind == maps.KindVillage },
	} {
		for i := range d.slots {
			f := &d.slots[i].cur
			if f.Deleted || !IsArea(f.Kind) || !pass(f) || shown != nil && !shown(f) {
				continue
			}
			if mp := f.Area(); planar.MultiPolygonContains(mp, p) {
				if a := planar.Area(mp); a < bestArea {
					best, bestArea = i, a
				}
			}
		}
		if best >= 0 {
			return best, true
		}
	}
	return -1, false
}

// VertexNear returns the corner of area i nearest to p within tol metres.
func (d *Doc) VertexNear(i int, p orb.Point, tol float64) (Vertex, bool) {
	f, err := d.live(i)
	if err != nil {
		return Vertex{}, false
	}
	best, bestD := Vertex{}, tol
	found := false
	for pi, pg := range f.Area() {
		for ri, r := range pg {
			for vi := 0; vi+1 < len(r); vi++ {
				if dist := planar.Distance(r[vi], p); dist <= bestD {
					best, bestD, found = Vertex{pi, ri, vi}, dist, true
				}
			}
		}
	}
	return best, found
}

// EdgeNear returns the side of area i nearest to p within tol metres, as the corner
// it starts at, and the point on it nearest p: where a corner is added.
func (d *Doc) EdgeNear(i int, p orb.Point, tol float64) (Vertex, orb.Point, bool) {
	f, err := d.live(i)
	if err != nil {
		return Vertex{}, orb.Point{}, false
	}
	best, at, bestD := Vertex{}, orb.Point{}, tol
	found := false
	for pi, pg := range f.Area() {
		for ri, r := range pg {
			for vi := 0; vi+1 < len(r); vi++ {
				q := nearestOnSegment(r[vi], r[vi+1], p)
				if dist := planar.Distance(q, p); dist <= bestD {
					best, at, bestD, found = Vertex{pi, ri, vi}, q, dist, true
				}
			}
		}
	}
	return best, at, found
}

// nearestOnSegment is the point of segment ab nearest to p.
func nearestOnSegment(a, b, p orb.Point) orb.Point {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return a
	}
	t := math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l2))
	return orb.Point{a[0] + t*dx, a[1] + t*dy}
}
