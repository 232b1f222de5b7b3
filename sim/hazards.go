package sim

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// hazardState is the scenario's hazards as they stand, on the town's terrain grid, and
// what links the grid to the map: the cells each road edge and building lies on.
type hazardState struct {
	terrain *maps.Terrain
	floods  []floodRun
	slides  []slideRun
	fires   []fireRun
	fire    *hazard.Fire // one grid for every fire of the scenario
	// fireWeather is the weather last given the fire.
	fireWeather hazard.FireWeather
	// buildingsByCell and edgesByCell list the buildings on each cell and the road
	// edges crossing it, sorted by cell; edgeBurningCells counts each edge's burning
	// cells.
	buildingsByCell, edgesByCell []cellItem
	edgeBurningCells             []int32
	// fireNearby counts, per cell, the burning cells within fireDangerCells of it.
	fireNearby []uint16
	// runouts runs the landslides on the terrain (made when first needed; its buffers
	// are scratch, not state).
	runouts *hazard.Runouts

	edgeCellStart []int32 // CSR: the cells of edge e are edgeCells[edgeCellStart[e]:edgeCellStart[e+1]]
	edgeCells     []int32
	buildingCell  []int32 // -1 when off the grid
	edgeDepth     []float32
	edgeBurning   []bool
	destroyed     []bool // buildings destroyed by a slide or burnt
	// floodRise is, per edge, the least river rise at which water reaches it (+Inf never);
	// floodEdges lists the edges that can flood, by that rise, so a tick looks only at
	// those the water has reached. buildingRise is the same per building.
	floodRise    []float32
	floodEdges   []int32
	buildingRise []float32
	// stage is the highest river rise of the scenario's floods at the last step.
	stage float32
	// suppressedBy is the task of the last team that held a fire line: when the fire
	// goes out it says the fire was contained by that task (the world when nobody
	// fought it).
	suppressedBy agentID
	// slideReach is, per cell, the landslide zone of the map whose runout would reach
	// it (-1 none): the houses there are that zone's to warn and evacuate.
	slideReach []int32
}

type floodRun struct {
	def     *scenarios.Flood
	model   *hazard.Flood
	started bool
}

type slideRun struct {
	def       *scenarios.Landslide
	zone      int
	at        int64 // when it fails, -1 never
	runoutM   float64
	triggered bool
}

type fireRun struct {
	def                *scenarios.Fire
	cell               int
	zone               int
	ignited, contained bool
	nextOverride       int // the first of def.Overrides not yet applied
}

// ErrNoTerrain is New's error for hazards that need a DEM on a map without one.
var ErrNoTerrain = errors.New("the map has no terrain (DEM): floods, landslides and fires need one; give the map a DEM")

func (h *hazardState) init(w *World, cellM float64) error {
	t, scn := w.town, w.scn
	h.destroyed = make([]bool, len(t.Buildings))
	hz := &scn.Hazards
	if len(hz.Floods)+len(hz.Landslides)+len(hz.Fires) == 0 {
		return nil
	}
	if t.DEM == nil {
		return ErrNoTerrain
	}
	h.terrain = t.Terrain(cellM)
	h.linkCells(t)
	h.reachSlides(t)
	for i := range hz.Floods {
		f := &hz.Floods[i]
		model, err := hazard.NewFlood(h.terrain, h.riverCells(t, f.River))
		if err != nil {
			return fmt.Errorf("flood %s: %w", f.ID, err)
		}
		h.floods = append(h.floods, floodRun{def: f, model: model})
	}
	if len(h.floods) > 0 {
		h.linkFloodRise(t)
	}
	for i := range hz.Landslides {
		l := &hz.Landslides[i]
		p, ok := w.places.find(l.Zone)
		if !ok || p.kind != maps.KindHazardZone {
			return fmt.Errorf("landslide %s: no hazard zone %q on the map", l.ID, l.Zone)
		}
		at, fails := l.TriggerAt(scn.Weather, scn.Tick, scn.End())
		s := slideRun{def: l, zone: p.index, at: -1, runoutM: t.HazardZones[p.index].RunoutM}
		if fails {
			s.at = int64(at)
		}
		h.slides = append(h.slides, s)
	}
	if len(hz.Fires) > 0 {
		if err := h.initFire(w); err != nil {
			return err
		}
	}
	return nil
}

