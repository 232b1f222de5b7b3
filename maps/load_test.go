package maps

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// fc wraps feature JSON texts into a FeatureCollection.
func fc(features ...string) []byte {
	return []byte(`{"type":"FeatureCollection","features":[` + strings.Join(features, ",") + `]}`)
}

const (
	road1 = `{"type":"Feature","id":"r1","properties":{"highway":"residential","name":"河街"},"geometry":{"type":"LineString","coordinates":[[106.07,28.56],[106.072,28.56]]}}`
	road2 = `{"type":"Feature","id":"r2","properties":{"kind":"road","class":"tertiary","speed_kmh":"40"},"geometry":{"type":"LineString","coordinates":[[106.072,28.56],[106.072,28.562]]}}`
	house = `{"type":"Feature","id":"b1","properties":{"building":"house","population":"826","vulnerable":"0.5"},"geometry":{"type":"Polygon","coordinates":[[[106.0705,28.5605],[106.0706,28.5605],[106.0706,28.5606],[106.0705,28.5606],[106.0705,28.5605]]]}}`
)

func TestLoadRejectsFilesThatAreNotMaps(t *testing.T) {
	cases := []struct {
		name, data string
		want       []string // substrings of the error
	}{
		{"truncated", `{"type":"FeatureCollection","features":[` + road1[:40], []string{"map:1:", "truncated"}},
		{"syntax error on line 3", "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\" \"Feature\"}]}", []string{"map:3:9", "not valid JSON"}},
		{"single feature", road1, []string{"single Feature, not a FeatureCollection", "wrap it"}},
		{"geometry", `{"type":"Point","coordinates":[1,2]}`, []string{"GeoJSON Point, not a FeatureCollection"}},
		{"no type", `{"features":[]}`, []string{`no "type" member`}},
		{"empty", `{"type":"FeatureCollection","features":[]}`, []string{"the map is empty"}},
		{"features not an array", `{"type":"FeatureCollection","features":{}}`, []string{"map:1:", "features"}},
		{"projected", string(fc(
			`{"type":"Feature","properties":{"highway":"primary"},"geometry":{"type":"LineString","coordinates":[[35512345.1,3160000.2],[35512400,3160100]]}}`,
			`{"type":"Feature","properties":{"building":"yes"},"geometry":{"type":"Point","coordinates":[35512300,3160050]}}`)),
			[]string{"2 of 2 features", "projected coordinates", "--crs"}},
		{"legacy crs", `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[` + road1 + `]}`,
			[]string{`legacy "crs" member`, "EPSG:3857"}},
		{"nothing usable", string(fc(`{"type":"Feature","properties":{},"geometry":null}`)), []string{"no feature has a usable geometry: error: feature 0: the feature has no geometry (null)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load([]byte(c.data), LoadOptions{})
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v, want a *LoadError", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestLoadReportsBadFeaturesAndKeepsTheRest(t *testing.T) {
	cases := []struct {
		name, feature string
		want          string
	}{
		{"null geometry", `{"type":"Feature","id":"x","properties":{"name":"学校"},"geometry":null}`, "feature 2 (id x, 学校): the feature has no geometry"},
		{"unclosed ring", `{"type":"Feature","id":"x","properties":{"building":"yes"},"geometry":{"type":"Polygon","coordinates":[[[106.07,28.56],[106.071,28.56],[106.071,28.561],[106.07,28.561]]]}}`, "outer ring is not closed"},
		{"degenerate ring", `{"type":"Feature","id":"x","properties":{"building":"yes"},"geometry":{"type":"Polygon","coordinates":[[[106.07,28.56],[106.071,28.56],[106.07,28.56]]]}}`, "needs at least 4"},
		{"flat ring", `{"type":"Feature","id":"x","properties":{"building":"yes"},"geometry":{"type":"Polygon","coordinates":[[[106.07,28.56],[106.071,28.56],[106.072,28.56],[106.07,28.56]]]}}`, "encloses no area"},
		{"out of range", `{"type":"Feature","id":"x","properties":{"kind":"shelter"},"geometry":{"type":"Point","coordinates":[106.07,128.56]}}`, "outside longitude -180..180 / latitude -90..90"},
		{"string coordinate", `{"type":"Feature","id":"x","properties":{"kind":"shelter"},"geometry":{"type":"Point","coordinates":["106.07",28.56]}}`, "cannot read the feature"},
		{"unknown geometry", `{"type":"Feature","id":"x","properties":{},"geometry":{"type":"Circle","coordinates":[1,2]}}`, `unknown geometry type "Circle"`},
		{"one-point line", `{"type":"Feature","id":"x","properties":{"highway":"path"},"geometry":{"type":"LineString","coordinates":[[106.07,28.56]]}}`, "needs at least 2"},
		{"not a feature", `{"type":"Point","coordinates":[1,2]}`, `has type "Point", not Feature`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			town, err := Load(fc(road1, road2, c.feature), LoadOptions{})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if !town.Problems.HasErrors() {
				t.Fatalf("no error reported; problems: %v", town.Problems)
			}
			var found bool
			for _, p := range town.Problems {
				if p.Severity == Error && strings.Contains(p.String(), c.want) && p.Feature.Index == 2 {
					found = true
				}
			}
			if !found {
				t.Errorf("no error on feature 2 saying %q; problems: %v", c.want, town.Problems)
			}
			if len(town.Roads) != 2 {
				t.Errorf("the good features were not kept: %d roads", len(town.Roads))
			}
		})
	}
}

func TestLoadReadsPropertiesAsRealFilesWriteThem(t *testing.T) {
	town, err := Load(fc(road1, road2, house), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b := town.Buildings[0]
	if b.Population != 826 || b.Estimated || b.Vulnerable != 413 {
		t.Errorf("building population %d (estimated %v) vulnerable %d, want 826, false, 413 (a share of 0.5)", b.Population, b.Estimated, b.Vulnerable)
	}
	if r := town.Roads[1]; r.SpeedKmh != 40 || r.Class != "tertiary" {
		t.Errorf("road 2 speed %v class %q, want 40 tertiary", r.SpeedKmh, r.Class)
	}
	if got := town.Roads[0].Ref.String(); got != "feature 0 (id r1, 河街)" {
		t.Errorf("road ref %q", got)
	}
}

func TestLoadWarnsAboutWhatIsMissing(t *testing.T) {
	town, err := Load(fc(house), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"error: map: the map has no roads", "warning: map: the map has no shelters", "warning: map: no terrain (DEM)"}
	got := town.Problems
	for _, w := range want {
		found := false
		for _, p := range got {
			found = found || strings.HasPrefix(p.String(), w)
		}
		if !found {
			t.Errorf("no problem %q in %v", w, got)
		}
	}
}

// A village drawn as a point is drawn around; a feature of an unknown kind is kept
// to draw and said to be so.
func TestLoadKeepsMisdrawnFeaturesAsBackground(t *testing.T) {
	town, err := Load(fc(road1, `{"type":"Feature","id":"v","properties":{"kind":"village","name":"白杨村"},"geometry":{"type":"Point","coordinates":[106.07,28.56]}}`,
		`{"type":"Feature","id":"q","properties":{"kind":"helipad"},"geometry":{"type":"Point","coordinates":[106.07,28.56]}}`), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(town.Villages) != 1 || town.Villages[0].Origin != VillageAroundPoint || len(town.Background) != 2 {
		t.Fatalf("villages %d background %d, want 1 drawn around its point and 2", len(town.Villages), len(town.Background))
	}
	msgs := []string{"villages are mapped only as points and were drawn around them, as far as their buildings and streets reach: 白杨村", `feature 2 (id q): unknown kind "helipad"`}
	for _, m := range msgs {
		found := false
		for _, p := range town.Problems {
			found = found || strings.Contains(p.String(), m)
		}
		if !found {
			t.Errorf("no warning %q in %v", m, town.Problems)
		}
	}
}

func TestLoadConvertsNamedCoordinateSystems(t *testing.T) {
	// The same road written in GCJ-02, as a Chinese web map exports it, lands where the
	// WGS84 one does once the system is named.
	wgs := [2][2]float64{{106.07, 28.56}, {106.072, 28.56}}
	var gcj [2][2]float64
	for i, p := range wgs {
		gcj[i][0], gcj[i][1] = GCJ02.FromLonLat(p[0], p[1])
	}
	line := func(c [2][2]float64) string {
		return fmt.Sprintf(`{"type":"Feature","properties":{"highway":"primary"},"geometry":{"type":"LineString","coordinates":[[%.9f,%.9f],[%.9f,%.9f]]}}`, c[0][0], c[0][1], c[1][0], c[1][1])
	}
	want, err := Load(fc(line(wgs)), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(fc(line(gcj)), LoadOptions{CRS: GCJ02})
	if err != nil {
		t.Fatal(err)
	}
	wlon, wlat := want.Projection.ToLonLat(want.Roads[0].Line[0][0], want.Roads[0].Line[0][1])
	glon, glat := got.Projection.ToLonLat(got.Roads[0].Line[0][0], got.Roads[0].Line[0][1])
	if d := math.Hypot((wlon-glon)*97000, (wlat-glat)*111000); d > 0.05 {
		t.Errorf("GCJ-02 input lands %.2f m from the WGS84 one", d)
	}
	unconverted, err := Load(fc(line(gcj)), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ulon, ulat := unconverted.Projection.ToLonLat(unconverted.Roads[0].Line[0][0], unconverted.Roads[0].Line[0][1])
	if d := math.Hypot((wlon-ulon)*97000, (wlat-ulat)*111000); d < 100 {
		t.Errorf("GCJ-02 offset is only %.1f m here; the test shows nothing", d)
	}
}

func TestLoadNamesTheLikelyProjection(t *testing.T) {
	// CGCS2000 3-degree Gauss-Krüger with the zone number 35 before the easting.
	data := fc(`{"type":"Feature","properties":{"highway":"primary"},"geometry":{"type":"LineString","coordinates":[[35512345.1,3160000.2],[35512400,3160100]]}}`)
	_, err := Load(data, LoadOptions{})
	if err == nil || !strings.Contains(err.Error(), "zone number 35") {
		t.Fatalf("error %v does not name the zone-35 Gauss-Krüger grid", err)
	}
	town, err := Load(data, LoadOptions{CRS: mustCRS(t, "cgcs2000:gk3:35")})
	if err != nil {
		t.Fatal(err)
	}
	lon, lat := town.Projection.Lon0, town.Projection.Lat0
	if lon < 105 || lon > 105.2 || lat < 28.4 || lat > 28.6 {
		t.Errorf("named system puts the road at %.4f, %.4f; want near 105.1E 28.5N", lon, lat)
	}
}

func mustCRS(t *testing.T, name string) CRS {
	t.Helper()
	c, err := ParseCRS(name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
