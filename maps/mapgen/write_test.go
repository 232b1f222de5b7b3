package mapgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb/geojson"
)

func TestWriteFilesWritesCompactGeoJSONAndTheGrid(t *testing.T) {
	g := town(t)
	fc, err := geojson.UnmarshalFeatureCollection(g.json)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteFiles(dir, fc, g.dem); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, GeoJSONFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 3<<20 {
		t.Errorf("GeoJSON is %d bytes, want ≤3 MB", len(data))
	}
	if bytes.Contains(data, []byte("\n  ")) || bytes.Count(data, []byte("\n")) != 1 {
		t.Error("GeoJSON must be compact: one line")
	}
	if !bytes.Contains(data, []byte(`"illustrative":true`)) {
		t.Error("GeoJSON lost the illustrative foreign member")
	}
	asc, err := os.ReadFile(filepath.Join(dir, DEMFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(asc, g.asc) {
		t.Error("the ASC file differs from DEM.WriteASC's output")
	}
}

func TestWriteFilesNamesWhatFailed(t *testing.T) {
	g := town(t)
	if err := WriteFiles(t.TempDir(), nil, g.dem); err == nil || !strings.Contains(err.Error(), "nil") {
		t.Errorf("nil map: err = %v", err)
	}
	bad := *g.dem
	bad.Heights = bad.Heights[:10]
	if err := WriteFiles(t.TempDir(), g.fc, &bad); err == nil || !strings.Contains(err.Error(), "malformed") {
		t.Errorf("short DEM: err = %v, want it called malformed", err)
	}
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteFiles(filepath.Join(blocker, "sub"), g.fc, g.dem)
	if err == nil || !strings.Contains(err.Error(), "output directory") {
		t.Errorf("unwritable directory: err = %v, want it to say so", err)
	}
}
