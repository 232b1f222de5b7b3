package mapedit

import (
	"errors"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/sim"
	"drillsim/sim/hazard"
)

// Threat is who area feature f threatens, by the engine's rules: the households and
// people of the buildings in it (maps.Town.Threatened), and for a landslide zone also
// those of the buildings below it that its runout would reach as the engine plans for
// one (sim.SlideReach), when the map has terrain.
func (d *Doc) Threat(f Feature) (households, people int) {
	area := f.Area()
	households, people = d.town.Threatened(area)
	if hz, _ := f.Props["hazard"].(string); f.Kind != maps.KindHazardZone || hz != "landslide" {
		return households, people
	}
	runout, _ := f.Props["runout"].(float64)
	cells, _, err := d.slideReach(f, runout)
	if err != nil {
		return households, people
	}
	h, p := d.peopleOnCells(cells, func(b *maps.Building) bool { return !planarContains(area, b) })
	return households + h, people + p
}

// slideReach is sim.SlideReach of area feature f on the town's terrain.
func (d *Doc) slideReach(f Feature, runoutM float64) ([]int32, float64, error) {
	g := d.Terrain()
	if g == nil {
		return nil, 0, errors.New("the map has no terrain")
	}
	if d.runouts == nil {
		r, err := hazard.NewRunouts(g)
		if err != nil {
			return nil, 0, err
		}
		d.runouts = r
	}
	return sim.SlideReach(d.runouts, g, f.Area(), runoutM)
}

// peopleOnCells counts the households and people of the inhabited buildings standing
// on the terrain cells given that pass take.
func (d *Doc) peopleOnCells(cells []int32, take func(*maps.Building) bool) (households, people int) {
	g := d.Terrain()
	on := make(map[int32]bool, len(cells))
	for _, c := range cells {
		on[c] = true
	}
	for i := range d.town.Buildings {
		b := &d.town.Buildings[i]
		if b.Population <= 0 {
			continue
		}
		if c, r, ok := g.CellOf(b.Centroid); ok && on[int32(g.Index(c, r))] && take(b) {
			households++
			people += b.Population
		}
	}
	return households, people
}

// Terrain is the hazard grid of the town (nil without a DEM), made once.
func (d *Doc) Terrain() *maps.Terrain {
	if d.terrain == nil && d.town.DEM != nil {
		d.terrain = d.town.Terrain(d.opt.CellM)
	}
	return d.terrain
}

// planarContains reports whether building b's centroid lies in area.
func planarContains(area orb.MultiPolygon, b *maps.Building) bool {
	return planar.MultiPolygonContains(area, b.Centroid)
}
