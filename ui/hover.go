package ui

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// hoverState is what the map says about the place under a resting cursor.
type hoverState struct {
	x, y int    // the cursor the text was made for
	cam  Camera // the view it was made in
	t    int64  // the scenario second it was made at
	lang i18n.Language
	text string // "" for nothing there
	hits []maps.Hit
}

// updateHover describes what is under the cursor at screen (x, y), when it has moved
// or the world has.
func (g *Game) updateHover(x, y int, over bool) {
	h := &g.hover
	if !over || g.drag.on {
		h.text, h.x = "", -1
		return
	}
	if h.x == x && h.y == y && h.cam == g.cam && h.t == g.snap.T && h.lang == g.lang {
		return
	}
	h.x, h.y, h.cam, h.t, h.lang = x, y, g.cam, g.snap.T, g.lang
	h.text = g.describeAt(float64(x), float64(y))
}

// describeAt says, in a few lines, what a click at screen (x, y) takes (targetAt):
// a unit, a shelter, station or depot, a road, a hazard zone or a village, or the
// place an order waiting for one would go to; then, when a house with residents is
// under the cursor and is not that, the house. "" for nothing.
func (g *Game) describeAt(x, y float64) string {
	t := g.targetAt(x, y)
	s := g.describeTarget(t)
	if t.picking {
		if t.place == "" {
			return ""
		}
		return i18n.TextClickPicks.In(g.lang) + " " + t.place
	}
	if t.unit != "" || t.shelter >= 0 || t.station >= 0 || t.depot >= 0 {
		return s
	}
	if house := g.houseAt(x, y); house != "" {
		if s == "" {
			return house
		}
		return s + "\n" + house
	}
	return s
}

// describeTarget says what target t is.
func (g *Game) describeTarget(t target) string {
	town := g.session.Town()
	switch {
	case t.unit != "":
		if u := g.unitView(t.unit); u != nil {
			return g.describeUnit(u)
		}
	case t.shelter >= 0:
		return g.describeShelter(t.shelter)
	case t.station >= 0:
		s := town.Stations[t.station]
		return s.Name + "\n" + i18n.StationTypeName(s.Type, g.lang) + quantities(s.Units, g.lang)
	case t.depot >= 0:
		d := town.Depots[t.depot]
		return d.Name + "\n" + i18n.TextDepot.In(g.lang) + quantities(d.Stock, g.lang)
	case t.road != "":
		for i := range town.Roads {
			if town.Roads[i].Name == t.road {
				return g.describeFeature(maps.Hit{Kind: maps.KindRoad, Index: i})
			}
		}
	case t.zone >= 0:
		return g.describeFeature(maps.Hit{Kind: maps.KindHazardZone, Index: t.zone})
	case t.village >= 0:
		return g.describeFeature(maps.Hit{Kind: maps.KindVillage, Index: t.village})
	}
	return ""
}

// houseAt says who lives in the house under screen (x, y), "" for none shown there.
func (g *Game) houseAt(x, y float64) string {
	if !g.view.Layers().Has(LayerBuildings) {
		return ""
	}
	h := &g.hover
	h.hits = g.session.Town().Index.Within(g.cam.ToTown(x, y), 0, h.hits[:0], maps.KindBuilding)
	for _, hit := range h.hits {
		if g.session.Town().Buildings[hit.Index].Population > 0 {
			return i18n.TextHouseHere.In(g.lang) + " " + g.describeFeature(hit)
		}
	}
	return ""
}

