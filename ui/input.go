package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Input is what the interface reads of the keyboard and mouse in one Update. The game
// reads only this, so tests can drive it with scripted input.
type Input interface {
	// Cursor is the mouse position in screen pixels.
	Cursor() (x, y int)
	// MouseDown reports whether the left button is held.
	MouseDown() bool
	// MousePressed and MouseReleased report whether the left button went down or up
	// in this Update.
	MousePressed() bool
	MouseReleased() bool
	// Wheel is the vertical scroll of this Update, positive away from the user.
	Wheel() float64
	// KeyPressed reports whether k went down in this Update; KeyDown whether it is held.
	KeyPressed(k ebiten.Key) bool
	KeyDown(k ebiten.Key) bool
	// AppendChars appends the characters typed in this Update to dst.
	AppendChars(dst []rune) []rune
}

// EbitenInput reads the real keyboard and mouse through Ebiten.
type EbitenInput struct{}

// Cursor returns the mouse position.
func (EbitenInput) Cursor() (int, int) { return ebiten.CursorPosition() }

// MouseDown reports whether the left button is held.
func (EbitenInput) MouseDown() bool { return ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft) }

// MousePressed reports whether the left button went down in this Update.
func (EbitenInput) MousePressed() bool {
	return inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft)
}

// MouseReleased reports whether the left button went up in this Update.
func (EbitenInput) MouseReleased() bool {
	return inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft)
}

// Wheel returns the vertical scroll.
func (EbitenInput) Wheel() float64 {
	_, y := ebiten.Wheel()
	return y
}

// KeyPressed reports whether k went down in this Update.
func (EbitenInput) KeyPressed(k ebiten.Key) bool { return inpututil.IsKeyJustPressed(k) }

// KeyDown reports whether k is held.
func (EbitenInput) KeyDown(k ebiten.Key) bool { return ebiten.IsKeyPressed(k) }

// AppendChars appends the characters typed in this Update.
func (EbitenInput) AppendChars(dst []rune) []rune { return ebiten.AppendInputChars(dst) }
