package mapedit

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/sim/hazard"
)

// Rivers lists the names of the map's rivers and streams that a flood can rise on,
// each once: the rivers first, then the streams, each the longest first (the length of
// its lines on the map), so that a valley's main river leads.
func (d *Doc) Rivers() []string {
	length := map[string]float64{}
	var rivers, streams []string
	for _, w := range d.town.Waterways {
		if w.Name == "" || w.Kind != maps.KindRiver && w.Kind != maps.KindStream {
			continue
		}
		if _, seen := length[w.Name]; !seen {
			if w.Kind == maps.KindRiver {
				rivers = append(rivers, w.Name)
			} else {
				streams = append(streams, w.Name)
			}
		}
		length[w.Name] += planar.Length(w.Geom)
	}
	longest := func(a, b string) int { return cmp.Compare(length[b], length[a]) }
	slices.SortStableFunc(rivers, longest)
	slices.SortStableFunc(streams, longest)
	return append(rivers, streams...)
}

// FloodZones suggests the flood zones of river risen riseM metres above its normal
// level: where the engine's flood (hazard.Flood, the stage mode: each cell's height
// above the river it drains to) puts water at that rise within floodReachM of the
// river, on its channel and the ground above its normal level, cut by village so that each zone is
// evacuated by its own cadres, each with the households and people it holds, the most
// threatened first. Zones where nobody lives are left out.
func (d *Doc) FloodZones(river string, riseM float64) ([]Feature, error) {
	if !(riseM > 0) {
		return nil, fmt.Errorf("the rise is a height above the river's normal level in metres above 0, not %g", riseM)
	}
	flood, channel, err := d.flood(river)
	if err != nil {
		return nil, err
	}
	g := d.Terrain()
	near := withinCells(g, channel, int(math.Ceil(floodReachM/g.Cell)))
	wet := make([]bool, len(g.Elev))
	for c := range wet {
		need := flood.RiseToFlood(c)
		wet[c] = near[c] && need > 0 && float32(riseM) > need
	}
	for _, c := range channel {
		wet[c] = true
	}
	return d.zonesOf(wet, 0, "flood", func(village string) string {
		if village == "" {
			return river + "洪水风险区"
		}
		return river + "·" + village + "洪水风险区"
	}), nil
}

// floodReachM is how far from its channel a river's flood zones reach: a mountain
// valley's floor. Beyond it, ground the stage flood measures against the channel lies
// in other valleys, lower down, which other rivers drain.
const floodReachM = 1500

// flood is the engine's stage flood of river over the drainage of every mapped river
// and stream on the town's terrain (as the engine builds it), and the river's
// channel cells.
func (d *Doc) flood(river string) (*hazard.Flood, []int, error) {
	g := d.Terrain()
	if g == nil {
		return nil, nil, errors.New("the map has no terrain (DEM): open it with --dem to let the flood model find the zones")
	}
	marked, all := make([]bool, len(g.Elev)), make([]bool, len(g.Elev))
	var channel, channels []int
	for _, w := range d.town.Waterways {
		if w.Kind == maps.KindWater {
			continue
		}
		channels = g.LineCells(w.Geom, all, channels)
		if w.Name == river {
			channel = g.LineCells(w.Geom, marked, channel)
		}
	}
	if len(channel) == 0 {
		return nil, nil, fmt.Errorf("no river or stream on the terrain is named %q; the map's are: %s", river, strings.Join(d.Rivers(), ", "))
	}
	drainage, err := hazard.NewDrainage(g, channels)
	if err != nil {
		return nil, nil, err
	}
	f, err := hazard.NewFlood(g, drainage, channel, hazard.FloodOptions{})
	return f, channel, err
}

