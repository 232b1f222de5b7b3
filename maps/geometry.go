package maps

import (
	"math"

	"github.com/paulmach/orb"
)

// validateGeometry checks what GeoJSON requires of a geometry: enough positions,
// closed rings with area, finite coordinates within lon/lat range. It returns the
// first problem found, described for a person (zero when there is none).
func validateGeometry(g orb.Geometry) Phrase {
	switch g := g.(type) {
	case orb.Point:
		return checkPosition(g)
	case orb.MultiPoint:
		if len(g) == 0 {
			return phrase("MultiPoint has no positions")
		}
		return checkPositions(g)
	case orb.LineString:
		return checkLine(g)
	case orb.MultiLineString:
		if len(g) == 0 {
			return phrase("MultiLineString has no lines")
		}
		for i, ls := range g {
			if msg := checkLine(ls); !msg.IsZero() {
				return phrase("line %d: %s", i, msg)
			}
		}
	case orb.Polygon:
		return checkPolygon(g)
	case orb.MultiPolygon:
		if len(g) == 0 {
			return phrase("MultiPolygon has no polygons")
		}
		for i, p := range g {
			if msg := checkPolygon(p); !msg.IsZero() {
				return phrase("polygon %d: %s", i, msg)
			}
		}
	case orb.Collection:
		for i, m := range g {
			if msg := validateGeometry(m); !msg.IsZero() {
				return phrase("member %d: %s", i, msg)
			}
		}
	}
	return Phrase{}
}

func checkPosition(p orb.Point) Phrase {
	if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.IsInf(p[0], 0) || math.IsInf(p[1], 0) {
		return phrase("a coordinate is not a finite number")
	}
	if p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
		return phrase("position [%g, %g] is outside longitude -180..180 / latitude -90..90", p[0], p[1])
	}
	return Phrase{}
}

func checkPositions(ps []orb.Point) Phrase {
	for _, p := range ps {
		if msg := checkPosition(p); !msg.IsZero() {
			return msg
		}
	}
	return Phrase{}
}

func checkLine(ls orb.LineString) Phrase {
	if len(ls) < 2 {
		return phrase("LineString has %d position(s), needs at least 2", len(ls))
	}
	if msg := checkPositions(ls); !msg.IsZero() {
		return msg
	}
	for _, p := range ls[1:] {
		if p != ls[0] {
			return Phrase{}
		}
	}
	return phrase("LineString has no length (all positions equal)")
}

func checkPolygon(p orb.Polygon) Phrase {
	if len(p) == 0 {
		return phrase("Polygon has no rings")
	}
	for i, r := range p {
		what := phrase("outer ring")
		if i > 0 {
			what = phrase("hole %d", i)
		}
		if len(r) < 4 {
			return phrase("%s has %d position(s); a ring needs at least 4 (3 corners and the first repeated)", what, len(r))
		}
		if msg := checkPositions(r); !msg.IsZero() {
			return msg
		}
		if r[0] != r[len(r)-1] {
			return phrase("%s is not closed: its last position %v differs from its first %v; repeat the first position at the end", what, r[len(r)-1], r[0])
		}
		if ringArea2(r) == 0 {
			return phrase("%s is degenerate: it encloses no area", what)
		}
	}
	return Phrase{}
}

// ringArea2 is twice the signed area of a ring (shoelace), in squared input units.
func ringArea2(r orb.Ring) float64 {
	var a float64
	for i := 0; i+1 < len(r); i++ {
		a += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return a
}

// TransformGeometry rewrites every position of g in place with f, and returns g (a
// Point, which has no place to change, as a new Point).
func TransformGeometry(g orb.Geometry, f func(x, y float64) (float64, float64)) orb.Geometry {
	each := func(ps []orb.Point) {
		for i, p := range ps {
			ps[i][0], ps[i][1] = f(p[0], p[1])
		}
	}
	switch g := g.(type) {
	case orb.Point:
		x, y := f(g[0], g[1])
		return orb.Point{x, y}
	case orb.MultiPoint:
		each(g)
	case orb.LineString:
		each(g)
	case orb.Ring:
		each(g)
	case orb.MultiLineString:
		for _, ls := range g {
			each(ls)
		}
	case orb.Polygon:
		for _, r := range g {
			each(r)
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for _, r := range p {
				each(r)
			}
		}
	case orb.Collection:
		for i, m := range g {
			g[i] = TransformGeometry(m, f)
		}
	}
	return g
}
