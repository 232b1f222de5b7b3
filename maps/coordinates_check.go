package maps

import (
	"strings"
)

// checkCoordinates refuses files whose positions are plainly not WGS84 lon/lat when no
// other system was named: a legacy "crs" member naming a projected system, or positions
// that are mostly outside longitude/latitude range. Guessing a conversion would put the
// town in the wrong place without a word, so drillsim says what it sees instead.
func checkCoordinates(feats []decodedFeature, crsMember []byte, source string, crs CRS) error {
	if crs != nil && crs.Name() != WGS84.Name() {
		return nil
	}
	if name := ParseCRSMember(crsMember); name != "" && !isGeographicWGS84(name) {
		return loadErrorf(source, "reproject the file to EPSG:4326, or name its system with --crs (for example --crs epsg:4547 or --crs utm:48n)",
			`the file carries a legacy "crs" member naming %s, but drillsim reads WGS84 longitude/latitude (RFC 7946)`, name)
	}
	raw, _ := extents(feats)
	out := 0
	for _, f := range feats {
		if b := f.geom.Bound(); b.Min[0] < -180 || b.Max[0] > 180 || b.Min[1] < -90 || b.Max[1] > 90 {
			out++
		}
	}
	if len(feats) > 0 && out*2 > len(feats) {
		return loadErrorf(source, "reproject it to WGS84 (EPSG:4326), or name its system with --crs (for example --crs cgcs2000:gk3:105 or --crs utm:48n)",
			"%d of %d features have positions outside longitude/latitude range (x %.0f..%.0f, y %.0f..%.0f): the file is in projected coordinates; %s", out, len(feats), raw.Min[0], raw.Max[0], raw.Min[1], raw.Max[1], GuessProjected(raw))
	}
	return nil
}

// isGeographicWGS84 reports whether a crs name means longitude/latitude on WGS84 or
// CGCS2000 (which agree to centimetres).
func isGeographicWGS84(name string) bool {
	n := strings.ToUpper(name)
	for _, s := range []string{"CRS84", "4326", "4490", "WGS84", "WGS 84"} {
		if strings.Contains(n, s) && !strings.Contains(n, "3857") {
			return true
		}
	}
	return false
}
