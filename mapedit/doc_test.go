package mapedit

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/assets"
	"drillsim/internal/realdata"
	"drillsim/maps"
)

// copyFile copies src into dir and returns the copy's path.
func copyFile(t testing.TB, src, dir string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// find returns the index of the live feature of kind k named name (or whose
// reference has that id).
func find(t testing.TB, d *Doc, k maps.Kind, name string) int {
	t.Helper()
	for i := range d.Len() {
		f := d.Feature(i)
		if f.Kind == k && !f.Deleted && (f.Name() == name || d.slots[i].origin != nil && d.slots[i].origin.ref.ID == name) {
			return i
		}
	}
	t.Fatalf("no %s %q", k, name)
	return -1
}

// edited says, for a round trip, which features of the original file were edited or
// deleted and how many were added.
type edited struct {
	changed, deleted []int
	added            int
}

// checkByteStable checks that after a save every byte of the file outside the edited
// features is as it was: the text before and after the features array, and each
// feature not edited, in order, with the separators between them.
func checkByteStable(t *testing.T, before, after []byte, e edited) {
	t.Helper()
	old, err := parseCollection(before, "before")
	if err != nil {
		t.Fatal(err)
	}
	cur, err := parseCollection(after, "after")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before[:old.open], after[:cur.open]) || !bytes.Equal(before[old.close:], after[cur.close:]) {
		t.Errorf("the text around the features array changed")
	}
	if want := len(old.spans) - len(e.deleted) + e.added; len(cur.spans) != want {
		t.Fatalf("%d features after the save, want %d", len(cur.spans), want)
	}
	j := 0
	for i := range old.spans {
		if slices.Contains(e.deleted, i) {
			continue
		}
		if !slices.Contains(e.changed, i) && !bytes.Equal(old.feature(i), cur.feature(j)) {
			t.Fatalf("feature %d (now %d) changed though it was not edited:\n%.300s\n%.300s", i, j, old.feature(i), cur.feature(j))
		}
		if j > 0 && i > 0 && !slices.Contains(e.deleted, i-1) && !bytes.Equal(before[old.spans[i-1][1]:old.spans[i][0]], after[cur.spans[j-1][1]:cur.spans[j][0]]) {
			t.Fatalf("the separator before feature %d changed", i)
		}
		j++
	}
}