// linkCells finds the terrain cells under each road edge (sampled every half cell) and
// under each building.
func (h *hazardState) linkCells(t *maps.Town) {
	g, n := h.terrain, t.Network
	h.edgeCellStart = make([]int32, n.EdgeCount()+1)
	step := g.Cell / 2
	for e := range n.EdgeCount() {
		geom := n.Edge(e).Geometry
		last := int32(-1)
		for i := 0; i+1 < len(geom); i++ {
			a, b := geom[i], geom[i+1]
			k := max(1, int(math.Ceil(planar.Distance(a, b)/step)))
			for j := 0; j <= k; j++ {
				f := float64(j) / float64(k)
				if c, r, ok := g.CellOf(orb.Point{a[0] + f*(b[0]-a[0]), a[1] + f*(b[1]-a[1])}); ok {
					if cell := int32(g.Index(c, r)); cell != last {
						h.edgeCells = append(h.edgeCells, cell)
						last = cell
					}
				}
			}
		}
		h.edgeCellStart[e+1] = int32(len(h.edgeCells))
	}
	h.edgeDepth = make([]float32, n.EdgeCount())
	h.edgeBurning = make([]bool, n.EdgeCount())
	h.buildingCell = make([]int32, len(t.Buildings))
	for i, b := range t.Buildings {
		h.buildingCell[i] = -1
		if c, r, ok := g.CellOf(b.Centroid); ok {
			h.buildingCell[i] = int32(g.Index(c, r))
		}
	}
}

// zoneOf is the hazard zone building b belongs to: the one containing it, else the
// landslide zone whose runout reaches it; -1 for none.
func (h *hazardState) zoneOf(t *maps.Town, b int, hits []maps.Hit) (int, []maps.Hit) {
	hits = t.Index.Within(t.Buildings[b].Centroid, 0, hits[:0], maps.KindHazardZone)
	if len(hits) > 0 {
		return hits[0].Index, hits
	}
	if h.slideReach != nil && h.buildingCell[b] >= 0 {
		return int(h.slideReach[h.buildingCell[b]]), hits
	}
	return -1, hits
}

// riverCells rasterises the rivers (all of them when name is empty, else those so
// named, streams included) onto the terrain.
func (h *hazardState) riverCells(t *maps.Town, name string) []int {
	g := h.terrain
	seen := make([]bool, len(g.Elev))
	var cells []int
	for _, wv := range t.Waterways {
		if name == "" && wv.Kind != maps.KindRiver || name != "" && wv.Name != name {
			continue
		}
		var lines []orb.LineString
		switch geom := wv.Geom.(type) {
		case orb.LineString:
			lines = []orb.LineString{geom}
		case orb.MultiLineString:
			lines = geom
		}
		for _, ls := range lines {
			for i := 0; i+1 < len(ls); i++ {
				a, b := ls[i], ls[i+1]
				k := max(1, int(math.Ceil(planar.Distance(a, b)/(g.Cell/2))))
				for j := 0; j <= k; j++ {
					f := float64(j) / float64(k)
					if c, r, ok := g.CellOf(orb.Point{a[0] + f*(b[0]-a[0]), a[1] + f*(b[1]-a[1])}); ok && !seen[g.Index(c, r)] {
						seen[g.Index(c, r)] = true
						cells = append(cells, g.Index(c, r))
					}
				}
			}
		}
	}
	return cells
}

// stepHazards advances every hazard to second now.
func (w *World) stepHazards(now int64) {
	h := &w.hazards
	if h.terrain == nil {
		return
	}
	w.stepFloods(now)
	for i := range h.slides {
		if s := &h.slides[i]; !s.triggered && s.at >= 0 && now >= s.at {
			w.triggerSlide(s, now)
		}
	}
	w.stepFires(now)
}

