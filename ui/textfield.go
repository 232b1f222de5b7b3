package ui

import (
	"image"
	"image/color"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// TextField is a one-line text box of the side panel: a click in it gives it the
// keyboard, a click elsewhere, Enter or Esc takes the keyboard back.
type TextField struct {
	Text    []rune
	Focused bool
	// MaxRunes bounds the text; typing beyond it is dropped.
	MaxRunes int
}

// String returns the text.
func (f *TextField) String() string { return string(f.Text) }

// Clear empties the field.
func (f *TextField) Clear() { f.Text = f.Text[:0] }

// Edit takes this Update's typing into a focused field: characters are appended (up
// to MaxRunes), Backspace removes the last one, Enter and Esc leave the field.
func (f *TextField) Edit(in Input) {
	if !f.Focused {
		return
	}
	if in.KeyPressed(ebiten.KeyEnter) || in.KeyPressed(ebiten.KeyEscape) {
		f.Focused = false
		return
	}
	if in.KeyPressed(ebiten.KeyBackspace) && len(f.Text) > 0 {
		f.Text = f.Text[:len(f.Text)-1]
	}
	before := len(f.Text)
	f.Text = in.AppendChars(f.Text)
	for i := before; i < len(f.Text); i++ {
		if f.Text[i] < ' ' || f.Text[i] == 0x7f { // control characters have no place in a note
			f.Text = append(f.Text[:i], f.Text[i+1:]...)
			i--
		}
	}
	if f.MaxRunes > 0 && len(f.Text) > f.MaxRunes {
		f.Text = f.Text[:f.MaxRunes]
	}
}

// TextField lays out field f in r with placeholder shown while it is empty; in an
// Update pass a click focuses it and a click elsewhere unfocuses it.
func (p *Panel) TextField(r image.Rectangle, f *TextField, placeholder string) {
	if p.dst == nil {
		p.widget(placeholder, r)
		p.shown = append(p.shown, f)
		if p.released && p.pressed {
			f.Focused = p.press.In(r) && p.cursor.In(r)
		}
		return
	}
	bg := colorButton
	if f.Focused {
		bg = colorButtonHover
	}
	p.Fill(r, bg)
	if f.Focused {
		p.Frame(r, colorPanelText)
	}
	inner := image.Rect(r.Min.X+6, r.Min.Y+(r.Dy()-int(lineHeight(p.fonts.Small)))/2+2, r.Max.X-6, r.Max.Y)
	switch {
	case len(f.Text) > 0:
		s := f.String()
		if f.Focused {
			s += "|"
		}
		p.TailLine(inner, s, p.fonts.Small, colorPanelText)
	case f.Focused:
		p.Line(inner, "|", p.fonts.Small, colorPanelText)
	default:
		p.Line(inner, placeholder, p.fonts.Small, colorPanelDim)
	}
}

// TailLine draws s on one line in r showing its end, what a typist looks at: cut at
// its start with "…" when it is wider, and then shown whole on hover or click.
func (p *Panel) TailLine(r image.Rectangle, s string, f text.Face, c color.Color) {
	if p.dst == nil {
		return
	}
	if w, _ := text.Measure(s, f, 0); int(w) <= r.Dx() {
		p.Line(r, s, f, c)
		return
	}
	rs := []rune(s)
	n := len(rs)
	for n > 0 {
		if w, _ := text.Measure("…"+string(rs[len(rs)-n:]), f, 0); int(w) <= r.Dx() {
			break
		}
		n--
	}
	p.record(s, r, r, true, f, c)
	p.tips = append(p.tips, tip{r: r, text: s})
	drawText(p.dst, p.toScreen(r.Min), "…"+string(rs[len(rs)-n:]), p.face(f), c)
}

// keepFocus unfocuses the fields of fs that the last Update pass did not lay out:
// a field out of sight must not swallow the keyboard.
func (p *Panel) keepFocus(fs ...*TextField) {
	for _, f := range fs {
		if !slices.Contains(p.shown, f) {
			f.Focused = false
		}
	}
}
