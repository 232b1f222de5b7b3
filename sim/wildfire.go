package sim

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// This file is the scenario's wildfires in the engine: the town's landcover laid on the
// terrain as FBP fuel, the scenario's weather and overrides handed to the fire model,
// the fires ignited on time, and the houses and roads the flames reach.

// fireIgnitionSearchCells is how far from a fire's ignition point, in cells, the
// engine looks for fuel when the point itself has none (a road, a clearing).
const fireIgnitionSearchCells = 3

// initFire lays the town's landcover on the terrain as fuel, sets the scenario's first
// weather and places each fire's ignition.
func (h *hazardState) initFire(w *World) error {
	g := h.terrain
	f, err := hazard.NewFire(g)
	if err != nil {
		return err
	}
	h.fire = f
	if err := layFuel(f, g, w.town, w.scn.Weather); err != nil {
		return err
	}
	h.fireWeather = fireWeatherAt(w.scn.Weather, 0)
	if err := f.SetWeather(0, h.fireWeather); err != nil {
		return fmt.Errorf("the weather at the start: %w", err)
	}
	for i := range w.scn.Hazards.Fires {
		def := &w.scn.Hazards.Fires[i]
		at, ok := w.ignitionPoint(def)
		if !ok {
			return fmt.Errorf("fire %s: its ignition point is off the map's terrain", def.ID)
		}
		c, r := g.ClampCell(at)
		cell, ok := nearestFuel(f, g, c, r)
		if !ok {
			return fmt.Errorf("fire %s: no fuel within %.0f m of its ignition point; move it onto the forest or grass", def.ID, fireIgnitionSearchCells*g.Cell)
		}
		zone := -1
		if p, ok := w.places.find(def.Zone); ok && p.kind == maps.KindHazardZone {
			zone = p.index
		}
		h.fires = append(h.fires, fireRun{def: def, cell: cell, zone: zone})
	}
	h.linkFireCells(w.town)
	return nil
}

// layFuel sets the fuel of every cell whose centre lies in a landcover area of the
// town, by the landcover's fuel name (hazard.LandcoverFuel's table, leafless or green
// as the weather's season says; grass cured as it says). Where areas overlap the first
// in the map's order wins; a fuel name the table does not know leaves its cells bare,
// as the map's check reports it.
func layFuel(f *hazard.Fire, g *maps.Terrain, t *maps.Town, weather scenarios.Weather) error {
	set := make([]bool, len(g.Elev))
	for _, lc := range t.Landcover {
		fuel, err := hazard.LandcoverFuel(lc.Fuel, weather.GreenUp)
		if err != nil {
			continue
		}
		if weather.GrassCuring > 0 {
			fuel.Curing = weather.GrassCuring
		}
		b := lc.Area.Bound()
		c0, r0 := g.ClampCell(b.Min)
		c1, r1 := g.ClampCell(b.Max)
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				i := g.Index(c, r)
				if set[i] || !planar.MultiPolygonContains(lc.Area, g.Centre(c, r)) {
					continue
				}
				set[i] = true
				if err := f.SetFuel(i, fuel); err != nil {
					return fmt.Errorf("landcover %s: %w", lc.Name, err)
				}
			}
		}
	}
	return nil
}

// nearestFuel returns the cell nearest (col, row), within fireIgnitionSearchCells,
// that holds fuel that burns; the lowest index among equally near ones.
func nearestFuel(f *hazard.Fire, g *maps.Terrain, col, row int) (int, bool) {
	best, bestD := -1, 0
	for dr := -fireIgnitionSearchCells; dr <= fireIgnitionSearchCells; dr++ {
		for dc := -fireIgnitionSearchCells; dc <= fireIgnitionSearchCells; dc++ {
			c, r := col+dc, row+dr
			if c < 0 || r < 0 || c >= g.Cols || r >= g.Rows || !f.Fuel(g.Index(c, r)).Burns() {
				continue
			}
			if d := dc*dc + dr*dr; best < 0 || d < bestD || d == bestD && g.Index(c, r) < best {
				best, bestD = g.Index(c, r), d
			}
		}
	}
	return best, best >= 0
}