// TestRoundTripAndorra edits the real Andorra extract (osmtogeojson) as a designer
// would, saves it and checks that the bytes of every other feature are as they were
// and that the map read back holds the edits.
func TestRoundTripAndorra(t *testing.T) {
	path := copyFile(t, realdata.Path(t, "andorra/andorra.geojson"), t.TempDir())
	before, _ := os.ReadFile(path)
	d, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	school := find(t, d, maps.KindShelter, "node/529940889")
	if err := d.Set(school, "name", "Escola d'Encamp"); err != nil {
		t.Fatal(err)
	}
	if err := d.Set(school, "capacity", "350"); err != nil {
		t.Fatal(err)
	}
	encamp := find(t, d, maps.KindVillage, "Encamp")
	v := Vertex{0, 0, 3}
	moved := orb.Point{d.Feature(encamp).Area()[0][0][3][0] + 120, d.Feature(encamp).Area()[0][0][3][1]}
	if err := d.MoveVertex(encamp, v, moved); err != nil {
		t.Fatal(err)
	}
	police := find(t, d, maps.KindStation, "Policia Andorrana")
	if err := d.Delete(police); err != nil {
		t.Fatal(err)
	}
	at := d.Feature(school).Location()
	hall := d.NewPoint(maps.KindShelter, orb.Point{at[0] + 300, at[1]})
	zone := d.NewArea(maps.KindHazardZone, "flood", orb.Ring{{at[0] - 100, at[1] - 100}, {at[0] + 100, at[1] - 100}, {at[0] + 100, at[1] + 100}, {at[0] - 100, at[1] + 100}})
	if _, err := d.Add(hall, zone); err != nil {
		t.Fatal(err)
	}
	if !d.Dirty() {
		t.Fatal("not dirty after edits")
	}
	saved, err := d.Save()
	if err != nil {
		t.Fatal(err)
	}
	if saved.Map != path || len(saved.Files) != 1 || d.Dirty() {
		t.Errorf("saved %+v, dirty %v", saved, d.Dirty())
	}
	after, _ := os.ReadFile(path)
	ref := func(i int) int { return d.slots[i].origin.ref.Index }
	checkByteStable(t, before, after, edited{changed: []int{ref(school), ref(encamp)}, deleted: []int{ref(police)}, added: 2})
	town, err := maps.Open(path, maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if town.Problems.HasErrors() {
		t.Errorf("the saved map has errors: %v", town.Problems)
	}
	names := map[string]maps.Shelter{}
	for _, s := range town.Shelters {
		names[s.Name] = s
	}
	if s, ok := names["Escola d'Encamp"]; !ok || s.Capacity != 350 {
		t.Errorf("the school renamed with its capacity: %+v (shelters %v)", s, names)
	}
	if _, ok := names["安置点1"]; !ok {
		t.Errorf("the shelter placed is not on the map: %v", names)
	}
	for _, s := range town.Stations {
		if s.Name == "Policia Andorrana" {
			t.Errorf("the police station deleted is still on the map")
		}
	}
	if len(town.HazardZones) != 1 || town.HazardZones[0].Hazard != "flood" {
		t.Errorf("hazard zones %+v", town.HazardZones)
	}
	for _, v := range town.Villages {
		if v.Name == "Encamp" && !containsNear(v.Area, reproject(moved, d.Town(), town)) {
			t.Errorf("Encamp's boundary does not pass the corner moved")
		}
	}
}

// reproject is p, in the metres of town from, in those of town to (whose projection's
// centre may have moved with the features added).
func reproject(p orb.Point, from, to *maps.Town) orb.Point {
	lon, lat := from.Projection.ToLonLat(p[0], p[1])
	x, y := to.Projection.FromLonLat(lon, lat)
	return orb.Point{x, y}
}

// containsNear reports whether a corner of mp lies within a metre of p.
func containsNear(mp orb.MultiPolygon, p orb.Point) bool {
	for _, pg := range mp {
		for _, r := range pg {
			for _, q := range r {
				if planar.Distance(q, p) < 1 {
					return true
				}
			}
		}
	}
	return false
}

// openDemoTown opens a copy of the demo town's map (a GeoJSON of one line) for editing,
// and gives the copy's path.
func openDemoTown(t *testing.T) (*Doc, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "town.geojson")
	if err := os.WriteFile(path, assets.TownGeoJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d, path
}

// TestRoundTripDemoTown saves edits of the demo town (a GeoJSON of one line) and undoes
// them all: the file saved again is the original byte for byte.
func TestRoundTripDemoTown(t *testing.T) {
	d, path := openDemoTown(t)
	depot := find(t, d, maps.KindDepot, "镇应急物资储备库")
	if err := d.Set(depot, "stock", "sandbags 9000, boats 4"); err != nil {
		t.Fatal(err)
	}
	if err := d.Move(depot, 50, -20); err != nil {
		t.Fatal(err)
	}
	zone := find(t, d, maps.KindHazardZone, "南岸街洪水风险区")
	if err := d.DeleteVertex(zone, Vertex{0, 0, 0}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(path)
	checkByteStable(t, assets.TownGeoJSON, after, edited{changed: []int{d.slots[depot].origin.ref.Index, d.slots[zone].origin.ref.Index}})
	town, err := maps.Open(path, maps.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, dp := range town.Depots {
		if dp.Name == "镇应急物资储备库" && !slices.Equal(dp.Stock, []maps.Quantity{{Item: "boats", Count: 4}, {Item: "sandbags", Count: 9000}}) {
			t.Errorf("the depot's stock: %v", dp.Stock)
		}
	}
	for d.Undo() {
	}
	if !d.Dirty() {
		t.Fatal("undoing every edit after the save leaves nothing to save")
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(path)
	if !bytes.Equal(again, assets.TownGeoJSON) {
		t.Errorf("undoing every edit and saving does not give the original file back")
	}
}

// TestUndoRedo undoes and redoes edits in order, a step at a time.
func TestUndoRedo(t *testing.T) {
	d, _ := openDemoTown(t)
	s := find(t, d, maps.KindShelter, "福宝中学")
	d.Set(s, "capacity", "1500")
	d.Set(s, "name", "福宝中学体育馆")
	idx, err := d.Add(d.NewPoint(maps.KindLoudspeaker, orb.Point{0, 0}))
	if err != nil {
		t.Fatal(err)
	}
	l := idx[0]
	if d.Feature(l).Name() != "大喇叭1" || d.Feature(l).FieldText("radius_m") != "300" {
		t.Errorf("a new loudspeaker: %+v", d.Feature(l).Props)
	}
	d.Undo()
	if !d.Feature(l).Deleted || d.Feature(s).Name() != "福宝中学体育馆" {
		t.Fatal("undoing the loudspeaker")
	}
	d.Undo()
	if d.Feature(s).Name() != "福宝中学" || d.Feature(s).FieldText("capacity") != "1500" {
		t.Fatal("undoing the name")
	}
	d.Redo()
	d.Redo()
	if d.Feature(l).Deleted || d.CanRedo() {
		t.Fatal("redoing both")
	}
	d.Undo()
	d.Set(s, "capacity", "1600") // a new edit forgets the one undone
	if d.CanRedo() {
		t.Error("a redo survived a new edit")
	}
	if err := d.Set(s, "name", "福宝镇中心小学"); err == nil {
		t.Error("a shelter renamed after another one")
	}
	if err := d.Set(s, "capacity", "many"); err == nil {
		t.Error("a capacity of words")
	}
	if err := d.Set(s, "name", ""); err == nil {
		t.Error("a shelter without a name")
	}
}
