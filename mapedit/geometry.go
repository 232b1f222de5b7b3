package mapedit

import (
	"strconv"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// geometryJSON writes g (town metres) as a GeoJSON geometry in coordinate system crs
// (nil: WGS84 lon/lat): to 7 decimals in degrees (a centimetre), 3 in metres (a
// millimetre). A MultiPolygon of one polygon is written as a Polygon.
func (d *Doc) geometryJSON(g orb.Geometry, crs maps.CRS) []byte {
	proj := d.town.Projection
	decimals := 7
	if crs != nil && crs.Name() != maps.WGS84.Name() && crs.Name() != maps.GCJ02.Name() {
		decimals = 3
	}
	toFile := func(p orb.Point) orb.Point {
		lon, lat := proj.ToLonLat(p[0], p[1])
		if crs != nil {
			lon, lat = crs.FromLonLat(lon, lat)
		}
		return orb.Point{lon, lat}
	}
	var b []byte
	point := func(p orb.Point) {
		q := toFile(p)
		b = append(b, '[')
		b = strconv.AppendFloat(b, roundTo(q[0], decimals), 'f', -1, 64)
		b = append(b, ", "...)
		b = strconv.AppendFloat(b, roundTo(q[1], decimals), 'f', -1, 64)
		b = append(b, ']')
	}
	ring := func(r orb.Ring) {
		b = append(b, '[')
		for i, p := range r {
			if i > 0 {
				b = append(b, ", "...)
			}
			point(p)
		}
		b = append(b, ']')
	}
	polygon := func(p orb.Polygon) {
		b = append(b, '[')
		for i, r := range p {
			if i > 0 {
				b = append(b, ", "...)
			}
			ring(r)
		}
		b = append(b, ']')
	}
	switch g := g.(type) {
	case orb.Point:
		b = append(b, `{"type": "Point", "coordinates": `...)
		point(g)
	case orb.Polygon:
		b = append(b, `{"type": "Polygon", "coordinates": `...)
		polygon(g)
	case orb.MultiPolygon:
		if len(g) == 1 {
			b = append(b, `{"type": "Polygon", "coordinates": `...)
			polygon(g[0])
			break
		}
		b = append(b, `{"type": "MultiPolygon", "coordinates": [`...)
		for i, p := range g {
			if i > 0 {
				b = append(b, ", "...)
			}
			polygon(p)
		}
		b = append(b, ']')
	default:
		return []byte("null")
	}
	return append(b, '}')
}

// roundTo rounds x to n decimals.
func roundTo(x float64, n int) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
	return f
}

// translate moves every position of g (changed in place) by (dx, dy).
func translate(g orb.Geometry, dx, dy float64) orb.Geometry {
	return maps.TransformGeometry(g, func(x, y float64) (float64, float64) { return x + dx, y + dy })
}
