package mapgen

import (
	"bytes"
	"encoding/json"
	"testing"

	"drillsim/maps"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

// loadNetwork loads a generated map the way drillsim does (GeoJSON bytes through
// maps.Load, which builds the network with maps.BuildNetwork) and returns its town.
func loadNetwork(t testing.TB, name string, fc *geojson.FeatureCollection, dem *maps.DEM) *maps.Town {
	t.Helper()
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(fc); err != nil {
		t.Fatal(err)
	}
	town, err := maps.Load(buf.Bytes(), maps.LoadOptions{Source: name, DEM: dem})
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return town
}

// checkNetwork asserts that a loaded map's road network has at least minEdges
// junction-to-junction edges in one connected piece, with no problem reported.
func checkNetwork(t *testing.T, town *maps.Town, minEdges int) {
	t.Helper()
	n := town.Network
	if n.EdgeCount() < minEdges {
		t.Errorf("network has %d nodes and %d edges, want at least %d edges", n.NodeCount(), n.EdgeCount(), minEdges)
	}
	if c := n.Components().Count(); c != 1 {
		t.Errorf("network has %d components, want 1", c)
	}
	for _, p := range town.Problems {
		t.Errorf("loading reported: %v", p)
	}
}

func TestTownNetworkHasItsLanes(t *testing.T) {
	g := town(t)
	town := loadNetwork(t, "town", g.fc, g.dem)
	checkNetwork(t, town, 2000)
	km := map[string]float64{}
	for _, r := range town.Roads {
		km[r.Class] += planar.Length(r.Line) / 1000 // Load projects the roads to metres
	}
	for _, c := range []string{classService, classFootway, classPath, classLiving} {
		if km[c] < 2 {
			t.Errorf("%.1f km of %s, want the town's lanes and paths to add at least 2 km", km[c], c)
		}
	}
}
