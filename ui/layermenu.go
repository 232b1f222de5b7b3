package ui

import (
	"image"

	"drillsim/i18n"
)

// The layer menu's button sits at the map's top right, left of the north arrow; the
// menu opens below it, a row per layer.
const (
	layerMenuX0   = mapWidth - 160
	layerMenuX1   = mapWidth - 60
	layerButtonY1 = 34
	layerRowH     = 22
)

// layerButtonRect is the button that opens and closes the menu.
func layerButtonRect() image.Rectangle {
	return image.Rect(layerMenuX0, 10, layerMenuX1, layerButtonY1)
}

// layerMenuRect is the open menu.
func layerMenuRect() image.Rectangle {
	return image.Rect(layerMenuX0, layerButtonY1+2, layerMenuX1, layerButtonY1+2+int(layerCount)*layerRowH)
}

// onMapControls reports whether screen point pt is on the layer menu, where a click
// is the menu's and not the map's.
func (g *Game) onMapControls(pt image.Point) bool {
	return pt.In(layerButtonRect()) || g.layerMenu && pt.In(layerMenuRect())
}

// layoutLayerMenu lays out the layer button and, when open, a toggle per layer: ■
// shown, □ hidden.
func (g *Game) layoutLayerMenu() {
	p := &g.panel
	if p.Button(layerButtonRect(), i18n.TextLayers.In(g.lang), g.layerMenu) {
		g.layerMenu = !g.layerMenu
	}
	if !g.layerMenu {
		return
	}
	r := layerMenuRect()
	p.Fill(r, colorPanel)
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
