package maps

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/internal/sniff"
)

// TestMapFilesAreSniffedNotCapped requires the map reader to judge a file by what it
// holds, not by its size: a county's 300 MB GeoJSON passes the sniff (its first and
// last 64 KB are those of a map; what lies between is left to the decoder), while a
// file of another kind is refused whatever its size.
func TestMapFilesAreSniffedNotCapped(t *testing.T) {
	dir := t.TempDir()
	feature := []byte(`{"type":"Feature","properties":{"kind":"building","name":"银杏村民房"},"geometry":{"type":"Point","coordinates":[106.1,28.7]}},` + "\n")
	county := filepath.Join(dir, "county.geojson")
	f, err := os.Create(county)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"type":"FeatureCollection","features":[` + "\n")
	f.Write(bytes.Repeat(feature, 1000))
	f.Seek(300<<20-int64(1000*len(feature)), 0) // the middle stays a hole: the sniff never reads it
	f.Write(bytes.Repeat(feature, 1000))
	f.WriteString(`{"type":"Feature","properties":{},"geometry":null}]}` + "\n")
	f.Close()
	g, err := os.Open(county)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if st, _ := g.Stat(); st.Size() < 300<<20 {
		t.Fatalf("the test map is only %d bytes", st.Size())
	}
	if err := sniff.CheckFile(g, county, geojsonFile); err != nil {
		t.Errorf("a 300 MB map is refused: %v", err)
	}
	csv := filepath.Join(dir, "roads.geojson")
	os.WriteFile(csv, []byte("name,lon,lat\n滨河路,106.1,28.7\n"), 0o644)
	if _, err := LoadFile(csv, LoadOptions{}); err == nil || !strings.Contains(err.Error(), `roads.geojson: not a map drillsim reads`) {
		t.Errorf("a CSV named .geojson: %v", err)
	}
}
