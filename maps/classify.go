package maps

import "strconv"

// Evacuation shelters by OSM tags: schools and halls where people can stay
// (school, college, university, community_centre, events_venue; sports halls; not
// sports centres, which are as often ski areas and race tracks) and assembly points. amenity=shelter is not among them: it tags bus-stop
// roofs, picnic shelters and mountain huts (shelter_type=basic_hut, weather_shelter,
// lean_to ...), where no evacuee goes, so it stays background unless kind says shelter.

// classify decides what a feature means: its `kind` property when present, otherwise
// its OpenStreetMap tags (DESIGN.md's map table), so a raw OSM export works as it is.
// It returns Background for anything it does not know, with ok=false only when a
// `kind` property names no known kind.
func classify(p properties) (k Kind, ok bool) {
	if p.has("kind") {
		return ParseKind(p.str("kind"))
	}
	return classifyOSM(p), true
}

// nonRoadHighways are highway=* values that are not travelled ways (points, areas,
// ways not built yet).
var nonRoadHighways = map[string]bool{
	"bus_stop": true, "crossing": true, "street_lamp": true, "traffic_signals": true,
	"turning_circle": true, "turning_loop": true, "stop": true, "give_way": true,
	"milestone": true, "speed_camera": true, "motorway_junction": true, "elevator": true,
	"proposed": true, "construction": true, "abandoned": true, "platform": true,
	"raceway": true, "rest_area": true, "services": true, "emergency_access_point": true,
	"mini_roundabout": true, "passing_place": true, "razed": true, "disused": true,
}

// placeValues are the place=* values whose points become villages when no boundary
// of theirs is mapped (isolated dwellings, one farm each, do not).
var placeValues = map[string]bool{
	"village": true, "hamlet": true, "town": true, "suburb": true, "neighbourhood": true, "quarter": true,
}

// fuelByTag maps landuse/natural values to the fuel a fire model burns.
var fuelByTag = map[string]string{
	"forest": "forest", "wood": "forest", "scrub": "shrub", "heath": "shrub",
	"grassland": "grass", "grass": "grass", "meadow": "grass", "farmland": "farmland",
	"orchard": "farmland", "vineyard": "farmland", "bamboo": "bamboo",
}

func classifyOSM(p properties) Kind {
	if hw := p.str("highway"); hw != "" && !nonRoadHighways[hw] {
		return KindRoad
	}
	switch p.str("waterway") {
	case "river", "canal":
		return KindRiver
	case "stream", "brook", "drain", "ditch":
		return KindStream
	case "riverbank":
		return KindWater
	}
	if p.str("natural") == "water" || p.str("landuse") == "reservoir" || p.str("landuse") == "basin" {
		return KindWater
	}
	amenity := p.str("amenity")
	switch amenity {
	case "school", "college", "university", "community_centre", "events_venue":
		return KindShelter
	case "fire_station", "hospital", "police", "townhall":
		return KindStation
	}
	if p.str("leisure") == "sports_hall" {
		return KindShelter
	}
	if p.str("emergency") == "assembly_point" {
		return KindShelter
	}
	if b := p.str("building"); b != "" && b != "no" {
		return KindBuilding
	}
	switch p.str("place") {
	case "village", "hamlet", "town", "suburb", "neighbourhood", "quarter", "isolated_dwelling":
		return KindVillage
	}
	if p.str("boundary") == "administrative" {
		// Townships, villages and parishes are level 7 and below; regions and
		// countries above are not places a drill warns.
		if lvl, err := strconv.Atoi(p.str("admin_level")); err == nil && lvl >= 7 {
			return KindVillage
		}
	}
	if _, ok := fuelByTag[p.str("landuse")]; ok {
		return KindLandcover
	}
	if _, ok := fuelByTag[p.str("natural")]; ok {
		return KindLandcover
	}
	return Background
}

// backgroundClass names what a background feature is by its most telling tag.
func backgroundClass(p properties) string {
	for _, key := range []string{"kind", "natural", "landuse", "leisure", "amenity", "highway", "waterway", "place", "boundary", "railway", "man_made", "tourism", "shop", "power", "historic", "barrier"} {
		if v := p.str(key); v != "" {
			return key + "=" + v
		}
	}
	return ""
}
