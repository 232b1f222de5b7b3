package ui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/scenarios"
)

// notOpaque draws game onto a transparent image on the game thread and returns the
// first pixel it leaves less than opaque, and whether there is one: where the window,
// which is not cleared between frames, would show the last frame through.
func notOpaque(game ebiten.Game) (image.Point, bool) {
	img := image.NewRGBA(image.Rect(0, 0, ScreenWidth, ScreenHeight))
	theHost.afterDraw(func(*ebiten.Image) {
		canvas := ebiten.NewImage(ScreenWidth, ScreenHeight)
		defer canvas.Deallocate()
		game.Draw(canvas)
		canvas.ReadPixels(img.Pix)
	})
	for y := range ScreenHeight {
		for x := range ScreenWidth {
			if img.RGBAAt(x, y).A != 0xff {
				return image.Pt(x, y), true
			}
		}
	}
	return image.Point{}, false
}

// TestEveryScreenDrawsEveryPixel checks what SetUpWindow relies on to leave the
// screen uncleared: the start screen, the drill in play however the map is moved,
// the end screen and a replay each cover the whole window.
func TestEveryScreenDrawsEveryPixel(t *testing.T) {
	var started string
	l, _ := launching(t, scenarios.Library(), testLoader(t, &started), Config{})
	if p, ok := notOpaque(l); ok {
		t.Errorf("the start screen leaves pixel %v undrawn", p)
	}

	s := newSession(t, "flood")
	g, _ := playing(t, s, Config{})
	for _, tc := range []struct {
		name string
		move func(c *Camera)
	}{
		{"in play", func(*Camera) {}},
		{"zoomed out all the way", func(c *Camera) { c.ZoomAbout(c.X0+c.W/2, c.Y0+c.H/2, 1e-9) }},
		{"zoomed in all the way", func(c *Camera) { c.ZoomAbout(c.X0+c.W/2, c.Y0+c.H/2, 1e9) }},
		{"panned off the town", func(c *Camera) { c.Center = orb.Point{c.Center[0] + 1e6, c.Center[1] - 1e6} }},
	} {
		theHost.onUpdate(func() { tc.move(&g.cam) })
		theHost.updatesPass(2)
		if p, ok := notOpaque(g); ok {
			t.Errorf("the drill %s leaves pixel %v undrawn", tc.name, p)
		}
	}
	theHost.onUpdate(func() { g.advance(int(int64(s.Scenario().Duration)/s.TickSeconds()) + 10) })
	theHost.updatesPass(2)
	if p, ok := notOpaque(g); ok {
		t.Errorf("the end screen leaves pixel %v undrawn", p)
	}

	rg, _, _ := replaying(t)
	if p, ok := notOpaque(rg); ok {
		t.Errorf("the replay leaves pixel %v undrawn", p)
	}
}
