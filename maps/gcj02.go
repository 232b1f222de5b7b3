package maps

import "math"

// GCJ02 is the GCJ-02 ("Mars") system of Chinese web maps (Amap/Gaode, Tencent, and the
// base of Baidu's BD-09): WGS84 lon/lat shifted by the obfuscating offset that Chinese
// regulations require, typically 100 to 700 m. x is longitude and y latitude in degrees.
// Outside the usual out-of-China rectangle (longitude 72.004..137.8347, latitude
// 0.8293..55.8271) the offset is zero, as in the published implementations.
//
// FromLonLat applies the offset (WGS84 to GCJ-02); ToLonLat removes it by fixed-point
// iteration to better than 1e-9 degrees (0.1 mm).
var GCJ02 CRS = gcj02{}

type gcj02 struct{}

// Name returns "GCJ-02".
func (gcj02) Name() string { return "GCJ-02" }

// FromLonLat converts WGS84 lon/lat to GCJ-02.
func (gcj02) FromLonLat(lon, lat float64) (x, y float64) {
	dLon, dLat := gcj02Offset(lon, lat)
	return lon + dLon, lat + dLat
}

// ToLonLat converts GCJ-02 to WGS84 lon/lat: it looks for the WGS84 point whose offset
// lands on x/y, starting from x/y less the offset there.
func (gcj02) ToLonLat(x, y float64) (lon, lat float64) {
	lon, lat = x, y
	for range 30 {
		gx, gy := gcj02{}.FromLonLat(lon, lat)
		ex, ey := x-gx, y-gy
		lon, lat = lon+ex, lat+ey
		if math.Abs(ex) < 1e-10 && math.Abs(ey) < 1e-10 {
			break
		}
	}
	return lon, lat
}

// The GCJ-02 constants: the Krasovsky 1940 semi-major axis and eccentricity squared.
const (
	gcj02A  = 6378245.0
	gcj02E2 = 0.00669342162296594323
)

// gcj02Offset returns the GCJ-02 offset in degrees at WGS84 lon/lat, zero outside China.
func gcj02Offset(lon, lat float64) (dLon, dLat float64) {
	if !(lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271) {
		return 0, 0
	}
	x, y := lon-105, lat-35
	common := (20*math.Sin(6*math.Pi*x) + 20*math.Sin(2*math.Pi*x)) * 2 / 3
	dy := -100 + 2*x + 3*y + 0.2*y*y + 0.1*x*y + 0.2*math.Sqrt(math.Abs(x)) + common +
		(20*math.Sin(math.Pi*y)+40*math.Sin(math.Pi*y/3))*2/3 +
		(160*math.Sin(math.Pi*y/12)+320*math.Sin(math.Pi*y/30))*2/3
	dx := 300 + x + 2*y + 0.1*x*x + 0.1*x*y + 0.1*math.Sqrt(math.Abs(x)) + common +
		(20*math.Sin(math.Pi*x)+40*math.Sin(math.Pi*x/3))*2/3 +
		(150*math.Sin(math.Pi*x/12)+300*math.Sin(math.Pi*x/30))*2/3
	phi := lat * math.Pi / 180
	w := 1 - gcj02E2*math.Sin(phi)*math.Sin(phi)
	sw := math.Sqrt(w)
	dLat = dy * 180 / ((gcj02A * (1 - gcj02E2)) / (w * sw) * math.Pi)
	dLon = dx * 180 / (gcj02A / sw * math.Cos(phi) * math.Pi)
	return dLon, dLat
}
