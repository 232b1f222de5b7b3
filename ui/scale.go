package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// The interface's scale: 100% to 200% in steps of 25%, for a room that reads the
// screen from afar. The map keeps its pixels; the side panel widens, and every text,
// button and box grows.
const (
	MinScale  = 1.0
	MaxScale  = 2.0
	scaleStep = 0.25
)

// ClampScale keeps s within MinScale and MaxScale on a step of scaleStep; 0 (unset)
// is 100%.
func ClampScale(s float64) float64 {
	if s <= 0 || math.IsNaN(s) {
		return MinScale
	}
	s = math.Round(s/scaleStep) * scaleStep
	return min(max(s, MinScale), MaxScale)
}

// setScale sizes the interface at s (see ClampScale): the faces drawn, the panel's
// width and the map's, which keeps its centre.
func (g *Game) setScale(s float64) error {
	s = ClampScale(s)
	drawn, err := g.fonts.Scaled(s)
	if err != nil {
		return err
	}
	g.scale, g.drawn = s, drawn
	g.marks.fonts, g.marks.scale = drawn, s
	g.cam.W, g.cam.H = float64(g.mapW()), ScreenHeight // the centre stays where it is
	g.framePanels()
	return nil
}

// handleScaleKeys changes the scale on Ctrl and + or − (Ctrl+0 back to 100%) and
// reports whether it did.
func (g *Game) handleScaleKeys() bool {
	in := g.in
	if !in.KeyDown(ebiten.KeyControl) {
		return false
	}
	s := g.scale
	switch {
	case in.KeyPressed(ebiten.KeyEqual), in.KeyPressed(ebiten.KeyNumpadAdd):
		s += scaleStep
	case in.KeyPressed(ebiten.KeyMinus), in.KeyPressed(ebiten.KeyNumpadSubtract):
		s -= scaleStep
	case in.KeyPressed(ebiten.Key0), in.KeyPressed(ebiten.KeyNumpad0):
		s = MinScale
	default:
		return false
	}
	if s = ClampScale(s); s != g.scale && g.setScale(s) == nil && g.cfg.OnScale != nil {
		g.cfg.OnScale(s)
	}
	return true
}

// mapW is the width of the map on the screen: the window less the panel at the scale.
func (g *Game) mapW() int { return ScreenWidth - int(math.Round(panelWidth*g.scale)) }

// logical is a screen length in the logical pixels of the interface's surfaces.
func (g *Game) logical(px int) int { return int(math.Floor(float64(px) / g.scale)) }

// framePanels places the side panel at the window's right, scrolled by panelScroll,
// and the surface over the map on the whole window, both at the scale.
func (g *Game) framePanels() {
	h := g.logical(ScreenHeight)
	top := g.panelScroll.first
	g.panel.setFrame(g.fonts, g.drawn, g.scale, image.Pt(g.mapW(), 0), image.Pt(panelX, top),
		image.Rect(panelX, 0, ScreenWidth, max(top+h, g.panelH)))
	g.over.setFrame(g.fonts, g.drawn, g.scale, image.Point{}, image.Point{}, image.Rect(0, 0, g.logical(ScreenWidth), h))
}

// overMapW is the width of the map in the logical pixels of the surface over it.
func (g *Game) overMapW() int { return g.logical(g.mapW()) }
