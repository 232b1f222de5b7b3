package ui

import (
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
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
		p.Widgets = append(p.Widgets, Widget{placeholder, r})
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
	fillRect(p.dst, r, bg)
	at := image.Pt(r.Min.X+4, r.Min.Y+3)
	switch {
	case len(f.Text) > 0:
		s := f.String()
		if f.Focused {
			s += "|"
		}
		p.Text(at, clipLeft(s, 28), p.fonts.Small, colorPanelText)
	case f.Focused:
		p.Text(at, "|", p.fonts.Small, colorPanelText)
	default:
		p.Text(at, placeholder, p.fonts.Small, colorPanelDim)
	}
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

// clipLeft keeps the last n runes of s, the end being what the typist looks at.
func clipLeft(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}
