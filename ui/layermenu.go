package ui

import (
	"image"

	"drillsim/i18n"
)

// The layer menu's button sits at the map's top right, left of the north arrow; the
// menu opens below it, a row per layer. Sizes are in the logical pixels of the
// surface over the map, whose width is mw.
const (
	layerButtonW  = 100
	layerButtonY1 = 36
	layerRowH     = 24
)

// layerButtonRect is the button that opens and closes the menu.
func layerButtonRect(mw int) image.Rectangle {
	x1 := mw - 60
	return image.Rect(x1-layerButtonW, 10, x1, layerButtonY1)
}

// layerMenuRect is the open menu.
func layerMenuRect(mw int) image.Rectangle {
	b := layerButtonRect(mw)
	return image.Rect(b.Min.X, layerButtonY1+2, b.Max.X, layerButtonY1+2+int(layerCount)*layerRowH)
}

// onMapControls reports whether screen point pt is on the controls over the map (the
// layer menu, the legend, a button), where a click is theirs and not the map's.
func (g *Game) onMapControls(pt image.Point) bool {
	for _, w := range g.over.Widgets {
		if pt.In(w.Rect) {
			return true
		}
	}
	return g.layerMenu && pt.In(g.over.rectToScreen(layerMenuRect(g.overMapW())))
}

// layoutLayerMenu lays out the layer button and, when open, a toggle per layer: ■
// shown, □ hidden; and in a tabletop, the projector's button beside it.
func (g *Game) layoutLayerMenu() {
	p := &g.over
	mw := g.overMapW()
	g.layoutProjectorButton()
	if p.Button(layerButtonRect(mw), i18n.TextLayers.In(g.lang), g.layerMenu) {
		g.layerMenu = !g.layerMenu
	}
	if !g.layerMenu {
		return
	}
	r := layerMenuRect(mw)
	p.Fill(r, colorPanelSolid)
	shown := g.view.Layers()
	for l := range layerCount {
		row := image.Rect(r.Min.X, r.Min.Y+int(l)*layerRowH, r.Max.X, r.Min.Y+int(l+1)*layerRowH)
		mark := "□ "
		if shown.Has(l) {
			mark = "■ "
		}
		if p.Row(row, mark+layerTexts[l].In(g.lang), colorPanelText, false) {
			g.view.SetLayers(shown.Toggle(l))
		}
	}
}
