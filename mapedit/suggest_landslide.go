package mapedit

import (
	"errors"
	"math"

	"drillsim/sim/hazard"
)

// Steep ground above houses, as the landslide suggestions look for it.
const (
	// SteepSlopeDeg is the slope from which ground counts as steep: 25°, from which
	// shallow slides of soil over rock, the common kind in mountain townships, start.
	SteepSlopeDeg = 25
	// aboveHousesM is how far, horizontally, steep ground may stand from a house for
	// the house to be below it; aboveHousesRiseM how much higher than the house.
	aboveHousesM     = 150
	aboveHousesRiseM = 10
	// slideTileM bounds a zone: steep ground is cut into squares this wide, so that a
	// mountainside above a town makes several slopes that fail apart, each the size of
	// a township's hazard point rather than one slide of the whole valley side.
	slideTileM = 250
)

// LandslideZones suggests landslide zones: the steep ground (slopes of minSlopeDeg and
// more, SteepSlopeDeg when 0) standing above houses within aboveHousesM, each patch of
// it within one village and one slideTileM square a zone, with the households and
// people its runout would reach as the engine plans for a landslide zone (Threat; its
// runout left to the model). Patches whose slide would reach nobody are left out.
func (d *Doc) LandslideZones(minSlopeDeg float64) ([]Feature, error) {
	g := d.Terrain()
	if g == nil {
		return nil, errors.New("the map has no terrain (DEM): open it with --dem to find the steep ground")
	}
	if minSlopeDeg <= 0 {
		minSlopeDeg = SteepSlopeDeg
	}
	steep := make([]bool, len(g.Elev))
	any := false
	for c := range steep {
		steep[c] = hazard.SlopeDeg(g, c) >= minSlopeDeg
		any = any || steep[c]
	}
	if !any {
		return nil, nil
	}
	above := make([]bool, len(g.Elev))
	reach := int(math.Ceil(aboveHousesM / g.Cell))
	for i := range d.town.Buildings {
		b := &d.town.Buildings[i]
		if b.Population <= 0 {
			continue
		}
		bc, br, ok := g.CellOf(b.Centroid)
		if !ok {
			continue
		}
		z := g.Elev[g.Index(bc, br)]
		for r := max(br-reach, 0); r <= min(br+reach, g.Rows-1); r++ {
			for c := max(bc-reach, 0); c <= min(bc+reach, g.Cols-1); c++ {
				k := g.Index(c, r)
				if steep[k] && g.Elev[k]-z >= aboveHousesRiseM && math.Hypot(float64(c-bc), float64(r-br))*g.Cell <= aboveHousesM {
					above[k] = true
				}
			}
		}
	}
	return d.zonesOf(above, slideTileM, "landslide", func(village string) string { return village + "滑坡隐患点" }), nil
}
