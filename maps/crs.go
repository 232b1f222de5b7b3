package maps

import "math"

// CRS is a coordinate reference system: it converts its own x/y to and from WGS84
// longitude/latitude in degrees. Making the system explicit is how drillsim avoids being
// silently wrong on Chinese data (GCJ-02 web-map exports, CGCS2000 Gauss-Krüger grids).
type CRS interface {
	// Name identifies the system for people, e.g. "WGS84", "GCJ-02", "UTM 48N".
	Name() string
	// ToLonLat converts x/y in this system to WGS84 lon/lat.
	ToLonLat(x, y float64) (lon, lat float64)
	// FromLonLat converts WGS84 lon/lat to x/y in this system.
	FromLonLat(lon, lat float64) (x, y float64)
}

// WGS84 is RFC 7946's system: x is longitude and y latitude, in degrees.
var WGS84 CRS = wgs84{}

type wgs84 struct{}

func (wgs84) Name() string                               { return "WGS84" }
func (wgs84) ToLonLat(x, y float64) (lon, lat float64)   { return x, y }
func (wgs84) FromLonLat(lon, lat float64) (x, y float64) { return lon, lat }

// WGS84 ellipsoid, shared by every conversion in this package.
const (
	wgs84A  = 6378137.0
	wgs84F  = 1 / 298.257223563
	wgs84E2 = wgs84F * (2 - wgs84F)
)

// Local is the town's metric projection: metres east (x) and north (y) of an origin,
// normally the centre of the map. It is an equirectangular projection scaled by the
// WGS84 radii of curvature at the origin, so distances are true to within 0.1% over
// 30 km, which is far finer than anything a drill decides.
type Local struct {
	Lon0, Lat0 float64 // origin in degrees
	kx, ky     float64 // metres per degree of longitude and latitude at the origin
}

// NewLocal returns the local projection centred on lon0/lat0.
func NewLocal(lon0, lat0 float64) Local {
	phi := lat0 * math.Pi / 180
	s := math.Sin(phi)
	w := 1 - wgs84E2*s*s
	n := wgs84A / math.Sqrt(w)                       // prime vertical radius
	m := wgs84A * (1 - wgs84E2) / (w * math.Sqrt(w)) // meridional radius
	return Local{Lon0: lon0, Lat0: lat0, kx: n * math.Cos(phi) * math.Pi / 180, ky: m * math.Pi / 180}
}

// Name returns "local".
func (l Local) Name() string { return "local" }

// FromLonLat projects WGS84 lon/lat to metres from the origin.
func (l Local) FromLonLat(lon, lat float64) (x, y float64) {
	return (lon - l.Lon0) * l.kx, (lat - l.Lat0) * l.ky
}

// ToLonLat inverts FromLonLat.
func (l Local) ToLonLat(x, y float64) (lon, lat float64) {
	return l.Lon0 + x/l.kx, l.Lat0 + y/l.ky
}
