package maps

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// crsAccepted lists the names ParseCRS accepts, for its error message.
const crsAccepted = "wgs84 (also crs84, epsg:4326, and epsg:4490 for CGCS2000 lon/lat), gcj02, " +
	"utm:<zone 1-60><n|s> (e.g. utm:48n; also epsg:326NN and epsg:327NN), " +
	"cgcs2000:gk3:<central meridian 75-135 | zone 25-45>, cgcs2000:gk6:<central meridian 75-135 | zone 13-23> " +
	"(naming a zone means zone-prefixed eastings), and epsg:4491-4554 (the CGCS2000 Gauss-Krüger systems)"

// ParseCRS returns the coordinate system a name stands for, in any case:
//
//	wgs84, crs84, epsg:4326       WGS84 lon/lat
//	epsg:4490                     CGCS2000 lon/lat, taken as WGS84 (they differ by centimetres)
//	gcj02                         GCJ-02 lon/lat of Chinese web maps
//	utm:48n, utm:48s              UTM zone 48 north/south; also epsg:32648, epsg:32748
//	cgcs2000:gk3:105              CGCS2000 3-degree Gauss-Krüger, central meridian 105°E
//	cgcs2000:gk3:35               the same zone by number, eastings prefixed with 35
//	cgcs2000:gk6:105              CGCS2000 6-degree Gauss-Krüger, central meridian 105°E
//	cgcs2000:gk6:18               the same zone by number, eastings prefixed with 18
//	epsg:4491..4501               CGCS2000 6-degree zones 13..23, zone-prefixed eastings
//	epsg:4502..4512               CGCS2000 6-degree, central meridian 75..135°E
//	epsg:4513..4533               CGCS2000 3-degree zones 25..45, zone-prefixed eastings
//	epsg:4534..4554               CGCS2000 3-degree, central meridian 75..135°E
//
// The legacy names "EPSG:NNNN", "urn:ogc:def:crs:EPSG::NNNN" and
// "http://www.opengis.net/def/crs/EPSG/0/NNNN" all read as epsg:NNNN. An unknown name
// gets an error listing what is accepted.
func ParseCRS(s string) (CRS, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if code, ok := epsgCode(name); ok {
		if c, ok := crsForEPSG(code); ok {
			return c, nil
		}
		return nil, fmt.Errorf("EPSG:%d is not a coordinate system drillsim converts; reproject the data to WGS84 lon/lat (EPSG:4326), or use one of: %s", code, crsAccepted)
	}
	switch name {
	case "wgs84", "crs84", "ogc:crs84", "urn:ogc:def:crs:ogc:1.3:crs84":
		return WGS84, nil
	case "gcj02", "gcj-02":
		return GCJ02, nil
	}
	if rest, ok := strings.CutPrefix(name, "utm:"); ok && len(rest) >= 2 {
		zone, err := strconv.Atoi(rest[:len(rest)-1])
		hemi := rest[len(rest)-1]
		if err == nil && zone >= 1 && zone <= 60 && (hemi == 'n' || hemi == 's') {
			return UTM(zone, hemi == 'n'), nil
		}
		return nil, fmt.Errorf("coordinate system %q: UTM needs a zone 1-60 and n or s, as in utm:48n", s)
	}
	if rest, ok := strings.CutPrefix(name, "cgcs2000:"); ok {
		width, num, _ := strings.Cut(rest, ":")
		n, err := strconv.Atoi(num)
		if err == nil {
			if c, ok := cgcs2000GaussKruger(width, n); ok {
				return c, nil
			}
		}
		return nil, fmt.Errorf("coordinate system %q: write cgcs2000:gk3:<central meridian 75-135 | zone 25-45> or cgcs2000:gk6:<central meridian 75-135 | zone 13-23>", s)
	}
	return nil, fmt.Errorf("unknown coordinate system %q; drillsim accepts %s", s, crsAccepted)
}

// cgcs2000GaussKruger returns the CGCS2000 Gauss-Krüger system of a 3- or 6-degree
// ("gk3"/"gk6") grid named by its central meridian (75..135, plain eastings) or its
// zone number (zone-prefixed eastings). The two ranges do not overlap in China.
func cgcs2000GaussKruger(width string, n int) (TransverseMercator, bool) {
	switch {
	case width == "gk3" && n >= 75 && n <= 135 && n%3 == 0:
		return GaussKruger(float64(n), false, n/3), true
	case width == "gk3" && n >= 25 && n <= 45:
		return GaussKruger(float64(3*n), true, n), true
	case width == "gk6" && n >= 75 && n <= 135 && n%6 == 3:
		return GaussKruger(float64(n), false, (n+3)/6), true
	case width == "gk6" && n >= 13 && n <= 23:
		return GaussKruger(float64(6*n-3), true, n), true
	}
	return TransverseMercator{}, false
}

