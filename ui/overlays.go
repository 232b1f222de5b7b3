package ui

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// drawOverlays draws what sits on top of the map: scale bar, north arrow, legend, the
// note that the map is illustrative, and the help, message and end boxes.
func (g *Game) drawOverlays(dst *ebiten.Image) {
	g.drawScaleBar(dst)
	g.drawNorthArrow(dst)
	g.drawLegend(dst)
	if g.session.Town().Illustrative {
		textBox(dst, image.Pt(10, 10), i18n.TextIllustrative.In(g.lang), g.fonts.Small, colorMapText)
	}
	g.drawPhase(dst)
	if g.sel.picking() && g.sel.place == "" {
		what := i18n.TaskName(g.sel.task, g.lang)
		if len(g.sel.units) == 0 {
			what = i18n.OrderKindName(scenarios.OrderMoveSupplies, g.lang) + " " + itemsText(g.sel.supplies, g.lang)
		}
		textBox(dst, image.Pt(10, 34), i18n.TextPickPlace.In(g.lang)+" — "+what, g.fonts.Normal, colorSelected)
	}
	if g.drag.on && g.drag.box && g.drag.moved {
		r := g.drag.rect()
		fillRect(dst, r, colorSelectBox)
		vector.StrokeRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), 1.5, colorSelected, false)
	}
	if g.openItem >= 0 && g.openItem < len(g.feed.Items) {
		it := g.feed.Items[g.openItem]
		textBox(dst, image.Pt(180, ScreenHeight-120), wrap(g.feedLine(it)+"\n"+g.feedText(it), 52), g.fonts.Normal, colorMapText)
	}
	g.drawHover(dst)
	if g.help {
		textBox(dst, image.Pt(120, 260), i18n.TextHelpBody.In(g.lang), g.fonts.Normal, colorMapText)
	}
	if g.session.Done() {
		g.drawEnd(dst)
	}
}

// textBox draws s in face f on a light box with its top-left corner at pt.
func textBox(dst *ebiten.Image, pt image.Point, s string, f text.Face, c color.Color) {
	w, h := text.Measure(s, f, lineHeight(f))
	fillRect(dst, image.Rect(pt.X-6, pt.Y-4, pt.X+int(w)+6, pt.Y+int(h)+4), colorHalo)
	drawText(dst, pt, s, f, c)
}

// wrap breaks s into lines of at most n runes, keeping its own line breaks.
func wrap(s string, n int) string {
	out := make([]rune, 0, len(s)+len(s)/n)
	col := 0
	for _, r := range s {
		if r == '\n' {
			col = 0
		} else if col == n {
			out = append(out, '\n')
			col = 0
		}
		out = append(out, r)
		if r != '\n' {
			col++
		}
	}
	return string(out)
}

// niceLength is the largest 1, 2 or 5 × 10^k metres not over max.
func niceLength(max float64) float64 {
	if max <= 0 || math.IsNaN(max) || math.IsInf(max, 0) {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(max)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= max {
			return m * p
		}
	}
	return p
}

// drawScaleBar draws a bar of a round length in the map's bottom-right corner.
func (g *Game) drawScaleBar(dst *ebiten.Image) {
	const maxPx = 140
	m := niceLength(maxPx / g.cam.Scale)
	if m == 0 {
		return
	}
	px := float32(m * g.cam.Scale)
	x0, y0 := float32(mapWidth-20)-px, float32(ScreenHeight-24)
	label := fmt.Sprintf("%g m", m)
	if m >= 1000 {
		label = fmt.Sprintf("%g km", m/1000)
	}
	w, _ := text.Measure(label, g.fonts.Small, 0)
	fillRect(dst, image.Rect(int(x0)-6, int(y0)-20, mapWidth-14, ScreenHeight-14), colorHalo)
	vector.DrawFilledRect(dst, x0, y0, px, 4, colorMapText, false)
	vector.DrawFilledRect(dst, x0, y0-6, 2, 10, colorMapText, false)
	vector.DrawFilledRect(dst, x0+px-2, y0-6, 2, 10, colorMapText, false)
	op := &text.DrawOptions{}
	op.GeoM.Translate(float64(x0+px/2)-w/2, float64(y0)-18)
	op.ColorScale.ScaleWithColor(colorMapText)
	drawGlyphs(dst, label, g.fonts.Small, op)
}

