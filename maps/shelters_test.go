package maps

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// areaAt is a w × h m polygon with the given properties (JSON members), x, y metres from
// 106.0 E 28.5 N.
func areaAt(props string, x, y, w, h float64) string {
	l := NewLocal(106, 28.5)
	var pts []string
	for _, d := range [][2]float64{{0, 0}, {w, 0}, {w, h}, {0, h}, {0, 0}} {
		lon, lat := l.ToLonLat(x+d[0], y+d[1])
		pts = append(pts, fmt.Sprintf("[%.9f,%.9f]", lon, lat))
	}
	return `{"type":"Feature","properties":{` + props + `},"geometry":{"type":"Polygon","coordinates":[[` + strings.Join(pts, ",") + `]]}}`
}

// pointAt is a point with the given properties x, y metres from 106.0 E 28.5 N.
func pointAt(props string, x, y float64) string {
	lon, lat := NewLocal(106, 28.5).ToLonLat(x, y)
	return fmt.Sprintf(`{"type":"Feature","properties":{%s},"geometry":{"type":"Point","coordinates":[%.9f,%.9f]}}`, props, lon, lat)
}

func shelterNamed(t *testing.T, town *Town, name string) *Shelter {
	t.Helper()
	for i := range town.Shelters {
		if town.Shelters[i].Name == name {
			return &town.Shelters[i]
		}
	}
	t.Fatalf("no shelter %s", name)
	return nil
}

func TestHutsAreNotShelters(t *testing.T) {
	town, err := Load(fc(road1,
		pointAt(`"amenity":"shelter","shelter_type":"basic_hut","name":"避雨亭"`, 0, 0),
		pointAt(`"amenity":"shelter","shelter_type":"public_transport","name":"车站"`, 10, 0),
		pointAt(`"tourism":"alpine_hut","name":"山屋"`, 20, 0),
		pointAt(`"amenity":"school","name":"小学"`, 30, 0),
		pointAt(`"amenity":"community_centre","name":"活动中心"`, 40, 0),
		pointAt(`"leisure":"sports_hall","name":"体育馆"`, 50, 0),
		pointAt(`"emergency":"assembly_point","name":"广场"`, 60, 0),
		pointAt(`"kind":"shelter","amenity":"shelter","name":"指定避难亭"`, 70, 0)), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range town.Shelters {
		names = append(names, s.Name)
	}
	if want := []string{"小学", "活动中心", "体育馆", "广场", "指定避难亭"}; !slices.Equal(names, want) {
		t.Errorf("shelters %v, want %v", names, want)
	}
}

func TestShelterCapacityFromFootprint(t *testing.T) {
	town, err := Load(fc(road1,
		areaAt(`"amenity":"community_centre","building":"yes","building:levels":"2","name":"礼堂"`, 0, 0, 20, 10),
		areaAt(`"amenity":"school","name":"中学"`, 100, 0, 100, 100),
		areaAt(`"building":"school","building:levels":"3"`, 110, 10, 30, 10),
		areaAt(`"building":"school"`, 150, 50, 20, 20),
		areaAt(`"amenity":"school","name":"操场"`, 300, 0, 40, 50),
		pointAt(`"amenity":"school","name":"村小"`, 505, 5),
		areaAt(`"building":"yes"`, 500, 0, 10, 10),
		pointAt(`"amenity":"school","name":"教学点"`, 900, 900),
		pointAt(`"amenity":"school","name":"有数","capacity":"350"`, 950, 900)), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		want int
		from string
	}{
		{"礼堂", 200, "footprint"},                                  // 20 × 10 m, two storeys, 2 m² each
		{"中学", (30*10*3 + 20*20) / 2, "buildings in its grounds"}, // the buildings, not the playground
		{"操场", 40 * 50 / 2, "open ground"},
		{"村小", 50, "the building it stands in"},
		{"教学点", shelterAssumed, "no floor area: assumed"},
		{"有数", 350, ""},
	}
	for _, c := range cases {
		s := shelterNamed(t, town, c.name)
		if math.Abs(float64(s.Capacity-c.want)) > 1 || s.CapacityFrom.String() != c.from {
			t.Errorf("%s: capacity %d from %q, want %d from %q", c.name, s.Capacity, s.CapacityFrom, c.want, c.from)
		}
	}
	found := false
	for _, p := range town.Problems {
		found = found || strings.Contains(p.Message, "5 shelters have no capacity")
	}
	if !found {
		t.Errorf("no warning listing the 5 estimated shelters in %v", town.Problems)
	}
}

func TestFarShelters(t *testing.T) {
	// Terrain rising 1 m every 10 m eastwards; homes near x = 0.
	dem := &DEM{Cols: 500, Rows: 50, Cell: 0.0001, X0: 105.99, Y0: 28.4975, CRS: WGS84, Heights: make([]float32, 500*50)}
	for r := 0; r < dem.Rows; r++ {
		for c := 0; c < dem.Cols; c++ {
			x, _ := NewLocal(106, 28.5).FromLonLat(dem.X0+float64(c)*dem.Cell, 28.5)
			dem.Heights[r*dem.Cols+c] = float32(500 + x/10)
		}
	}
	feats := []string{roadAt(-50, -20, 3000, -20),
		pointAt(`"amenity":"school","name":"村小"`, 50, 0),
		pointAt(`"amenity":"school","name":"半山小学"`, 2000, 0),
		pointAt(`"kind":"shelter","name":"远处仓库","capacity":"10"`, 2600, 0)}
	for i := range 12 {
		feats = append(feats, houseAt(float64(i*10), 20))
	}
	town, err := Load(fc(feats...), LoadOptions{DEM: dem})
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, p := range town.Problems {
		if strings.Contains(p.Message, "避难场所") {
			said = append(said, p.Message)
		}
	}
	text := strings.Join(said, "\n")
	if !strings.Contains(text, "shelter 半山小学 stands") || !strings.Contains(text, "shelter 远处仓库 has no home within 2 km") || strings.Contains(text, "村小 stands") {
		t.Errorf("warnings:\n%s\nwant 半山小学 far above and 远处仓库 away, and nothing of 村小", text)
	}
}
