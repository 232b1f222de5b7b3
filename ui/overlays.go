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

// drawMapOverlays draws what belongs to the map's own pixels: the seat's village
// outlined, the selection's box, the scale bar, the north arrow and the hover card.
func (g *Game) drawMapOverlays(dst *ebiten.Image) {
	g.drawOwnVillage(dst)
	if g.drag.on && g.drag.box && g.drag.moved {
		r := g.drag.rect()
		fillRect(dst, r, colorSelectBox)
		vector.StrokeRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), 1.5, colorSelected, false)
	}
	g.drawScaleBar(dst)
	g.drawNorthArrow(dst)
	g.drawHover(dst)
}

// layoutOver lays out what is over the map (the legend, the note that the map is
// illustrative, the banner saying the clock stands, the tabletop phase, a feed item
// opened, the layer menu) and, over everything, a dialog, the help or the end screen.
// A tabletop in projector mode shows its phase, question and feed large instead.
func (g *Game) layoutOver() {
	g.framePanels()
	if g.projector && g.tabletop() {
		g.layoutProjector()
		g.layoutShowResults(boxesTop)
	} else {
		g.layoutLegend()
		// On a wide map the note and the banner sit beside the buttons at its top and
		// the boxes start under them; on a narrow one (a large scale) all go under the
		// buttons, one under the other.
		narrow := g.overMapW() < narrowMapW
		y := 10
		if narrow {
			y = layerButtonY1 + 10
		}
		if g.session.Town().Illustrative {
			if r := g.noteBox(image.Pt(10, y), i18n.TextIllustrative.In(g.lang), g.fonts.Small, colorMapText); narrow {
				y = r.Max.Y + 10
			}
		}
		if r := g.layoutBanner(narrow, y); narrow && !r.Empty() {
			y = r.Max.Y + 10
		}
		if !narrow {
			y = boxesTop
		}
		if r := g.layoutShowResults(y); !r.Empty() {
			y = r.Max.Y + 10
		}
		if !g.layoutShelterNotice(y) {
			g.layoutPhaseBox(y)
		}
		g.layoutOpenItem()
	}
	g.layoutLayerMenu()
	switch {
	case g.dialog != nil:
		g.layoutDialog()
	case g.help:
		g.layoutHelp()
	case g.endShown():
		g.layoutEnd()
	}
}

// layoutShowResults offers, from y, the end screen again once it was closed, and
// returns the button's box, empty when it is not offered.
func (g *Game) layoutShowResults(y int) image.Rectangle {
	if !g.session.Done() || !g.endClosed || g.dialog != nil || g.help {
		return image.Rectangle{}
	}
	mw := g.overMapW()
	r := image.Rect(mw/2-90, y+4, mw/2+90, y+36)
	if g.over.PrimaryButton(r, i18n.TextShowResults.In(g.lang)) {
		g.endClosed = false
	}
	return r
}

// noteBox draws s in face f on a light box with its top-left corner at pt, on the
// surface over the map.
func (g *Game) noteBox(pt image.Point, s string, f text.Face, c color.Color) image.Rectangle {
	p := &g.over
	w, h := text.Measure(s, f, lineHeight(f))
	r := image.Rect(pt.X-6, pt.Y-4, pt.X+int(math.Ceil(w))+6, pt.Y+int(math.Ceil(h))+4)
	p.Fill(r, colorHalo)
	p.Text(pt, s, f, c)
	return r
}

// wrapBox draws s wrapped to width w in face f on a light box from pt, and returns
// the box.
func (g *Game) wrapBox(pt image.Point, w int, s string, f text.Face, c color.Color) image.Rectangle {
	p := &g.over
	lines := wrapWidth(s, f, float64(w))
	h := int(math.Ceil(lineHeight(f))) * len(lines)
	r := image.Rect(pt.X-8, pt.Y-6, pt.X+w+8, pt.Y+h+6)
	p.Fill(r, colorHalo)
	p.Wrap(pt.X, pt.Y, w, s, f, c)
	return r
}

