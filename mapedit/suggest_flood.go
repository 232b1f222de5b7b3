package mapedit

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"drillsim/maps"
	"drillsim/sim/hazard"
)

// Rivers lists the names of the map's rivers and streams that a flood can rise on,
// the rivers first, each once, in map order.
func (d *Doc) Rivers() []string {
	var rivers, streams []string
	for _, w := range d.town.Waterways {
		switch {
		case w.Name == "":
		case w.Kind == maps.KindRiver && !slices.Contains(rivers, w.Name):
			rivers = append(rivers, w.Name)
		case w.Kind == maps.KindStream && !slices.Contains(streams, w.Name):
			streams = append(streams, w.Name)
		}
	}
	return append(rivers, streams...)
}

// FloodZones suggests the flood zones of river risen riseM metres above its normal
// level: where the engine's flood (hazard.Flood, the stage mode: each cell's height
// above the river it drains to) puts water at that rise, cut by village so that each
// zone is evacuated by its own cadres, each with the households and people it holds,
// the most threatened first. Zones where nobody lives are left out.
func (d *Doc) FloodZones(river string, riseM float64) ([]Feature, error) {
	g := d.Terrain()
	if g == nil {
		return nil, errors.New("the map has no terrain (DEM): open it with --dem to let the flood model find the zones")
	}
	if !(riseM > 0) {
		return nil, fmt.Errorf("the rise is a height above the river's normal level in metres above 0, not %g", riseM)
	}
	marked := make([]bool, len(g.Elev))
	var channel []int
	for _, w := range d.town.Waterways {
		if w.Name == river && w.Kind != maps.KindWater {
			channel = g.LineCells(w.Geom, marked, channel)
		}
	}
	if len(channel) == 0 {
		return nil, fmt.Errorf("no river or stream on the terrain is named %q; the map's are: %s", river, strings.Join(d.Rivers(), ", "))
	}
	flood, err := hazard.NewFlood(g, channel)
	if err != nil {
		return nil, err
	}
	wet := make([]bool, len(g.Elev))
	for c := range wet {
		wet[c] = float32(riseM) > flood.RiseToFlood(c)
	}
	return d.zonesOf(wet, 0, "flood", func(village string) string {
		if village == "" {
			return river + "洪水风险区"
		}
		return river + "·" + village + "洪水风险区"
	}), nil
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
