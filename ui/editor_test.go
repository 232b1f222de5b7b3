package ui

import (
	"image"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/assets"
	"drillsim/mapedit"
	"drillsim/maps"
)

// editing opens a copy of the demo town and its terrain for editing in the test
// window, driven by scripted input, until the test ends.
func editing(t *testing.T) (*Editor, *scriptInput, string, string) {
	t.Helper()
	dir := t.TempDir()
	mapPath, demPath := filepath.Join(dir, "town.geojson"), filepath.Join(dir, "town.asc")
	if err := os.WriteFile(mapPath, assets.TownGeoJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(demPath, assets.TownDEM, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := mapedit.Open(mapPath, mapedit.Options{Map: maps.OpenOptions{DEM: demPath}})
	if err != nil {
		t.Fatal(err)
	}
	in := newScriptInput()
	e, err := NewEditor(doc, in)
	if err != nil {
		t.Fatal(err)
	}
	theHost.playGame(e, in)
	t.Cleanup(func() { theHost.playGame(nil, nil) })
	theHost.updatesPass(2)
	return e, in, mapPath, demPath
}

// clickEditorWidget clicks the panel's widget labelled label.
func clickEditorWidget(t *testing.T, e *Editor, in *scriptInput, label string) {
	t.Helper()
	var at Widget
	theHost.onUpdate(func() {
		i := slices.IndexFunc(e.Widgets(), func(w Widget) bool { return w.Label == label })
		if i >= 0 {
			at = e.Widgets()[i]
		}
	})
	if at.Label == "" {
		t.Fatalf("no widget %q", label)
	}
	c := at.Rect.Min.Add(at.Rect.Size().Div(2))
	theHost.click(in, c.X, c.Y)
}

// clickEditorMap clicks the editor's map at town point p.
func clickEditorMap(e *Editor, in *scriptInput, p orb.Point) {
	var x, y float64
	theHost.onUpdate(func() { x, y = e.cam.ToScreen(p) })
	theHost.click(in, int(x), int(y))
}

// withCtrl presses key k with Control held.
func withCtrl(in *scriptInput, k ebiten.Key) {
	theHost.onUpdate(func() { in.held[ebiten.KeyControl] = true; in.keys[k] = true })
	theHost.onUpdate(func() { delete(in.held, ebiten.KeyControl) })
}

// liveOf lists the features of kind k not deleted, by name.
func liveOf(e *Editor, k maps.Kind) []string {
	var names []string
	theHost.onUpdate(func() {
		for i := range e.doc.Len() {
			if f := e.doc.Feature(i); !f.Deleted && f.Kind == k {
				names = append(names, f.Name())
			}
		}
	})
	return names
}

// TestEditorMarksUpATown draws a landslide zone corner by corner over houses of the
// demo town, names it in the form, places a shelter, undoes and redoes it, drags a
// corner of the zone, and saves: the map read back has the zone (with the people it
// threatens) and the shelter, and every feature it had.
func TestEditorMarksUpATown(t *testing.T) {
	e, in, mapPath, demPath := editing(t)
	before, err := maps.Open(mapPath, maps.OpenOptions{DEM: demPath})
	if err != nil {
		t.Fatal(err)
	}
	zonesBefore := len(liveOf(e, maps.KindHazardZone))
	// A square of 300 m around the middle of the houses of the first village.
	b := before.Buildings[len(before.Buildings)/2].Centroid
	square := []orb.Point{{b[0] - 150, b[1] - 150}, {b[0] + 150, b[1] - 150}, {b[0] + 150, b[1] + 150}, {b[0] - 150, b[1] + 150}}
	clickEditorWidget(t, e, in, "风险区")
	clickEditorWidget(t, e, in, "滑坡")
	for _, p := range square {
		clickEditorMap(e, in, p)
	}
	theHost.press(in, ebiten.KeyEnter)
	zones := liveOf(e, maps.KindHazardZone)
	if len(zones) != zonesBefore+1 || e.Selected() < 0 {
		t.Fatalf("zones %d, want %d; selected %d; status %q", len(zones), zonesBefore+1, e.Selected(), e.Status())
	}
	var people string
	theHost.onUpdate(func() { people = e.doc.Feature(e.Selected()).FieldText("people") })
	if people == "" || people == "0" {
		t.Errorf("the zone over houses threatens %q people", people)
	}
	// The form: name the zone.
	clickEditorWidget(t, e, in, "name")
	theHost.press(in, ebiten.KeyBackspace) // the default name's last character
	theHost.typeText(in, "后山测试")
	theHost.press(in, ebiten.KeyEnter)
	zone := e.Selected()
	var name string
	theHost.onUpdate(func() { name = e.doc.Feature(zone).Name() })
	if name != "滑坡隐患点后山测试" {
		t.Errorf("the zone is named %q; status %q", name, e.Status())
	}
	// A shelter placed, undone, redone.
	shelters := len(liveOf(e, maps.KindShelter))
	clickEditorWidget(t, e, in, "安置点")
	clickEditorMap(e, in, orb.Point{b[0] + 400, b[1]})
	if n := len(liveOf(e, maps.KindShelter)); n != shelters+1 {
		t.Fatalf("%d shelters after placing one, want %d", n, shelters+1)
	}
	withCtrl(in, ebiten.KeyZ)
	if n := len(liveOf(e, maps.KindShelter)); n != shelters {
		t.Errorf("%d shelters after undo, want %d", n, shelters)
	}
	withCtrl(in, ebiten.KeyY)
	if n := len(liveOf(e, maps.KindShelter)); n != shelters+1 {
		t.Errorf("%d shelters after redo, want %d", n, shelters+1)
	}
	// Select the zone and drag its first corner 100 m east.
	clickEditorWidget(t, e, in, "选择")
	clickEditorMap(e, in, b)
	if e.Selected() != zone {
		t.Fatalf("a click in the zone selects %d, want %d", e.Selected(), zone)
	}
	var x0, y0, x1, y1 float64
	theHost.onUpdate(func() {
		x0, y0 = e.cam.ToScreen(square[0])
		x1, y1 = e.cam.ToScreen(orb.Point{square[0][0] + 100, square[0][1]})
	})
	theHost.onUpdate(func() { in.x, in.y, in.down, in.pressed = int(x0), int(y0), true, true })
	theHost.onUpdate(func() { in.x, in.y = int(x1), int(y1) })
	theHost.onUpdate(func() { in.down, in.released = false, true })
	theHost.updatesPass(1)
	var corner orb.Point
	theHost.onUpdate(func() { corner = e.doc.Feature(zone).Area()[0][0][0] })
	if d := corner[0] - square[0][0]; d < 80 || d > 120 {
		t.Errorf("the corner moved %.0f m east, want about 100 (it is at %v)", d, corner)
	}
	withCtrl(in, ebiten.KeyS)
	after, err := maps.Open(mapPath, maps.OpenOptions{DEM: demPath})
	if err != nil {
		t.Fatalf("the map saved does not open: %v (status %q)", err, e.Status())
	}
	if len(after.HazardZones) != len(before.HazardZones)+1 || len(after.Shelters) != len(before.Shelters)+1 || len(after.Buildings) != len(before.Buildings) || len(after.Roads) != len(before.Roads) {
		t.Errorf("saved: %d zones, %d shelters, %d buildings, %d roads; before %d, %d, %d, %d", len(after.HazardZones), len(after.Shelters), len(after.Buildings), len(after.Roads),
			len(before.HazardZones), len(before.Shelters), len(before.Buildings), len(before.Roads))
	}
	i := slices.IndexFunc(after.HazardZones, func(z maps.HazardZone) bool { return z.Name == "滑坡隐患点后山测试" })
	if i < 0 || after.HazardZones[i].Hazard != "landslide" || after.HazardZones[i].People <= 0 {
		t.Errorf("the zone saved: %+v", after.HazardZones[max(i, 0)].Ref)
	}
}

// TestEditorSuggestsFloodZones takes the flood model's zones of the demo town's river
// as one edit, and takes them back with one undo.
func TestEditorSuggestsFloodZones(t *testing.T) {
	e, in, _, _ := editing(t)
	zones := len(liveOf(e, maps.KindHazardZone))
	clickEditorWidget(t, e, in, "洪水区")
	added := len(liveOf(e, maps.KindHazardZone)) - zones
	if added <= 0 {
		t.Fatalf("no flood zones suggested: %q", e.Status())
	}
	withCtrl(in, ebiten.KeyZ)
	if n := len(liveOf(e, maps.KindHazardZone)); n != zones {
		t.Errorf("%d zones after one undo, want %d", n, zones)
	}
}

// TestEditorDrawsALoudspeakersReach draws the demo town's first loudspeaker (大喇叭)
// with the circle it is heard in: inside that circle the map is tinted, and it is not
// once its radius_m is cut to 1 m.
func TestEditorDrawsALoudspeakersReach(t *testing.T) {
	e, _, _, _ := editing(t)
	speaker := -1
	var x, y, r float64
	theHost.onUpdate(func() {
		for i := range e.doc.Len() {
			f := e.doc.Feature(i)
			if f.Deleted || f.Kind != maps.KindLoudspeaker {
				continue
			}
			x, y = e.cam.ToScreen(f.Location())
			r = f.ReachM() * e.cam.Scale
			if x-r > 0 && x+r < mapWidth && y-r > 0 && y+r < ScreenHeight {
				speaker = i
				return
			}
		}
	})
	if speaker < 0 || r < 20 {
		t.Fatalf("no loudspeaker of the demo town with its reach (%.0f px) whole on the map", r)
	}
	// Where the reach is drawn: half way out, away from the dot, its label and the ring.
	at := []image.Point{{int(x - r/2), int(y)}, {int(x), int(y + r/2)}, {int(x), int(y - r/2)}}
	with := theHost.screenshot()
	theHost.onUpdate(func() {
		if err := e.doc.Set(speaker, "radius_m", "1"); err != nil {
			t.Error(err)
		}
	})
	without := theHost.screenshot()
	for _, p := range at {
		a, b := with.RGBAAt(p.X, p.Y), without.RGBAAt(p.X, p.Y)
		if a == b || int(a.B)-int(a.G) <= int(b.B)-int(b.G) {
			t.Errorf("at %v the reach is not tinted the loudspeaker's purple: %v drawn with it, %v without", p, a, b)
		}
	}
}
