package maps

import (
	"math"

	"github.com/paulmach/orb"
)

// mendEdgeCuts deals with the areas an extract's edge cut open: OpenStreetMap
// relations (and the ways of areas) that run beyond the edge arrive with rings that do
// not close. A village's boundary is closed along the edge (closeAlongFrame), so that
// the buildings inside it still know their village; any other area keeps its whole
// polygons and leaves out the open ones, with a warning. Only files that come from
// OpenStreetMap (fromOSM) are mended, whatever kind a manifest gives them: elsewhere an
// open ring is a drawing mistake, which keepValid reports. frame is the extract's box in
// lon/lat.
func mendEdgeCuts(feats []decodedFeature, frame orb.Bound, fromOSM bool, ps *Problems) []decodedFeature {
	if !fromOSM {
		return feats
	}
	var placeAt map[string]orb.Point
	var background []FeatureRef
	kept := feats[:0]
	for _, f := range feats {
		mp := areaOf(f.geom)
		if mp == nil || !hasOpenRing(mp) {
			kept = append(kept, f)
			continue
		}
		if f.kind == KindVillage {
			hint := f.hint
			if hint == nil && f.ref.Name != "" {
				if placeAt == nil {
					placeAt = placePoints(feats)
				}
				if p, ok := placeAt[f.ref.Name]; ok {
					hint = &p
				}
			}
			if closed := closeVillage(mp, frame, hint); closed != nil {
				f.geom, f.closedAtEdge = closed, true // finishVillages says so, or leaves it out
				kept = append(kept, f)
				continue
			}
		}
		whole := wholePolygons(mp)
		if len(whole) > 0 {
			f.geom = whole
			kept = append(kept, f)
		}
		switch {
		case f.kind == Background:
			background = append(background, f.ref)
		case len(whole) > 0:
			ps.add(Warning, f.ref, "nothing to do unless the drill needs it whole; then extract a larger area",
				"被数据边缘截断 — parts of this %s run beyond the extract's edge and are left out", f.kind)
		default:
			ps.add(Warning, f.ref, "nothing to do unless the drill needs it; then extract a larger area",
				"被数据边缘截断，已略去 — this %s runs beyond the extract's edge and is left out", f.kind)
		}
	}
	if len(background) > 0 {
		ps.add(Warning, WholeMap, "nothing to do: they are only drawn",
			"数据边缘截断的背景区域 — %d background areas run beyond the extract's edge and are left out or drawn in part: %s", len(background), ListSome(background, 4))
	}
	return kept
}

// hasOpenRing reports whether any ring of mp does not close.
func hasOpenRing(mp orb.MultiPolygon) bool {
	for _, p := range mp {
		for _, r := range p {
			if len(r) >= 2 && !isClosed(r) {
				return true
			}
		}
	}
	return false
}

// wholePolygons returns mp's polygons whose outer ring closes, without their open holes.
func wholePolygons(mp orb.MultiPolygon) orb.MultiPolygon {
	var out orb.MultiPolygon
	for _, p := range mp {
		if len(p) > 0 && isClosed(p[0]) {
			out = append(out, withClosedHoles(p[0], p[1:]))
		}
	}
	return out
}

// isClosed reports whether a ring ends where it starts.
func isClosed(r orb.Ring) bool { return len(r) >= 2 && r[0] == r[len(r)-1] }

// withClosedHoles is the polygon of outer and those of holes that close.
func withClosedHoles(outer orb.Ring, holes []orb.Ring) orb.Polygon {
	p := orb.Polygon{outer}
	for _, h := range holes {
		if isClosed(h) {
			p = append(p, h)
		}
	}
	return p
}

// closeVillage closes every open outer ring of a village's boundary along the frame and
// drops its open holes. It returns nil when a ring cannot be closed into an area.
func closeVillage(mp orb.MultiPolygon, frame orb.Bound, hint *orb.Point) orb.MultiPolygon {
	var out orb.MultiPolygon
	for _, p := range mp {
		if len(p) == 0 || len(p[0]) < 2 {
			continue
		}
		outer := p[0]
		if !isClosed(outer) {
			if outer = closeAlongFrame(orb.LineString(outer), frame, hint); outer == nil {
				return nil
			}
		}
		out = append(out, withClosedHoles(outer, p[1:]))
	}
	return out
}

