package mapedit

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// TestExtractEdits edits an OpenStreetMap extract: the extract stays as it came, the
// edits go into an edits layer beside it, listed with it in a manifest the save writes;
// the map read through the manifest holds them; the extract opened again opens the
// manifest; edits undone and saved leave the layer.
func TestExtractEdits(t *testing.T) {
	dir := t.TempDir()
	osm := copyFile(t, "../maps/testdata/osm/village.osm", dir)
	before, _ := os.ReadFile(osm)
	d, err := Open(osm, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Delete(find(t, d, maps.KindShelter, "node/31")); err != nil { // one of the two 中心小学
		t.Fatal(err)
	}
	village := find(t, d, maps.KindVillage, "石桥村") // drawn around its place point
	corner := d.Feature(village).Area()[0][0][0]
	moved := orb.Point{corner[0] - 40, corner[1] - 40}
	if err := d.MoveVertex(village, Vertex{0, 0, 0}, moved); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Add(d.NewPoint(maps.KindDepot, orb.Point{corner[0] + 10, corner[1] + 10})); err != nil {
		t.Fatal(err)
	}
	saved, err := d.Save()
	if err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "village.yaml")
	if saved.Map != manifest || len(saved.Files) != 2 {
		t.Fatalf("saved %+v", saved)
	}
	if after, _ := os.ReadFile(osm); !bytes.Equal(before, after) {
		t.Error("the extract was written")
	}
	text, _ := os.ReadFile(manifest)
	if !strings.Contains(string(text), "- file: village.osm\n") || !strings.Contains(string(text), "- {file: village.edits.geojson, edits: true}") {
		t.Errorf("the manifest written:\n%s", text)
	}
	town, err := maps.Open(manifest, maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if dups := town.Places.Duplicates(); len(dups) != 0 {
		t.Errorf("the school deleted still makes its name ambiguous: %v", dups)
	}
	if len(town.Depots) != 1 || town.Depots[0].Name != "应急物资储备点1" || len(town.Depots[0].Stock) == 0 {
		t.Errorf("depots %+v", town.Depots)
	}
	found := false
	for _, v := range town.Villages {
		if v.Name == "石桥村" {
			found = true
			if v.Origin != maps.VillageMapped || !containsNear(v.Area, reproject(moved, d.Town(), town)) {
				t.Errorf("石桥村 is %v and does not pass the corner moved", v.Origin)
			}
		}
	}
	if !found {
		t.Error("石桥村 is gone")
	}
	again, err := Open(osm, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Path() != manifest {
		t.Errorf("the extract opened again opens %s, want its manifest", again.Path())
	}
	d.Undo() // the depot
	d.Undo() // the village
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	town, err = maps.Open(manifest, maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(town.Depots) != 0 || len(town.Places.Duplicates()) != 0 {
		t.Errorf("after undoing: %d depots, duplicates %v", len(town.Depots), town.Places.Duplicates())
	}
	for _, v := range town.Villages {
		if v.Name == "石桥村" && v.Origin != maps.VillageAroundPoint {
			t.Errorf("石桥村 undone is %v, want drawn around its point again", v.Origin)
		}
	}
}

// TestManifestEdits edits a map manifest: its departments' files stay as they came,
// the edits go into an edits layer whose line is added to the manifest (its comments
// and lines kept).
func TestManifestEdits(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"manifest", "osm"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
	}
	for _, f := range []string{"manifest/town.yaml", "manifest/villages.geojson", "manifest/flood.geojson", "manifest/terrain.tif", "osm/village.osm"} {
		copyFile(t, "../maps/testdata/"+f, filepath.Join(dir, filepath.Dir(f)))
	}
	path := filepath.Join(dir, "manifest", "town.yaml")
	before, _ := os.ReadFile(path)
	floodBefore, _ := os.ReadFile(filepath.Join(dir, "manifest", "flood.geojson"))
	d, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	zone := find(t, d, maps.KindHazardZone, "习水河左岸淹没区")
	if err := d.Set(zone, "people", "120"); err != nil {
		t.Fatal(err)
	}
	if err := d.Move(zone, 0, 100); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(path)
	want := string(before) + "  - {file: town.edits.geojson, edits: true}\n"
	if string(after) != want {
		t.Errorf("the manifest saved:\n%s\nwant\n%s", after, want)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "manifest", "flood.geojson")); !bytes.Equal(got, floodBefore) {
		t.Error("the department's flood zones were written")
	}
	town, err := maps.Open(path, maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(town.HazardZones) != 1 || town.HazardZones[0].People != 120 || town.HazardZones[0].Hazard != "flood" {
		t.Errorf("zones %+v", town.HazardZones)
	}
	if town.HazardZones[0].Ref.Layer != "town.edits.geojson" {
		t.Errorf("the zone comes from %q", town.HazardZones[0].Ref.Layer)
	}
	// Opened again, the zone is the edits layer's own: edited again, it is rewritten
	// there, not added twice.
	d2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d2.Set(find(t, d2, maps.KindHazardZone, "习水河左岸淹没区"), "people", "130"); err != nil {
		t.Fatal(err)
	}
	if _, err := d2.Save(); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, after) {
		t.Error("the manifest was changed by a second save")
	}
	town, err = maps.Open(path, maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(town.HazardZones) != 1 || town.HazardZones[0].People != 130 {
		t.Errorf("zones after the second save %+v", town.HazardZones)
	}
}

// TestAddLayerLine adds an edits layer's line to manifests written in several ways.
func TestAddLayerLine(t *testing.T) {
	line := maps.ManifestLayer{File: "x.edits.geojson", Edits: true}
	for _, tc := range []struct{ in, want string }{
		{"layers:\n  - file: a.osm\n", "layers:\n  - file: a.osm\n  - {file: x.edits.geojson, edits: true}\n"},
		{"layers:\n- file: a.osm\n  kind: village\n# end\ndem: t.tif\n", "layers:\n- file: a.osm\n  kind: village\n- {file: x.edits.geojson, edits: true}\n# end\ndem: t.tif\n"},
		{"name: x\nlayers:\n    - {file: a.osm}\n    - {file: b.geojson, kind: village}", "name: x\nlayers:\n    - {file: a.osm}\n    - {file: b.geojson, kind: village}\n    - {file: x.edits.geojson, edits: true}\n"},
	} {
		got, err := addLayerLine([]byte(tc.in), line)
		if err != nil || string(got) != tc.want {
			t.Errorf("addLayerLine(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if _, err := maps.ReadManifest(writeTemp(t, got)); err != nil {
			t.Errorf("%q: %v", got, err)
		}
	}
	if _, err := addLayerLine([]byte("layers: [{file: a.osm}]\n"), line); err == nil || !strings.Contains(err.Error(), "x.edits.geojson") {
		t.Errorf("a list in brackets: %v", err)
	}
}

func writeTemp(t *testing.T, data []byte) string {
	p := filepath.Join(t.TempDir(), "m.yaml")
	os.WriteFile(p, data, 0o644)
	return p
}
