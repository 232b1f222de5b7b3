package maps

import (
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// assemble turns classified, projected features into the Town's typed slices. A feature
// whose geometry does not suit its kind (a road drawn as a point) is kept as background,
// with a warning when its kind was given explicitly; polygons that have a name but no
// kind are said to be so (namedAreas). Villages drawn as points are kept as background
// too and returned, to have areas drawn around them.
func assemble(t *Town, feats []decodedFeature, opt LoadOptions) (points []placePoint) {
	var named namedAreas
	for i := range feats {
		f := &feats[i]
		if !addTyped(t, f, opt, &points) {
			t.Background = append(t.Background, Feature{Ref: f.ref, Class: backgroundClass(f.props), Geom: f.geom})
			named.note(f, t.Source)
		}
	}
	named.report(&t.Problems)
	return points
}

// addTyped adds f to the slice of its kind and reports whether it could.
func addTyped(t *Town, f *decodedFeature, opt LoadOptions, points *[]placePoint) bool {
	p, ref, ps := f.props, f.ref, &t.Problems
	mismatch := func(want string) bool {
		if !f.explicit {
			return false // an OSM place node or a landuse line: background, as OSM means it
		}
		ps.addHinted(Warning, ref, "draw it as %s to use it in drills", []any{want}, "%s drawn as %s; kept as background", f.kind, f.geom.GeoJSONType())
		return false
	}
	switch f.kind {
	case Background:
		return false
	case KindRoad:
		lines := linesOf(f.geom)
		if lines == nil {
			if _, area := f.geom.(orb.Polygon); area {
				return false // pedestrian areas and squares mapped as highway areas
			}
			return mismatch("a LineString")
		}
		for _, ls := range lines {
			t.Roads = append(t.Roads, roadOf(ref, p, ls))
		}
	case KindRiver, KindStream, KindWater:
		if _, point := f.geom.(orb.Point); point {
			return mismatch("a line or polygon")
		}
		t.Waterways = append(t.Waterways, Waterway{Ref: ref, Kind: f.kind, Name: ref.Name, Geom: f.geom})
	case KindBuilding:
		t.Buildings = append(t.Buildings, buildingOf(ref, p, f.geom, opt, ps))
	case KindVillage:
		area := areaOf(f.geom)
		if pt, ok := f.geom.(orb.Point); ok && (f.explicit || placeValues[p.str("place")]) {
			*points = append(*points, placePointOf(ref, p, pt))
			return false
		}
		if area == nil {
			return mismatch("a Polygon boundary")
		}
		origin := VillageMapped
		if f.closedAtEdge {
			origin = VillageClosedAtEdge
		}
		t.Villages = append(t.Villages, Village{Ref: ref, Name: ref.Name, Area: area,
			Population: countOr(p, "population", 0), Head: p.str("head"), Phone: p.str("phone"),
			Community: strings.HasSuffix(ref.Name, "社区") || p.str("type") == "community" || p.str("place") == "suburb",
			Origin:    origin})
	case KindShelter:
		t.Shelters = append(t.Shelters, shelterOf(ref, p, f.geom))
	case KindDepot:
		stock, bad := p.quantities("stock")
		if len(bad) > 0 {
			ps.add(Warning, ref, `write stock as {"sandbags": 2000, "boats": 2}`, "stock entries that are not counts are ignored: %s", strings.Join(bad, ", "))
		}
		t.Depots = append(t.Depots, Depot{Ref: ref, Name: ref.Name, Location: locationOf(f.geom), Stock: stock})
	case KindStation:
		units, bad := p.quantities("units")
		if len(bad) > 0 {
			ps.add(Warning, ref, `write units as {"rescue_team": 2}`, "unit entries that are not counts are ignored: %s", strings.Join(bad, ", "))
		}
		typ := p.str("type")
		if typ == "" {
			typ = p.str("amenity")
		}
		t.Stations = append(t.Stations, Station{Ref: ref, Name: ref.Name, Location: locationOf(f.geom), Type: typ, Units: units})
	case KindHazardZone:
		t.HazardZones = append(t.HazardZones, hazardZoneOf(ref, p, f.geom, ps))
	case KindLandcover:
		area := areaOf(f.geom)
		if area == nil {
			return mismatch("a Polygon")
		}
		fuel := p.str("fuel")
		if fuel == "" {
			fuel = fuelByTag[p.str("landuse")]
		}
		if fuel == "" {
			fuel = fuelByTag[p.str("natural")]
		}
		if fuel == "" {
			fuel = "grass"
			ps.add(Warning, ref, "set fuel: forest, conifer, broadleaf, bamboo, shrub, grass or farmland", "landcover without fuel; treated as grass")
		}
		t.Landcover = append(t.Landcover, Landcover{Ref: ref, Name: ref.Name, Fuel: fuel, Area: area})
	case KindLoudspeaker:
		r, ok := p.number("radius_m")
		if !ok || r <= 0 {
			r = 300
			ps.add(Warning, ref, "set radius_m to the distance at which it is heard", "loudspeaker without radius_m; assumed 300 m")
		}
		t.Loudspeakers = append(t.Loudspeakers, Loudspeaker{Ref: ref, Name: ref.Name, Location: locationOf(f.geom), RadiusM: r})
	}
	return true
}

// roadOf reads a road's tags. Speeds fall back to the class default in the network.
func roadOf(ref FeatureRef, p properties, ls orb.LineString) Road {
	class := p.str("class")
	if class == "" {
		class = p.str("highway")
	}
	r := Road{Ref: ref, Name: ref.Name, Class: class, Bridge: p.flag("bridge"), Tunnel: p.flag("tunnel"), Line: ls}
	r.SpeedKmh, _ = p.speedKmh()
	switch strings.ToLower(p.str("oneway")) {
	case "yes", "true", "1":
		r.Oneway = 1
	case "-1", "reverse":
		r.Oneway = -1
	}
	if l, ok := p.number("layer"); ok {
		r.Layer = int(l)
	}
	return r
}

// nonResidential are building=* values where nobody lives, so no population is
// estimated for them.
var nonResidential = map[string]bool{
	"garage": true, "garages": true, "shed": true, "barn": true, "industrial": true,
	"warehouse": true, "commercial": true, "retail": true, "church": true, "chapel": true,
	"cathedral": true, "temple": true, "mosque": true, "school": true, "hospital": true,
	"public": true, "government": true, "office": true, "roof": true, "farm_auxiliary": true,
	"service": true, "transformer_tower": true, "parking": true, "kiosk": true, "toilets": true,
	"stable": true, "greenhouse": true, "civic": true, "university": true, "kindergarten": true,
	"train_station": true, "sports_hall": true, "bunker": true, "ruins": true, "construction": true,
	"hangar": true, "cowshed": true, "sty": true, "silo": true, "storage_tank": true,
}

// buildingOf reads a building; population and vulnerable residents are estimated when
// the file does not give them.
func buildingOf(ref FeatureRef, p properties, g orb.Geometry, opt LoadOptions, ps *Problems) Building {
	use := p.str("use")
	if use == "" {
		use = p.str("building")
	}
	b := Building{Ref: ref, Name: ref.Name, Use: use, Village: -1, villageTag: p.str("village"), levels: storeys(p)}
	switch g := g.(type) {
	case orb.Polygon:
		b.Footprint = g
	case orb.MultiPolygon:
		b.Footprint = largestPolygon(g)
	}
	if b.Footprint != nil {
		b.Centroid, b.AreaM2 = planar.CentroidArea(b.Footprint)
	} else {
		b.Centroid = locationOf(g)
	}
	if n, ok := p.count("population"); ok {
		b.Population = n
	} else if !nonResidential[use] {
		b.Estimated = true
		if b.AreaM2 > 0 {
			b.Population = int(math.Round(b.AreaM2 * opt.PersonsPerM2))
		} else {
			b.Population = 3 // a household, for buildings mapped as points
		}
		if b.Population < 1 {
			b.Population = 1
		}
	}
	if v, ok := p.number("vulnerable"); ok && v >= 0 {
		if v > 0 && v < 1 { // a share
			v *= float64(b.Population)
		}
		b.Vulnerable = int(math.Round(v))
	} else {
		b.Vulnerable = int(math.Round(float64(b.Population) * opt.VulnerableShare))
	}
	if b.Vulnerable > b.Population {
		ps.add(Warning, ref, "vulnerable counts the elderly, children and disabled among the residents", "vulnerable (%d) is more than population (%d); capped", b.Vulnerable, b.Population)
		b.Vulnerable = b.Population
	}
	return b
}

// hazardPointRadiusM is the radius given to hazard zones mapped as points (a
// 隐患点 is often surveyed as one) when they carry no radius_m.
const hazardPointRadiusM = 50.0

func hazardZoneOf(ref FeatureRef, p properties, g orb.Geometry, ps *Problems) HazardZone {
	z := HazardZone{Ref: ref, Name: ref.Name, Hazard: p.str("hazard"), Area: areaOf(g),
		Households: countOr(p, "households", 0), People: countOr(p, "people", 0)}
	z.RunoutM, _ = p.number("runout")
	switch z.Hazard {
	case "landslide", "flood", "fire":
	default:
		ps.add(Warning, ref, "set hazard to landslide, flood or fire", "hazard zone with hazard %q; treated as landslide", z.Hazard)
		z.Hazard = "landslide"
	}
	if z.Area == nil {
		r, ok := p.number("radius_m")
		if !ok || r <= 0 {
			r = hazardPointRadiusM
			ps.add(Warning, ref, "draw the zone as a polygon, or give radius_m", "hazard zone drawn as %s; taken as a circle of %.0f m", g.GeoJSONType(), r)
		}
		z.Area = orb.MultiPolygon{circle(locationOf(g), r)}
	}
	return z
}

// circle approximates a circle of radius r around c with 24 sides.
func circle(c orb.Point, r float64) orb.Polygon {
	return orb.Polygon{regularPolygon(c, r, 24)}
}

func countOr(p properties, key string, def int) int {
	if n, ok := p.count(key); ok {
		return n
	}
	return def
}

// linesOf returns the lines of a line geometry, nil for other geometries.
func linesOf(g orb.Geometry) []orb.LineString {
	switch g := g.(type) {
	case orb.LineString:
		return []orb.LineString{g}
	case orb.MultiLineString:
		return g
	}
	return nil
}

// areaOf returns an area geometry as a MultiPolygon, nil for other geometries.
func areaOf(g orb.Geometry) orb.MultiPolygon {
	switch g := g.(type) {
	case orb.Polygon:
		return orb.MultiPolygon{g}
	case orb.MultiPolygon:
		return g
	}
	return nil
}

// locationOf is the point that stands for a feature: itself, or its centroid.
func locationOf(g orb.Geometry) orb.Point {
	if p, ok := g.(orb.Point); ok {
		return p
	}
	c, _ := planar.CentroidArea(g)
	return c
}

func largestPolygon(mp orb.MultiPolygon) orb.Polygon {
	best, bestArea := orb.Polygon(nil), -1.0
	for _, p := range mp {
		if a := planar.Area(p); a > bestArea {
			best, bestArea = p, a
		}
	}
	return best
}
