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
	edgeSpeed     []float32 // fastest water on each edge, with a hydrodynamic flood
	// waterTiles lists, when every flood is hydrodynamic, the road edges with a cell in
	// each tile of their grid (CSR: tile t's are waterTileEdges[waterTiles[t]:
	// waterTiles[t+1]]), so that a tick updates only the edges where water is or was;
	// tileWasWet says which tiles held water at the last update, edgeStamp which tick
	// last updated an edge.
	waterTiles, waterTileEdges []int32
	tileWasWet                 []bool
	edgeStamp                  []int64
	edgeBurning                []bool
	destroyed                  []bool // buildings destroyed by a slide or burnt
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

// floodRun is one flood of the scenario: a scripted stage (stage) or a 2D hydrodynamic
// flood (water) with its inflows' and level boundaries' numbers.
type floodRun struct {
	def     *scenarios.Flood
	stage   *hazard.Flood
	water   *hazard.Shallow
	inflows []int
	levels  []int
	rises   []float64 // the gauges' rises, reused every tick
	started bool
}

// depth is the flood's water depth over cell c.
func (f *floodRun) depth(c int) float32 {
	if f.water != nil {
		return f.water.Depth(c)
	}
	return f.stage.Depth(c)
}

// rise is the flood's highest scripted rise, +Inf for a hydrodynamic flood, whose water
// can stand anywhere.
func (f *floodRun) rise() float32 {
	if f.water != nil {
		return float32(math.Inf(1))
	}
	return float32(f.stage.Stage())
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
	if err := h.initFloods(w); err != nil {
		return err
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
	return h.waterwayCells(t, func(wv *maps.Waterway) bool {
		return name == "" && wv.Kind == maps.KindRiver || name != "" && wv.Name == name
	})
}

// waterwayCells rasterises the lines of the waterways take chooses onto the terrain.
func (h *hazardState) waterwayCells(t *maps.Town, take func(*maps.Waterway) bool) []int {
	g := h.terrain
	marked := make([]bool, len(g.Elev))
	var cells []int
	for i := range t.Waterways {
		wv := &t.Waterways[i]
		if !take(wv) {
			continue
		}
		cells = g.LineCells(wv.Geom, marked, cells)
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

// stepFloods brings each flood to second now: a stage flood's rises from its
// hydrographs, a hydrodynamic flood stepped on with its inflows and rain; then the depth
// (and speed) on every road edge the water can reach.
func (w *World) stepFloods(now int64) {
	h := &w.hazards
	if len(h.floods) == 0 {
		return
	}
	changed := false
	for i := range h.floods {
		if w.advanceFlood(&h.floods[i], now) {
			changed = true
		}
	}
	if !changed {
		return
	}
	h.stage = 0
	for i := range h.floods {
		h.stage = max(h.stage, h.floods[i].rise())
	}
	wet := false
	if h.waterTiles != nil {
		wet = w.floodWaterEdges(now)
	} else {
		for _, e := range h.floodEdges {
			if h.floodRise[e] >= h.stage {
				if h.edgeDepth[e] != 0 {
					h.edgeDepth[e] = 0 // above the water again, as it falls
					w.roads.dirty = true
				}
				continue
			}
			wet = w.floodEdge(int(e)) || wet
		}
	}
	// A flood starts, for the people of the town, when the water leaves the river:
	// the first road or house it reaches.
	for i := range h.floods {
		f := &h.floods[i]
		if f.started || f.rise() <= 0 {
			continue
		}
		reached := wet
		for b := 0; !reached && b < len(h.buildingCell); b++ {
			reached = h.buildingCell[b] >= 0 && h.buildingRise[b] < f.rise() && f.depth(int(h.buildingCell[b])) > 0
		}
		if reached {
			f.started = true
			text := "the flood water reaches roads and houses"
			if f.stage != nil {
				text = fmt.Sprintf("the river, risen %.1f m, reaches roads and houses", f.stage.Stage())
			}
			w.emit(Event{Kind: scenarios.EventHazardStarted, Hazard: f.def.ID, HazardType: scenarios.HazardFlood, Zone: w.firstZone(f.def.Zones), Text: text})
		}
	}
}

// floodEdge updates the water on road edge e from the floods' cells under it and
// reports whether there is any.
func (w *World) floodEdge(e int) bool {
	h := &w.hazards
	d, v := float32(0), float32(0)
	for _, c := range h.edgeCells[h.edgeCellStart[e]:h.edgeCellStart[e+1]] {
		d = max(d, h.depthAtAll(int(c)))
		if h.edgeSpeed != nil {
			v = max(v, h.speedAtAll(int(c)))
		}
	}
	if w.town.Roads[w.town.Network.Edge(e).Road].Bridge {
		d = max(0, d-bridgeClearanceM) // the deck stands above the water
		if d == 0 {
			v = 0
		}
	}
	var was float32
	if h.edgeSpeed != nil {
		was = h.edgeSpeed[e]
		h.edgeSpeed[e] = v
	}
	if before := h.edgeDepth[e]; before != d {
		h.edgeDepth[e] = d
		w.roads.dirty = w.roads.dirty || h.passesDiffer(before, was, d, v)
	} else if was != v {
		w.roads.dirty = w.roads.dirty || h.passesDiffer(d, was, d, v)
	}
	return d > 0
}

// passesDiffer reports whether any mover passes water of depth d0 flowing at v0 and not
// water of d1 at v1, or the other way: whether the roads must be judged again.
func (h *hazardState) passesDiffer(d0, v0, d1, v1 float32) bool {
	for m := range moverCount {
		if h.passable(d0, v0, moverDepth[m]) != h.passable(d1, v1, moverDepth[m]) {
			return true
		}
	}
	return false
}

// floodWaterEdges updates, when every flood is hydrodynamic, the edges of the tiles that
// hold water or held it at the last update (the others stay dry), and reports whether
// any edge is under water.
func (w *World) floodWaterEdges(now int64) bool {
	h := &w.hazards
	wet := false
	for t := range h.tileWasWet {
		holds := false
		for i := range h.floods {
			holds = holds || h.floods[i].water.TileWet(t)
		}
		if holds || h.tileWasWet[t] {
			for _, e := range h.waterTileEdges[h.waterTiles[t]:h.waterTiles[t+1]] {
				if h.edgeStamp[e] != now {
					h.edgeStamp[e] = now
					wet = w.floodEdge(int(e)) || wet
				}
			}
		}
		h.tileWasWet[t] = holds
	}
	return wet
}

// linkWaterTiles lists the road edges of every tile of the hydrodynamic floods' grid,
// when every flood is hydrodynamic.
func (h *hazardState) linkWaterTiles() {
	var water *hazard.Shallow
	for i := range h.floods {
		if h.floods[i].water == nil {
			return
		}
		water = h.floods[i].water
	}
	if water == nil {
		return
	}
	tiles := water.Tiles()
	count := make([]int32, tiles+1)
	var last []int32 // the last tile each edge was listed in, per edge
	last = make([]int32, len(h.edgeDepth))
	for e := range last {
		last[e] = -1
	}
	each := func(visit func(t, e int)) {
		for e := range last {
			for _, c := range h.edgeCells[h.edgeCellStart[e]:h.edgeCellStart[e+1]] {
				visit(water.TileOf(int(c)), e)
			}
		}
	}
	each(func(t, e int) {
		if last[e] != int32(t) {
			last[e] = int32(t)
			count[t+1]++
		}
	})
	for t := range tiles {
		count[t+1] += count[t]
	}
	h.waterTiles = slices.Clone(count)
	h.waterTileEdges = make([]int32, count[tiles])
	for e := range last {
		last[e] = -1
	}
	each(func(t, e int) {
		if last[e] != int32(t) {
			last[e] = int32(t)
			h.waterTileEdges[count[t]] = int32(e)
			count[t]++
		}
	})
	h.tileWasWet = make([]bool, tiles)
	h.edgeStamp = make([]int64, len(h.edgeDepth))
}

// advanceFlood brings flood f to second now and reports whether its water may have
// changed.
func (w *World) advanceFlood(f *floodRun, now int64) bool {
	t := scenarios.At(now)
	if f.water != nil {
		before := t - scenarios.At(w.tickS)
		for k, in := range f.def.Inflows {
			// the mean flow over the tick: exact for a hydrograph straight within it
			_ = f.water.SetInflow(f.inflows[k], 0.5*(in.FlowAt(before)+in.FlowAt(t))) // validated: a flow
		}
		for k, l := range f.def.Levels {
			_ = f.water.SetLevel(f.levels[k], l.LevelAt(before+scenarios.At(w.tickS)/2)) // validated: a level
		}
		if f.def.Kind() == scenarios.FloodRain {
			_ = f.water.SetRain(w.scn.Weather.RainAt(before))
		}
		f.water.Advance(float64(now))
		return true
	}
	// Depths to the centimetre: the river is re-levelled when it has moved by one.
	round := func(r float64) float64 { return math.Round(r*100) / 100 }
	if len(f.def.Gauges) == 0 {
		f.rises[0] = round(f.def.RiseAt(t))
	} else {
		for k, g := range f.def.Gauges {
			f.rises[k] = round(g.RiseAt(t))
		}
	}
	if slices.Equal(f.rises, f.stage.Stages()) {
		return false
	}
	_ = f.stage.SetStages(f.rises) // rises come from validated hydrographs
	f.stage.Refresh()
	return true
}

// linkFloodRise finds, for each edge and building, the least rise at which water
// reaches it, and orders the edges that can flood by it. A hydrodynamic flood can
// reach every edge and building at any time.
func (h *hazardState) linkFloodRise() {
	rise := func(c int) float32 {
		r := float32(math.Inf(1))
		for i := range h.floods {
			if f := &h.floods[i]; f.water != nil {
				r = float32(math.Inf(-1))
			} else {
				r = min(r, f.stage.RiseToFlood(c))
			}
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
		d = max(d, h.floods[i].depth(c))
	}
	return d
}

// passable says whether mover crosses water of a depth and speed: by depth alone
// under scripted floods (their water does not flow), by depth and velocity when a
// hydrodynamic flood runs.
func (h *hazardState) passable(depth, speed float32, mover hazard.Mover) bool {
	if h.edgeSpeed == nil {
		return hazard.Passable(depth, mover)
	}
	return hazard.PassableFlow(depth, speed, mover)
}

// speedAtAll is the fastest water over cell c across the scenario's hydrodynamic floods.
func (h *hazardState) speedAtAll(c int) float32 {
	v := float32(0)
	for i := range h.floods {
		if f := &h.floods[i]; f.water != nil {
			v = max(v, f.water.Speed(c))
		}
	}
	return v
}

// buildingSpeed is the water's speed at building b (0 off the grid or without a
// hydrodynamic flood).
func (h *hazardState) buildingSpeed(b int) float32 {
	if h.edgeSpeed == nil || h.buildingCell[b] < 0 {
		return 0
	}
	return h.speedAtAll(int(h.buildingCell[b]))
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
