package sim

import (
	"fmt"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// initFire lays the town's landcover on the terrain as fuel and places each fire's
// ignition.
func (h *hazardState) initFire(w *World) error {
	g := h.terrain
	f, err := hazard.NewFire(g)
	if err != nil {
		return err
	}
	h.fire = f
	var hits []maps.Hit
	for r := 0; r < g.Rows; r++ {
		for c := 0; c < g.Cols; c++ {
			hits = w.town.Index.Within(g.Centre(c, r), 0, hits[:0], maps.KindLandcover)
			if len(hits) == 0 {
				continue
			}
			fuel, err := hazard.ParseFuel(w.town.Landcover[hits[0].Index].Fuel)
			if err != nil {
				continue // a fuel the model does not burn
			}
			_ = f.SetFuel(g.Index(c, r), fuel) // the index is on the grid
		}
	}
	h.fireEvery = max(1, (f.StepSeconds()+w.tickS/2)/w.tickS)
	h.nextFire = 1
	for i := range w.scn.Hazards.Fires {
		def := &w.scn.Hazards.Fires[i]
		at, ok := w.ignitionPoint(def)
		if !ok {
			return fmt.Errorf("fire %s: its ignition point is off the map's terrain", def.ID)
		}
		c, r := g.ClampCell(at)
		zone := -1
		if p, ok := w.places.find(def.Zone); ok && p.kind == maps.KindHazardZone {
			zone = p.index
		}
		h.fires = append(h.fires, fireRun{def: def, cell: g.Index(c, r), zone: zone})
	}
	return nil
}

// stepFires ignites fires whose time has come and, every fire step, spreads them,
// burns the buildings they reach and cuts the roads they cross.
func (w *World) stepFires(now int64) {
	h := &w.hazards
	if h.fire == nil {
		return
	}
	for i := range h.fires {
		f := &h.fires[i]
		if !f.ignited && now >= int64(f.def.Ignite.At) {
			f.ignited = true
			_ = h.fire.Ignite(f.cell) // the cell is on the grid
			w.emit(Event{Kind: scenarios.EventHazardStarted, Hazard: f.def.ID, HazardType: scenarios.HazardFire, Zone: f.def.Zone, Text: "fire ignited"})
		}
	}
	if ws := w.scn.Weather.WindAt(scenarios.At(now)); ws != h.wind {
		h.wind = ws
		_ = h.fire.SetWind(ws.SpeedMS, ws.FromDeg) // validated weather
	}
	if w.tick < h.nextFire {
		return
	}
	h.nextFire = w.tick + h.fireEvery
	if h.fire.Burning() == 0 {
		return
	}
	h.fire.Step(w.rng)
	w.burnBuildings()
	for e := range h.edgeBurning {
		burning := false
		for _, c := range h.edgeCells[h.edgeCellStart[e]:h.edgeCellStart[e+1]] {
			if h.fire.State(int(c)) == hazard.Burning {
				burning = true
				break
			}
		}
		if h.edgeBurning[e] != burning {
			h.edgeBurning[e] = burning
			w.roads.dirty = true
		}
	}
	if h.fire.Burning() == 0 {
		for i := range h.fires {
			if f := &h.fires[i]; f.ignited && !f.contained {
				f.contained = true
				e := Event{Kind: scenarios.EventFireContained, Hazard: f.def.ID, HazardType: scenarios.HazardFire, Zone: f.def.Zone,
					Text: fmt.Sprintf("fire out: %.1f ha burnt", h.fire.BurntArea()/1e4)}
				w.stamp(&e, h.suppressedBy)
				w.emit(e)
			}
		}
	}
}

// burnBuildings destroys the buildings on or next to a burning cell; people still
// inside are harmed.
func (w *World) burnBuildings() {
	h := &w.hazards
	burnt := 0
	zone := ""
	for b, cell := range h.buildingCell {
		if cell < 0 || h.destroyed[b] || !w.fireNear(int(cell), 1) {
			continue
		}
		h.destroyed[b] = true
		burnt++
		hz := w.burningFire()
		zone = hz.def.Zone
		w.people.harmBuilding(w, b, fireHarm, hz.def.ID, scenarios.HazardFire, hz.def.Zone)
	}
	if burnt > 0 {
		hz := w.burningFire()
		w.emit(Event{Kind: scenarios.EventBuildingDestroyed, Hazard: hz.def.ID, HazardType: scenarios.HazardFire, Zone: zone, Count: burnt})
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
