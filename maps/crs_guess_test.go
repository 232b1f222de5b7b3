package maps

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestParseCRS(t *testing.T) {
	tests := []struct {
		in, name string
		cm       float64 // central meridian of a transverse Mercator, else 0
		fe       float64 // its false easting
	}{
		{"wgs84", "WGS84", 0, 0},
		{" WGS84 ", "WGS84", 0, 0},
		{"EPSG:4326", "WGS84", 0, 0},
		{"epsg:4490", "WGS84", 0, 0},
		{"urn:ogc:def:crs:OGC:1.3:CRS84", "WGS84", 0, 0},
		{"gcj02", "GCJ-02", 0, 0},
		{"GCJ-02", "GCJ-02", 0, 0},
		{"utm:48n", "UTM 48N", 105, 500_000},
		{"UTM:1S", "UTM 1S", -177, 500_000},
		{"epsg:32648", "UTM 48N", 105, 500_000},
		{"urn:ogc:def:crs:EPSG::32760", "UTM 60S", 177, 500_000},
		{"http://www.opengis.net/def/crs/EPSG/0/32631", "UTM 31N", 3, 500_000},
		{"cgcs2000:gk3:105", "CGCS2000 Gauss-Krüger CM 105°E", 105, 500_000},
		{"cgcs2000:gk3:35", "CGCS2000 Gauss-Krüger zone 35 (CM 105°E, zone-prefixed eastings)", 105, 35_500_000},
		{"cgcs2000:gk6:18", "CGCS2000 Gauss-Krüger zone 18 (CM 105°E, zone-prefixed eastings)", 105, 18_500_000},
		{"cgcs2000:gk6:105", "CGCS2000 Gauss-Krüger CM 105°E", 105, 500_000},
		{"epsg:4534", "CGCS2000 Gauss-Krüger CM 75°E", 75, 500_000},
		{"epsg:4544", "CGCS2000 Gauss-Krüger CM 105°E", 105, 500_000},
		{"epsg:4554", "CGCS2000 Gauss-Krüger CM 135°E", 135, 500_000},
		{"epsg:4523", "CGCS2000 Gauss-Krüger zone 35 (CM 105°E, zone-prefixed eastings)", 105, 35_500_000},
		{"epsg:4496", "CGCS2000 Gauss-Krüger zone 18 (CM 105°E, zone-prefixed eastings)", 105, 18_500_000},
		{"epsg:4507", "CGCS2000 Gauss-Krüger CM 105°E", 105, 500_000},
	}
	for _, tt := range tests {
		c, err := ParseCRS(tt.in)
		if err != nil {
			t.Errorf("ParseCRS(%q): %v", tt.in, err)
			continue
		}
		if c.Name() != tt.name {
			t.Errorf("ParseCRS(%q) = %q, want %q", tt.in, c.Name(), tt.name)
		}
		if tm, ok := c.(TransverseMercator); ok != (tt.fe != 0) || ok && (tm.CentralMeridian != tt.cm || tm.FalseEasting != tt.fe) {
			t.Errorf("ParseCRS(%q) = %+v, want CM %g false easting %g", tt.in, c, tt.cm, tt.fe)
		}
	}
}

func TestParseCRSErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `unknown coordinate system ""; drillsim accepts wgs84`},
		{"mercator", `unknown coordinate system "mercator"; drillsim accepts wgs84`},
		{"epsg:3857", "EPSG:3857 is not a coordinate system drillsim converts; reproject the data to WGS84"},
		{"utm:61n", `coordinate system "utm:61n": UTM needs a zone 1-60 and n or s`},
		{"utm:48x", `coordinate system "utm:48x": UTM needs a zone 1-60 and n or s`},
		{"cgcs2000:gk3:104", `coordinate system "cgcs2000:gk3:104": write cgcs2000:gk3:<central meridian 75-135 | zone 25-45>`},
		{"cgcs2000:gk6:105x", `coordinate system "cgcs2000:gk6:105x"`},
		{"cgcs2000:gk9:105", `coordinate system "cgcs2000:gk9:105"`},
	}
	for _, tt := range tests {
		c, err := ParseCRS(tt.in)
		if err == nil {
			t.Errorf("ParseCRS(%q) = %v, want an error", tt.in, c.Name())
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ParseCRS(%q) error\n  %v\nwant it to start with\n  %s", tt.in, err, tt.want)
		}
	}
	_, err := ParseCRS("bogus")
	for _, accepted := range []string{"gcj02", "utm:48n", "cgcs2000:gk3:", "cgcs2000:gk6:", "epsg:4326", "epsg:4490", "epsg:326NN", "epsg:4491-4554"} {
		if !strings.Contains(err.Error(), accepted) {
			t.Errorf("the error %q does not list %q", err, accepted)
		}
	}
}

