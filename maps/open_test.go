package maps

import (
	"bytes"
	"compress/gzip"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// Open tells a map's format by its bytes, and by its name only where bytes cannot.
func TestOpenTellsFormats(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(fc(road1, road2, house))
	w.Close()
	osmXML := readFixture(t, "osm/village.osm")
	manifest := "layers:\n  - file: town.json\n"
	dir := writeFiles(t, map[string]string{
		"town.json":        string(fc(road1, road2, house)),
		"town.geojson.gz":  gz.String(),
		"export.xml":       string(osmXML),
		"export":           string(readFixture(t, "osm/village.osm.pbf")),
		"map.txt":          manifest,
		"terrain.asc":      "ncols 1\n",
		"picture.bin":      "\x89PNG\r\n",
		"mislabelled.yaml": string(fc(road1, road2)),
	})
	for _, c := range []struct {
		file  string
		roads int
	}{{"town.json", 2}, {"town.geojson.gz", 2}, {"export.xml", 5}, {"export", 5}, {"map.txt", 2}, {"mislabelled.yaml", 2}} {
		town, err := Open(filepath.Join(dir, c.file), OpenOptions{})
		if err != nil || len(town.Roads) != c.roads {
			t.Errorf("%s: %v, want a town of %d roads", c.file, err, c.roads)
		}
	}
	for file, want := range map[string]string{"terrain.asc": "this is a terrain file (DEM), not a map", "picture.bin": "not a map drillsim reads"} {
		_, err := Open(filepath.Join(dir, file), OpenOptions{})
		var le *LoadError
		if !errors.As(err, &le) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", file, err, want)
		}
	}
	if _, err := Open(filepath.Join(dir, "town.json"), OpenOptions{CRS: "mars"}); err == nil || !strings.HasPrefix(err.Error(), "--crs: ") {
		t.Errorf("--crs mars: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "town.json"), OpenOptions{DEMCRS: "utm:48n"}); err == nil || !strings.Contains(err.Error(), "give the file too") {
		t.Errorf("--dem-crs alone: %v", err)
	}
}

// Opening a GeoJSON file gives the town Load gives for its bytes, hash and all.
func TestOpenGeoJSONIsLoad(t *testing.T) {
	data := fc(road1, road2, house)
	dir := writeFiles(t, map[string]string{"town.geojson": string(data)})
	opened, err := Open(filepath.Join(dir, "town.geojson"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data, LoadOptions{Source: filepath.Join(dir, "town.geojson")})
	if err != nil {
		t.Fatal(err)
	}
	if opened.Hash != loaded.Hash || opened.Name != "town" || len(opened.Buildings) != len(loaded.Buildings) {
		t.Errorf("Open: %s %q %d buildings; Load: %s %q %d", opened.Hash, opened.Name, len(opened.Buildings), loaded.Hash, loaded.Name, len(loaded.Buildings))
	}
}
