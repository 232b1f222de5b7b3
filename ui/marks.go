package ui

import (
	"fmt"
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/paulmach/orb/planar"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/sim"
)

// mapMarks are the point symbols and labels drawn over the map: villages' names,
// shelters with their occupancy, stations, loudspeakers and the units.
type mapMarks struct {
	fonts    *Fonts
	scale    float64 // the interface's, which symbols grow by
	town     *maps.Town
	villages []Label
	shelters []Label
	stations []Label
	depots   []Label
	open     []bool
	units    []sim.UnitView
	shown    []int // the units drawn this frame, by index in units
	placer   LabelPlacer
	symbols  Symbols
}

// Symbol sizes in pixels.
const (
	shelterPx   = 10
	stationPx   = 5
	depotPx     = 8
	unitPx      = 9
	unitPickPx  = 13
	shelterPick = 9
)

// speakerMinScale is the zoom (pixels per metre) below which loudspeakers are left
// off the map: zoomed out to a county, a thousand dots would hide the roads.
const speakerMinScale = 0.02

// symbolReach is how far past the viewport's edge a symbol's centre may be and still
// show part of it: the widest symbol, a selected unit's ring, and its outline.
const symbolReach = unitPx + 6

// inView reports whether a symbol centred at screen (x, y) shows in bounds.
func inView(bounds image.Rectangle, x, y float64) bool {
	return x > float64(bounds.Min.X)-symbolReach && x < float64(bounds.Max.X)+symbolReach &&
		y > float64(bounds.Min.Y)-symbolReach && y < float64(bounds.Max.Y)+symbolReach
}

func (m *mapMarks) init(t *maps.Town, f *Fonts) {
	m.town, m.fonts = t, f
	for _, v := range t.Villages {
		c, _ := planar.CentroidArea(v.Area)
		if len(v.Area) > 0 && !planar.MultiPolygonContains(v.Area, c) {
			c = v.Area.Bound().Center()
		}
		m.villages = append(m.villages, Label{At: c, Text: v.Name})
	}
	for _, s := range t.Shelters {
		m.shelters = append(m.shelters, Label{At: s.Location, Text: s.Name, Beside: true, Small: true})
	}
	for _, s := range t.Stations {
		m.stations = append(m.stations, Label{At: s.Location, Text: s.Name, Beside: true, Small: true})
	}
	for _, d := range t.Depots {
		m.depots = append(m.depots, Label{At: d.Location, Text: d.Name, Beside: true, Small: true})
	}
	m.open = make([]bool, len(t.Shelters))
}

// update takes the shelters' occupancy and the units' places from snapshot s.
func (m *mapMarks) update(s *sim.Snapshot) {
	for i, sh := range s.Shelters {
		if i >= len(m.shelters) {
			break
		}
		m.open[i] = sh.Open
		m.shelters[i].Text = fmt.Sprintf("%s %d/%d", m.town.Shelters[i].Name, sh.Occupancy, sh.Capacity)
	}
	m.units = s.Units
}

// draw draws the symbols and the labels that fit, most important first: villages,
// shelters, stations, depots; the road or hazard zone selected is outlined first.
func (m *mapMarks) draw(dst *ebiten.Image, g *Game) {
	c := &g.cam
	sc := float32(g.scale)
	g.drawSelectedTarget(dst)
	bounds := image.Rect(0, 0, g.mapW(), ScreenHeight)
	sym := &m.symbols
	sym.Reset()
	if c.Scale >= speakerMinScale {
		for _, sp := range m.town.Loudspeakers {
			if x, y := c.ToScreen(sp.Location); inView(bounds, x, y) {
				sym.speakerSymbol(float32(x), float32(y), sc)
			}
		}
	}
	for i := range m.stations {
		x, y := c.ToScreen(m.stations[i].At)
		if !inView(bounds, x, y) {
			continue
		}
		sym.stationSymbol(float32(x), float32(y), sc)
		if g.sel.station == i {
			sym.Ring(float32(x), float32(y), (stationPx+5)*sc, 2, colorSelected)
		}
	}
	for i := range m.depots {
		x, y := c.ToScreen(m.depots[i].At)
		if !inView(bounds, x, y) {
			continue
		}
		sym.depotSymbol(float32(x), float32(y), sc)
		if g.sel.depot == i {
			w := (depotPx + 8) * sc
			sym.Frame(float32(x)-w/2, float32(y)-w/2, w, w, 2, colorSelected)
		}
	}
	for i := range m.shelters {
		x, y := c.ToScreen(m.shelters[i].At)
		if !inView(bounds, x, y) {
			continue
		}
		sym.shelterSymbol(float32(x), float32(y), m.open[i], sc)
		if g.sel.shelter == i {
			w := (shelterPx + 8) * sc
			sym.Frame(float32(x)-w/2, float32(y)-w/2, w, w, 2, colorSelected)
		}
	}
	m.placer.Reset()
	m.placer.placed = append(m.placer.placed, g.overlayRects()...)
	m.shown = m.shown[:0]
	units := g.view.Layers().Has(LayerUnits)
	for i := range m.units {
		u := &m.units[i]
		if !units || u.State == sim.UnitAbsent || !g.role.SeesUnit(u.Village) {
			continue
		}
		x, y := c.ToScreen(u.At)
		if !inView(bounds, x, y) {
			continue
		}
		m.shown = append(m.shown, i)
		r := int(unitPx * sc)
		m.placer.placed = append(m.placer.placed, image.Rect(int(x)-r, int(y)-r, int(x)+r, int(y)+r))
		if g.sel.has(u.ID) || g.sel.other == u.ID {
			sym.Ring(float32(x), float32(y), (unitPx+4)*sc, 3, colorSelected)
		}
		sym.unitSymbol(float32(x), float32(y), sc)
	}
	sym.Draw(dst)
	for _, i := range m.shown {
		u := &m.units[i]
		x, y := c.ToScreen(u.At)
		mark := i18n.UnitMark(u.Kind)
		w, h := text.Measure(mark, m.fonts.Small, 0)
		op := &text.DrawOptions{}
		op.GeoM.Translate(x-w/2, y-h/2)
		drawGlyphs(dst, mark, m.fonts.Small, op)
	}
	if !g.view.Layers().Has(LayerLabels) {
		return
	}
	own := g.sel.village
	if own < 0 {
		own = g.village
	}
	m.placeLabels(dst, c, m.villages, m.fonts.Normal, bounds, own)
	m.placeLabels(dst, c, m.shelters, m.fonts.Small, bounds, g.sel.shelter)
	m.placeLabels(dst, c, m.stations, m.fonts.Small, bounds, -1)
	m.placeLabels(dst, c, m.depots, m.fonts.Small, bounds, g.sel.depot)
}

