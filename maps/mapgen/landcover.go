package mapgen

import (
	"math"

	"github.com/paulmach/orb"
)

// Fuels, as written in the `fuel` property.
const (
	fuelConifer   = "conifer"
	fuelBroadleaf = "broadleaf"
	fuelBamboo    = "bamboo"
	fuelShrub     = "shrub"
	fuelGrass     = "grass"
	fuelFarmland  = "farmland"
)

// Forest park geometry, in metres of offset from the river.
const (
	forestLine      = 1900.0 // mean offset of the forest park's lower edge
	forestLineSwing = 220.0
	forestChunk     = 1250.0 // west-east width of one forest stand
	scrubBelt       = 250.0  // shrub and grass below the forest edge
	terraceMargin   = 30.0   // farmland around a hamlet's houses
)

// forestFuels are the stands of 福宝国家森林公园, drawn per chunk; conifer and
// broadleaf dominate, with bamboo groves.
var forestFuels = []string{fuelConifer, fuelConifer, fuelBroadleaf, fuelBroadleaf, fuelBamboo, fuelShrub}

// landcoverPatch is an area of one fuel.
type landcoverPatch struct {
	name, fuel string
	ring       orb.Ring
}

// forestOffset returns the offset from the river (positive, on the given side) of the
// forest park's lower edge at x.
func (t *tile) forestOffset(x, side float64) float64 {
	gx := x + t.v.centre[0]
	return forestLine + forestLineSwing*t.v.noise.at(gx/900+31.7, side*13.1+t.v.centre[1]/900)
}

// layoutLandcover covers the upper slopes with the forest park's stands, a belt of
// shrub and grass below them, and farmland terraces around every hamlet.
func (t *tile) layoutLandcover() {
	for _, side := range []float64{1, -1} {
		edge := side * tileHalfHeight
		for x0 := -tileHalfWidth; x0 < tileHalfWidth; x0 += forestChunk {
			x1 := x0 + forestChunk
			line := func(x float64) float64 { return side * t.forestOffset(x, side) }
			fuel := forestFuels[t.rng.IntN(len(forestFuels))]
			t.landcover = append(t.landcover, landcoverPatch{name: t.prefix + "福宝国家森林公园", fuel: fuel, ring: t.toEdge(x0, x1, line, edge)})
			scrub := fuelShrub
			if t.rng.IntN(3) == 0 {
				scrub = fuelGrass
			}
			lower := func(x float64) float64 { return side * (t.forestOffset(x, side) - scrubBelt) }
			if side > 0 {
				t.landcover = append(t.landcover, landcoverPatch{name: t.prefix + "林缘灌草地", fuel: scrub, ring: t.v.band(x0, x1, lower, line)})
			} else {
				t.landcover = append(t.landcover, landcoverPatch{name: t.prefix + "林缘灌草地", fuel: scrub, ring: t.v.band(x0, x1, line, lower)})
			}
		}
	}
	for h := range t.hamlets {
		t.terrace(h)
	}
}

// toEdge returns the ring between the offset curve line(x) and the tile's north or
// south edge at y = edge, for x from x0 to x1, counter-clockwise.
func (t *tile) toEdge(x0, x1 float64, line func(float64) float64, edge float64) orb.Ring {
	n := int(math.Ceil((x1 - x0) / (2 * latticeStep)))
	var r orb.Ring
	for i := 0; i <= n; i++ {
		x := x0 + (x1-x0)*float64(i)/float64(n)
		r = append(r, t.v.at(x, line(x)))
	}
	r = append(r, orb.Point{x1, edge}, orb.Point{x0, edge})
	if edge < 0 {
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
	}
	return append(r, r[0])
}

// terrace lays farmland around hamlet h's houses: the box spanning them in the valley
// frame, widened by terraceMargin.
func (t *tile) terrace(h int) {
	x0, x1 := math.Inf(1), math.Inf(-1)
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range t.buildings {
		b := &t.buildings[i]
		if b.hamlet != h {
			continue
		}
		off := t.v.offset(b.centre)
		x0, x1 = min(x0, b.centre[0]), max(x1, b.centre[0])
		lo, hi = min(lo, off), max(hi, off)
	}
	if t.hamlets[h].houses < 5 {
		return
	}
	x0, x1 = max(x0-terraceMargin, -tileHalfWidth), min(x1+terraceMargin, tileHalfWidth)
	lo, hi = lo-terraceMargin, hi+terraceMargin
	t.landcover = append(t.landcover, landcoverPatch{name: t.hamlets[h].name + "梯田", fuel: fuelFarmland,
		ring: t.v.band(x0, x1, func(float64) float64 { return lo }, func(float64) float64 { return hi })})
}
