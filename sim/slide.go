package sim

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// Debris that leaves at least SlideWreckDepthM of deposit on a cell, or passes through
// it at least SlideWreckFlowM thick (its volume over the cell's area), wrecks the
// houses there and blocks the roads; thinner debris, the fringe of a runout, does
// neither.
const (
	SlideWreckDepthM = 0.5
	SlideWreckFlowM  = 1.0
)

// DefaultSlideDepthM is how deep the ground of a landslide zone fails when the scenario
// gives no volume: 3 m, a shallow slide of weathered soil and colluvium over bedrock,
// the common kind in Sichuan's hills.
const DefaultSlideDepthM = 3

// slideDeposit runs landslide zone z of the map down the terrain: its cells fail
// volume m³ deep in all (0: DefaultSlideDepthM over the zone), at reachAngleDeg (0:
// from the volume), running no more than capM beyond the zone when capM > 0 (the
// designer's runout). A zone smaller than a cell fails in the cell under its centre.
func (h *hazardState) slideDeposit(z *maps.HazardZone, volume, reachAngleDeg, capM float64) (hazard.Deposit, error) {
	if h.runouts == nil {
		r, err := hazard.NewRunouts(h.terrain)
		if err != nil {
			return hazard.Deposit{}, err
		}
		h.runouts = r
	}
	dep, err := runSlide(h.runouts, h.terrain, z.Area, volume, reachAngleDeg, capM)
	if err != nil {
		return dep, fmt.Errorf("landslide zone %s %w", z.Name, err)
	}
	return dep, nil
}

// runSlide runs a landslide of the ground in area down terrain g with r, as
// slideDeposit describes.
func runSlide(r *hazard.Runouts, g *maps.Terrain, area orb.MultiPolygon, volume, reachAngleDeg, capM float64) (hazard.Deposit, error) {
	cells := zoneCells(g, area)
	if len(cells) == 0 {
		return hazard.Deposit{}, fmt.Errorf("lies off the terrain")
	}
	depth := float64(DefaultSlideDepthM)
	if volume > 0 {
		depth = volume / (float64(len(cells)) * g.Cell * g.Cell)
	}
	source := make([]hazard.SlideSource, len(cells))
	for i, c := range cells {
		source[i] = hazard.SlideSource{Cell: c, DepthM: depth}
	}
	return r.Run(source, hazard.RunoutOptions{ReachAngleDeg: reachAngleDeg, MaxRunoutM: capM})
}

// SlideReach is where a landslide of the ground in area would reach as the engine
// plans for a landslide zone (reachSlides): failing DefaultSlideDepthM deep, at the
// planning reach angle, no farther than runoutM beyond it when runoutM > 0. The
// residents of the cells it returns are the zone's to warn; runout is how far it
// went. r runs on terrain g.
func SlideReach(r *hazard.Runouts, g *maps.Terrain, area orb.MultiPolygon, runoutM float64) (cells []int32, runout float64, err error) {
	dep, err := runSlide(r, g, area, 0, planningReachAngleDeg, runoutM)
	return dep.Cells, dep.RunoutM, err
}

// triggerSlide fails a landslide zone: the slide runs out from the zone's cells,
// destroys the buildings in the zone and where its debris wrecks (people still inside
// are casualties) and buries the roads there until a unit clears them.
func (w *World) triggerSlide(s *slideRun, now int64) {
	h := &w.hazards
	s.triggered = true
	z := &w.town.HazardZones[s.zone]
	capM := s.runoutM
	for _, o := range s.def.Overrides {
		if o.Set == scenarios.OverrideRunoutM && int64(o.At) <= now {
			capM = o.Value
		}
	}
	dep, err := h.slideDeposit(z, s.def.VolumeM3, s.def.ReachAngleDeg, capM)
	if err != nil { // a zone off the grid slides where it stands
		for _, c := range zoneCells(h.terrain, z.Area) {
			dep.Cells = append(dep.Cells, int32(c))
		}
	}
	hit := make([]bool, len(h.terrain.Elev))
	wrecked := 0
	for i, c := range dep.Cells {
		if err != nil || dep.DepthM[i] >= SlideWreckDepthM || dep.FlowM[i] >= SlideWreckFlowM {
			hit[c] = true
			wrecked++
		}
	}
	w.emit(Event{Kind: scenarios.EventHazardStarted, Hazard: s.def.ID, HazardType: scenarios.HazardLandslide, Zone: z.Name,
		Village: w.villageName(w.zoneVillage(s.zone)), Count: wrecked,
		Text: fmt.Sprintf("landslide: %.0f m³ at a reach angle of %.1f°, %.0f m runout, %d cells wrecked", dep.VolumeM3, dep.ReachAngleDeg, dep.RunoutM, wrecked)})
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

// planningReachAngleDeg is the reach angle a landslide zone's warning area is drawn
// with: 11°, the mobile end of the angles observed for slides of a township's size
// (Heim 1932; Corominas 1996), as hazard zoning takes a low angle to be on the safe
// side. The zone's mapped runout bounds it.
const planningReachAngleDeg = 11

// reachSlides marks the cells each landslide zone of the map would bury, were it to
// fail as the map describes it: the default depth, the planning reach angle, no
// farther than its mapped runout. The houses there are that zone's to warn.
func (h *hazardState) reachSlides(t *maps.Town) {
	h.slideReach = make([]int32, len(h.terrain.Elev))
	for i := range h.slideReach {
		h.slideReach[i] = -1
	}
	for z := range t.HazardZones {
		zone := &t.HazardZones[z]
		if zone.Hazard != string(scenarios.HazardLandslide) {
			continue
		}
		dep, err := h.slideDeposit(zone, 0, planningReachAngleDeg, zone.RunoutM)
		if err != nil {
			continue
		}
		for _, c := range dep.Cells {
			if h.slideReach[c] < 0 {
				h.slideReach[c] = int32(z)
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