// crsForEPSG returns the system of an EPSG code ParseCRS accepts.
func crsForEPSG(code int) (CRS, bool) {
	switch {
	case code == 4326 || code == 4490:
		return WGS84, true
	case code >= 32601 && code <= 32660:
		return UTM(code-32600, true), true
	case code >= 32701 && code <= 32760:
		return UTM(code-32700, false), true
	case code >= 4491 && code <= 4501:
		return cgcs2000GaussKruger("gk6", code-4491+13)
	case code >= 4502 && code <= 4512:
		return cgcs2000GaussKruger("gk6", 75+6*(code-4502))
	case code >= 4513 && code <= 4533:
		return cgcs2000GaussKruger("gk3", code-4513+25)
	case code >= 4534 && code <= 4554:
		return cgcs2000GaussKruger("gk3", 75+3*(code-4534))
	}
	return nil, false
}

// epsgCode extracts NNNN from a lower-case "epsg:NNNN",
// "urn:ogc:def:crs:epsg::NNNN" (or with a version between the colons) or
// "http://www.opengis.net/def/crs/epsg/0/NNNN".
func epsgCode(name string) (int, bool) {
	var digits string
	switch {
	case strings.HasPrefix(name, "epsg:"):
		digits = name[len("epsg:"):]
	case strings.HasPrefix(name, "urn:ogc:def:crs:epsg:"):
		digits = name[strings.LastIndexByte(name, ':')+1:]
	case strings.HasPrefix(name, "http://www.opengis.net/def/crs/epsg/"),
		strings.HasPrefix(name, "https://www.opengis.net/def/crs/epsg/"):
		digits = name[strings.LastIndexByte(name, '/')+1:]
	default:
		return 0, false
	}
	code, err := strconv.Atoi(digits)
	return code, err == nil && code > 0
}

// ParseCRSMember returns the system named by a legacy GeoJSON (2008) "crs" member, as
// "EPSG:3857" for EPSG codes in any of their spellings, "OGC:CRS84" for CRS84 and the
// name as written otherwise; "" when the member is absent, null or unreadable. The
// result is for messages ("the file carries a legacy crs member naming EPSG:3857") and
// for ParseCRS, which accepts every EPSG form it returns.
func ParseCRSMember(raw json.RawMessage) (name string) {
	var member struct {
		Type       string `json:"type"`
		Properties struct {
			Name string          `json:"name"`
			Code json.RawMessage `json:"code"` // the older {"type":"EPSG","properties":{"code":4326}}
		} `json:"properties"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &member) != nil {
		return ""
	}
	name = strings.TrimSpace(member.Properties.Name)
	if name == "" && strings.EqualFold(member.Type, "epsg") {
		if code, err := strconv.Atoi(strings.Trim(string(member.Properties.Code), `" `)); err == nil {
			name = "EPSG:" + strconv.Itoa(code)
		}
	}
	lower := strings.ToLower(name)
	if code, ok := epsgCode(lower); ok {
		return "EPSG:" + strconv.Itoa(code)
	}
	if strings.HasSuffix(lower, "crs84") {
		return "OGC:CRS84"
	}
	return name
}

// Limits of Web Mercator (EPSG:3857) coordinates: the equator's half circumference, and
// the northing of latitude 85.06°, where the square world map ends.
const (
	webMercatorMaxX = math.Pi * wgs84A
	webMercatorMaxY = 20_048_966.1
)

