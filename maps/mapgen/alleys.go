package mapgen

import (
	"fmt"
	"math"
)

// alleySpacing is the distance, in metres along the river, between neighbouring
// alleys (巷) of a town block; the named lanes lie every 300 m, so each block between
// two of them gets three alleys.
const alleySpacing = 75.0

// alleyKeepOut is how far, in metres, an alley keeps from a public building or square.
const alleyKeepOut = 10.0

// alleyBand is a strip of town blocks that alleys cross from street to street.
type alleyBand struct {
	street string    // the street the alleys are numbered along, naming them
	offs   []float64 // the streets' offsets the alleys join, from the river outwards
	xMax   float64   // alleys lie at |x| ≤ xMax …
	xMin   float64   // … and |x| > xMin
	class  string
	speed  float64
}

// townAlleyBands are the blocks of the town: the riverside new town, the old town on
// the slope across 老街 (stone-stepped, foot only), the blocks of 上街 beyond the old
// town and the south-bank street's blocks.
var townAlleyBands = []alleyBand{
	{street: "滨河路", offs: []float64{riversideStreet, trunkOffset}, xMax: 950, class: classLiving, speed: 15},
	{street: "老街", offs: []float64{trunkOffset, oldStreet, upperStreet}, xMax: 600, class: classFootway, speed: 5},
	{street: "上街", offs: []float64{trunkOffset, upperStreet}, xMin: 600, xMax: 850, class: classLiving, speed: 15},
	{street: "南岸街", offs: []float64{southStreet, -trunkOffset}, xMax: 450, class: classLiving, speed: 15},
}

// layoutTownAlleys lays the alleys through the town's blocks: at every alleySpacing
// between the named lanes, from street to street, sharing a vertex with each street
// it crosses. An alley stops at the last street before a public building or square
// in its way, and is left out when that leaves less than one block.
func (t *tile) layoutTownAlleys() {
	for _, band := range townAlleyBands {
		n := 0
		for k := -int(band.xMax / alleySpacing); k <= int(band.xMax/alleySpacing); k++ {
			x := float64(k) * alleySpacing
			if math.Mod(x, 300) == 0 || math.Abs(x) <= band.xMin {
				continue // a named lane runs here, or the block belongs to another band
			}
			offs := band.offs[:1]
			for _, off := range band.offs[1:] {
				if blockedByPublicGround(x, offs[len(offs)-1], off) {
					break
				}
				offs = append(offs, off)
			}
			if len(offs) < 2 {
				continue
			}
			n++
			t.roads = append(t.roads, across(t.v, fmt.Sprintf("%s%s%d巷", t.prefix, band.street, n), band.class, band.speed, x, offs...))
		}
	}
}

// blockedByPublicGround reports whether an alley at x from offset lo to hi would come
// within alleyKeepOut of a public building or square of the town.
func blockedByPublicGround(x, lo, hi float64) bool {
	lo, hi = min(lo, hi), max(lo, hi)
	hits := func(cx, coff, halfW, halfH float64) bool {
		return math.Abs(x-cx) < halfW+alleyKeepOut && coff+halfH+alleyKeepOut > lo && coff-halfH-alleyKeepOut < hi
	}
	for _, pb := range townPublicBuildings {
		if hits(pb.x, pb.off, pb.halfW, pb.halfH) {
			return true
		}
	}
	for _, sq := range townSquares {
		if hits(sq.x, sq.off, sq.halfW, sq.half) {
			return true
		}
	}
	return false
}