// describeFeature says what a building, hazard zone, road or village is.
func (g *Game) describeFeature(h maps.Hit) string {
	t, l := g.session.Town(), g.lang
	switch h.Kind {
	case maps.KindBuilding:
		b := &t.Buildings[h.Index]
		name := b.Name
		if name == "" {
			name = i18n.BuildingUseName(b.Use, l)
		}
		var sb strings.Builder
		sb.WriteString(name)
		if b.Village >= 0 && b.Village < len(t.Villages) {
			sb.WriteString("  " + t.Villages[b.Village].Name)
		}
		if b.Population > 0 {
			sb.WriteString("\n" + fmt.Sprintf(i18n.TextHoverResidents.In(l), b.Population, b.Vulnerable))
			if h.Index < len(g.snap.Buildings) {
				sb.WriteString("  " + i18n.BuildingStateText(g.snap.Buildings[h.Index]).In(l))
			}
		}
		return sb.String()
	case maps.KindHazardZone:
		z := &t.HazardZones[h.Index]
		s := z.Name + "\n" + i18n.HazardName(scenarios.HazardType(z.Hazard), l) + "  " + fmt.Sprintf(i18n.TextHoverThreatens.In(l), z.Households, z.People)
		if z.RunoutM > 0 {
			s += "  " + i18n.TextRunout.In(l) + " " + fmt.Sprintf(i18n.TextMetres.In(l), z.RunoutM)
		}
		return s
	case maps.KindRoad:
		r := &t.Roads[h.Index]
		s := r.Name
		if s == "" {
			s = i18n.RoadClassName(r.Class, l)
		} else {
			s += "  " + i18n.RoadClassName(r.Class, l)
		}
		if r.Bridge {
			s += "  " + i18n.TextBridge.In(l)
		}
		return s
	case maps.KindVillage:
		v := &t.Villages[h.Index]
		s := v.Name + "\n" + fmt.Sprintf(i18n.TextHoverPopulation.In(l), v.Population)
		if v.Head != "" {
			s += "\n" + i18n.TextVillageHead.In(l) + " " + v.Head + "  " + v.Phone
		}
		return s
	}
	return ""
}

// describeUnit says who a unit is and what it is doing.
func (g *Game) describeUnit(u *sim.UnitView) string {
	s := i18n.UnitMark(u.Kind) + " " + u.Name + "\n" + i18n.UnitStateText(u.State).In(g.lang)
	if u.Task != "" {
		s += " · " + i18n.TaskName(u.Task, g.lang)
	}
	if u.Target != "" {
		s += " → " + u.Target
	}
	return s
}

// describeShelter says a shelter's state and occupancy.
func (g *Game) describeShelter(i int) string {
	sh := g.session.Town().Shelters[i]
	s := sh.Name
	if i < len(g.snap.Shelters) {
		v := g.snap.Shelters[i]
		state := i18n.TextShelterClosed
		if v.Open {
			state = i18n.TextShelterOpen
		}
		s += "\n" + state.In(g.lang) + "  " + fmt.Sprintf(i18n.TextHoverOccupancy.In(g.lang), v.Occupancy, v.Capacity, v.Coming)
	}
	return s
}

// unitViewAt is the unit shown under screen (x, y), or nil.
func (g *Game) unitViewAt(x, y float64) *sim.UnitView {
	var best *sim.UnitView
	bestD := float64(unitPickPx*unitPickPx) * g.scale * g.scale
	for i := range g.marks.units {
		u := &g.marks.units[i]
		if u.State == sim.UnitAbsent || !g.role.SeesUnit(u.Village) {
			continue
		}
		ux, uy := g.cam.ToScreen(u.At)
		if d := (ux-x)*(ux-x) + (uy-y)*(uy-y); d <= bestD {
			best, bestD = u, d
		}
	}
	return best
}

// nearestPoint is the index of the nearest of n points (at(i) in town metres) within
// r pixels of screen (x, y), or -1.
func nearestPoint(c *Camera, x, y, r float64, n int, at func(i int) [2]float64) int {
	best, bestD := -1, r*r
	for i := range n {
		sx, sy := c.ToScreen(at(i))
		if d := (sx-x)*(sx-x) + (sy-y)*(sy-y); d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

// quantities lists counts of items, one per line after a colon, named in l.
func quantities(qs []maps.Quantity, l i18n.Language) string {
	if len(qs) == 0 {
		return ""
	}
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = fmt.Sprintf("%s %d", i18n.ItemName(q.Item, l), q.Count)
	}
	return wrap("\n"+i18n.Join(parts, l), 30)
}

// drawHover draws what is under the cursor in a box beside it, kept on the map.
func (g *Game) drawHover(dst *ebiten.Image) {
	if g.hover.text == "" {
		return
	}
	f := g.drawn.Small
	w, h := text.Measure(g.hover.text, f, lineHeight(f))
	x, y := g.hover.x+16, g.hover.y+18
	if x+int(w)+8 > g.mapW() {
		x = g.hover.x - 16 - int(w)
	}
	if y+int(h)+6 > ScreenHeight {
		y = g.hover.y - 12 - int(h)
	}
	textBox(dst, image.Pt(x, y), g.hover.text, f, colorMapText)
}