// stepFloods sets each flood's river stage from its hydrograph and refreshes depths
// and the depth on every road edge.
func (w *World) stepFloods(now int64) {
	h := &w.hazards
	if len(h.floods) == 0 {
		return
	}
	changed := false
	for i := range h.floods {
		f := &h.floods[i]
		// Depths to the centimetre: the river is re-levelled when it has moved by one.
		rise := math.Round(f.def.RiseAt(scenarios.At(now))*100) / 100
		if rise != f.model.Stage() {
			_ = f.model.SetStage(rise) // rise comes from a validated hydrograph
			f.model.Refresh()
			changed = true
		}
	}
	if !changed {
		return
	}
	h.stage = 0
	for i := range h.floods {
		h.stage = max(h.stage, float32(h.floods[i].model.Stage()))
	}
	net := w.town.Network
	wet := false
	for _, e := range h.floodEdges {
		if h.floodRise[e] >= h.stage {
			if h.edgeDepth[e] != 0 {
				h.edgeDepth[e] = 0 // above the water again, as it falls
				w.roads.dirty = true
			}
			continue
		}
		d := float32(0)
		for _, c := range h.edgeCells[h.edgeCellStart[e]:h.edgeCellStart[e+1]] {
			d = max(d, h.depthAtAll(int(c)))
		}
		if w.town.Roads[net.Edge(int(e)).Road].Bridge {
			d = max(0, d-bridgeClearanceM) // the deck stands above the water
		}
		if h.edgeDepth[e] != d {
			h.edgeDepth[e] = d
			w.roads.dirty = true
		}
		wet = wet || d > 0
	}
	// A flood starts, for the people of the town, when the water leaves the river:
	// the first road or house it reaches.
	for i := range h.floods {
		f := &h.floods[i]
		if f.started || f.model.Stage() <= 0 {
			continue
		}
		reached := wet
		for b := 0; !reached && b < len(h.buildingCell); b++ {
			reached = h.buildingRise[b] < float32(f.model.Stage()) && f.model.Depth(int(h.buildingCell[b])) > 0
		}
		if reached {
			f.started = true
			w.emit(Event{Kind: scenarios.EventHazardStarted, Hazard: f.def.ID, HazardType: scenarios.HazardFlood, Zone: w.firstZone(f.def.Zones),
				Text: fmt.Sprintf("the river, risen %.1f m, reaches roads and houses", f.model.Stage())})
		}
	}
}

// linkFloodRise finds, for each edge and building, the least rise at which water
// reaches it, and orders the edges that can flood by it.
func (h *hazardState) linkFloodRise(t *maps.Town) {
	rise := func(c int) float32 {
		r := float32(math.Inf(1))
		for i := range h.floods {
			r = min(r, h.floods[i].model.RiseToFlood(c))
		}
		return r
	}
	h.floodRise = make([]float32, len(h.edgeDepth))
	for e := range h.floodRise {
		r := float32(math.Inf(1))
		for _, c := range h.edgeCells[h.edgeCellStart[e]:h.edgeCellStart[e+1]] {
			r = min(r, rise(int(c)))
		}
		h.floodRise[e] = r
		if !math.IsInf(float64(r), 1) {
			h.floodEdges = append(h.floodEdges, int32(e))
		}
	}
	slices.SortStableFunc(h.floodEdges, func(a, b int32) int { return cmp.Compare(h.floodRise[a], h.floodRise[b]) })
	h.buildingRise = make([]float32, len(h.buildingCell))
	for b, c := range h.buildingCell {
		h.buildingRise[b] = float32(math.Inf(1))
		if c >= 0 {
			h.buildingRise[b] = rise(int(c))
		}
	}
}

// bridgeClearanceM is how far above the river's normal level a bridge deck stands:
// water deeper than that over the channel floods the bridge.
const bridgeClearanceM = 6

// depthAtAll is the deepest water over cell c across the scenario's floods, started
// or not (a river rising before it reaches the town still covers its own channel).
func (h *hazardState) depthAtAll(c int) float32 {
	d := float32(0)
	for i := range h.floods {
		d = max(d, h.floods[i].model.Depth(c))
	}
	return d
}

// buildingDepth is the water depth at building b (0 off the grid or without floods).
func (h *hazardState) buildingDepth(b int) float32 {
	if len(h.floods) == 0 || h.buildingCell[b] < 0 || h.buildingRise[b] >= h.stage {
		return 0
	}
	return h.depthAtAll(int(h.buildingCell[b]))
}

func (w *World) firstZone(zones []string) string {
	if len(zones) > 0 {
		return zones[0]
	}
	return ""
}
