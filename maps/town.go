package maps

import "github.com/paulmach/orb"

// Town is a map made ready for a drill: every feature typed and projected to metres on
// the Local projection around the map centre, the road network, a spatial index and the
// terrain. Slices are indexed by the ids the rest of drillsim uses (BuildingID is an
// index into Buildings, and so on). A Town is read-only once loaded.
type Town struct {
	// Name is the map's name (the FeatureCollection's "name" member, else the file name).
	Name string
	// Illustrative is true for maps marked 示意: generated, not surveyed.
	Illustrative bool
	// Source names where the map came from, for messages.
	Source string
	// Hash identifies the map's bytes (a short SHA-256), so records of a drill can say
	// which map it was run on.
	Hash string
	// Projection converts between the town's metres and WGS84.
	Projection Local
	// Bounds is the metric bounding box of every feature.
	Bounds orb.Bound
	// Core is the metric bounding box of the features drills act on (roads, buildings,
	// shelters, stations ...), which real exports often carry far less of than borders
	// and parks; the projection is centred on it.
	Core orb.Bound

	Roads        []Road
	Waterways    []Waterway
	Buildings    []Building
	Villages     []Village
	Shelters     []Shelter
	Depots       []Depot
	Stations     []Station
	HazardZones  []HazardZone
	Landcover    []Landcover
	Loudspeakers []Loudspeaker
	Background   []Feature

	// Network is the routable road network built from Roads.
	Network *Network
	// Index answers "what is here / within r metres".
	Index *Index
	// Places finds the features orders name, by name or OSM id, and knows the names
	// several features share.
	Places *Places
	// DEM is the terrain, nil when the map came without one.
	DEM *DEM
	// Problems lists what the loader found wrong or doubtful, in input order.
	Problems Problems

	// sources are the features as their files have them, when kept (KeepSources).
	sources map[sourceKey]SourceFeature
}

// Road is one road LineString: the input of the road network.
type Road struct {
	Ref      FeatureRef
	Name     string
	Class    string  // OSM highway value or the `class` property: primary, residential, footway ...
	SpeedKmh float64 // free-flow speed: the speed_kmh/maxspeed property, else by class
	// Oneway is 0 for two-way roads, +1 for travel along the line only, -1 against it only.
	Oneway int8
	Bridge bool
	Tunnel bool
	Layer  int
	Line   orb.LineString // metres
}

// Waterway is a river or stream line, or a water area.
type Waterway struct {
	Ref  FeatureRef
	Kind Kind // KindRiver, KindStream or KindWater
	Name string
	Geom orb.Geometry // LineString/MultiLineString for rivers and streams, Polygon/MultiPolygon for water
}

// Building is a house, school or any other building and the people who live in it.
type Building struct {
	Ref       FeatureRef
	Name      string
	Use       string // the building=* value or `use` property: house, school, residential ...
	Footprint orb.Polygon
	Centroid  orb.Point
	AreaM2    float64
	// Population is the number of residents; Estimated says it came from the footprint.
	Population int
	Estimated  bool
	// Vulnerable counts the elderly, children and disabled among the residents.
	Vulnerable int
	// Village is the index in Town.Villages of the village containing the building, -1 if none.
	Village int

	villageTag string  // the `village` property, matched to a village by name
	levels     float64 // storeys (building:levels), 1 when unknown
}

// Village is a village (村) or community (社区) area.
type Village struct {
	Ref        FeatureRef
	Name       string
	Area       orb.MultiPolygon
	Population int    // the property, else the sum over its buildings
	Head       string // 村支书
	Phone      string
	Community  bool // a 社区 rather than a 村
	// Origin says where Area came from: a mapped boundary, one the extract's edge cut
	// and the loader closed, or an area drawn around a place point.
	Origin VillageOrigin

	seat   orb.Point // the place point of a village drawn around one
	areaM2 float64   // the area's size, to find the most specific village of a point
}

// VillageOrigin says where a village's area came from.
type VillageOrigin uint8

const (
	// VillageMapped is a boundary drawn in the map.
	VillageMapped VillageOrigin = iota
	// VillageClosedAtEdge is a boundary the extract's edge cut open, closed along the edge.
	VillageClosedAtEdge
	// VillageAroundPoint is an area drawn around a place point where no boundary is mapped.
	VillageAroundPoint
)

// String says where the area came from, Chinese first.
func (o VillageOrigin) String() string {
	switch o {
	case VillageClosedAtEdge:
		return "边缘闭合 closed at the extract's edge"
	case VillageAroundPoint:
		return "地名点推算 drawn around a place point"
	}
	return "村界 mapped boundary"
}

// Shelter is a place evacuees go: a school, a square, the town hall.
type Shelter struct {
	Ref      FeatureRef
	Name     string
	Location orb.Point
	Capacity int
	// CapacityFrom says how Capacity was found when the map does not give it: "" when
	// it does, else what it was estimated from (a footprint, the buildings in the
	// grounds, or nothing), said as a Phrase.
	CapacityFrom Phrase
	Type         string // school, square, assembly_point, shelter ...

	estimate bool        // the map gives no capacity
	grounds  orb.Polygon // the shelter's own polygon, nil for a point
	indoor   bool        // the polygon is a building's footprint
	levels   float64     // its storeys (building:levels), 1 when unknown
}

// Quantity is a named count: stock in a depot, units at a station.
type Quantity struct {
	Item  string `json:"item"`
	Count int    `json:"count"`
}

// Depot is a materials store (物资储备点) and what it holds, sorted by item.
type Depot struct {
	Ref      FeatureRef
	Name     string
	Location orb.Point
	Stock    []Quantity
}

// Station is a base of responders or services: fire station, hospital, police,
// town hall (command post), rescue team base.
type Station struct {
	Ref      FeatureRef
	Name     string
	Location orb.Point
	Type     string     // fire_station, hospital, police, townhall, rescue ...
	Units    []Quantity // units based here, sorted by item
}

// HazardZone is a 地质灾害隐患点 or other mapped hazard area and who it threatens.
type HazardZone struct {
	Ref        FeatureRef
	Name       string
	Hazard     string // landslide, flood or fire
	Area       orb.MultiPolygon
	Households int
	People     int
	// RunoutM is how far a landslide travels beyond the zone, in metres (0 when unknown).
	RunoutM float64
}

// Landcover is vegetation or land use that can burn.
type Landcover struct {
	Ref  FeatureRef
	Name string
	Fuel string // forest, conifer, broadleaf, shrub, grass, farmland ...
	Area orb.MultiPolygon
}

// Loudspeaker is a village broadcast loudspeaker (大喇叭) and its audible radius.
type Loudspeaker struct {
	Ref      FeatureRef
	Name     string
	Location orb.Point
	RadiusM  float64
}

// Feature is anything else on the map, kept as background to draw.
type Feature struct {
	Ref   FeatureRef
	Class string // the tag that best describes it, such as "natural=peak"
	Geom  orb.Geometry
}
