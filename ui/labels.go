package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/paulmach/orb"
)

// Label is a name drawn on the map at a town point, beside a symbol or centred on an
// area.
type Label struct {
	At   orb.Point
	Text string
	// Beside places the label next to a point symbol (right, left, above, below, in
	// that order of preference) instead of centred on At.
	Beside bool
	// Small uses the small face.
	Small bool

	measured string    // the text w and h were measured for
	face     text.Face // and the face
	w, h     float64
}

// LabelPlacer puts labels on the map without overlaps: a label goes in the first of
// its candidate places that overlaps no label placed before it, or is left out.
// Earlier labels win, so callers pass the most important first.
type LabelPlacer struct {
	placed []image.Rectangle
}

// labelPad is the room kept around each label, in pixels.
const labelPad = 2

// Reset forgets the labels placed, keeping the memory.
func (p *LabelPlacer) Reset() { p.placed = p.placed[:0] }

// Place returns where label l goes on screen when its anchor is at (x, y), and false
// when every candidate place overlaps a label placed before or lies off bounds.
func (p *LabelPlacer) Place(l *Label, x, y float64, bounds image.Rectangle) (image.Rectangle, bool) {
	w, h := l.w, l.h
	var candidates [4][2]float64
	n := 1
	if l.Beside {
		const gap = 8
		candidates = [4][2]float64{{x + gap, y - h/2}, {x - gap - w, y - h/2}, {x - w/2, y - gap - h}, {x - w/2, y + gap}}
		n = 4
	} else {
		candidates[0] = [2]float64{x - w/2, y - h/2}
	}
	for _, c := range candidates[:n] {
		r := image.Rect(int(c[0])-labelPad, int(c[1])-labelPad, int(c[0]+w)+labelPad, int(c[1]+h)+labelPad)
		if !r.In(bounds) || p.overlaps(r) {
			continue
		}
		p.placed = append(p.placed, r)
		return r, true
	}
	return image.Rectangle{}, false
}

func (p *LabelPlacer) overlaps(r image.Rectangle) bool {
	for _, q := range p.placed {
		if q.Overlaps(r) {
			return true
		}
	}
	return false
}

// measure sizes l in face f, once per text.
func (l *Label) measure(f text.Face) {
	if l.measured == l.Text && l.face == f && l.w > 0 {
		return
	}
	l.w, l.h = text.Measure(l.Text, f, 0)
	l.measured, l.face = l.Text, f
}

// drawLabel draws the text of l in the rectangle r on a light halo box.
func drawLabel(dst *ebiten.Image, l *Label, r image.Rectangle, f text.Face, c color.Color) {
	vector.DrawFilledRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), colorHalo, false)
	op := &text.DrawOptions{}
	op.GeoM.Translate(float64(r.Min.X+labelPad), float64(r.Min.Y+labelPad))
	op.ColorScale.ScaleWithColor(c)
	drawGlyphs(dst, l.Text, f, op)
}