// drawNorthArrow draws an arrow pointing up, north, in the map's top-right corner.
func (g *Game) drawNorthArrow(dst *ebiten.Image) {
	cx, top := float32(mapWidth-30), float32(16)
	if g.north.vertices == nil {
		var p vector.Path
		p.MoveTo(cx, top)
		p.LineTo(cx+9, top+28)
		p.LineTo(cx, top+22)
		p.LineTo(cx-9, top+28)
		p.Close()
		g.north.vertices, g.north.indices = p.AppendVerticesAndIndicesForFilling(nil, nil)
		for i := range g.north.vertices {
			v := &g.north.vertices[i]
			v.SrcX, v.SrcY = 1, 1
			v.ColorR, v.ColorG, v.ColorB, v.ColorA = 0.13, 0.13, 0.13, 1
		}
	}
	dst.DrawTriangles(g.north.vertices, g.north.indices, whitePixel, &ebiten.DrawTrianglesOptions{FillRule: ebiten.FillRuleNonZero})
	n := i18n.TextNorth.In(g.lang)
	w, _ := text.Measure(n, g.fonts.Normal, 0)
	op := &text.DrawOptions{}
	op.GeoM.Translate(float64(cx)-w/2, float64(top)+30)
	op.ColorScale.ScaleWithColor(colorMapText)
	drawGlyphs(dst, n, g.fonts.Normal, op)
}

// legendEntries are the legend's rows: a swatch kind, its colour and its text.
type legendEntry struct {
	kind  int // 0 square, 1 circle, 2 line
	color color.RGBA
	text  i18n.Text
}

var legendEntries = []legendEntry{
	{0, buildingColors[1], i18n.TextLegendUnwarned},
	{0, buildingColors[2], i18n.TextLegendWarned},
	{0, buildingColors[3], i18n.TextLegendLeaving},
	{0, buildingColors[4], i18n.TextLegendEmpty},
	{0, buildingColors[5], i18n.TextLegendHurt},
	{0, buildingColors[6], i18n.TextLegendDestroyed},
	{0, colorShelter, i18n.TextLegendShelter},
	{1, colorStation, i18n.TextLegendStation},
	{0, colorDepot, i18n.TextLegendDepot},
	{1, colorUnit, i18n.TextLegendUnit},
	{2, colorCut, i18n.TextLegendCutRoad},
	{0, color.RGBA{0x21, 0x66, 0xc4, 0xff}, i18n.TextLegendFlood},
	{0, color.RGBA{0xff, 0x45, 0x00, 0xff}, i18n.TextLegendFire},
	{0, hazardZoneColors["landslide"], i18n.TextLegendHazardZone},
}

// legendRowH and legendWidth size the legend box.
const legendRowH, legendWidth = 16, 128

// overlayRects are the screen rectangles the overlays take, kept free of labels:
// the legend, the scale bar, the north arrow, the note on the map's origin and the
// layer button.
func overlayRects() [5]image.Rectangle {
	h := legendRowH*(len(legendEntries)+1) + 8
	return [5]image.Rectangle{
		image.Rect(10, ScreenHeight-10-h, 10+legendWidth, ScreenHeight-10),
		image.Rect(mapWidth-180, ScreenHeight-46, mapWidth-14, ScreenHeight-14),
		image.Rect(mapWidth-50, 10, mapWidth-10, 66),
		image.Rect(0, 0, 150, 56),
		layerButtonRect(),
	}
}

// drawLegend draws the legend in the map's bottom-left corner.
func (g *Game) drawLegend(dst *ebiten.Image) {
	const rowH, w = legendRowH, legendWidth
	r := overlayRects()[0]
	h := r.Dy()
	x0, y0 := r.Min.X, r.Min.Y
	fillRect(dst, image.Rect(x0, y0, x0+w, y0+h), colorHalo)
	drawText(dst, image.Pt(x0+6, y0+3), i18n.TextLegend.In(g.lang), g.fonts.Small, colorMapText)
	for i, e := range legendEntries {
		y := y0 + rowH*(i+1) + 4
		sx, sy := float32(x0+8), float32(y+3)
		switch e.kind {
		case 0:
			vector.DrawFilledRect(dst, sx, sy, 10, 10, e.color, false)
		case 1:
			vector.DrawFilledCircle(dst, sx+5, sy+5, 5, e.color, false)
		case 2:
			vector.DrawFilledRect(dst, sx, sy+3, 12, 4, e.color, false)
		}
		drawText(dst, image.Pt(x0+26, y), e.text.In(g.lang), g.fonts.Small, colorMapText)
	}
}