// placeLabels draws the labels of ls that find room; highlight is the index drawn in
// the selection colour, -1 for none.
func (m *mapMarks) placeLabels(dst *ebiten.Image, c *Camera, ls []Label, f text.Face, bounds image.Rectangle, highlight int) {
	vis := c.Visible()
	for i := range ls {
		l := &ls[i]
		if !vis.Contains(l.At) {
			continue
		}
		l.measure(f)
		x, y := c.ToScreen(l.At)
		if r, ok := m.placer.Place(l, x, y, bounds); ok {
			col := color.Color(colorMapText)
			if i == highlight {
				col = colorSelected
			}
			drawLabel(dst, l, r, f, col)
		}
	}
}

// shelterAt is the shelter whose symbol is under screen (x, y), or -1.
func (m *mapMarks) shelterAt(c *Camera, x, y float64) int {
	best, bestD := -1, float64(shelterPick*shelterPick)*m.scale*m.scale
	for i, s := range m.town.Shelters {
		sx, sy := c.ToScreen(s.Location)
		if d := (sx-x)*(sx-x) + (sy-y)*(sy-y); d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

// villageAt is the village under screen (x, y), or -1.
func (g *Game) villageAt(x, y float64) int {
	hits := g.session.Town().Index.Within(g.cam.ToTown(x, y), 0, nil, maps.KindVillage)
	if len(hits) == 0 {
		return -1
	}
	return hits[0].Index
}

// pickKinds are the features a unit can be sent to, in the order a click prefers
// them when several are near: point places, zones, named buildings, roads, villages.
var pickKinds = []maps.Kind{maps.KindShelter, maps.KindStation, maps.KindDepot, maps.KindHazardZone, maps.KindBuilding, maps.KindRoad, maps.KindVillage}

// pickRadiusPx is how near a click must be to a feature to pick it.
const pickRadiusPx = 12

// placeAt is the name of the place a click at screen (x, y) picks, "" for none.
func (g *Game) placeAt(x, y float64) string {
	t := g.session.Town()
	hits := t.Index.Within(g.cam.ToTown(x, y), pickRadiusPx/g.cam.Scale, nil, pickKinds...)
	for _, k := range pickKinds {
		for _, h := range hits {
			if h.Kind != k {
				continue
			}
			if name := featureName(t, h); name != "" {
				return name
			}
		}
	}
	return ""
}

// featureName is the name of the feature hit, "" when it has none.
func featureName(t *maps.Town, h maps.Hit) string {
	i := h.Index
	switch h.Kind {
	case maps.KindShelter:
		return t.Shelters[i].Name
	case maps.KindStation:
		return t.Stations[i].Name
	case maps.KindDepot:
		return t.Depots[i].Name
	case maps.KindHazardZone:
		return t.HazardZones[i].Name
	case maps.KindBuilding:
		return t.Buildings[i].Name
	case maps.KindRoad:
		return t.Roads[i].Name
	case maps.KindVillage:
		return t.Villages[i].Name
	}
	return ""
}
