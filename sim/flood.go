package sim

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/sim/hazard"
)

// initFloods makes each flood of the scenario on the town's terrain, over the drainage
// of every mapped river and stream: the stage floods measured along it, the
// hydrodynamic ones on a 2D grid of ground (its channels carved), roughness and runoff.
func (h *hazardState) initFloods(w *World) error {
	t, hz := w.town, &w.scn.Hazards
	if len(hz.Floods) == 0 {
		return nil
	}
	channels := h.waterwayCells(t, func(wv *maps.Waterway) bool { return wv.Kind != maps.KindWater })
	drainage, err := hazard.NewDrainage(h.terrain, channels)
	if err != nil {
		return fmt.Errorf("flood %s: %w", hz.Floods[0].ID, err)
	}
	var manning, runoff []float32
	for i := range hz.Floods {
		f := &hz.Floods[i]
		run := floodRun{def: f}
		var err error
		if f.Hydrodynamic() {
			if manning == nil {
				manning, runoff = h.landSurface(t, channels)
			}
			err = h.initWater(t, &run, drainage, manning, runoff)
			if h.edgeSpeed == nil {
				h.edgeSpeed = make([]float32, len(h.edgeDepth))
			}
		} else {
			err = h.initStage(t, &run, drainage, h.riverCells(t, f.River))
		}
		if err != nil {
			return fmt.Errorf("flood %s: %w", f.ID, err)
		}
		h.floods = append(h.floods, run)
	}
	h.linkFloodRise()
	h.linkWaterTiles()
	return nil
}

// initStage prepares a stage flood of the river cells, with its gauges placed on the
// terrain.
func (h *hazardState) initStage(t *maps.Town, run *floodRun, d *hazard.Drainage, river []int) error {
	opt := hazard.FloodOptions{Tributaries: run.def.Tributaries}
	for _, g := range run.def.Gauges {
		c, ok := h.cellAtLonLat(t, g.LonLat)
		if !ok {
			return fmt.Errorf("gauge %s at %v lies off the terrain grid", g.Name, g.LonLat)
		}
		opt.Gauges = append(opt.Gauges, c)
	}
	model, err := hazard.NewFlood(h.terrain, d, river, opt)
	if err != nil {
		return err
	}
	run.stage = model
	run.rises = make([]float64, model.Gauges())
	return nil
}

// initWater prepares a hydrodynamic flood over the terrain with the mapped channels of
// d carved, by the flood's scheme, with its inflows: at a point, or where a river
// enters the terrain.
func (h *hazardState) initWater(t *maps.Town, run *floodRun, d *hazard.Drainage, manning, runoff []float32) error {
	if run.def.ManningN > 0 {
		manning = []float32{float32(run.def.ManningN)}
	}
	scheme, err := hazard.ParseScheme(run.def.Scheme)
	if err != nil {
		return err
	}
	water, err := hazard.NewShallow(h.terrain, manning, runoff, hazard.ShallowOptions{Scheme: scheme, Channels: d})
	if err != nil {
		return err
	}
	for k, in := range run.def.Inflows {
		var at int
		if in.River != "" {
			cells := h.riverCells(t, in.River)
			if len(cells) == 0 {
				return fmt.Errorf("inflow %d: river %s does not cross the terrain grid", k+1, in.River)
			}
			at = h.riverEntry(cells)
		} else {
			c, ok := h.cellAtLonLat(t, in.LonLat)
			if !ok {
				return fmt.Errorf("inflow %d at %v lies off the terrain grid", k+1, in.LonLat)
			}
			at = c
		}
		n, err := water.AddInflow(at, in.RadiusM)
		if err != nil {
			return err
		}
		run.inflows = append(run.inflows, n)
	}
	for k, l := range run.def.Levels {
		var ends [2]int
		for i, ll := range [2][]float64{l.From, l.To} {
			x, y := t.Projection.FromLonLat(ll[0], ll[1])
			c, r := h.terrain.ClampCell(orb.Point{x, y})
			ends[i] = h.terrain.Index(c, r)
		}
		n, err := water.AddLevelBoundaryBetween(ends[0], ends[1])
		if err != nil {
			return fmt.Errorf("level boundary %d: %w", k+1, err)
		}
		run.levels = append(run.levels, n)
	}
	run.water = water
	return nil
}