// fireWeatherAt returns the fire weather of the scenario at second now: its wind and
// fuel moisture codes, the fire model's defaults where it gives none.
func fireWeatherAt(weather scenarios.Weather, now int64) hazard.FireWeather {
	fw := hazard.DefaultFireWeather()
	ws := weather.WindAt(scenarios.At(now))
	fw.WindKmh, fw.WindFromDeg = ws.SpeedMS*3.6, ws.FromDeg
	if fd, ok := weather.FireDangerAt(scenarios.At(now)); ok {
		fw.FFMC, fw.BUI = fd.FFMC, fd.BUI
	}
	if weather.FoliarMoisture > 0 {
		fw.FMC = weather.FoliarMoisture
	}
	return fw
}

// linkFireCells indexes, for the fire, the buildings standing on each cell and the road
// edges crossing it.
func (h *hazardState) linkFireCells(t *maps.Town) {
	h.buildingsByCell = h.buildingsByCell[:0]
	for b, c := range h.buildingCell {
		if c >= 0 {
			h.buildingsByCell = append(h.buildingsByCell, cellItem{c, int32(b)})
		}
	}
	slices.SortFunc(h.buildingsByCell, cellItem.compare)
	h.edgesByCell = h.edgesByCell[:0]
	for e := range t.Network.EdgeCount() {
		for _, c := range h.edgeCells[h.edgeCellStart[e]:h.edgeCellStart[e+1]] {
			h.edgesByCell = append(h.edgesByCell, cellItem{c, int32(e)})
		}
	}
	slices.SortFunc(h.edgesByCell, cellItem.compare)
	h.edgesByCell = slices.Compact(h.edgesByCell)
	h.edgeBurningCells = make([]int32, t.Network.EdgeCount())
	h.fireNearby = make([]uint16, len(h.terrain.Elev))
}

// cellItem is a building or road edge and a terrain cell it lies on.
type cellItem struct{ cell, item int32 }

func (a cellItem) compare(b cellItem) int {
	return cmp.Or(cmp.Compare(a.cell, b.cell), cmp.Compare(a.item, b.item))
}

// itemsOn returns the items of list (sorted by cell) lying on cell c.
func itemsOn(list []cellItem, c int32) []cellItem {
	i, _ := slices.BinarySearchFunc(list, cellItem{c, -1}, cellItem.compare)
	j := i
	for j < len(list) && list[j].cell == c {
		j++
	}
	return list[i:j]
}

// stepFires ignites the fires whose time has come, applies the scenario's overrides
// and weather, moves the fire on to second now, burns the houses next to the cells it
// set alight and cuts the roads through burning cells.
func (w *World) stepFires(now int64) {
	h := &w.hazards
	if h.fire == nil {
		return
	}
	for i := range h.fires {
		f := &h.fires[i]
		if !f.ignited && now >= int64(f.def.Ignite.At) {
			f.ignited = true
			_ = h.fire.Ignite(f.cell, now) // a fuelled cell of the grid
			w.emit(Event{Kind: scenarios.EventHazardStarted, Hazard: f.def.ID, HazardType: scenarios.HazardFire, Zone: f.def.Zone, Text: "fire ignited"})
		}
		for ; f.nextOverride < len(f.def.Overrides) && int64(f.def.Overrides[f.nextOverride].At) <= now; f.nextOverride++ {
			o := f.def.Overrides[f.nextOverride]
			w.overrideFire(o.Set, o.Value, now)
		}
	}
	if fw := fireWeatherAt(w.scn.Weather, now); fw != h.fireWeather {
		if err := h.fire.SetWeather(now, fw); err == nil { // validated weather
			h.fireWeather = fw
		}
	}
	h.fire.Advance(now)
	ignited, burntOut := h.fire.TakeChanges()
	w.burnHouses(ignited)
	for _, c := range ignited {
		w.roadsThrough(c, 1)
		h.nearFire(c, 1)
	}
	for _, c := range burntOut {
		w.roadsThrough(c, -1)
		h.nearFire(c, -1)
	}
	if h.fire.Burning() == 0 {
		for i := range h.fires {
			if f := &h.fires[i]; f.ignited && !f.contained {
				f.contained = true
				e := Event{Kind: scenarios.EventFireContained, Hazard: f.def.ID, HazardType: scenarios.HazardFire, Zone: f.def.Zone,
					Text: fmt.Sprintf("fire out: %.1f ha burnt", h.fire.BurntArea()/1e4)}
				w.stamp(&e, h.suppressedBy) // the teams' doing when they fought it, else the world's
				w.emit(e)
			}
		}
	}
}

