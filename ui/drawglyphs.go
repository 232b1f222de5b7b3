package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// drawText draws s in face f and colour c with its top-left corner at pt, its lines
// lineHeight(f) apart. Called on the game thread only.
func drawText(dst *ebiten.Image, pt image.Point, s string, f text.Face, c color.Color) {
	textOptions = text.DrawOptions{}
	textOptions.GeoM.Translate(float64(pt.X), float64(pt.Y))
	textOptions.ColorScale.ScaleWithColor(c)
	textOptions.LineSpacing = lineHeight(f)
	drawGlyphs(dst, s, f, &textOptions)
}

// lineHeight is how far apart lines of text in face f are.
func lineHeight(f text.Face) float64 {
	m := f.Metrics()
	return m.HAscent + m.HDescent + 4
}

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

// textGlyphs is drawGlyphs' glyph buffer, and textOptions drawText's options.
var (
	textGlyphs  []text.Glyph
	textOptions text.DrawOptions
)
