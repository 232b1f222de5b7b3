package maps

import (
	"math"
	"testing"
)

// TestGCJ02PublishedPair checks the reference pair of the open implementations
// (eviltransform and its ports): WGS84 39.915°N 116.404°E is GCJ-02
// 39.91640428150164°N 116.41024449916938°E.
func TestGCJ02PublishedPair(t *testing.T) {
	x, y := GCJ02.FromLonLat(116.404, 39.915)
	if math.Abs(x-116.41024449916938) > 1e-12 || math.Abs(y-39.91640428150164) > 1e-12 {
		t.Errorf("GCJ-02 of Beijing = %.14f %.14f, want 116.41024449916938 39.91640428150164", x, y)
	}
	lon, lat := GCJ02.ToLonLat(116.41024449916938, 39.91640428150164)
	if math.Abs(lon-116.404) > 1e-7 || math.Abs(lat-39.915) > 1e-7 {
		t.Errorf("WGS84 back = %.9f %.9f, want 116.404 39.915", lon, lat)
	}
}

// TestGCJ02Sichuan checks, over Sichuan and Chongqing (福宝镇 lies at about 106.0°E
// 28.8°N), that the offset is in the 100-700 m range of the published descriptions and
// that ToLonLat inverts FromLonLat to better than 1e-7 degrees.
func TestGCJ02Sichuan(t *testing.T) {
	for lon := 98.0; lon <= 108.5; lon += 0.5 {
		for lat := 26.0; lat <= 34; lat += 0.5 {
			x, y := GCJ02.FromLonLat(lon, lat)
			l := NewLocal(lon, lat)
			if off := math.Hypot((x-lon)*l.kx, (y-lat)*l.ky); off < 100 || off > 700 {
				t.Errorf("offset at %g,%g = %.0f m, want 100..700 m", lon, lat, off)
			}
			lon2, lat2 := GCJ02.ToLonLat(x, y)
			if math.Abs(lon2-lon) > 1e-7 || math.Abs(lat2-lat) > 1e-7 {
				t.Errorf("round trip of %g,%g = %.10f,%.10f", lon, lat, lon2, lat2)
			}
		}
	}
}

func TestGCJ02OutsideChina(t *testing.T) {
	for _, p := range [][2]float64{{1.52, 42.51}, {139.69, 35.69}, {16.37, 48.21}, {-74, 40.7}, {math.NaN(), 30}} {
		x, y := GCJ02.FromLonLat(p[0], p[1])
		if (x != p[0] || y != p[1]) && !math.IsNaN(p[0]) {
			t.Errorf("GCJ-02 of %v = %v,%v; want no offset outside China", p, x, y)
		}
		lon, lat := GCJ02.ToLonLat(p[0], p[1])
		if (lon != p[0] || lat != p[1]) && !math.IsNaN(p[0]) {
			t.Errorf("WGS84 of GCJ-02 %v = %v,%v; want no offset outside China", p, lon, lat)
		}
	}
	if GCJ02.Name() != "GCJ-02" {
		t.Errorf("Name = %q", GCJ02.Name())
	}
}