// closeAlongFrame closes an open boundary chain whose missing part lies beyond the
// frame (the extract's box): from the chain's last point to the nearest point of the
// frame, along the frame's sides past its corners, and back from the frame to the
// chain's first point. Of the two ways round the frame it takes the one whose ring
// holds hint, a point known to be inside (the relation's label or admin_centre node, or
// the place node of the same name); without one, the ring of smaller area, since a
// boundary cut by the edge mostly lies beyond it. It returns nil when the chain
// encloses no area.
func closeAlongFrame(chain orb.LineString, frame orb.Bound, hint *orb.Point) orb.Ring {
	if len(chain) < 2 {
		return nil
	}
	if frame.Max[0] <= frame.Min[0] || frame.Max[1] <= frame.Min[1] {
		straight := append(orb.Ring(append(orb.LineString(nil), chain...)), chain[0])
		if ringArea2(straight) == 0 {
			return nil
		}
		return straight
	}
	way := func(ccw bool) orb.Ring {
		r := orb.Ring(append(orb.LineString(nil), chain...))
		r = append(r, framePath(chain[len(chain)-1], chain[0], frame, ccw)...)
		return append(r, chain[0])
	}
	a, b := way(true), way(false)
	if math.Abs(ringArea2(b)) < math.Abs(ringArea2(a)) {
		a, b = b, a
	}
	if hint != nil && !ringContains(a, *hint) && ringContains(b, *hint) {
		a = b
	}
	if ringArea2(a) == 0 {
		return nil
	}
	return a
}

// framePath returns the points from a to b along the frame: a's nearest point on the
// frame, the corners passed going counter-clockwise (ccw) or clockwise, and b's nearest
// point on the frame.
func framePath(a, b orb.Point, frame orb.Bound, ccw bool) []orb.Point {
	per := perimeter(frame)
	ta, pa := onFrame(a, frame)
	tb, pb := onFrame(b, frame)
	path := []orb.Point{pa}
	corners := [4]orb.Point{frame.Min, {frame.Max[0], frame.Min[1]}, frame.Max, {frame.Min[0], frame.Max[1]}}
	cornerT := [4]float64{0, frame.Max[0] - frame.Min[0], frame.Max[0] - frame.Min[0] + frame.Max[1] - frame.Min[1], per - (frame.Max[1] - frame.Min[1])}
	// dist is how far along the frame t lies from ta in the direction of travel.
	dist := func(t float64) float64 {
		d := t - ta
		if !ccw {
			d = -d
		}
		return math.Mod(d+2*per, per)
	}
	end := dist(tb)
	if end == 0 && pa != pb {
		end = per
	}
	type stop struct {
		d float64
		p orb.Point
	}
	var stops []stop
	for i, t := range cornerT {
		if d := dist(t); d > 0 && d < end {
			stops = append(stops, stop{d, corners[i]})
		}
	}
	for i := 1; i < len(stops); i++ { // at most four: insertion sort
		for j := i; j > 0 && stops[j].d < stops[j-1].d; j-- {
			stops[j], stops[j-1] = stops[j-1], stops[j]
		}
	}
	for _, s := range stops {
		path = append(path, s.p)
	}
	if pb != pa {
		path = append(path, pb)
	}
	return path
}

// perimeter is the length of the frame's boundary.
func perimeter(frame orb.Bound) float64 {
	return 2 * (frame.Max[0] - frame.Min[0] + frame.Max[1] - frame.Min[1])
}

// onFrame returns the point of the frame's boundary nearest p and its position along
// the boundary, measured counter-clockwise from the south-west corner.
func onFrame(p orb.Point, f orb.Bound) (t float64, q orb.Point) {
	x := math.Min(math.Max(p[0], f.Min[0]), f.Max[0])
	y := math.Min(math.Max(p[1], f.Min[1]), f.Max[1])
	w, h := f.Max[0]-f.Min[0], f.Max[1]-f.Min[1]
	// Inside (or clamped onto the box): move to the nearest side.
	dl, dr, db, dt := x-f.Min[0], f.Max[0]-x, y-f.Min[1], f.Max[1]-y
	switch m := math.Min(math.Min(dl, dr), math.Min(db, dt)); m {
	case db:
		return x - f.Min[0], orb.Point{x, f.Min[1]}
	case dr:
		return w + (y - f.Min[1]), orb.Point{f.Max[0], y}
	case dt:
		return w + h + (f.Max[0] - x), orb.Point{x, f.Max[1]}
	default:
		return 2*w + h + (f.Max[1] - y), orb.Point{f.Min[0], y}
	}
}

// placePoints maps the names of place points (place=village and the like, drawn as
// points) to where they are: inside the boundary of the same name.
func placePoints(feats []decodedFeature) map[string]orb.Point {
	at := map[string]orb.Point{}
	for _, f := range feats {
		if p, ok := f.geom.(orb.Point); ok && f.props.has("place") && f.ref.Name != "" {
			if _, dup := at[f.ref.Name]; !dup {
				at[f.ref.Name] = p
			}
		}
	}
	return at
}
