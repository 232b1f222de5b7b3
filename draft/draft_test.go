package draft

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"drillsim/assets"
	"drillsim/drill"
	"drillsim/internal/realdata"
	"drillsim/mapedit"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// demoMap writes the demo town and its terrain into a folder, as mapgen does.
func demoMap(t testing.TB) (mapPath, demPath string) {
	t.Helper()
	dir := t.TempDir()
	mapPath, demPath = filepath.Join(dir, "town.geojson"), filepath.Join(dir, "town.asc")
	if err := os.WriteFile(mapPath, assets.TownGeoJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(demPath, assets.TownDEM, 0o644); err != nil {
		t.Fatal(err)
	}
	return mapPath, demPath
}

// demoMapWithout writes the demo town without its features of the kinds given (and
// its terrain), as a town that lacks them.
func demoMapWithout(t *testing.T, kinds ...string) (mapPath, demPath string) {
	t.Helper()
	mapPath, demPath = demoMap(t)
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(assets.TownGeoJSON, &fc); err != nil {
		t.Fatal(err)
	}
	fc.Features = slices.DeleteFunc(fc.Features, func(raw json.RawMessage) bool {
		var f struct {
			Properties map[string]any `json:"properties"`
		}
		if err := json.Unmarshal(raw, &f); err != nil {
			t.Fatal(err)
		}
		k, _ := f.Properties["kind"].(string)
		return slices.Contains(kinds, k)
	})
	data, err := json.Marshal(fc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mapPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return mapPath, demPath
}

// played is a drill written, loaded from its files as drillsim run loads them and
// played: its events, its orders refused, its grade.
type played struct {
	rejected []sim.Event
	final    float64
	graded   scoring.Assessment
	drill    *drill.Drill
}

// playFiles loads the scenario file with the orders file ("" for none), plays it to
// its end and grades it as drillsim score does.
func playFiles(t *testing.T, scenario, orders string) played {
	t.Helper()
	d, err := drill.Load(scenario, drill.Options{Orders: orders})
	if err != nil {
		t.Fatalf("%s does not load: %v", scenario, err)
	}
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var events []sim.Event
	sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
	p := played{drill: d}
	for _, e := range events {
		if e.Kind == scenarios.EventRejected {
			p.rejected = append(p.rejected, e)
		}
	}
	p.graded = scoring.Assess(d.Plan, d.Scenario, w.Header(), "", events, observation.DefaultItems, nil)
	p.final = p.graded.Final
	return p
}

// TestNewDrillsOnTheDemoTown writes every kind of drill on the demo town and plays each
// from its files: the scenario and orders load, no order is refused, the reference
// response passes the plan and outscores doing nothing by far, and what drillsim new
// says it scored is what the files score.
func TestNewDrillsOnTheDemoTown(t *testing.T) {
	mp, dem := demoMap(t)
	for _, k := range Kinds() {
		out := t.TempDir()
		r, err := Write(k, Options{Map: mp, DEM: dem, Out: out})
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if r.Scenario != filepath.Join(out, string(k)+".yaml") || r.Orders != filepath.Join(out, string(k)+".orders.yaml") || r.Plan != filepath.Join(out, "plan.yaml") {
			t.Errorf("%s: files %s, %s, %s", k, r.Scenario, r.Orders, r.Plan)
		}
		ref, none := playFiles(t, r.Scenario, r.Orders), playFiles(t, r.Scenario, "")
		if len(ref.rejected) > 0 {
			t.Errorf("%s: the reference response has %d orders refused, the first %v", k, len(ref.rejected), ref.rejected[0].Reason)
		}
		if ref.final < 60 || ref.final < none.final+40 {
			t.Errorf("%s: the reference response scores %.1f, no orders %.1f", k, ref.final, none.final)
		}
		if ref.final != r.Reference || none.final != r.None {
			t.Errorf("%s: drillsim new says %.1f and %.1f, the files score %.1f and %.1f", k, r.Reference, r.None, ref.final, none.final)
		}
		scn := ref.drill.Scenario
		hazards := len(scn.Hazards.Floods) + len(scn.Hazards.Landslides) + len(scn.Hazards.Fires)
		if want := map[Kind]int{Flood: 1, Landslide: 1, Fire: 1, Combined: 3, Tabletop: 1}[k]; hazards != want {
			t.Errorf("%s: %d hazards, want %d", k, hazards, want)
		}
		if len(scn.Injects) == 0 || (k == Tabletop) != (len(scn.Phases) > 0) {
			t.Errorf("%s: %d injects, %d phases", k, len(scn.Injects), len(scn.Phases))
		}
		// The demo town has its zones and shelters: the drill adds nothing to it.
		if slices.Contains(r.Files, filepath.Join(out, additionsFile)) {
			t.Errorf("%s: the drill adds to the demo town: %v", k, r.Notes)
		}
	}
}

// TestNewIsDeterministic writes the same drill twice: the same bytes.
func TestNewIsDeterministic(t *testing.T) {
	mp, dem := demoMap(t)
	a, b := t.TempDir(), t.TempDir()
	ra, err := Write(Landslide, Options{Map: mp, DEM: dem, Out: a})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Write(Landslide, Options{Map: mp, DEM: dem, Out: b}); err != nil {
		t.Fatal(err)
	}
	for _, f := range ra.Files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two writes (%v)", filepath.Base(f), err)
		}
	}
}