// riverEntry is where a river's water comes onto the grid: the highest of its cells on
// the grid's edge, else its highest cell.
func (h *hazardState) riverEntry(cells []int) int {
	g := h.terrain
	best, bestEdge := cells[0], false
	for _, c := range cells {
		col, row := c%g.Cols, c/g.Cols
		edge := col == 0 || row == 0 || col == g.Cols-1 || row == g.Rows-1
		if edge && !bestEdge || edge == bestEdge && g.Elev[c] > g.Elev[best] {
			best, bestEdge = c, edge
		}
	}
	return best
}

// cellAtLonLat is the terrain cell under a [lon, lat] position.
func (h *hazardState) cellAtLonLat(t *maps.Town, ll []float64) (int, bool) {
	if len(ll) != 2 {
		return 0, false
	}
	x, y := t.Projection.FromLonLat(ll[0], ll[1])
	c, r, ok := h.terrain.CellOf([2]float64{x, y})
	return h.terrain.Index(c, r), ok
}

// Roughness and runoff of the land. Manning's n from Chow (1959), Open-Channel
// Hydraulics, Table 5-6 (floodplains: short grass 0.030, mature field crops 0.040,
// light brush and trees 0.060, heavy stand of timber 0.100); the share of rain that runs
// off within the rational method's ranges for these covers (Chow, Maidment & Mays 1988,
// Applied Hydrology, Table 15.1.1) at the intensities of a rainstorm warning. Buildings
// are roughness: Syme (2008, "Flooding in urban areas – 2D modelling approaches for
// buildings and fences", Engineers Australia) finds a Manning's n near 1 represents the
// blockage of a building's footprint; a cell takes it by the share of its area that
// footprints cover. The mapped channels are mountain streams of gravel and cobbles
// (Chow 1959, Table 5-6, natural streams, mountain streams with no vegetation in the
// channel: 0.030–0.050, normal 0.040), whatever land cover they cross.
var landSurfaces = map[string]struct{ n, runoff float32 }{
	"forest": {0.10, 0.35}, "conifer": {0.10, 0.35}, "broadleaf": {0.10, 0.35}, "bamboo": {0.10, 0.35},
	"shrub": {0.06, 0.40}, "grass": {0.03, 0.40}, "farmland": {0.04, 0.45},
}

// Of ground no land cover names (roads, yards, bare ground), of buildings and of the
// channels of rivers and streams (all the rain falling on them runs off).
const (
	openGroundN, openGroundRunoff = 0.035, 0.5
	buildingN, buildingRunoff     = 1.0, 0.95
	channelN, channelRunoff       = 0.040, 1.0
)

// landSurface lays the town's land cover, channel cells and buildings on the terrain as
// Manning's n and the runoff share of rain, per cell.
func (h *hazardState) landSurface(t *maps.Town, channels []int) (manning, runoff []float32) {
	g := h.terrain
	manning = make([]float32, len(g.Elev))
	runoff = make([]float32, len(g.Elev))
	for c := range manning {
		manning[c], runoff[c] = openGroundN, openGroundRunoff
	}
	for _, lc := range t.Landcover {
		s, ok := landSurfaces[lc.Fuel]
		if !ok {
			continue
		}
		for _, c := range zoneCells(g, lc.Area) {
			manning[c], runoff[c] = s.n, s.runoff
		}
	}
	for _, c := range channels {
		manning[c], runoff[c] = channelN, channelRunoff
	}
	built := make([]float64, len(g.Elev))
	for b, c := range h.buildingCell {
		if c >= 0 {
			built[c] += t.Buildings[b].AreaM2
		}
	}
	for c, area := range built {
		share := float32(math.Min(1, area/(g.Cell*g.Cell)))
		manning[c] += share * (buildingN - manning[c])
		runoff[c] += share * (buildingRunoff - runoff[c])
	}
	return manning, runoff
}

// floodedCells is the most cells any flood holds water over.
func (h *hazardState) floodedCells() int {
	n := 0
	for i := range h.floods {
		if f := &h.floods[i]; f.water != nil {
			n = max(n, f.water.WetCells())
		} else {
			n = max(n, f.stage.FloodedCells())
		}
	}
	return n
}
