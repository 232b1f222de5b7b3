package mapgen

import (
	"math"

	"drillsim/maps"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// coordDecimals is how many decimals of a degree coordinates keep: 1e-7° is about
// 1 cm, far finer than the map, and keeps the embedded file small.
const coordDecimals = 1e7

// emitter turns a tile's local geometry into WGS84 GeoJSON features.
type emitter struct {
	proj maps.Local
	fc   *geojson.FeatureCollection
}

// lonLat converts a county-metre point to rounded WGS84 lon/lat. Equal inputs give
// equal outputs, so shared vertices stay shared.
func (e *emitter) lonLat(p orb.Point) orb.Point {
	lon, lat := e.proj.ToLonLat(p[0], p[1])
	return orb.Point{math.Round(lon*coordDecimals) / coordDecimals, math.Round(lat*coordDecimals) / coordDecimals}
}

func (e *emitter) line(c orb.Point, ls orb.LineString) orb.LineString {
	out := make(orb.LineString, len(ls))
	for i, p := range ls {
		out[i] = e.lonLat(orb.Point{p[0] + c[0], p[1] + c[1]})
	}
	return out
}

func (e *emitter) polygon(c orb.Point, r orb.Ring) orb.Polygon {
	return orb.Polygon{orb.Ring(e.line(c, orb.LineString(r)))}
}

func (e *emitter) point(c orb.Point, p orb.Point) orb.Point {
	return e.lonLat(orb.Point{p[0] + c[0], p[1] + c[1]})
}

func (e *emitter) add(g orb.Geometry, kind maps.Kind, props geojson.Properties) {
	f := geojson.NewFeature(g)
	props["kind"] = kind.String()
	f.Properties = props
	e.fc.Append(f)
}

// emitTile appends a tile's features in drawing order: areas first, points last.
func (e *emitter) emitTile(t *tile) {
	c := t.v.centre
	for _, a := range t.villages {
		e.add(e.polygon(c, a.ring(t.v)), maps.KindVillage, geojson.Properties{
			"name": a.name, "population": a.population, "head": a.head, "phone": a.phone})
	}
	for _, l := range t.landcover {
		e.add(e.polygon(c, l.ring), maps.KindLandcover, geojson.Properties{"name": l.name, "fuel": l.fuel})
	}
	e.add(e.line(c, t.river), maps.KindRiver, geojson.Properties{"name": t.prefix + "大漕河"})
	for i, s := range t.streams {
		e.add(e.line(c, s), maps.KindStream, geojson.Properties{"name": t.prefix + t.v.streams[i].name})
	}
	for _, r := range t.roads {
		e.add(e.line(c, r.line), maps.KindRoad, roadProperties(r))
	}
	for i := range t.buildings {
		b := &t.buildings[i]
		props := geojson.Properties{"use": b.use, "population": b.population, "vulnerable": b.vulnerable, "village": t.villages[b.village].name}
		if b.name != "" {
			props["name"] = b.name
		}
		e.add(e.polygon(c, b.footprint()), maps.KindBuilding, props)
	}
	for _, z := range t.hazards {
		props := geojson.Properties{"name": z.name, "hazard": z.hazard, "households": z.households, "people": z.people}
		if z.hazard == hazardLandslide {
			props["runout"] = z.runoutM
		}
		e.add(e.polygon(c, z.ring), maps.KindHazardZone, props)
	}
	for _, s := range t.shelters {
		e.add(e.point(c, s.at), maps.KindShelter, geojson.Properties{"name": s.name, "type": s.typ, "capacity": s.capacity})
	}
	for _, d := range t.depots {
		e.add(e.point(c, d.at), maps.KindDepot, geojson.Properties{"name": d.name, "stock": d.stock})
	}
	for _, s := range t.stations {
		e.add(e.point(c, s.at), maps.KindStation, geojson.Properties{"name": s.name, "type": s.typ, "units": s.units})
	}
	for _, s := range t.speakers {
		e.add(e.point(c, s.at), maps.KindLoudspeaker, geojson.Properties{"name": s.name, "radius_m": s.radiusM})
	}
}

// roadProperties returns a road's GeoJSON properties.
func roadProperties(r road) geojson.Properties {
	p := geojson.Properties{"class": r.class, "speed_kmh": r.speedKmh, "oneway": false, "bridge": r.bridge}
	if r.name != "" {
		p["name"] = r.name
	}
	return p
}