// GuessProjected names, in a sentence for a person, the coordinate system that the raw
// coordinate bounds of a file most likely use, for files whose numbers are plainly not
// lon/lat. It returns "" when the bounds could be lon/lat (|x| <= 180 and |y| <= 90).
// The guess rests on the ranges alone, so several candidates may be named; the person
// knows where the map should be and picks.
func GuessProjected(b orb.Bound) string {
	minX, minY, maxX, maxY := b.Min[0], b.Min[1], b.Max[0], b.Max[1]
	if math.Max(math.Abs(minX), math.Abs(maxX)) <= 180 && math.Max(math.Abs(minY), math.Abs(maxY)) <= 90 {
		return ""
	}
	if math.IsNaN(minX+minY+maxX+maxY) || math.IsInf(minX+minY+maxX+maxY, 0) {
		return "the coordinates include NaN or infinite numbers, so no coordinate system fits them"
	}
	var guesses []string
	northingOK := minY >= 0 && maxY <= 10_000_000
	zone := int(math.Floor(minX / 1e6))
	sameZone := zone == int(math.Floor(maxX/1e6))
	easting := func(x float64) float64 { return x - float64(zone)*1e6 }
	prefixedEastings := sameZone && easting(minX) >= 100_000 && easting(maxX) <= 900_000
	switch {
	case math.Max(math.Abs(minX), math.Abs(maxX)) < 100_000 && math.Max(math.Abs(minY), math.Abs(maxY)) < 100_000:
		guesses = append(guesses, "local or CAD metres around 0,0 (every number under 100 km): such a drawing is not georeferenced; georeference it before loading")
	case northingOK && prefixedEastings && zone >= 25 && zone <= 45:
		guesses = append(guesses, fmt.Sprintf("CGCS2000 3-degree Gauss-Krüger with zone number %d prefixed to the eastings (central meridian %d°E, cgcs2000:gk3:%d)%s", zone, 3*zone, zone, latitudeNote(minY, maxY)))
	case northingOK && prefixedEastings && zone >= 13 && zone <= 23:
		guesses = append(guesses, fmt.Sprintf("CGCS2000 6-degree Gauss-Krüger with zone number %d prefixed to the eastings (central meridian %d°E, cgcs2000:gk6:%d)%s", zone, 6*zone-3, zone, latitudeNote(minY, maxY)))
	case northingOK && minX >= 100_000 && maxX <= 900_000:
		guesses = append(guesses, "UTM or 6-degree Gauss-Krüger metres without a zone prefix"+latitudeNote(minY, maxY)+"; the zone is not in the numbers: name it, e.g. utm:48n or cgcs2000:gk6:105")
	}
	if math.Max(math.Abs(minX), math.Abs(maxX)) <= webMercatorMaxX && math.Max(math.Abs(minY), math.Abs(maxY)) <= webMercatorMaxY {
		lon0, lat0 := webMercatorToLonLat(minX, minY)
		lon1, lat1 := webMercatorToLonLat(maxX, maxY)
		guesses = append(guesses, fmt.Sprintf("Web Mercator (EPSG:3857), which would put the map at %s %s to %s %s; reproject it to WGS84 lon/lat (EPSG:4326)",
			degreesEW(lon0), degreesNS(lat0, 1), degreesEW(lon1), degreesNS(lat1, 1)))
	}
	if len(guesses) == 0 {
		return fmt.Sprintf("the coordinates (x %.0f to %.0f, y %.0f to %.0f) fit no system drillsim knows; reproject the data to WGS84 lon/lat (EPSG:4326)", minX, maxX, minY, maxY)
	}
	return "looks like " + strings.Join(guesses, "; or ")
}

// latitudeNote describes the latitudes that northings in minY..maxY stand for, in a
// northern-hemisphere grid or a southern one with its 10,000 km false northing.
func latitudeNote(minY, maxY float64) string {
	mid := (minY + maxY) / 2
	north := degreesNS(northingLatitude(mid), 0)
	south := degreesNS(northingLatitude(mid-10_000_000), 0)
	return fmt.Sprintf(" (northing ~%.1fe6 is about %s, or %s with a southern false northing)", mid/1e6, north, south)
}

// northingLatitude returns the latitude on the central meridian of a transverse Mercator
// grid with UTM's scale and no false northing.
func northingLatitude(y float64) float64 {
	_, lat := UTM(31, true).ToLonLat(500_000, y)
	return lat
}

// webMercatorToLonLat inverts the spherical Web Mercator projection.
func webMercatorToLonLat(x, y float64) (lon, lat float64) {
	return x / wgs84A * 180 / math.Pi, math.Atan(math.Sinh(y/wgs84A)) * 180 / math.Pi
}

// degreesEW writes a longitude as "116.4°E".
func degreesEW(lon float64) string {
	if lon < 0 {
		return strconv.FormatFloat(-lon, 'f', 1, 64) + "°W"
	}
	return strconv.FormatFloat(lon, 'f', 1, 64) + "°E"
}

// degreesNS writes a latitude with the given decimals, as "29°N".
func degreesNS(lat float64, decimals int) string {
	if lat < 0 {
		return strconv.FormatFloat(-lat, 'f', decimals, 64) + "°S"
	}
	return strconv.FormatFloat(lat, 'f', decimals, 64) + "°N"
}
