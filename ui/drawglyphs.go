package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// drawGlyphs draws s as text.Draw does, laying its glyphs out into a buffer kept from
// call to call instead of a fresh one: a frame draws hundreds of labels and lines of
// text, and text.Draw would allocate for each. Called on the game thread only.
func drawGlyphs(dst *ebiten.Image, s string, f text.Face, op *text.DrawOptions) {
	textGlyphs = text.AppendGlyphs(textGlyphs[:0], s, f, &op.LayoutOptions)
	draw := op.DrawImageOptions
	for _, g := range textGlyphs {
		if g.Image == nil {
			continue
		}
		draw.GeoM.Reset()
		draw.GeoM.Translate(g.X, g.Y)
		draw.GeoM.Concat(op.GeoM)
		dst.DrawImage(g.Image, &draw)
	}
}

// textGlyphs is drawGlyphs' glyph buffer.
var textGlyphs []text.Glyph
