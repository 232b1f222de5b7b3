package maps

import "github.com/paulmach/osm"

// osmAreaKeys are the tags whose closed ways are areas whatever their value, except the
// values listed as lines (after the rules osmtogeojson and the iD editor share).
var osmAreaKeys = map[string]map[string]bool{
	"building":         nil,
	"building:part":    nil,
	"landuse":          nil,
	"amenity":          nil,
	"leisure":          {"track": true, "slipway": true},
	"place":            nil,
	"boundary":         nil,
	"shop":             nil,
	"office":           nil,
	"tourism":          nil,
	"historic":         {"citywalls": true},
	"military":         {"trench": true},
	"craft":            nil,
	"emergency":        nil,
	"healthcare":       nil,
	"public_transport": nil,
	"area:highway":     nil,
	"indoor":           nil,
	"water":            nil,
	"wetland":          nil,
	"natural":          {"coastline": true, "cliff": true, "ridge": true, "arete": true, "tree_row": true, "valley": true, "gorge": true},
	"man_made":         {"cutline": true, "embankment": true, "pipeline": true, "breakwater": true, "groyne": true, "dyke": true},
	"aeroway":          {"taxiway": true, "runway": true},
	"barrier":          {"city_wall": true, "ditch": true, "hedge": true, "retaining_wall": true, "wall": true, "fence": true, "kerb": true, "guard_rail": true, "handrail": true},
}

// osmAreaValues are key=value pairs whose closed ways are areas where the key alone
// does not make one.
var osmAreaValues = map[string]map[string]bool{
	"waterway": {"riverbank": true, "dock": true, "boatyard": true, "dam": true},
	"railway":  {"platform": true, "station": true, "turntable": true, "roundhouse": true},
	"power":    {"plant": true, "substation": true, "generator": true, "transformer": true},
	"highway":  {"rest_area": true, "services": true, "platform": true},
}

// isOSMArea reports whether a closed way with these tags is an area (a polygon) rather
// than a closed line such as a roundabout or a fence around a field.
func isOSMArea(tags osm.Tags) bool {
	switch tags.Find("area") {
	case "yes":
		return true
	case "no":
		return false
	}
	for _, t := range tags {
		if lines, ok := osmAreaKeys[t.Key]; ok && t.Value != "no" && !lines[t.Value] {
			return true
		}
		if osmAreaValues[t.Key][t.Value] {
			return true
		}
	}
	return false
}
