package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Panel lays out and handles the side panel's widgets in immediate mode: the same
// layout code runs in Update, where Panel answers clicks, and in Draw, where it paints.
// One layout for both means a button is always clicked where it is drawn.
type Panel struct {
	dst   *ebiten.Image // nil in Update
	fonts *Fonts
	// press is where the left button went down; a click needs its release in the
	// same widget, on a later frame.
	press    image.Point
	pressed  bool
	released bool
	cursor   image.Point
	// Widgets are the clickable widgets of the last Update pass, in layout order:
	// where each is and what it says, for tests and scripted input to find them.
	Widgets []Widget
	// shown are the text fields of the last Update pass.
	shown []*TextField
}

// Widget is one clickable widget as laid out.
type Widget struct {
	Label string
	Rect  image.Rectangle
}

// beginUpdate starts a layout pass that answers input.
func (p *Panel) beginUpdate(in Input) {
	p.dst = nil
	p.Widgets = p.Widgets[:0]
	p.shown = p.shown[:0]
	x, y := in.Cursor()
	p.cursor = image.Pt(x, y)
	p.released = in.MouseReleased()
	if in.MousePressed() {
		p.press, p.pressed = p.cursor, true
	}
}

// endUpdate finishes an input pass.
func (p *Panel) endUpdate() {
	if p.released {
		p.pressed = false
	}
}

// beginDraw starts a layout pass that paints onto dst.
func (p *Panel) beginDraw(dst *ebiten.Image) { p.dst = dst }

// clicked reports, in an Update pass, a click inside r: pressed and released in it.
func (p *Panel) clicked(r image.Rectangle) bool {
	return p.dst == nil && p.released && p.pressed && p.press.In(r) && p.cursor.In(r)
}

// Button is a labelled box that reports a click; on shows it selected.
func (p *Panel) Button(r image.Rectangle, label string, on bool) bool {
	if p.dst == nil {
		p.Widgets = append(p.Widgets, Widget{label, r})
		return p.clicked(r)
	}
	bg := colorButton
	switch {
	case on:
		bg = colorButtonOn
	case p.cursor.In(r):
		bg = colorButtonHover
	}
	fillRect(p.dst, r, bg)
	w, h := text.Measure(label, p.fonts.Small, 0)
	p.Text(image.Pt(r.Min.X+(r.Dx()-int(w))/2, r.Min.Y+(r.Dy()-int(h))/2), label, p.fonts.Small, colorPanelText)
	return false
}

// Row is a full-width line of text that reports a click.
func (p *Panel) Row(r image.Rectangle, label string, c color.Color, on bool) bool {
	if p.dst == nil {
		p.Widgets = append(p.Widgets, Widget{label, r})
		return p.clicked(r)
	}
	if on {
		fillRect(p.dst, r, colorButtonOn)
	} else if p.cursor.In(r) {
		fillRect(p.dst, r, colorButtonHover)
	}
	p.Text(image.Pt(r.Min.X+4, r.Min.Y+2), label, p.fonts.Small, c)
	return false
}

// i18n.Text draws s with its top-left corner at pt in a Draw pass.
func (p *Panel) Text(pt image.Point, s string, f text.Face, c color.Color) {
	if p.dst != nil {
		drawText(p.dst, pt, s, f, c)
	}
}

// Fill paints r in a Draw pass.
func (p *Panel) Fill(r image.Rectangle, c color.Color) {
	if p.dst != nil {
		fillRect(p.dst, r, c)
	}
}

// fillRect fills r on dst.
func fillRect(dst *ebiten.Image, r image.Rectangle, c color.Color) {
	vector.DrawFilledRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), c, false)
}
