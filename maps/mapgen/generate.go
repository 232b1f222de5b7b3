// Package mapgen generates drillsim's illustrative default town and synthetic
// counties: a mountain township modelled on 福宝镇 (合江县, 泸州市, 四川) — a river
// valley with an old town on the slope, a community and ten villages, about 20,000
// residents, roads from county road to footpath, alleys (巷) through the town's blocks
// and an access path from every house group (组) to the road, shelters, a depot,
// stations, landslide hazard points, flood-prone riverside blocks and forest-park fuel
// — over a DEM built first so that every feature sits where the terrain says it should.
//
// The output is marked 示意 (illustrative): it is not a survey, and names of people
// and phone numbers are placeholders. Generation is deterministic: the same Options
// give byte-identical GeoJSON and ASC files.
package mapgen

import (
	"fmt"
	"math/rand/v2"
	"runtime"

	"drillsim/maps"
	"github.com/paulmach/orb/geojson"
)

// Where the illustrative town is centred, in WGS84 degrees.
const (
	TownLon = 106.07
	TownLat = 28.56
)

// MaxScale bounds Options.Scale: a 16×16 county already has over a million buildings.
const MaxScale = 16

// Options selects what Generate makes.
type Options struct {
	// Seed makes the map: the same seed gives the same map, byte for byte.
	Seed uint64
	// Scale 1 (or 0) is the town; N > 1 is a synthetic county of N×N town-sized
	// townships joined by a county road network, for benchmarks.
	Scale int
}

// Generate builds the map and its DEM. The town's FeatureCollection carries the
// foreign members "name" and "illustrative": true. The DEM is a WGS84 lon/lat grid of
// 0.00025° cells covering every feature with a margin of a few hundred metres.
func Generate(opt Options) (*geojson.FeatureCollection, *maps.DEM, error) {
	n := opt.Scale
	if n == 0 {
		n = 1
	}
	if n < 1 || n > MaxScale {
		return nil, nil, fmt.Errorf("mapgen: scale %d is out of range: use 1 for the town or 2..%d for a county", opt.Scale, MaxScale)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6d617067656e)) // "mapgen"
	noise := valueNoise{seed: rng.Uint64()}
	c := &county{n: n, proj: maps.NewLocal(TownLon, TownLat)}
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			west := lowestBed + bedDropPerTile*float64(n-i)
			c.valleys = append(c.valleys, newValley(rng, tileCentre(n, i, j), west, west-bedDropPerTile, noise))
		}
	}
	dem := c.rasterize(runtime.GOMAXPROCS(0))

	fc := geojson.NewFeatureCollection()
	fc.ExtraMembers = geojson.Properties{"name": "福宝镇（示意）", "illustrative": true}
	if n > 1 {
		fc.ExtraMembers["name"] = fmt.Sprintf("合成县（示意，%d×%d 个乡镇）", n, n)
	}
	e := &emitter{proj: c.proj, fc: fc}
	occ := newOccupancy(tileHalfWidth, tileHalfHeight)
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			prefix := ""
			if n > 1 {
				prefix = fmt.Sprintf("%d-%d·", i+1, j+1)
			}
			tileRng := rand.New(rand.NewPCG(rng.Uint64(), uint64(j*n+i)))
			target := 19000 + tileRng.IntN(2001)
			t := layoutTile(c.valleys[j*n+i], tileRng, occ, prefix, i == 0, i == n-1, target)
			e.emitTile(t)
		}
	}
	for j := 0; j+1 < n; j++ {
		for _, r := range rowConnector(c.valleys[(j+1)*n], j+1) {
			e.add(e.line(c.valleys[(j+1)*n].centre, r.line), maps.KindRoad, roadProperties(r))
		}
	}
	return fc, dem, nil
}

// rowConnector returns the roads joining row j-1's county road to row j's at their
// west ends, over the ridge and across row j's river by a bridge, in the frame of
// row j's westmost valley v.
func rowConnector(v *valley, j int) []road {
	x := -tileHalfWidth
	name := fmt.Sprintf("县道连接线%d", j)
	// Row j-1's county road starts 2·tileHalfHeight south of row j's frame origin.
	southStart := trunkOffset - 2*tileHalfHeight
	return bridgeCrossing(v, name, classCounty, 50, x, southStart, trunkOffset)
}