// TestNewSaysWhatTheMapLacks: a town without terrain, rivers, forest or shelters gets
// a Lack naming what is missing and how to add it, and writes no scenario.
func TestNewSaysWhatTheMapLacks(t *testing.T) {
	mp, _ := demoMap(t)
	noRivers, dem := demoMapWithout(t, "river", "stream")
	noForest, _ := demoMapWithout(t, "landcover")
	noShelters, _ := demoMapWithout(t, "shelter")
	for _, c := range []struct {
		kind     Kind
		opt      Options
		what     string
		add      string
		isLack   bool
		anyError bool
	}{
		{Flood, Options{Map: mp}, "terrain (a DEM)", "--dem", true, false},
		{Flood, Options{Map: noRivers, DEM: dem}, "a river", "waterway=river", true, false},
		{Fire, Options{Map: noForest, DEM: dem}, "forest", "landuse=forest", true, false},
		{Landslide, Options{Map: noShelters, DEM: dem}, "a shelter outside the hazard zones", "drillsim edit", true, false},
		{Flood, Options{Map: mp, DEM: dem, River: "黄河"}, "", "大漕河", false, true},
	} {
		out := t.TempDir()
		c.opt.Out = out
		_, err := Write(c.kind, c.opt)
		var lack *Lack
		switch {
		case err == nil:
			t.Errorf("%s on %v: no error", c.kind, c.opt)
			continue
		case errors.As(err, &lack) != c.isLack:
			t.Errorf("%s on %v: %v (a Lack: %v)", c.kind, c.opt, err, !c.isLack)
		case c.isLack && (lack.What.String() != c.what || lack.Drill != c.kind):
			t.Errorf("%s on %v: lacks %q", c.kind, c.opt, lack.What)
		}
		if !strings.Contains(err.Error(), c.add) {
			t.Errorf("%s on %v: %q does not say %q", c.kind, c.opt, err, c.add)
		}
		if _, err := os.Stat(filepath.Join(out, string(c.kind)+".yaml")); err == nil {
			t.Errorf("%s on %v: a scenario was written", c.kind, c.opt)
		}
	}
}

// TestParseKind reads the kinds in any case and refuses others, listing them.
func TestParseKind(t *testing.T) {
	if k, err := ParseKind(" Flood "); err != nil || k != Flood {
		t.Errorf("Flood: %v %v", k, err)
	}
	if _, err := ParseKind("earthquake"); err == nil || !strings.Contains(err.Error(), "tabletop") {
		t.Errorf("earthquake: %v", err)
	}
}

// TestNewOnAMapMarkedUp is the walkthrough's path on the Andorra extract: the flood
// zones the editor suggests for the Valira, saved into the map, become the drill's
// zones (none drawn again), and the drill plays from its files with no order refused.
func TestNewOnAMapMarkedUp(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(realdata.Path(t, "andorra/andorra.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	mapPath, dem := filepath.Join(dir, "andorra.geojson"), realdata.Path(t, "andorra/andorra-srtm.asc")
	if err := os.WriteFile(mapPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := mapedit.Open(mapPath, mapedit.Options{Map: maps.OpenOptions{DEM: dem}})
	if err != nil {
		t.Fatal(err)
	}
	zones, err := doc.FloodZones("Valira", 3)
	if err != nil || len(zones) == 0 {
		t.Fatalf("%d zones, %v", len(zones), err)
	}
	if _, err := doc.Add(zones...); err != nil {
		t.Fatal(err)
	}
	if _, err := doc.Save(); err != nil {
		t.Fatal(err)
	}
	r, err := Write(Flood, Options{Map: mapPath, DEM: dem, Out: filepath.Join(dir, "drill")})
	if err != nil {
		t.Fatal(err)
	}
	ref := playFiles(t, r.Scenario, r.Orders)
	flood := ref.drill.Scenario.Hazards.Floods[0]
	if flood.River != "Valira" || len(flood.Zones) != min(len(zones), maxFloodZones) || !strings.HasPrefix(flood.Zones[0], "Valira·") {
		t.Errorf("the drill floods %s over %v; the map's zones are %d", flood.River, flood.Zones, len(zones))
	}
	if len(ref.rejected) > 0 || ref.final <= playFiles(t, r.Scenario, "").final {
		t.Errorf("%d orders refused, reference %.1f", len(ref.rejected), ref.final)
	}
}

// TestNewFloodOnAndorraSavesThoseItThreatens draws a flood drill on the Andorra extract
// with nothing marked up, as a village office would, and plays it with the reference
// response and with none: the people the flood reaches are warned and moved in time,
// so the reference response has at most a twentieth of the casualties of doing nothing
// (a few stragglers who refuse to leave, not the houses no order reached), and the
// transfer the plan wants within two hours of the warning (5.3.1) is done in time.
func TestNewFloodOnAndorraSavesThoseItThreatens(t *testing.T) {
	mapPath, dem := realdata.Path(t, "andorra/andorra.geojson"), realdata.Path(t, "andorra/andorra-srtm.asc")
	r, err := Write(Flood, Options{Map: mapPath, DEM: dem, Out: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	ref, none := playFiles(t, r.Scenario, r.Orders), playFiles(t, r.Scenario, "")
	hurt, left := ref.graded.Outcome.Casualties, none.graded.Outcome.Casualties
	if left < 50 || hurt*20 > left {
		t.Errorf("casualties: %d with the reference response, %d with no orders", hurt, left)
	}
	transfer := slices.IndexFunc(ref.graded.Scorecard.Rows, func(row scoring.RequirementScore) bool { return row.Requirement.Clause == "5.3.1" })
	if transfer < 0 {
		t.Fatal("the plan has no transfer requirement (5.3.1)")
	}
	if w := ref.graded.Scorecard.Rows[transfer].Window; !w.Met {
		t.Errorf("5.3.1: the transfer is not done within %ds of the warning (started %v, stopped %v at %ds)", w.AllowedS, w.Started, w.Stopped, w.StopS)
	}
	if len(ref.rejected) > 0 {
		t.Errorf("%d orders refused, the first %v", len(ref.rejected), ref.rejected[0].Reason)
	}
}
