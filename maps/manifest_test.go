package maps

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestManifestJoinsItsLayers(t *testing.T) {
	town, err := Open("testdata/manifest/town.yaml", OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if town.Name != "福宝镇" || town.DEM == nil || town.Problems.HasErrors() {
		t.Fatalf("name %q, DEM %v, problems %v", town.Name, town.DEM, town.Problems)
	}
	for _, name := range []string{"大安里", "福德里"} {
		i, v := villageNamed(t, town, name)
		if v.Origin != VillageMapped || v.Ref.Layer != "villages.geojson" {
			t.Errorf("%s: origin %v, layer %q", name, v.Origin, v.Ref.Layer)
		}
		homes := 0
		for _, b := range town.Buildings {
			if b.Village == i && b.Population > 0 {
				homes++
			}
		}
		if homes != 6 {
			t.Errorf("%s holds %d homes, want its 6 (the place point inside labels it)", name, homes)
		}
	}
	if len(town.HazardZones) != 1 || town.HazardZones[0].Hazard != "flood" || town.HazardZones[0].Name != "习水河左岸淹没区" {
		t.Errorf("hazard zones %+v, want the flood zone named from 名称", town.HazardZones)
	}
	if pl, err := town.Places.Find("way/210"); err != nil || pl.Kind != KindStation {
		t.Errorf("the OSM layer's hospital by id: %v %v", pl, err)
	}
	seen := false
	for _, p := range town.Problems {
		seen = seen || strings.Contains(p.Feature.String(), " of ../osm/village.osm (id relation/300, 福宝镇)")
	}
	if !seen {
		t.Errorf("problems do not name their layer: %v", town.Problems)
	}
	// The same files opened one by one give other bytes: the hash covers every layer.
	alone, err := Open("testdata/osm/village.osm", OpenOptions{})
	if err != nil || alone.Hash == town.Hash {
		t.Errorf("hash of the manifest %s, of its first layer %s (%v)", town.Hash, alone.Hash, err)
	}
}

// writeFiles writes name → content into a new directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestManifestErrorsSayWhere(t *testing.T) {
	osmPath, _ := filepath.Abs("testdata/osm/village.osm")
	cases := []struct {
		name, manifest, want string
	}{
		{"unknown field", "name: x\nlayer:\n  - file: a.osm\n", "m.yaml:2:1:"},
		{"no layers", "name: x\n", "the manifest lists no layers"},
		{"kind", "layers:\n  - file: " + osmPath + "\n  - {file: " + osmPath + ", kind: vilage}\n", `m.yaml:3:`},
		{"kind names the kinds", "layers:\n  - {file: " + osmPath + ", kind: vilage}\n", "use one of: background, road"},
		{"file", "layers:\n  - file: " + osmPath + "\n  - file: nowhere.geojson\n", "m.yaml:3:11: cannot read layer nowhere.geojson"},
		{"no file", "layers:\n  - kind: village\n", "layer 1 has no file"},
		{"crs", "layers:\n  - {file: " + osmPath + ", crs: gcj03}\n", `unknown coordinate system "gcj03"`},
		{"dem", "dem: none.tif\nlayers:\n  - file: " + osmPath + "\n", "m.yaml:1:6: cannot read DEM"},
		{"nested", "layers:\n  - file: m.yaml\n", "cannot be a layer of another"},
		{"not yaml", "layers: [\n", "m.yaml:"},
		{"broken layer", "layers:\n  - file: bad.geojson\n", "layer bad.geojson: "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"m.yaml": c.manifest, "bad.geojson": `{"type":"FeatureCollection","features":[}`})
			_, err := Open(filepath.Join(dir, "m.yaml"), OpenOptions{})
			var le *LoadError
			if !errors.As(err, &le) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want a *LoadError saying %q", err, c.want)
			}
		})
	}
}

// --crs is the system of layers that name none; --dem replaces the manifest's.
func TestManifestAndTheCommandLine(t *testing.T) {
	osmPath, _ := filepath.Abs("testdata/osm/village.osm")
	dem, _ := filepath.Abs("testdata/manifest/terrain.tif")
	dir := writeFiles(t, map[string]string{
		"m.yaml": "dem: nowhere.tif\nlayers:\n  - file: " + osmPath + "\n  - {file: zones.geojson, kind: hazard_zone, name: ZONE, properties: {hazard: flood, people: 12}}\n",
		// The zone in GCJ-02, as a Chinese web map draws it: 500 m off in WGS84.
		"zones.geojson": `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ZONE":"低洼区"},"geometry":{"type":"Polygon","coordinates":[[[106.0035,28.5030],[106.0055,28.5030],[106.0055,28.5045],[106.0035,28.5045],[106.0035,28.5030]]]}}]}`,
	})
	town, err := Open(filepath.Join(dir, "m.yaml"), OpenOptions{CRS: "gcj02", DEM: dem})
	if err != nil {
		t.Fatal(err)
	}
	z := town.HazardZones[0]
	lon, lat := town.Projection.ToLonLat(z.Area[0][0][0][0], z.Area[0][0][0][1])
	wantLon, wantLat := GCJ02.ToLonLat(106.0035, 28.5030)
	if d := (lon-wantLon)*(lon-wantLon) + (lat-wantLat)*(lat-wantLat); d > 1e-14 || z.People != 12 {
		t.Errorf("zone corner at %v,%v, want %v,%v (GCJ-02 converted); people %d", lon, lat, wantLon, wantLat, z.People)
	}
	if town.DEM == nil || town.DEM.Source != dem {
		t.Errorf("DEM %v, want the one given on the command line; problems %v", town.DEM, town.Problems)
	}
}

// FuzzManifest feeds arbitrary text to the manifest reader: it must refuse with a
// *LoadError or read, never panic.
func FuzzManifest(f *testing.F) {
	f.Add(readFixture(f, "manifest/town.yaml"))
	f.Add([]byte("layers:\n  - {file: a.geojson, kind: village, name: VNAME, crs: gcj02, properties: {hazard: flood, people: 3}}\n"))
	f.Add([]byte("name: [1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parseManifest(data, "fuzz.yaml")
		var le *LoadError
		if err != nil && !errors.As(err, &le) {
			t.Fatalf("error %v is not a *LoadError", err)
		}
		if err == nil {
			for _, l := range m.Layers {
				_ = l.Line()
			}
		}
	})
}

func TestManifestLayerLine(t *testing.T) {
	cases := []struct {
		l    ManifestLayer
		want string
	}{
		{ManifestLayer{File: "villages.geojson", Kind: "village", Name: "VNAME"}, "  - {file: villages.geojson, kind: village, name: VNAME}"},
		{ManifestLayer{File: "a b:c.geojson", Kind: "hazard_zone", Properties: map[string]any{"hazard": "flood", "people": 3.0}}, `  - {file: "a b:c.geojson", kind: hazard_zone, properties: {hazard: flood, people: "3"}}`},
	}
	for _, c := range cases {
		if got := c.l.Line(); got != c.want {
			t.Errorf("Line() = %s, want %s", got, c.want)
		}
		if m, err := parseManifest([]byte("layers:\n"+c.l.Line()+"\n"), "m.yaml"); err != nil || m.Layers[0].File != c.l.File || m.Layers[0].Kind != c.l.Kind {
			t.Errorf("the line %s does not read back: %+v %v", c.want, m, err)
		}
	}
}