func TestParseCRSMember(t *testing.T) {
	tests := []struct{ raw, want string }{
		{`{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}}`, "EPSG:3857"},
		{`{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG:6.6:4326"}}`, "EPSG:4326"},
		{`{"type":"name","properties":{"name":"EPSG:4545"}}`, "EPSG:4545"},
		{`{"type":"name","properties":{"name":"http://www.opengis.net/def/crs/EPSG/0/32648"}}`, "EPSG:32648"},
		{`{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}`, "OGC:CRS84"},
		{`{"type":"EPSG","properties":{"code":4326}}`, "EPSG:4326"},
		{`{"type":"name","properties":{"name":"Beijing 1954 / 3-degree GK"}}`, "Beijing 1954 / 3-degree GK"},
		{`null`, ""},
		{``, ""},
		{`{"type":"EPSG","properties":{"code":null}}`, ""},
		{`{"type":"name","properties":{"name":42}}`, ""},
		{`[1,2]`, ""},
	}
	for _, tt := range tests {
		if got := ParseCRSMember(json.RawMessage(tt.raw)); got != tt.want {
			t.Errorf("ParseCRSMember(%s) = %q, want %q", tt.raw, got, tt.want)
		}
	}
	// What ParseCRSMember names, ParseCRS reads.
	if c, err := ParseCRS(ParseCRSMember(json.RawMessage(`{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4545"}}`))); err != nil || c.Name() != "CGCS2000 Gauss-Krüger CM 108°E" {
		t.Errorf("ParseCRS of the member = %v, %v; want CGCS2000 Gauss-Krüger CM 108°E", c, err)
	}
}

func bound(minX, minY, maxX, maxY float64) orb.Bound {
	return orb.Bound{Min: orb.Point{minX, minY}, Max: orb.Point{maxX, maxY}}
}

func TestGuessProjected(t *testing.T) {
	// A town near 福宝镇 (106.0°E 28.8°N) written in several systems.
	utmX, utmY := UTM(48, true).FromLonLat(106.0, 28.8)
	gk3X, gk3Y := GaussKruger(105, true, 35).FromLonLat(106.0, 28.8)
	gk6X, gk6Y := GaussKruger(105, true, 18).FromLonLat(106.0, 28.8)
	tests := []struct {
		name string
		b    orb.Bound
		want []string // fragments the sentence must hold
		not  []string // and must not
	}{
		{"lon/lat", bound(105.9, 28.7, 106.1, 28.9), nil, nil},
		{"utm", bound(utmX-3000, utmY-3000, utmX+3000, utmY+3000),
			[]string{"looks like UTM or 6-degree Gauss-Krüger metres without a zone prefix (northing ~3.2e6 is about 29°N",
				"name it, e.g. utm:48n", "; or Web Mercator (EPSG:3857), which would put the map at 5.3°E 27.5°N"},
			nil},
		{"gk3 prefixed", bound(gk3X-3000, gk3Y-3000, gk3X+3000, gk3Y+3000),
			[]string{"looks like CGCS2000 3-degree Gauss-Krüger with zone number 35 prefixed to the eastings (central meridian 105°E, cgcs2000:gk3:35)", "about 29°N"},
			[]string{"Web Mercator"}},
		{"gk6 prefixed", bound(gk6X-3000, gk6Y-3000, gk6X+3000, gk6Y+3000),
			[]string{"looks like CGCS2000 6-degree Gauss-Krüger with zone number 18 prefixed to the eastings (central meridian 105°E, cgcs2000:gk6:18)", "or Web Mercator"},
			nil},
		{"web mercator Beijing", bound(12956000, 4851000, 12960000, 4855000),
			[]string{"looks like Web Mercator (EPSG:3857), which would put the map at 116.4°E 39.9°N to 116.4°E 39.9°N"},
			[]string{"Gauss-Krüger"}},
		{"web mercator west", bound(-8240000, 4970000, -8230000, 4980000),
			[]string{"Web Mercator (EPSG:3857), which would put the map at 74.0°W 40.7°N"},
			nil},
		{"Andorra in Web Mercator", bound(160000, 5230000, 185000, 5250000),
			[]string{"looks like UTM", "; or Web Mercator (EPSG:3857), which would put the map at 1.4°E 42.5°N"},
			nil},
		{"cad drawing", bound(0, 0, 2500, 1800),
			[]string{"looks like local or CAD metres around 0,0"}, nil},
		{"nowhere", bound(9e7, 0, 9.1e7, 100),
			[]string{"fit no system drillsim knows; reproject the data to WGS84 lon/lat (EPSG:4326)"}, nil},
		{"nan", bound(math.NaN(), 0, 500, 500), []string{"NaN or infinite"}, nil},
	}
	for _, tt := range tests {
		got := GuessProjected(tt.b)
		if tt.want == nil && got != "" {
			t.Errorf("%s: GuessProjected = %q, want \"\" for lon/lat numbers", tt.name, got)
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: GuessProjected =\n  %s\nwant it to contain\n  %s", tt.name, got, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(got, n) {
				t.Errorf("%s: GuessProjected =\n  %s\nwant no %q", tt.name, got, n)
			}
		}
	}
}