// overrideFire applies a designer's or controller's change to the fire at second now:
// contained (it spreads no further) or a spread factor.
func (w *World) overrideFire(set scenarios.OverrideTarget, value float64, now int64) {
	switch set {
	case scenarios.OverrideContained:
		w.hazards.fire.Contain()
	case scenarios.OverrideSpreadFactor:
		_ = w.hazards.fire.SetSpreadFactor(now, max(value, 0)) // now is the fire's clock
	}
}

// fireDangerCells is how many cells from a burning one people count as in danger.
const fireDangerCells = 3

// nearFire counts burning cell c more (delta 1) or less (-1) on every cell within
// fireDangerCells of it, so that whether fire is near a house is one look.
func (h *hazardState) nearFire(c int32, delta int) {
	g := h.terrain
	col, row := int(c)%g.Cols, int(c)/g.Cols
	for rr := max(row-fireDangerCells, 0); rr <= min(row+fireDangerCells, g.Rows-1); rr++ {
		for cc := max(col-fireDangerCells, 0); cc <= min(col+fireDangerCells, g.Cols-1); cc++ {
			h.fireNearby[rr*g.Cols+cc] = uint16(int(h.fireNearby[rr*g.Cols+cc]) + delta)
		}
	}
}

// roadsThrough counts a burning cell more (delta 1) or less (-1) on the road edges that
// cross cell c: an edge is cut while any of its cells burns.
func (w *World) roadsThrough(c int32, delta int32) {
	h := &w.hazards
	for _, it := range itemsOn(h.edgesByCell, c) {
		was := h.edgeBurningCells[it.item] > 0
		h.edgeBurningCells[it.item] += delta
		if burning := h.edgeBurningCells[it.item] > 0; burning != was {
			h.edgeBurning[it.item] = burning
			w.roads.dirty = true
		}
	}
}

// burnHouses destroys the buildings on or next to the cells that caught fire: houses
// ignite from the burning fuel beside them. People still inside are harmed.
func (w *World) burnHouses(ignited []int32) {
	h := &w.hazards
	g := h.terrain
	burnt := 0
	for _, c := range ignited {
		col, row := int(c)%g.Cols, int(c)/g.Cols
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				cc, rr := col+dc, row+dr
				if cc < 0 || rr < 0 || cc >= g.Cols || rr >= g.Rows {
					continue
				}
				for _, it := range itemsOn(h.buildingsByCell, int32(g.Index(cc, rr))) {
					b := int(it.item)
					if h.destroyed[b] {
						continue
					}
					h.destroyed[b] = true
					burnt++
					fr := w.burningFire()
					w.people.harmBuilding(w, b, fireHarm, fr.def.ID, scenarios.HazardFire, fr.def.Zone)
				}
			}
		}
	}
	if burnt > 0 {
		fr := w.burningFire()
		w.emit(Event{Kind: scenarios.EventBuildingDestroyed, Hazard: fr.def.ID, HazardType: scenarios.HazardFire, Zone: fr.def.Zone, Count: burnt})
	}
}

// fireHarm is the share of the people still in a house when fire reaches it who are
// hurt; the others flee.
const fireHarm = 0.2

// burningFire is the fire a burnt building is put down to: the first ignited one.
func (w *World) burningFire() *fireRun {
	for i := range w.hazards.fires {
		if w.hazards.fires[i].ignited {
			return &w.hazards.fires[i]
		}
	}
	return &w.hazards.fires[0]
}
