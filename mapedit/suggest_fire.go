package mapedit

import (
	"errors"
	"math"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// The forest's edge where houses stand, as the fire suggestions look for it.
const (
	// forestEdgeM is how near the forest a house must stand for the suggestions to put
	// it at the forest's edge (林缘); the zone drawn is the designer's to correct.
	forestEdgeM = 100
	// fireTileM bounds a fire zone: the houses at the forest's edge are cut into
	// squares this wide, each a stretch of edge a fire threatens at once.
	fireTileM = 500
)

// burnable are the land-cover fuels a forest fire runs in.
var burnable = map[string]bool{"forest": true, "conifer": true, "broadleaf": true, "bamboo": true, "shrub": true}

// Burnable reports whether land cover of fuel fuel carries a forest fire.
func Burnable(fuel string) bool { return burnable[fuel] }

// InForest reports whether p lies in land cover a forest fire runs in.
func (d *Doc) InForest(p orb.Point) bool {
	for _, h := range d.town.Index.Within(p, 0, nil, maps.KindLandcover) {
		if burnable[d.town.Landcover[h.Index].Fuel] {
			return true
		}
	}
	return false
}

// FireZones suggests fire zones (林缘火险区): the houses within forestEdgeM of forest or
// shrub, with the ground around them, each stretch of forest edge within one village
// and one fireTileM square a zone, with the households and people it holds.
func (d *Doc) FireZones() ([]Feature, error) {
	g := d.Terrain()
	if g == nil {
		return nil, errors.New("the map has no terrain (DEM): open it with --dem to find the forest's edge")
	}
	near := make([]bool, len(g.Elev))
	steps := int(math.Ceil(forestEdgeM / g.Cell))
	for i := range d.town.Buildings {
		b := &d.town.Buildings[i]
		if b.Population <= 0 || !d.forestWithin(b.Centroid, forestEdgeM, steps) {
			continue
		}
		if c, r, ok := g.CellOf(b.Centroid); ok {
			for _, k := range [...][2]int{{0, 0}, {-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
				if cc, rr := c+k[0], r+k[1]; cc >= 0 && rr >= 0 && cc < g.Cols && rr < g.Rows {
					near[g.Index(cc, rr)] = true
				}
			}
		}
	}
	return d.zonesOf(near, fireTileM, "fire", func(village string) string { return village + "林缘火险区" }), nil
}

// forestWithin reports whether forest lies within r metres of p, looking at p and at
// points around it steps rings deep.
func (d *Doc) forestWithin(p orb.Point, r float64, steps int) bool {
	for k := 0; k <= steps; k++ {
		rr := r * float64(k) / float64(max(steps, 1))
		n := max(1, 8*k)
		for j := range n {
			a := 2 * math.Pi * float64(j) / float64(n)
			if d.InForest(orb.Point{p[0] + rr*math.Cos(a), p[1] + rr*math.Sin(a)}) {
				return true
			}
		}
	}
	return false
}