// narrowMapW is the width of the map, in the logical pixels over it, under which its
// top is too narrow for the buttons, the note and the banner side by side.
const narrowMapW = 640

// boxesTop is where the boxes over a wide map start, under its buttons.
const boxesTop = 44

// layoutBanner says at the top of the map what the player must know of the clock:
// that it stands and how to start it, that it slowed before an end, or that the next
// click picks an order's place; centred at the top of a wide map, at y on the left of
// a narrow one. It returns the banner's box, empty when there is nothing to say.
func (g *Game) layoutBanner(narrow bool, y int) image.Rectangle {
	var s string
	c := color.Color(colorMapText)
	switch {
	case g.session.Done():
		return image.Rectangle{}
	case g.sel.picking() && g.sel.place == "":
		what := i18n.TaskName(g.sel.task, g.lang)
		if len(g.sel.units) == 0 {
			what = i18n.OrderKindName(scenarios.OrderMoveSupplies, g.lang) + " " + itemsText(g.sel.supplies, g.lang)
		}
		s, c = i18n.TextPickPlace.In(g.lang)+" — "+what, colorSelectedText
	case g.clock.Speed() == 0 && g.served == nil:
		s, c = i18n.TextPausedBanner.In(g.lang), colorPausedText
	case g.slowed():
		s = fmt.Sprintf(i18n.TextSlowedBanner.In(g.lang), slowSpeed)
	default:
		return image.Rectangle{}
	}
	f := g.fonts.Normal
	mw := g.overMapW()
	if narrow {
		return g.wrapBox(image.Pt(18, y+6), mw-36, s, f, c)
	}
	w, _ := text.Measure(s, f, 0)
	if int(w) > mw-220 {
		return g.wrapBox(image.Pt(170, 12), mw-230, s, f, c)
	}
	return g.noteBox(image.Pt((mw-int(w))/2, 12), s, f, c)
}

// layoutOpenItem shows the feed item opened, whole, at the bottom of the map.
func (g *Game) layoutOpenItem() {
	if g.feed.Open < 0 || g.feed.Open >= len(g.feed.Items) {
		return
	}
	it := g.feed.Items[g.feed.Open]
	s := g.feedLine(it) + "\n" + g.feedText(it)
	if it.Note == noteShelterFull {
		s += "\n" + i18n.TextShelterFullHint.In(g.lang)
	}
	mw := g.overMapW()
	x, w, bottom := legendWidth+40, min(560, mw-legendWidth-60), g.logical(ScreenHeight)-70
	if mw < narrowMapW { // across a narrow map, over its legend's title
		x, w, bottom = 18, mw-36, g.legendRect().Min.Y-10
	}
	f := g.fonts.Normal
	lines := len(wrapWidth(s, f, float64(w)))
	h := lines * int(lineHeight(f))
	g.wrapBox(image.Pt(x, bottom-h), w, s, f, colorMapText)
}

// layoutPhaseBox shows everyone, from y, the tabletop phase under way or just ended,
// with its question, or that the drill waits for the first phase.
func (g *Game) layoutPhaseBox(y int) {
	title, question := g.phaseText()
	if title == "" {
		return
	}
	w := min(520, g.overMapW()-36)
	s := title
	if question != "" {
		s += "\n" + i18n.TextQuestion.In(g.lang) + ": " + question
	}
	g.wrapBox(image.Pt(18, y+6), w, s, g.fonts.Normal, colorMapText)
}

