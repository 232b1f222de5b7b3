package mapgen

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"sync"
	"testing"

	"drillsim/maps"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// generated is a map as a loader sees it: the GeoJSON decoded from its bytes, with
// the DEM and the town's local projection for measuring in metres.
type generated struct {
	fc    *geojson.FeatureCollection
	dem   *maps.DEM
	json  []byte
	asc   []byte
	proj  maps.Local
	kinds map[string][]*geojson.Feature
}

var (
	townOnce sync.Once
	townMap  *generated
	townErr  error
)

// town returns the default town (seed 1), generated once for all tests.
func town(t testing.TB) *generated {
	t.Helper()
	townOnce.Do(func() { townMap, townErr = generate(Options{Seed: 1}) })
	if townErr != nil {
		t.Fatalf("Generate: %v", townErr)
	}
	return townMap
}

var (
	laidOnce sync.Once
	laid     *tile
)

// laidTile returns one township laid out in tile-local metres, for tests that need
// the generator's own records (road classes, building footprints) rather than GeoJSON.
func laidTile() *tile {
	laidOnce.Do(func() {
		v := testCounty(1, 5).valleys[0]
		laid = layoutTile(v, rand.New(rand.NewPCG(5, 6)), newOccupancy(tileHalfWidth, tileHalfHeight), "", true, true, 20000)
	})
	return laid
}

func generate(opt Options) (*generated, error) {
	fc, dem, err := Generate(opt)
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(fc)
	if err != nil {
		return nil, err
	}
	var asc bytes.Buffer
	if err := dem.WriteASC(&asc); err != nil {
		return nil, err
	}
	back, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		return nil, err
	}
	g := &generated{fc: back, dem: dem, json: data, asc: asc.Bytes(), proj: maps.NewLocal(TownLon, TownLat), kinds: map[string][]*geojson.Feature{}}
	for _, f := range back.Features {
		k, _ := f.Properties["kind"].(string)
		g.kinds[k] = append(g.kinds[k], f)
	}
	return g, nil
}

// metres projects a lon/lat point to the town's local metres.
func (g *generated) metres(p orb.Point) orb.Point {
	x, y := g.proj.FromLonLat(p[0], p[1])
	return orb.Point{x, y}
}

// number returns a numeric property (JSON numbers decode as float64).
func number(f *geojson.Feature, key string) float64 {
	v, _ := f.Properties[key].(float64)
	return v
}

// centroid returns the mean of a polygon's outer ring vertices (without the closing one).
func centroid(p orb.Polygon) orb.Point {
	r := p[0][:len(p[0])-1]
	var c orb.Point
	for _, q := range r {
		c[0] += q[0]
		c[1] += q[1]
	}
	return orb.Point{c[0] / float64(len(r)), c[1] / float64(len(r))}
}

// demAt returns the height of the DEM cell nearest a lon/lat point.
func demAt(d *maps.DEM, p orb.Point) float64 {
	c := int(math.Round((p[0] - d.X0) / d.Cell))
	r := d.Rows - 1 - int(math.Round((p[1]-d.Y0)/d.Cell))
	return float64(d.Heights[r*d.Cols+c])
}

// unionFind joins road vertices that are exactly equal.
type unionFind map[orb.Point]orb.Point

func (u unionFind) find(p orb.Point) orb.Point {
	for {
		q, ok := u[p]
		if !ok || q == p {
			u[p] = p
			return p
		}
		u[p] = u[q]
		p = q
	}
}

func (u unionFind) union(a, b orb.Point) { u[u.find(a)] = u.find(b) }

// roadComponents returns the number of connected pieces of the road lines, joined
// only where they share exact vertices.
func roadComponents(roads []*geojson.Feature) int {
	u := unionFind{}
	for _, f := range roads {
		ls := f.Geometry.(orb.LineString)
		for i := 1; i < len(ls); i++ {
			u.union(ls[i-1], ls[i])
		}
		u.find(ls[0])
	}
	roots := 0
	for p := range u {
		if u.find(p) == p {
			roots++
		}
	}
	return roots
}
