package maps

import (
	"math"
	"testing"
	"time"
)

// TestUTMPublishedExample checks the worked example of GeographicLib's GeoConvert manual:
// 33.3°N 44.4°E is "38n 444140.54 3684706.36".
func TestUTMPublishedExample(t *testing.T) {
	utm := UTM(38, true)
	x, y := utm.FromLonLat(44.4, 33.3)
	if math.Abs(x-444140.54) > 0.01 || math.Abs(y-3684706.36) > 0.01 {
		t.Errorf("UTM 38N of 44.4E 33.3N = %.3f %.3f, want 444140.54 3684706.36", x, y)
	}
	lon, lat := utm.ToLonLat(444140.54, 3684706.36)
	if math.Abs(lon-44.4) > 1e-7 || math.Abs(lat-33.3) > 1e-7 {
		t.Errorf("inverse = %.9f %.9f, want 44.4 33.3", lon, lat)
	}
}

// TestTransverseMercatorMeridianQuadrant checks the series' scale: on the central
// meridian with scale 1 the northing of the pole is the WGS84 meridian quadrant,
// 10,001,965.729 m, and the equator is at the false origin.
func TestTransverseMercatorMeridianQuadrant(t *testing.T) {
	gk := GaussKruger(105, false, 35)
	if x, y := gk.FromLonLat(105, 90); math.Abs(x-500000) > 1e-6 || math.Abs(y-10001965.7293) > 0.001 {
		t.Errorf("pole = %.4f %.4f, want 500000 10001965.7293", x, y)
	}
	if x, y := gk.FromLonLat(105, 0); x != 500000 || y != 0 {
		t.Errorf("equator on the central meridian = %v %v, want 500000 0", x, y)
	}
	if x, y := UTM(48, false).FromLonLat(105, 0); x != 500000 || y != 10_000_000 {
		t.Errorf("UTM 48S equator = %v %v, want 500000 10000000", x, y)
	}
}

func TestGaussKrugerZonePrefix(t *testing.T) {
	plain := GaussKruger(105, false, 35)
	prefixed := GaussKruger(105, true, 35)
	x0, y0 := plain.FromLonLat(104.2, 29.1)
	x1, y1 := prefixed.FromLonLat(104.2, 29.1)
	if x1-x0 != 35_000_000 || y1 != y0 {
		t.Errorf("prefixed %v,%v vs plain %v,%v: want the easting 35,000,000 larger", x1, y1, x0, y0)
	}
	if x0 >= 500000 || x0 < 400000 {
		t.Errorf("easting %v west of CM 105 at 104.2E, want 400..500 km", x0)
	}
	if got := prefixed.Name(); got != "CGCS2000 Gauss-Krüger zone 35 (CM 105°E, zone-prefixed eastings)" {
		t.Errorf("Name = %q", got)
	}
	if got := UTM(48, true).Name(); got != "UTM 48N" {
		t.Errorf("Name = %q, want UTM 48N", got)
	}
}

// TestTransverseMercatorRoundTrip checks forward then inverse, and inverse then forward,
// agree to well under a millimetre across a zone and beyond, in both hemispheres.
func TestTransverseMercatorRoundTrip(t *testing.T) {
	for _, tm := range []TransverseMercator{UTM(31, true), UTM(48, true), UTM(19, false), GaussKruger(105, true, 35), GaussKruger(75, false, 13)} {
		hemi := 1.0
		if tm.FalseNorthing != 0 {
			hemi = -1
		}
		for lat := 0.0; lat <= 84; lat += 6 {
			for dl := -4.5; dl <= 4.5; dl += 0.75 {
				lon, la := tm.CentralMeridian+dl, hemi*lat
				x, y := tm.FromLonLat(lon, la)
				lon2, lat2 := tm.ToLonLat(x, y)
				l := NewLocal(lon, la)
				ex, ey := (lon2-lon)*l.kx, (lat2-la)*l.ky
				if math.Hypot(ex, ey) > 1e-4 {
					t.Errorf("%s: %g,%g -> %.4f,%.4f -> off by %.2g m", tm.Name(), lon, la, x, y, math.Hypot(ex, ey))
				}
				x2, y2 := tm.FromLonLat(tm.ToLonLat(x+123.4, y-567.8))
				if math.Hypot(x2-x-123.4, y2-y+567.8) > 1e-4 {
					t.Errorf("%s: inverse then forward off by %.2g m", tm.Name(), math.Hypot(x2-x-123.4, y2-y+567.8))
				}
			}
		}
	}
}

// TestTransverseMercatorScale checks the point scale at the edge of a UTM zone, 3° east
// of the central meridian at 30°N: k ≈ k0(1 + (λ cos φ)²/2) = 1.00063, measured along a
// short east-west step (which the grid shows turned by the meridian convergence).
func TestTransverseMercatorScale(t *testing.T) {
	utm := UTM(48, true)
	lam := 3 * math.Pi / 180 * math.Cos(30*math.Pi/180)
	want := 0.9996 * (1 + lam*lam/2)
	x0, y0 := utm.FromLonLat(108, 30)
	x1, y1 := utm.FromLonLat(108.001, 30)
	got := math.Hypot(x1-x0, y1-y0) / (0.001 * NewLocal(108, 30).kx)
	if math.Abs(got-want) > 1e-5 {
		t.Errorf("scale at the zone edge = %.6f, want about %.6f", got, want)
	}
}

// BenchmarkTransverseMercator projects and unprojects points in a zone and reports the
// cost against the Local equirectangular projection as x_vs_local.
func BenchmarkTransverseMercator(b *testing.B) {
	tm := UTM(48, true)
	loc := NewLocal(105, 29)
	const n = 1024
	var sink float64
	var base time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i := range n {
			lon, lat := 103.5+3*float64(i)/n, 28+2*float64(i%97)/97
			x, y := tm.FromLonLat(lon, lat)
			lon, lat = tm.ToLonLat(x, y)
			sink += lon + lat
		}
		b.StopTimer()
		start := time.Now()
		for i := range n {
			lon, lat := 103.5+3*float64(i)/n, 28+2*float64(i%97)/97
			x, y := loc.FromLonLat(lon, lat)
			lon, lat = loc.ToLonLat(x, y)
			sink += lon + lat
		}
		base += time.Since(start)
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed())/float64(2*b.N*n), "ns/conversion")
	b.ReportMetric(float64(b.Elapsed())/float64(base), "x_vs_local")
	if math.IsNaN(sink) {
		b.Fatal("NaN")
	}
}
