package sim

import (
	"math"
	"strings"
	"testing"

	"drillsim/scenarios"
)

func TestFloodLevelBoundaryLetsTheWaterOutsideIn(t *testing.T) {
	// A 2D flood on the demo town driven only by a level boundary: the stretch of the
	// terrain's edge 5 cells either side of its lowest edge cell, the water outside
	// standing 2 m over that cell's ground for half an hour. Water must come in across
	// it and stand there, all of it accounted for.
	town := mustTown(t)
	g := town.Terrain(DefaultTerrainCellM)
	low := -1
	for r := range g.Rows {
		for c := range g.Cols {
			if (c == 0 || r == 0 || c == g.Cols-1 || r == g.Rows-1) && (low < 0 || g.Elev[g.Index(c, r)] < g.Elev[low]) {
				low = g.Index(c, r)
			}
		}
	}
	lc, lr := low%g.Cols, low/g.Cols
	along := func(d int) []float64 { // the edge cell d cells on from the lowest, as [lon, lat]
		c, r := lc, lr
		if lc == 0 || lc == g.Cols-1 {
			r = min(max(lr+d, 0), g.Rows-1)
		} else {
			c = min(max(lc+d, 0), g.Cols-1)
		}
		p := g.Centre(c, r)
		lon, lat := town.Projection.ToLonLat(p[0], p[1])
		return []float64{lon, lat}
	}
	level := float64(g.Elev[low]) + 2
	flood := scenarios.Flood{ID: "edge", Model: scenarios.FloodInflow,
		Levels: []scenarios.EdgeLevel{{From: along(-5), To: along(5), Hydrograph: []scenarios.WaterLevel{{At: 0, LevelM: level}}}}}
	scn := &scenarios.Scenario{ID: "edge-level", Tick: 10, Duration: 1800, Seed: 1}
	scn.Hazards.Floods = []scenarios.Flood{flood}
	w, err := New(town, scn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stepUntil(w, 1800)
	water := w.hazards.floods[0].water
	in, out := water.Inflowed()
	if in <= 0 {
		t.Fatalf("no water came in across a level boundary 2 m over the ground (%.0f m³ in, %.0f m³ out)", in, out)
	}
	if d := water.Depth(low); math.Abs(float64(g.Elev[low])+float64(d)-level) > 0.2 {
		t.Errorf("the water at the boundary stands %.2f m deep, the level outside %.2f m over the ground", d, level-float64(g.Elev[low]))
	}
	if e := water.MassError(); math.Abs(e) >= 0.001 {
		t.Errorf("mass error %.3g%%, want under 0.1%%", 100*e)
	}
	t.Logf("%.0f m³ in across the level boundary, %.0f m³ out over the edges, %d cells wet", in, out, water.WetCells())

	// A stretch not along the edge is refused, saying so.
	mid := g.Centre(g.Cols/2, g.Rows/2)
	lon, lat := town.Projection.ToLonLat(mid[0], mid[1])
	flood.Levels[0].From, flood.Levels[0].To = []float64{lon, lat}, along(0)
	scn.Hazards.Floods = []scenarios.Flood{flood}
	if _, err := New(town, scn, Options{}); err == nil || !strings.Contains(err.Error(), "are not along one") {
		t.Errorf("a level boundary from the middle of the map: %v", err)
	}
}
