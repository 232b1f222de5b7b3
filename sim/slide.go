package sim

import (
	"fmt"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// DefaultRunoutM is how far a slide runs beyond its zone when neither the map nor the
// scenario says.
const DefaultRunoutM = 150

// triggerSlide fails a landslide zone: the slide runs out downslope from the zone's
// cells, destroys the buildings it reaches (people still inside are casualties) and
// buries the roads it crosses until a unit clears them.
func (w *World) triggerSlide(s *slideRun, now int64) {
	h := &w.hazards
	s.triggered = true
	z := &w.town.HazardZones[s.zone]
	runout := s.runoutM
	for _, o := range s.def.Overrides {
		if o.Set == scenarios.OverrideRunoutM && int64(o.At) <= now {
			runout = o.Value
		}
	}
	if runout <= 0 {
		runout = DefaultRunoutM
	}
	source := zoneCells(h.terrain, z.Area)
	cells, err := hazard.Runout(h.terrain, source, runout, hazard.DefaultReachAngleDeg)
	if err != nil {
		cells = source // a zone off the grid slides where it stands
	}
	cells = append(cells, source...)
	slices.Sort(cells)
	cells = slices.Compact(cells)
	hit := make([]bool, len(h.terrain.Elev))
	for _, c := range cells {
		hit[c] = true
	}
	w.emit(Event{Kind: scenarios.EventHazardStarted, Hazard: s.def.ID, HazardType: scenarios.HazardLandslide, Zone: z.Name,
		Village: w.villageName(w.zoneVillage(s.zone)), Count: len(cells), Text: fmt.Sprintf("landslide: %.0f m runout over %d cells", runout, len(cells))})
	destroyed := 0
	for b, c := range h.buildingCell {
		if c < 0 || h.destroyed[b] || !(hit[c] || planar.MultiPolygonContains(z.Area, w.town.Buildings[b].Centroid)) {
			continue
		}
		h.destroyed[b] = true
		destroyed++
		w.people.harmBuilding(w, b, 1, s.def.ID, scenarios.HazardLandslide, z.Name)
	}
	if destroyed > 0 {
		w.emit(Event{Kind: scenarios.EventBuildingDestroyed, Hazard: s.def.ID, HazardType: scenarios.HazardLandslide, Zone: z.Name,
			Village: w.villageName(w.zoneVillage(s.zone)), Count: destroyed})
	}
	for e := range w.town.Network.EdgeCount() {
		for _, c := range h.edgeCells[h.edgeCellStart[e]:h.edgeCellStart[e+1]] {
			if hit[c] {
				w.roads.bury(e, s.def.ID)
				break
			}
		}
	}
}

// zoneCells are the terrain cells whose centres lie in area, or the cell under its
// centre for areas smaller than a cell.
func zoneCells(g *maps.Terrain, area orb.MultiPolygon) []int {
	b := area.Bound()
	c0, r0 := g.ClampCell(b.Min)
	c1, r1 := g.ClampCell(b.Max)
	var cells []int
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			if planar.MultiPolygonContains(area, g.Centre(c, r)) {
				cells = append(cells, g.Index(c, r))
			}
		}
	}
	if len(cells) == 0 {
		if c, r, ok := g.CellOf(b.Center()); ok {
			cells = append(cells, g.Index(c, r))
		}
	}
	return cells
}

// zoneVillage is the village containing the middle of hazard zone z, -1 if none.
func (w *World) zoneVillage(z int) int { return w.places.ZoneVillage(z) }

func (w *World) villageName(v int) string {
	if v < 0 {
		return ""
	}
	return w.town.Villages[v].Name
}
