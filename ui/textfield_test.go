package ui

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

func TestTextFieldEditing(t *testing.T) {
	in := newScriptInput()
	f := TextField{MaxRunes: 5}
	in.chars = []rune("abc")
	f.Edit(in)
	if f.String() != "" {
		t.Fatalf("a field without focus took %q", f.String())
	}
	f.Focused = true
	in.chars = []rune("疏散\t老人家")
	f.Edit(in)
	if got := f.String(); got != "疏散老人家" {
		t.Errorf("typed %q, want the control character dropped and the text cut at 5 runes", got)
	}
	in.next()
	in.keys[ebiten.KeyBackspace] = true
	f.Edit(in)
	if got := f.String(); got != "疏散老人" {
		t.Errorf("after backspace %q", got)
	}
	in.next()
	in.keys[ebiten.KeyEnter] = true
	f.Edit(in)
	if f.Focused || !strings.HasPrefix(f.String(), "疏散") {
		t.Errorf("Enter leaves focus=%v text %q", f.Focused, f.String())
	}
}
