package mapedit

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/internal/realdata"
	"drillsim/maps"
)

// synthTown writes a map of houses (10 m squares of 4 residents centred on houses, in
// metres east and north of 106°E 28.5°N), a road through them, a river along river
// and a DEM of ground heights z(x, y) over 3 × 3 km, and opens it for editing.
func synthTown(t *testing.T, z func(x, y float64) float64, houses []orb.Point, river orb.LineString) *Doc {
	t.Helper()
	proj := maps.NewLocal(106, 28.5)
	ll := func(p orb.Point) string {
		lon, lat := proj.ToLonLat(p[0], p[1])
		return fmt.Sprintf("[%.8f, %.8f]", lon, lat)
	}
	var feats []string
	for i, h := range houses {
		sq := []orb.Point{{h[0] - 5, h[1] - 5}, {h[0] + 5, h[1] - 5}, {h[0] + 5, h[1] + 5}, {h[0] - 5, h[1] + 5}, {h[0] - 5, h[1] - 5}}
		var ring []string
		for _, p := range sq {
			ring = append(ring, ll(p))
		}
		feats = append(feats, fmt.Sprintf(`{"type": "Feature", "properties": {"kind": "building", "name": "house %d", "population": 4}, "geometry": {"type": "Polygon", "coordinates": [[%s]]}}`, i, strings.Join(ring, ", ")))
	}
	var line []string
	for _, p := range river {
		line = append(line, ll(p))
	}
	feats = append(feats, fmt.Sprintf(`{"type": "Feature", "properties": {"kind": "river", "name": "清水河"}, "geometry": {"type": "LineString", "coordinates": [%s]}}`, strings.Join(line, ", ")))
	feats = append(feats, fmt.Sprintf(`{"type": "Feature", "properties": {"kind": "road", "name": "村道"}, "geometry": {"type": "LineString", "coordinates": [%s, %s]}}`, ll(orb.Point{-400, -400}), ll(orb.Point{400, 400})))
	dir := t.TempDir()
	mapPath := filepath.Join(dir, "town.geojson")
	os.WriteFile(mapPath, []byte(`{"type": "FeatureCollection", "features": [`+strings.Join(feats, ",\n")+"]}\n"), 0o644)
	const cell, half = 0.0001, 1500.0
	lon0, lat0 := proj.ToLonLat(-half, -half)
	lon1, lat1 := proj.ToLonLat(half, half)
	dem := &maps.DEM{Cols: int((lon1-lon0)/cell) + 1, Rows: int((lat1-lat0)/cell) + 1, X0: lon0, Y0: lat0, Cell: cell, CRS: maps.WGS84}
	dem.Heights = make([]float32, dem.Cols*dem.Rows)
	for r := range dem.Rows {
		for c := range dem.Cols {
			x, y := proj.FromLonLat(lon0+float64(c)*cell, lat0+float64(dem.Rows-1-r)*cell)
			dem.Heights[r*dem.Cols+c] = float32(z(x, y))
		}
	}
	demPath := filepath.Join(dir, "town.asc")
	f, _ := os.Create(demPath)
	if err := dem.WriteASC(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	d, err := Open(mapPath, Options{Map: maps.OpenOptions{DEM: demPath}})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFloodZonesVValley checks the flood zones against a valley whose answer is known:
// ground rising at 5% on both sides of a river that runs level, risen 3 m, floods
// 3/0.05 = 60 m either side of it; a house at 30 m is in the zone, one at 120 m is not.
func TestFloodZonesVValley(t *testing.T) {
	const slope, rise = 0.05, 3.0
	houses := []orb.Point{{30, 0}, {-30, 200}, {120, 0}, {-150, -100}}
	d := synthTown(t, func(x, y float64) float64 { return 300 + slope*math.Abs(x) }, houses, orb.LineString{{0, -1000}, {0, 1000}})
	zones, err := d.FloodZones("清水河", rise)
	if err != nil {
		t.Fatal(err)
	}
	if len(zones) != 1 {
		t.Fatalf("%d zones, want 1", len(zones))
	}
	z := zones[0]
	if z.Props["people"] != 8.0 || z.Props["households"] != 2.0 || z.Props["hazard"] != "flood" || z.Name() != "清水河洪水风险区" {
		t.Errorf("zone %v", z.Props)
	}
	// The zone's width across the valley at y = 0: 2·rise/slope, within a cell each side.
	mp := z.Area()
	var inside []float64
	for x := -200.0; x <= 200; x++ {
		if planar.MultiPolygonContains(mp, orb.Point{x, 0}) {
			inside = append(inside, x)
		}
	}
	cell := d.Terrain().Cell
	if width := inside[len(inside)-1] - inside[0]; math.Abs(width-2*rise/slope) > 2*cell {
		t.Errorf("the zone is %.0f m wide across the valley, want %.0f ± %.0f", width, 2*rise/slope, 2*cell)
	}
	if _, err := d.Add(zones...); err != nil {
		t.Fatal(err)
	}
	if _, err := d.FloodZones("无名河", rise); err == nil || !strings.Contains(err.Error(), "清水河") {
		t.Errorf("a river the map lacks: %v", err)
	}
}

// TestLandslideZonesBelowSteepGround puts houses at the foot of a 35° slope (zones
// over the slope behind them, reaching them) and of a 15° one (none).
func TestLandslideZonesBelowSteepGround(t *testing.T) {
	houses := []orb.Point{{-30, 0}, {-30, 40}, {-400, 0}}
	hill := func(deg float64) func(x, y float64) float64 {
		return func(x, y float64) float64 { return 300 + math.Max(0, x)*math.Tan(deg*math.Pi/180) }
	}
	d := synthTown(t, hill(35), houses, orb.LineString{{-700, -1000}, {-700, 1000}})
	zones, err := d.LandslideZones(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(zones) == 0 {
		t.Fatal("no zones on the 35° slope")
	}
	// The most threatening reaches both houses at the slope's foot, none the house
	// 400 m away on the flat.
	if z := zones[0]; z.Props["hazard"] != "landslide" || z.Props["people"] != 8.0 || z.Props["households"] != 2.0 {
		t.Errorf("zone %v", z.Props)
	}
	for _, z := range zones {
		for _, p := range z.Area()[0][0] {
			if p[0] < -d.Terrain().Cell || p[0] > aboveHousesM+2*d.Terrain().Cell {
				t.Errorf("%s reaches %.0f m east of the slope's foot: beyond the steep ground within %d m of the houses", z.Name(), p[0], aboveHousesM)
				break
			}
		}
		if z.Props["people"].(float64) > 8 {
			t.Errorf("%s threatens %v people: the house on the flat too", z.Name(), z.Props["people"])
		}
	}
	gentle := synthTown(t, hill(15), houses, orb.LineString{{-700, -1000}, {-700, 1000}})
	if zones, err := gentle.LandslideZones(0); err != nil || len(zones) != 0 {
		t.Errorf("the 15° slope: %d zones, %v", len(zones), err)
	}
}

// TestSuggestionsAndorra finds flood and landslide zones on the real Andorra extract
// and its SRTM terrain: the Valira d'Orient risen 3 m threatens people in its valley,
// and the steep slopes above Andorra's villages threaten some of their houses.
func TestSuggestionsAndorra(t *testing.T) {
	d, err := Open(copyFile(t, realdata.Path(t, "andorra/andorra.geojson"), t.TempDir()), Options{Map: maps.OpenOptions{DEM: realdata.Path(t, "andorra/andorra-srtm.asc")}})
	if err != nil {
		t.Fatal(err)
	}
	if rivers := d.Rivers(); rivers[0] != "Valira" || rivers[1] != "Valira d'Orient" {
		t.Errorf("the rivers, longest first: %q", rivers[:2])
	}
	floods, err := d.FloodZones("Valira d'Orient", 3)
	if err != nil {
		t.Fatal(err)
	}
	slides, err := d.LandslideZones(0)
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range [][]Feature{floods, slides} {
		if len(set) == 0 {
			t.Fatal("no zones")
		}
		for _, z := range set {
			households, people := d.Threat(z)
			if people <= 0 || float64(people) != z.Props["people"] || float64(households) != z.Props["households"] {
				t.Errorf("%s threatens %d people in %d households, says %v", z.Name(), people, households, z.Props)
			}
		}
	}
	t.Logf("%d flood zones (first %s: %v people), %d landslide zones (first %s: %v)", len(floods), floods[0].Name(), floods[0].Props["people"], len(slides), slides[0].Name(), slides[0].Props["people"])
	if _, err := d.Add(append(floods, slides...)...); err != nil {
		t.Fatal(err)
	}
}

// TestShelterSitesAndorra suggests the Andorran halls the map does not call shelters
// (its only shelter is a school point): town halls and public buildings outside the
// hazard zones, each with the capacity of its floor.
func TestShelterSitesAndorra(t *testing.T) {
	d, err := Open(copyFile(t, realdata.Path(t, "andorra/andorra.geojson"), t.TempDir()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	sites := d.ShelterSites()
	names := map[string]bool{}
	for _, s := range sites {
		names[s.Name()] = true
		if s.Props["capacity"].(float64) < minHallCapacity {
			t.Errorf("%s takes %v", s.Name(), s.Props["capacity"])
		}
	}
	if !names["Comú de Canillo"] || !names["Funicamp"] {
		t.Errorf("sites %v", names)
	}
	canillo := find(t, d, maps.KindVillage, "Canillo")
	zone := d.NewArea(maps.KindHazardZone, "flood", d.Feature(canillo).Area()[0][0])
	for _, s := range d.ShelterSites(zone) {
		if s.Name() == "Comú de Canillo" {
			t.Error("a hall inside a hazard zone is suggested")
		}
	}
	if _, err := d.Add(sites...); err != nil {
		t.Fatal(err)
	}
}

// TestRiseToFloodVValley: on ground rising at 5% from a level river, houses 30, 30, 120
// and 150 m from it stand 1.5, 1.5, 6 and 7.5 m above its level; the rise that floods
// half of them is 1.5 m, all of them 7.5 m, and none stands in an area without houses.
func TestRiseToFloodVValley(t *testing.T) {
	houses := []orb.Point{{30, 0}, {-30, 200}, {120, 0}, {-150, -100}}
	d := synthTown(t, func(x, y float64) float64 { return 300 + 0.05*math.Abs(x) }, houses, orb.LineString{{0, -1000}, {0, 1000}})
	all := orb.MultiPolygon{{{{-1000, -1000}, {1000, -1000}, {1000, 1000}, {-1000, 1000}, {-1000, -1000}}}}
	for _, c := range []struct{ share, want float64 }{{0.5, 1.5}, {1, 7.5}} {
		rise, ok, err := d.RiseToFlood("清水河", all, c.share)
		if err != nil || !ok || math.Abs(rise-c.want) > 0.4 {
			t.Errorf("share %g: rise %.2f (ok %v, %v), want %g", c.share, rise, ok, err, c.want)
		}
	}
	empty := orb.MultiPolygon{{{{500, 500}, {900, 500}, {900, 900}, {500, 900}, {500, 500}}}}
	if _, ok, err := d.RiseToFlood("清水河", empty, 0.5); ok || err != nil {
		t.Errorf("an area without houses: ok %v, %v", ok, err)
	}
	if _, _, err := d.RiseToFlood("黄河", all, 0.5); err == nil || !strings.Contains(err.Error(), "清水河") {
		t.Errorf("an unknown river: %v", err)
	}
}

// TestFireZonesAndorra finds the houses at the Andorran forest's edge: zones of fire
// whose people are those the engine counts, each with forest within 100 m of a house.
func TestFireZonesAndorra(t *testing.T) {
	d, err := Open(copyFile(t, realdata.Path(t, "andorra/andorra.geojson"), t.TempDir()), Options{Map: maps.OpenOptions{DEM: realdata.Path(t, "andorra/andorra-srtm.asc")}})
	if err != nil {
		t.Fatal(err)
	}
	zones, err := d.FireZones()
	if err != nil || len(zones) == 0 {
		t.Fatalf("%d zones, %v", len(zones), err)
	}
	for _, z := range zones {
		households, people := d.Threat(z)
		if z.Props["hazard"] != "fire" || people <= 0 || float64(people) != z.Props["people"] || float64(households) != z.Props["households"] {
			t.Errorf("%s threatens %d people in %d households, says %v", z.Name(), people, households, z.Props)
		}
		if !d.forestWithin(z.Location(), fireTileM, 20) {
			t.Errorf("%s has no forest near it", z.Name())
		}
	}
}
