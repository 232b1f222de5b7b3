package maps

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/internal/realdata"
)

// houseAt is a 10 × 10 m house (as lon/lat GeoJSON) x, y metres from 106.0 E 28.5 N.
func houseAt(x, y float64) string {
	l := NewLocal(106, 28.5)
	var pts []string
	for _, d := range [][2]float64{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}} {
		lon, lat := l.ToLonLat(x+d[0], y+d[1])
		pts = append(pts, fmt.Sprintf("[%.8f,%.8f]", lon, lat))
	}
	return `{"type":"Feature","properties":{"building":"house"},"geometry":{"type":"Polygon","coordinates":[[` + strings.Join(pts, ",") + `]]}}`
}

// placeAt is a place=<place> point named name x, y metres from 106.0 E 28.5 N.
func placeAt(place, name string, x, y float64) string {
	lon, lat := NewLocal(106, 28.5).ToLonLat(x, y)
	return fmt.Sprintf(`{"type":"Feature","properties":{"place":%q,"name":%q},"geometry":{"type":"Point","coordinates":[%.8f,%.8f]}}`, place, name, lon, lat)
}

// roadAt is a residential road from x0, y0 to x1, y1 metres.
func roadAt(x0, y0, x1, y1 float64) string {
	l := NewLocal(106, 28.5)
	a0, b0 := l.ToLonLat(x0, y0)
	a1, b1 := l.ToLonLat(x1, y1)
	return fmt.Sprintf(`{"type":"Feature","properties":{"highway":"residential"},"geometry":{"type":"LineString","coordinates":[[%.8f,%.8f],[%.8f,%.8f]]}}`, a0, b0, a1, b1)
}

func villageNamed(t *testing.T, town *Town, name string) (int, *Village) {
	t.Helper()
	for i := range town.Villages {
		if town.Villages[i].Name == name {
			return i, &town.Villages[i]
		}
	}
	t.Fatalf("no village %s among %d", name, len(town.Villages))
	return -1, nil
}

