package mapgen

import (
	"bytes"
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestGenerateIsDeterministic(t *testing.T) {
	a := town(t)
	b, err := generate(Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.json, b.json) {
		t.Error("two runs with seed 1 wrote different GeoJSON")
	}
	if !bytes.Equal(a.asc, b.asc) {
		t.Error("two runs with seed 1 wrote different ASC grids")
	}
	c, err := generate(Options{Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.json, c.json) || bytes.Equal(a.asc, c.asc) {
		t.Error("seeds 1 and 2 gave the same map")
	}
}

func TestGenerateRejectsBadScale(t *testing.T) {
	for _, s := range []int{-1, MaxScale + 1} {
		if _, _, err := Generate(Options{Scale: s}); err == nil || !strings.Contains(err.Error(), "scale") {
			t.Errorf("Scale %d: err = %v, want an error naming the scale", s, err)
		}
	}
}

func TestTownIsMarkedIllustrative(t *testing.T) {
	g := town(t)
	if g.fc.ExtraMembers["name"] != "福宝镇（示意）" || g.fc.ExtraMembers["illustrative"] != true {
		t.Errorf("foreign members = %v, want name 福宝镇（示意） and illustrative true", g.fc.ExtraMembers)
	}
}

func TestTownFeatureCounts(t *testing.T) {
	g := town(t)
	want := map[string]int{"river": 1, "stream": 5, "village": 9, "building": 4000, "road": 30,
		"shelter": 10, "depot": 1, "station": 5, "hazard_zone": 8, "landcover": 20, "loudspeaker": 12}
	for k, n := range want {
		if got := len(g.kinds[k]); got < n {
			t.Errorf("%d features of kind %s, want at least %d", got, k, n)
		}
	}
	for k, fs := range g.kinds {
		if _, ok := want[k]; !ok {
			t.Errorf("%d features of unexpected kind %q", len(fs), k)
		}
	}
}

func TestTownPopulation(t *testing.T) {
	g := town(t)
	pop, vul, ruralPop, ruralVul := 0, 0, 0, 0
	named := map[string]bool{}
	for _, f := range g.kinds["building"] {
		p, v := int(number(f, "population")), int(number(f, "vulnerable"))
		if p < 1 || p > 8 || v < 0 || v > p {
			t.Fatalf("building %v: population %d, vulnerable %d; want 1..8 and 0..population", f.Properties["name"], p, v)
		}
		if f.Properties["village"] == "" {
			t.Fatalf("building without a village: %v", f.Properties)
		}
		pop += p
		vul += v
		if f.Properties["village"] != "福宝社区" {
			ruralPop += p
			ruralVul += v
		}
		if n, ok := f.Properties["name"].(string); ok {
			named[n] = true
		}
	}
	if pop < 18000 || pop > 22000 {
		t.Errorf("population %d, want 18,000-22,000", pop)
	}
	if share := float64(vul) / float64(pop); share < 0.25 || share > 0.35 {
		t.Errorf("vulnerable share %.3f, want 0.25-0.35", share)
	}
	if float64(ruralVul)/float64(ruralPop) <= float64(vul)/float64(pop) {
		t.Errorf("rural vulnerable share must exceed the overall share")
	}
	for _, n := range []string{"福宝镇中心小学", "福宝中学", "福宝镇卫生院", "福宝镇人民政府"} {
		if !named[n] {
			t.Errorf("no building named %s", n)
		}
	}
	villagePop := 0
	for _, f := range g.kinds["village"] {
		villagePop += int(number(f, "population"))
		if !strings.HasSuffix(f.Properties["head"].(string), "XX") || !strings.Contains(f.Properties["phone"].(string), "xxxx") {
			t.Errorf("village %v: head and phone must be illustrative placeholders", f.Properties["name"])
		}
	}
	if villagePop != pop {
		t.Errorf("villages' populations sum to %d, buildings to %d", villagePop, pop)
	}
}

func TestTownVillagesTileTheTownship(t *testing.T) {
	g := town(t)
	villages, community := 0, 0
	total := 0.0
	polys := map[string]orb.Polygon{}
	for _, f := range g.kinds["village"] {
		name := f.Properties["name"].(string)
		switch {
		case strings.HasSuffix(name, "社区"):
			community++
		case strings.HasSuffix(name, "村"):
			villages++
		default:
			t.Errorf("village %q is neither a 村 nor a 社区", name)
		}
		p := f.Geometry.(orb.Polygon)
		polys[name] = p
		m := orb.Ring{}
		for _, q := range p[0] {
			m = append(m, g.metres(q))
		}
		area := planar.Area(m)
		if area <= 0 {
			t.Errorf("village %s ring is not counter-clockwise", name)
		}
		total += area
	}
	if villages < 8 || community != 1 {
		t.Errorf("%d villages and %d communities, want ≥8 and 1", villages, community)
	}
	want := 4 * tileHalfWidth * tileHalfHeight
	if math.Abs(total-want)/want > 0.002 {
		t.Errorf("villages cover %.0f m², the township %.0f m²: they must tile it without gaps or overlaps", total, want)
	}
	for i, f := range g.kinds["building"] {
		c := centroid(f.Geometry.(orb.Polygon))
		name := f.Properties["village"].(string)
		if !planar.PolygonContains(polys[name], c) {
			t.Fatalf("building %d says village %s but lies outside it", i, name)
		}
	}
}

func TestTownBuildingsAreNearRoads(t *testing.T) {
	g := town(t)
	var segs [][2]orb.Point
	for _, f := range g.kinds["road"] {
		ls := f.Geometry.(orb.LineString)
		for i := 1; i < len(ls); i++ {
			segs = append(segs, [2]orb.Point{g.metres(ls[i-1]), g.metres(ls[i])})
		}
	}
	close := 0
	for i, f := range g.kinds["building"] {
		c := g.metres(centroid(f.Geometry.(orb.Polygon)))
		best := math.Inf(1)
		for _, s := range segs {
			if math.Abs(s[0][0]-c[0]) > 600 {
				continue
			}
			best = math.Min(best, segmentDistance(c, s[0], s[1]))
		}
		if best > 150 {
			t.Fatalf("building %d (%v) is %.0f m from the nearest road, want ≤150", i, f.Properties["village"], best)
		}
		if best <= 30 {
			close++
		}
	}
	if share := float64(close) / float64(len(g.kinds["building"])); share < 0.95 {
		t.Errorf("%.3f of buildings lie within 30 m of a road or lane, want ≥0.95", share)
	}
}

func TestTownRoadNetworkIsConnected(t *testing.T) {
	g := town(t)
	if n := roadComponents(g.kinds["road"]); n != 1 {
		t.Errorf("road network has %d pieces joined at shared vertices, want 1", n)
	}
	classes := map[string]bool{}
	for _, f := range g.kinds["road"] {
		classes[f.Properties["class"].(string)] = true
		if s := number(f, "speed_kmh"); s <= 0 || s > 60 {
			t.Errorf("road %v speed %g km/h", f.Properties["name"], s)
		}
	}
	for _, c := range []string{"secondary", "tertiary", "residential", "unclassified", "footway", "path"} {
		if !classes[c] {
			t.Errorf("no road of class %s", c)
		}
	}
}

func TestTownBridgesCrossTheRiver(t *testing.T) {
	g := town(t)
	river := g.kinds["river"][0].Geometry.(orb.LineString)
	bridges := 0
	for bi, b := range g.kinds["road"] {
		if b.Properties["bridge"] != true {
			continue
		}
		bridges++
		bl := b.Geometry.(orb.LineString)
		a, z := bl[0], bl[len(bl)-1]
		if !crosses(bl, river) {
			t.Errorf("bridge %v does not cross the river", b.Properties["name"])
		}
		endsShared := [2]bool{}
		for ri, r := range g.kinds["road"] {
			if ri == bi {
				continue
			}
			ls := r.Geometry.(orb.LineString)
			for _, p := range ls {
				endsShared[0] = endsShared[0] || p == a
				endsShared[1] = endsShared[1] || p == z
			}
			for i := 1; i < len(ls); i++ {
				for j := 1; j < len(bl); j++ {
					if p, ok := intersection(ls[i-1], ls[i], bl[j-1], bl[j]); ok && p != a && p != z {
						t.Errorf("road %v touches bridge %v in its middle", r.Properties["name"], b.Properties["name"])
					}
				}
			}
		}
		if !endsShared[0] || !endsShared[1] {
			t.Errorf("bridge %v: an end vertex is shared with no approach road", b.Properties["name"])
		}
	}
	if bridges < 3 {
		t.Errorf("%d bridges, want ≥3", bridges)
	}
}

// crosses reports whether two polylines intersect.
func crosses(a, b orb.LineString) bool {
	for i := 1; i < len(a); i++ {
		for j := 1; j < len(b); j++ {
			if _, ok := intersection(a[i-1], a[i], b[j-1], b[j]); ok {
				return true
			}
		}
	}
	return false
}

// intersection returns where segments pq and rs meet, if they do.
func intersection(p, q, r, s orb.Point) (orb.Point, bool) {
	d := (q[0]-p[0])*(s[1]-r[1]) - (q[1]-p[1])*(s[0]-r[0])
	if d == 0 {
		return orb.Point{}, false
	}
	t := ((r[0]-p[0])*(s[1]-r[1]) - (r[1]-p[1])*(s[0]-r[0])) / d
	u := ((r[0]-p[0])*(q[1]-p[1]) - (r[1]-p[1])*(q[0]-p[0])) / d
	if t < 0 || t > 1 || u < 0 || u > 1 {
		return orb.Point{}, false
	}
	if t == 0 {
		return p, true
	}
	if t == 1 {
		return q, true
	}
	if u == 0 {
		return r, true
	}
	if u == 1 {
		return s, true
	}
	return orb.Point{p[0] + t*(q[0]-p[0]), p[1] + t*(q[1]-p[1])}, true
}

func TestTownRiverFollowsTheValleyFloor(t *testing.T) {
	g := town(t)
	river := g.kinds["river"][0].Geometry.(orb.LineString)
	prev := math.Inf(1)
	for i, p := range river {
		h := demAt(g.dem, p)
		if h > prev {
			t.Fatalf("river rises downstream at vertex %d: %.2f m after %.2f m", i, h, prev)
		}
		prev = h
		if i == 0 || i == len(river)-1 {
			continue
		}
		m, a, b := g.metres(p), g.metres(river[i-1]), g.metres(river[i+1])
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		for _, side := range []float64{-200, 200} {
			q := orb.Point{m[0] - side*dy/l, m[1] + side*dx/l}
			lon, lat := g.proj.ToLonLat(q[0], q[1])
			if hq := demAt(g.dem, orb.Point{lon, lat}); hq <= h {
				t.Fatalf("river vertex %d at %.1f m is not lower than the ground 200 m to its side (%.1f m)", i, h, hq)
			}
		}
	}
	first, last := demAt(g.dem, river[0]), demAt(g.dem, river[len(river)-1])
	if first < 280 || first > 310 || last < 240 || last > 270 {
		t.Errorf("river falls from %.0f m to %.0f m, want about 300 m to 255 m", first, last)
	}
	hi := float32(0)
	for _, h := range g.dem.Heights {
		hi = max(hi, h)
	}
	if hi < 600 || hi > 1300 {
		t.Errorf("highest ridge %.0f m, want 600-1300 m", hi)
	}
}

func TestTownCoordinatesAreInsideTheDEMAndPolygonsClosed(t *testing.T) {
	g := town(t)
	d := g.dem
	west, south := d.X0-d.Cell/2, d.Y0-d.Cell/2
	east, north := west+float64(d.Cols)*d.Cell, south+float64(d.Rows)*d.Cell
	check := func(f int, p orb.Point) {
		if p[0] < west || p[0] > east || p[1] < south || p[1] > north {
			t.Fatalf("feature %d has vertex %v outside the DEM [%g,%g]×[%g,%g]", f, p, west, east, south, north)
		}
		if r := p[0] * 1e7; r != math.Round(r) && math.Abs(r-math.Round(r)) > 1e-6 {
			t.Fatalf("feature %d vertex %v has more than 7 decimals", f, p)
		}
	}
	for i, f := range g.fc.Features {
		switch geom := f.Geometry.(type) {
		case orb.Point:
			check(i, geom)
		case orb.LineString:
			for _, p := range geom {
				check(i, p)
			}
		case orb.Polygon:
			for _, r := range geom {
				if len(r) < 4 || r[0] != r[len(r)-1] {
					t.Fatalf("feature %d (%v) has an unclosed ring", i, f.Properties["name"])
				}
				for _, p := range r {
					check(i, p)
				}
			}
		default:
			t.Fatalf("feature %d has unexpected geometry %T", i, geom)
		}
	}
}

func TestTownFacilities(t *testing.T) {
	g := town(t)
	capacity := 0
	for _, f := range g.kinds["shelter"] {
		c := int(number(f, "capacity"))
		if c < 100 || c > 1500 {
			t.Errorf("shelter %v capacity %d, want 100-1500", f.Properties["name"], c)
		}
		capacity += c
	}
	atRisk, population := 0, 0
	for _, f := range g.kinds["hazard_zone"] {
		if h := f.Properties["hazard"]; h == "flood" || h == "landslide" {
			atRisk += int(number(f, "people"))
		}
	}
	for _, f := range g.kinds["building"] {
		population += int(number(f, "population"))
	}
	if capacity < atRisk || capacity > population/2 {
		t.Errorf("shelter capacity %d for %d people at risk of %d: want enough for those at risk, not for everyone", capacity, atRisk, population)
	}
	stock := g.kinds["depot"][0].Properties["stock"].(map[string]any)
	for _, item := range []string{"sandbags", "tents", "life_jackets", "boats", "generators", "drinking_water_t", "instant_noodles_boxes"} {
		if n, _ := stock[item].(float64); n <= 0 {
			t.Errorf("depot stock has no %s", item)
		}
	}
	types := map[string]map[string]any{}
	for _, f := range g.kinds["station"] {
		units, _ := f.Properties["units"].(map[string]any)
		types[f.Properties["type"].(string)] = units
	}
	wantUnits := map[string]string{"rescue": "rescue_team", "fire_station": "fire_team", "hospital": "medical_team", "police": "", "townhall": ""}
	for typ, unit := range wantUnits {
		units, ok := types[typ]
		if !ok {
			t.Errorf("no station of type %s", typ)
		} else if unit != "" && units[unit] == nil {
			t.Errorf("station %s has no %s", typ, unit)
		}
	}
}

func TestTownLoudspeakersCoverMostHouseholds(t *testing.T) {
	g := town(t)
	type speaker struct {
		at orb.Point
		r  float64
	}
	var sp []speaker
	for _, f := range g.kinds["loudspeaker"] {
		r := number(f, "radius_m")
		if r < 300 || r > 600 {
			t.Errorf("loudspeaker %v radius %g m, want 300-600", f.Properties["name"], r)
		}
		sp = append(sp, speaker{g.metres(f.Geometry.(orb.Point)), r})
	}
	covered := 0
	for _, f := range g.kinds["building"] {
		c := g.metres(centroid(f.Geometry.(orb.Polygon)))
		for _, s := range sp {
			if math.Hypot(c[0]-s.at[0], c[1]-s.at[1]) <= s.r {
				covered++
				break
			}
		}
	}
	if share := float64(covered) / float64(len(g.kinds["building"])); share < 0.7 || share >= 0.98 {
		t.Errorf("loudspeakers cover %.2f of buildings, want most but not all", share)
	}
}

func TestCountyMeetsBenchmarkSize(t *testing.T) {
	if testing.Short() {
		t.Skip("the scale-6 county takes a few seconds; skipped in -short mode")
	}
	fc, dem, err := Generate(Options{Seed: 3, Scale: 6})
	if err != nil {
		t.Fatal(err)
	}
	buildings := 0
	for _, f := range fc.Features {
		if f.Properties["kind"] == "building" {
			buildings++
		}
	}
	if buildings < 100000 || dem.Cols*dem.Rows < 1000000 {
		t.Errorf("county has %d buildings and %d DEM cells; want ≥100,000 and ≥1,000,000", buildings, dem.Cols*dem.Rows)
	}
	checkNetwork(t, loadNetwork(t, "county", fc, dem), 50000)
}

// BenchmarkGenerateTown times the whole town against its terrain alone (the DEM
// rasterisation every map needs), so x_vs_dem says what the layout costs on top.
func BenchmarkGenerateTown(b *testing.B) {
	c := testCounty(1, 1)
	var dem float64
	b.Run("dem_only", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c.rasterize(runtime.GOMAXPROCS(0))
		}
		dem = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("generate", func(b *testing.B) {
		b.ReportAllocs()
		features := 0
		for b.Loop() {
			fc, _, err := Generate(Options{Seed: 1})
			if err != nil {
				b.Fatal(err)
			}
			features = len(fc.Features)
		}
		per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		b.ReportMetric(float64(features), "features")
		if dem > 0 {
			b.ReportMetric(per/dem, "x_vs_dem")
		}
	})
}

func TestTownRoadsMeetOnlyAtSharedVertices(t *testing.T) {
	g := town(t)
	type segment struct {
		a, b orb.Point
		road int
	}
	var segs []segment
	for i, f := range g.kinds["road"] {
		ls := f.Geometry.(orb.LineString)
		for k := 1; k < len(ls); k++ {
			segs = append(segs, segment{ls[k-1], ls[k], i})
		}
	}
	for i, s := range segs {
		for _, u := range segs[i+1:] {
			if s.road == u.road {
				continue
			}
			if p, ok := intersection(s.a, s.b, u.a, u.b); ok && p != s.a && p != s.b && p != u.a && p != u.b {
				t.Fatalf("roads %v and %v cross at %v without a shared vertex",
					g.kinds["road"][s.road].Properties["name"], g.kinds["road"][u.road].Properties["name"], p)
			}
		}
	}
}