// RiseToFlood is the rise of river above its normal level, in metres, at which the
// flood model puts water over share of the inhabited buildings in area; ok is false
// when the river reaches none of them at any rise.
func (d *Doc) RiseToFlood(river string, area orb.MultiPolygon, share float64) (rise float64, ok bool, err error) {
	flood, _, err := d.flood(river)
	if err != nil {
		return 0, false, err
	}
	g := d.Terrain()
	var needs []float64
	for i := range d.town.Buildings {
		b := &d.town.Buildings[i]
		if b.Population <= 0 || !planar.MultiPolygonContains(area, b.Centroid) {
			continue
		}
		if c, r, on := g.CellOf(b.Centroid); on {
			if need := float64(flood.RiseToFlood(g.Index(c, r))); !math.IsInf(need, 1) {
				needs = append(needs, need)
			}
		}
	}
	if len(needs) == 0 {
		return 0, false, nil
	}
	slices.Sort(needs)
	return needs[min(len(needs)-1, int(math.Ceil(share*float64(len(needs))))-1)], true, nil
}

// withinCells marks the cells of g within steps cells of seeds (by a breadth-first
// search over the eight neighbours, a diagonal step counting as one and a half).
func withinCells(g *maps.Terrain, seeds []int, steps int) []bool {
	dist := make([]int32, len(g.Elev))
	for i := range dist {
		dist[i] = -1
	}
	queue := make([]int, 0, len(seeds))
	for _, c := range seeds {
		dist[c] = 0
		queue = append(queue, c)
	}
	limit := int32(2 * steps) // in half steps
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		col, row := c%g.Cols, c/g.Cols
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				nc, nr := col+dc, row+dr
				if (dc == 0 && dr == 0) || nc < 0 || nr < 0 || nc >= g.Cols || nr >= g.Rows {
					continue
				}
				step := int32(2)
				if dc != 0 && dr != 0 {
					step = 3
				}
				k := g.Index(nc, nr)
				if d := dist[c] + step; d <= limit && (dist[k] < 0 || d < dist[k]) {
					dist[k] = d
					queue = append(queue, k)
				}
			}
		}
	}
	in := make([]bool, len(dist))
	for i, d := range dist {
		in[i] = d >= 0
	}
	return in
}

// zonesOf makes hazard zones of hazard from the cells in marks: one for each group of
// cells touching by a side within one village (and one square tile of tileM metres,
// when tileM > 0), named by name(village), with the households and people each
// threatens; those threatening nobody are left out, the others sorted by people, most
// first.
func (d *Doc) zonesOf(in []bool, tileM float64, hazard string, name func(village string) string) []Feature {
	g := d.Terrain()
	label := make([]int32, len(in))
	villageOf := map[int32]int{}
	ids := map[[3]int]int32{}
	for c := range in {
		label[c] = -1
		if !in[c] {
			continue
		}
		p := g.Centre(c%g.Cols, c/g.Cols)
		key := [3]int{d.town.VillageAt(p)}
		if tileM > 0 {
			key[1], key[2] = int(math.Floor((p[0]-g.X0)/tileM)), int(math.Floor((p[1]-g.Y0)/tileM))
		}
		id, ok := ids[key]
		if !ok {
			id = int32(len(ids))
			ids[key], villageOf[id] = id, key[0]
		}
		label[c] = id
	}
	var zones []Feature
	for _, group := range components(g, in, label) {
		area := outline(g, group, g.Cell*0.75)
		if len(area) == 0 {
			continue
		}
		village := ""
		if v := villageOf[label[group[0]]]; v >= 0 {
			village = d.town.Villages[v].Name
		}
		f := Feature{Kind: maps.KindHazardZone, Geom: area, Props: map[string]any{"name": name(village), "hazard": hazard}}
		households, people := d.Threat(f)
		if people == 0 {
			continue
		}
		f.Props["households"], f.Props["people"] = float64(households), float64(people)
		zones = append(zones, f)
	}
	slices.SortStableFunc(zones, func(a, b Feature) int {
		return cmp.Compare(b.Props["people"].(float64), a.Props["people"].(float64))
	})
	d.nameApart(zones)
	return zones
}

// nameApart numbers the names of suggestions that another feature, or another
// suggestion, already bears.
func (d *Doc) nameApart(fs []Feature) {
	taken := map[string]bool{}
	for i := range fs {
		base := fs[i].Name()
		name := base
		for n := 2; taken[name] || d.named(fs[i].Kind, name, -1); n++ {
			name = fmt.Sprintf("%s%d", base, n)
		}
		taken[name] = true
		fs[i].Props["name"] = name
	}
}