// Two hamlets 600 m apart share the land between them at the halfway line; each house
// belongs to the nearer, and neither reaches beyond its own houses by more than the
// margin.
func TestVillagesFromPointsShareTheLandBetween(t *testing.T) {
	feats := []string{placeAt("hamlet", "上寨", 0, 0), placeAt("hamlet", "下寨", 600, 0), roadAt(-50, -50, 650, -50)}
	for _, x := range []float64{-80, -40, 0, 40, 240, 280} { // 上寨's houses reach 280 m east
		feats = append(feats, houseAt(x, 20))
	}
	for _, x := range []float64{320, 560, 600, 640} { // 下寨's start at 320 m
		feats = append(feats, houseAt(x, 20))
	}
	town, err := Load(fc(feats...), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	up, upV := villageNamed(t, town, "上寨")
	down, downV := villageNamed(t, town, "下寨")
	if upV.Origin != VillageAroundPoint || downV.Origin != VillageAroundPoint {
		t.Errorf("origins %v %v", upV.Origin, downV.Origin)
	}
	// The houses at 280 m (上寨) and 320 m (下寨) sit either side of the bisector at 300 m.
	x0, _ := town.Projection.FromLonLat(106, 28.5)
	for _, b := range town.Buildings {
		x := b.Centroid[0] - x0
		switch {
		case x < 300 && b.Village != up:
			t.Errorf("house at %.0f m is in village %d, want 上寨", x, b.Village)
		case x > 300 && b.Village != down:
			t.Errorf("house at %.0f m is in village %d, want 下寨", x, b.Village)
		}
	}
	if e := upV.Area.Bound().Max[0] - x0; e > 300.5 {
		t.Errorf("上寨 reaches %.0f m east, past the halfway line at 300 m", e)
	}
	if w := x0 - upV.Area.Bound().Min[0]; w > 80+placeMarginM+1 || w < 80 {
		t.Errorf("上寨 reaches %.0f m west; its last house is at 80 m and the margin %.0f m", w, float64(placeMarginM))
	}
}

func TestVillageFromABarePoint(t *testing.T) {
	town, err := Load(fc(placeAt("village", "高峰村", 0, 0), roadAt(2000, 0, 2100, 0), houseAt(2000, 20)), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, v := villageNamed(t, town, "高峰村")
	if r := boundRadius(v.Area.Bound()) / math.Sqrt2; math.Abs(r-placeBareRadiusM) > 5 {
		t.Errorf("a point with nothing near has an area of radius %.0f m, want %.0f", r, float64(placeBareRadiusM))
	}
}

func TestPlacePointOfAMappedBoundaryIsItsLabel(t *testing.T) {
	l := NewLocal(106, 28.5)
	var ring []string
	for _, d := range [][2]float64{{-500, -500}, {500, -500}, {500, 500}, {-500, 500}, {-500, -500}} {
		lon, lat := l.ToLonLat(d[0], d[1])
		ring = append(ring, fmt.Sprintf("[%.8f,%.8f]", lon, lat))
	}
	boundary := `{"type":"Feature","properties":{"boundary":"administrative","admin_level":"8","name":"白杨村"},"geometry":{"type":"Polygon","coordinates":[[` + strings.Join(ring, ",") + `]]}}`
	town, err := Load(fc(boundary, placeAt("village", "白杨村", 0, 0), placeAt("village", "白杨村", 300, 0), placeAt("hamlet", "新屋", 200, 200),
		roadAt(-100, 0, 100, 0), houseAt(190, 190)), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(town.Villages) != 2 {
		t.Fatalf("%d villages, want the boundary 白杨村 and the hamlet 新屋 inside it", len(town.Villages))
	}
	i, _ := villageNamed(t, town, "新屋")
	if town.Buildings[0].Village != i {
		t.Errorf("the house by 新屋 is in village %d, want the hamlet (%d), the most specific", town.Buildings[0].Village, i)
	}
}

// A Chinese extract's 村 points were background; they are villages with their houses.
func TestChineseVillagePointsBecomeVillages(t *testing.T) {
	town, err := Open("testdata/osm/village.osm.pbf", OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	homes := map[string]int{}
	for _, b := range town.Buildings {
		if b.Village >= 0 && b.Population > 0 {
			homes[town.Villages[b.Village].Name]++
		}
	}
	for _, name := range []string{"白杨村", "青杠村", "石桥村", "高峰村", "河坝村"} {
		_, v := villageNamed(t, town, name)
		if v.Origin != VillageAroundPoint {
			t.Errorf("%s: origin %v", name, v.Origin)
		}
	}
	if homes["白杨村"] != 6 || homes["青杠村"] != 6 || homes["石桥村"] != 1 {
		t.Errorf("homes per village %v, want 白杨村 6, 青杠村 6, 石桥村 1", homes)
	}
}

// The real Andorra export (osmtogeojson) had 6 villages and 17 errors; its parishes'
// open boundaries are closed and its place points drawn, and it passes check.
func TestAndorraExportGetsItsVillages(t *testing.T) {
	town, err := Open(realdata.Path(t, "andorra/andorra.geojson"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var points, closed int
	for _, v := range town.Villages {
		switch v.Origin {
		case VillageAroundPoint:
			points++
		case VillageClosedAtEdge:
			closed++
		}
	}
	if points < 40 || closed < 1 {
		t.Errorf("%d villages around points, %d closed at the edge", points, closed)
	}
	if town.Problems.HasErrors() {
		for _, p := range town.Problems {
			if p.Severity == Error {
				t.Error(p)
			}
		}
	}
	_, canillo := villageNamed(t, town, "Canillo")
	if a := planar.Area(canillo.Area) / 1e6; a < 90 || a > 130 {
		t.Errorf("Canillo, closed along the edge, covers %.0f km²; the parish is 121 km²", a)
	}
}

func TestConvexHullAndClipping(t *testing.T) {
	pts := []orb.Point{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}, {1, 3}, {4, 0}}
	h := convexHull(pts)
	if len(h) != 5 || ringArea2(h) != 32 {
		t.Fatalf("hull %v, want the 4 × 4 square counter-clockwise", h)
	}
	half := clipHalfPlane(h, orb.Point{1, 0}, orb.Point{1, 0}) // keep x <= 1
	if a := planar.Area(orb.Polygon{half}); math.Abs(a-4) > 1e-12 {
		t.Errorf("clipped area %v, want 4", a)
	}
	if clipHalfPlane(h, orb.Point{-1, 0}, orb.Point{1, 0}) != nil {
		t.Error("clipping everything away left something")
	}
	diamond := orb.Ring{{2, -1}, {5, 2}, {2, 5}, {-1, 2}, {2, -1}}
	if a := planar.Area(orb.Polygon{clipConvex(h, diamond)}); math.Abs(a-14) > 1e-12 {
		t.Errorf("square ∩ diamond = %v, want 16 - 4 corners of 0.5", a)
	}
	if convexHull([]orb.Point{{0, 0}, {1, 1}, {2, 2}}) != nil {
		t.Error("points on a line have a hull")
	}
}

// A place in a hamlet drawn inside its parish lies in the hamlet, as the houses there
// do: the checks and the engine place things in villages by the buildings' rule.
func TestVillageAtIsTheBuildingsRule(t *testing.T) {
	town, err := Open("testdata/osm/encamp.osm.pbf", OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range town.Buildings {
		if got := town.VillageAt(b.Centroid); got != b.Village && b.Population > 0 {
			t.Fatalf("building %v is in village %d, VillageAt says %d", b.Ref, b.Village, got)
		}
	}
	vila, _ := villageNamed(t, town, "Vila")
	if v := town.VillageAt(town.Villages[vila].seat); v != vila {
		t.Errorf("Vila's own point lies in village %d, not Vila (%d)", v, vila)
	}
}
