package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2/vector"

	"drillsim/i18n"
)

// legendSwatch is how a legend row shows its symbol: drawn by the very function that
// draws it on the map, or as the map's colour on the map's ground.
type legendSwatch uint8

// The swatches.
const (
	swatchFill        legendSwatch = iota // an area's colour, over the map's ground
	swatchShelterOpen                     // the shelter symbol, open
	swatchShelterShut                     // the shelter symbol, not open
	swatchStation
	swatchDepot
	swatchUnit
	swatchSpeaker
	swatchLine      // a line of the colour, as roads cut or closed are drawn
	swatchZone      // a hazard zone: its fill and its outline
	swatchFlood     // the three depths of water
	swatchOwnBorder // the seat's village's outline
)

// legendEntry is one row of the legend.
type legendEntry struct {
	swatch legendSwatch
	color  color.RGBA
	text   i18n.Text
}

// legendEntries are the legend's rows, in the order the map's layers stack.
var legendEntries = []legendEntry{
	{swatchFill, buildingColors[1], i18n.TextLegendUnwarned},
	{swatchFill, buildingColors[2], i18n.TextLegendWarned},
	{swatchFill, buildingColors[3], i18n.TextLegendLeaving},
	{swatchFill, buildingColors[4], i18n.TextLegendEmpty},
	{swatchFill, buildingColors[5], i18n.TextLegendHurt},
	{swatchFill, buildingColors[6], i18n.TextLegendDestroyed},
	{swatchShelterOpen, colorShelter, i18n.TextLegendShelterOpen},
	{swatchShelterShut, colorShelter, i18n.TextLegendShelterShut},
	{swatchStation, colorStation, i18n.TextLegendStation},
	{swatchDepot, colorDepot, i18n.TextLegendDepot},
	{swatchUnit, colorUnit, i18n.TextLegendUnit},
	{swatchSpeaker, colorSpeaker, i18n.TextLegendSpeaker},
	{swatchLine, colorCut, i18n.TextLegendCutRoad},
	{swatchLine, colorClosed, i18n.TextLegendClosedRoad},
	{swatchFlood, floodColors[1], i18n.TextLegendFlood},
	{swatchFill, colorBurning, i18n.TextLegendFire},
	{swatchFill, colorBurnt, i18n.TextLegendBurnt},
	{swatchZone, hazardZoneColors["landslide"], i18n.TextLegendHazardZone},
	{swatchOwnBorder, colorOwnVillage, i18n.TextLegendOwnVillage},
}

// legendRowH and legendWidth size the legend box, in logical pixels.
const legendRowH, legendWidth = 18, 150

// legendEntriesShown are the rows the seat's legend has: the village outline only
// for a village's cadres.
func (g *Game) legendEntriesShown() []legendEntry {
	if g.village >= 0 {
		return legendEntries
	}
	return legendEntries[:len(legendEntries)-1]
}

// legendRect is the legend's box in the map's bottom-left corner: its title alone
// when folded.
func (g *Game) legendRect() image.Rectangle {
	rows := len(g.legendEntriesShown())
	if g.legendFolded() {
		rows = 0
	}
	h := legendRowH*(rows+1) + 10
	bottom := g.logical(ScreenHeight) - 10
	return image.Rect(10, bottom-h, 10+legendWidth, bottom)
}

// legendFolded reports whether the legend shows its title alone: at a scale where it
// would take most of the map's height, until its title is clicked.
func (g *Game) legendFolded() bool { return g.legendFold != (g.scale > 1.5) }

// layoutLegend lays out the legend: each row the symbol as the map draws it and what
// it means; a click on the title folds or unfolds it.
func (g *Game) layoutLegend() {
	p := &g.over
	r := g.legendRect()
	p.Fill(r, colorBackground)
	p.Frame(r, colorVillageEdge)
	mark := "▾ "
	if g.legendFolded() {
		mark = "▸ "
	}
	title := image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+legendRowH+4)
	if p.dst == nil {
		if p.clicked(title) {
			g.legendFold = !g.legendFold
		}
		p.widget(i18n.TextLegend.In(g.lang), title)
	}
	p.Text(image.Pt(r.Min.X+6, r.Min.Y+4), mark+i18n.TextLegend.In(g.lang), g.fonts.Small, colorMapText)
	if g.legendFolded() {
		return
	}
	for i, e := range g.legendEntriesShown() {
		y := r.Min.Y + legendRowH*(i+1) + 6
		g.drawSwatch(e, image.Pt(r.Min.X+8, y+2))
		p.Line(image.Rect(r.Min.X+34, y, r.Max.X-4, y+legendRowH), e.text.In(g.lang), g.fonts.Small, colorMapText)
	}
}

// drawSwatch draws the symbol of legend entry e in a 20×14 logical box from pt.
func (g *Game) drawSwatch(e legendEntry, pt image.Point) {
	p := &g.over
	if p.dst == nil {
		return
	}
	s := float32(g.scale)
	box := p.rectToScreen(image.Rect(pt.X, pt.Y, pt.X+20, pt.Y+14))
	cx, cy := float32(box.Min.X+box.Max.X)/2, float32(box.Min.Y+box.Max.Y)/2
	sym := &g.legendSymbols
	sym.Reset()
	switch e.swatch {
	case swatchFill:
		fillRect(p.dst, box.Inset(int(2*s)), e.color)
	case swatchShelterOpen:
		sym.shelterSymbol(cx, cy, true, s)
	case swatchShelterShut:
		sym.shelterSymbol(cx, cy, false, s)
	case swatchStation:
		sym.stationSymbol(cx, cy, s)
	case swatchDepot:
		sym.depotSymbol(cx, cy, s)
	case swatchUnit:
		sym.unitSymbol(cx, cy, s*0.8)
	case swatchSpeaker:
		sym.speakerSymbol(cx, cy, s)
	case swatchLine:
		vector.StrokeLine(p.dst, float32(box.Min.X), cy, float32(box.Max.X), cy, 4*s, e.color, true)
	case swatchZone:
		fillRect(p.dst, box, e.color)
		vector.StrokeRect(p.dst, float32(box.Min.X), float32(box.Min.Y), float32(box.Dx()), float32(box.Dy()), zoneOutlinePx*s, hazardZoneEdge(e.color), false)
	case swatchFlood:
		w := box.Dx() / 3
		for i, c := range floodColors {
			fillRect(p.dst, image.Rect(box.Min.X+i*w, box.Min.Y, box.Min.X+(i+1)*w, box.Max.Y), c)
		}
	case swatchOwnBorder:
		vector.StrokeRect(p.dst, float32(box.Min.X), float32(box.Min.Y), float32(box.Dx()), float32(box.Dy()), 3*s, e.color, false)
	}
	sym.Draw(p.dst)
}