// textBox draws s in face f on a light box with its top-left corner at pt, in screen
// pixels.
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
	r := g.overlayRects()[1]
	legend := g.over.rectToScreen(g.legendRect()).Max.X + 10 // a narrow map's bar keeps clear of the legend
	maxPx := float64(min(r.Dx(), r.Max.X-legend) - 26)
	m := niceLength(maxPx / g.cam.Scale)
	if m == 0 {
		return
	}
	px := float32(m * g.cam.Scale)
	x0, y0 := float32(r.Max.X-8)-px, float32(r.Max.Y-10)
	label := fmt.Sprintf(i18n.TextMetres.In(g.lang), m)
	if m >= 1000 {
		label = fmt.Sprintf(i18n.TextKilometres.In(g.lang), m/1000)
	}
	f := g.drawn.Small
	w, h := text.Measure(label, f, 0)
	fillRect(dst, image.Rect(int(x0)-6, r.Min.Y, r.Max.X, r.Max.Y), colorHalo)
	vector.DrawFilledRect(dst, x0, y0, px, 4, colorMapText, false)
	vector.DrawFilledRect(dst, x0, y0-6, 2, 10, colorMapText, false)
	vector.DrawFilledRect(dst, x0+px-2, y0-6, 2, 10, colorMapText, false)
	op := &text.DrawOptions{}
	op.GeoM.Translate(float64(x0+px/2)-w/2, float64(y0)-h-4)
	op.ColorScale.ScaleWithColor(colorMapText)
	drawGlyphs(dst, label, f, op)
}

// drawNorthArrow draws an arrow pointing up, north, in the map's top-right corner.
func (g *Game) drawNorthArrow(dst *ebiten.Image) {
	cx, top := float32(g.mapW()-30), float32(16)
	var p vector.Path
	p.MoveTo(cx, top)
	p.LineTo(cx+9, top+28)
	p.LineTo(cx, top+22)
	p.LineTo(cx-9, top+28)
	p.Close()
	g.north.vertices, g.north.indices = p.AppendVerticesAndIndicesForFilling(g.north.vertices[:0], g.north.indices[:0])
	for i := range g.north.vertices {
		v := &g.north.vertices[i]
		v.SrcX, v.SrcY = 1, 1
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = 0.13, 0.13, 0.13, 1
	}
	dst.DrawTriangles(g.north.vertices, g.north.indices, whitePixel, &ebiten.DrawTrianglesOptions{FillRule: ebiten.FillRuleNonZero})
	n := i18n.TextNorth.In(g.lang)
	w, _ := text.Measure(n, g.drawn.Normal, 0)
	op := &text.DrawOptions{}
	op.GeoM.Translate(float64(cx)-w/2, float64(top)+30)
	op.ColorScale.ScaleWithColor(colorMapText)
	drawGlyphs(dst, n, g.drawn.Normal, op)
}

// drawOwnVillage outlines the seat's village on the map.
func (g *Game) drawOwnVillage(dst *ebiten.Image) {
	if g.village < 0 {
		return
	}
	for _, poly := range g.session.Town().Villages[g.village].Area {
		for _, ring := range poly {
			for i := 1; i < len(ring); i++ {
				x0, y0 := g.cam.ToScreen(ring[i-1])
				x1, y1 := g.cam.ToScreen(ring[i])
				vector.StrokeLine(dst, float32(x0), float32(y0), float32(x1), float32(y1), 3*float32(g.scale), colorOwnVillage, true)
			}
		}
	}
}

// overlayRects are the screen rectangles the overlays take, kept free of labels:
// the legend, the scale bar, the north arrow, the note on the map's origin and the
// layer button.
func (g *Game) overlayRects() []image.Rectangle {
	p := &g.over
	mw := g.mapW()
	s := g.scale
	return []image.Rectangle{
		p.rectToScreen(g.legendRect()),
		image.Rect(mw-int(190*s), ScreenHeight-int(46*s), mw-14, ScreenHeight-14),
		image.Rect(mw-50, 10, mw-10, 66),
		p.rectToScreen(image.Rect(0, 0, 170, 30)),
		p.rectToScreen(layerButtonRect(g.overMapW())),
	}
}
