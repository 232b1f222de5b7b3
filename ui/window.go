package ui

import "github.com/hajimehoshi/ebiten/v2"

// SetUpWindow sizes and titles the window and sets the pace of updates. The screen is
// not cleared before each frame: every screen drillsim shows (the start screen, the
// drill in play and at its end, a replay) draws every pixel opaque, and a clear is a
// full-screen pass of its own on software GL.
func SetUpWindow(title string) {
	ebiten.SetWindowSize(ScreenWidth, ScreenHeight)
	ebiten.SetWindowTitle(title)
	ebiten.SetTPS(UpdatesPerSecond)
	ebiten.SetScreenClearedEveryFrame(false)
}
