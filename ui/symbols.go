package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Symbols collects the map's small shapes of one frame (circles, rings, squares) in
// screen pixels and draws them in one call, reusing its buffers frame after frame.
type Symbols struct {
	batch meshBatch
}

// Symbol circles are polygons of circleSegments sides, or smallCircleSegments up to
// smallCircleRadius pixels: a dot a few pixels across looks as round with half the
// triangles, and a zoomed-out map draws a thousand of them.
const (
	circleSegments      = 16
	smallCircleSegments = 8
	smallCircleRadius   = 4
)

// unitCircle holds the corner directions of the circle of circleSegments sides;
// every other one makes the small circle.
var unitCircle = func() (c [circleSegments][2]float32) {
	for i := range c {
		a := 2 * math.Pi * float64(i) / circleSegments
		c[i] = [2]float32{float32(math.Cos(a)), float32(math.Sin(a))}
	}
	return c
}()

// Reset empties the symbols for a new frame.
func (s *Symbols) Reset() {
	s.batch.vertices = s.batch.vertices[:0]
	s.batch.indices = s.batch.indices[:0]
}

func (s *Symbols) vertex(x, y float32, c color.RGBA) {
	s.batch.vertices = append(s.batch.vertices, ebiten.Vertex{
		DstX: x, DstY: y, SrcX: 1, SrcY: 1,
		ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255, ColorB: float32(c.B) / 255, ColorA: float32(c.A) / 255,
	})
}

// room reports whether n more vertices fit the uint16 indices.
func (s *Symbols) room(n int) bool { return len(s.batch.vertices)+n < 1<<16 }

// Circle adds a filled circle of radius r at (x, y).
func (s *Symbols) Circle(x, y, r float32, c color.RGBA) {
	n, step := uint16(circleSegments), 1
	if r <= smallCircleRadius {
		n, step = smallCircleSegments, circleSegments/smallCircleSegments
	}
	if !s.room(int(n) + 1) {
		return
	}
	base := uint16(len(s.batch.vertices))
	s.vertex(x, y, c)
	for i := 0; i < circleSegments; i += step {
		d := unitCircle[i]
		s.vertex(x+d[0]*r, y+d[1]*r, c)
	}
	for i := range n {
		s.batch.indices = append(s.batch.indices, base, base+1+i, base+1+(i+1)%n)
	}
}

// Ring adds a circle outline of radius r and width w at (x, y).
func (s *Symbols) Ring(x, y, r, w float32, c color.RGBA) {
	if !s.room(2 * circleSegments) {
		return
	}
	base := uint16(len(s.batch.vertices))
	for _, d := range unitCircle {
		s.vertex(x+d[0]*(r-w/2), y+d[1]*(r-w/2), c)
		s.vertex(x+d[0]*(r+w/2), y+d[1]*(r+w/2), c)
	}
	for i := range uint16(circleSegments) {
		a, b := base+2*i, base+2*((i+1)%circleSegments)
		s.batch.indices = append(s.batch.indices, a, a+1, b, b, a+1, b+1)
	}
}

// Rect adds a filled rectangle.
func (s *Symbols) Rect(x, y, w, h float32, c color.RGBA) {
	if !s.room(4) {
		return
	}
	base := uint16(len(s.batch.vertices))
	s.vertex(x, y, c)
	s.vertex(x+w, y, c)
	s.vertex(x, y+h, c)
	s.vertex(x+w, y+h, c)
	s.batch.indices = append(s.batch.indices, base, base+1, base+2, base+2, base+1, base+3)
}

// Frame adds a rectangle outline of width lw inside the rectangle given.
func (s *Symbols) Frame(x, y, w, h, lw float32, c color.RGBA) {
	s.Rect(x, y, w, lw, c)
	s.Rect(x, y+h-lw, w, lw, c)
	s.Rect(x, y+lw, lw, h-2*lw, c)
	s.Rect(x+w-lw, y+lw, lw, h-2*lw, c)
}

// Draw draws the symbols onto dst.
func (s *Symbols) Draw(dst *ebiten.Image) {
	if len(s.batch.indices) > 0 {
		dst.DrawTriangles(s.batch.vertices, s.batch.indices, whitePixel, &ebiten.DrawTrianglesOptions{})
	}
}

// The map's point symbols, each drawn by one function that the map and its legend
// both use, so the legend shows what the map shows. Sizes are at 100% and grow with
// the interface's scale s.

// shelterSymbol draws a shelter at (x, y): a green square when open, a white one
// framed in green when not.
func (s *Symbols) shelterSymbol(x, y float32, open bool, scale float32) {
	w := shelterPx * scale
	x0, y0 := x-w/2, y-w/2
	if open {
		s.Rect(x0, y0, w, w, colorShelter)
		return
	}
	s.Rect(x0, y0, w, w, colorWhite)
	s.Frame(x0, y0, w, w, 2*scale, colorShelter)
}

// stationSymbol draws a station (fire, police, health, town hall) at (x, y).
func (s *Symbols) stationSymbol(x, y, scale float32) {
	s.Circle(x, y, (stationPx+1)*scale, colorWhite)
	s.Circle(x, y, stationPx*scale, colorStation)
}

// depotSymbol draws a supplies depot at (x, y).
func (s *Symbols) depotSymbol(x, y, scale float32) {
	w := depotPx * scale
	x0, y0 := x-w/2, y-w/2
	s.Rect(x0-1, y0-1, w+2, w+2, colorWhite)
	s.Rect(x0, y0, w, w, colorDepot)
}

// unitSymbol draws a unit's disc at (x, y); its mark (救, 医 …) goes on it.
func (s *Symbols) unitSymbol(x, y, scale float32) {
	s.Circle(x, y, (unitPx+1.5)*scale, colorWhite)
	s.Circle(x, y, unitPx*scale, colorUnit)
}

// speakerSymbol draws a loudspeaker (大喇叭) at (x, y).
func (s *Symbols) speakerSymbol(x, y, scale float32) {
	s.Circle(x, y, 2.5*scale, colorSpeaker)
}
