package ui

import (
	"image"
	"math"

	"github.com/paulmach/orb"
)

// Camera maps town metres (x east, y north) to screen pixels (x right, y down) in a
// viewport of W×H pixels whose top-left corner is at (X0, Y0) on the screen.
type Camera struct {
	// Center is the town point at the viewport's centre.
	Center orb.Point
	// Scale is pixels per metre.
	Scale      float64
	X0, Y0     float64
	W, H       float64
	minS, maxS float64
}

// Zoom limits: from a whole county on screen to a few houses.
const (
	minScale float64 = 0.005 // px per metre
	maxScale float64 = 8
)

// ToScreen returns the screen position of town point p.
func (c *Camera) ToScreen(p orb.Point) (x, y float64) {
	return c.X0 + c.W/2 + (p[0]-c.Center[0])*c.Scale, c.Y0 + c.H/2 - (p[1]-c.Center[1])*c.Scale
}

// ToTown returns the town point under screen position (x, y).
func (c *Camera) ToTown(x, y float64) orb.Point {
	return orb.Point{c.Center[0] + (x-c.X0-c.W/2)/c.Scale, c.Center[1] - (y-c.Y0-c.H/2)/c.Scale}
}

// Pan moves the view so that the map follows a drag of (dx, dy) pixels.
func (c *Camera) Pan(dx, dy float64) {
	c.Center[0] -= dx / c.Scale
	c.Center[1] += dy / c.Scale
}

// ZoomAbout multiplies the scale by factor keeping the town point under screen
// position (x, y) where it is.
func (c *Camera) ZoomAbout(x, y, factor float64) {
	if factor <= 0 || math.IsNaN(factor) || math.IsInf(factor, 0) {
		return
	}
	before := c.ToTown(x, y)
	c.Scale = min(max(c.Scale*factor, minScale), maxScale)
	after := c.ToTown(x, y)
	c.Center[0] += before[0] - after[0]
	c.Center[1] += before[1] - after[1]
}

// Fit shows all of b with a small margin.
func (c *Camera) Fit(b orb.Bound) {
	c.Center = b.Center()
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	s := maxScale
	if w > 0 {
		s = min(s, c.W/w)
	}
	if h > 0 {
		s = min(s, c.H/h)
	}
	c.Scale = min(max(s*0.95, minScale), maxScale)
}

// Visible returns the town bound the viewport shows.
func (c *Camera) Visible() orb.Bound {
	a := c.ToTown(c.X0, c.Y0+c.H)
	b := c.ToTown(c.X0+c.W, c.Y0)
	return orb.Bound{Min: a, Max: b}
}

// Bounds is the viewport on the screen.
func (c *Camera) Bounds() image.Rectangle {
	return image.Rect(int(c.X0), int(c.Y0), int(c.X0+c.W), int(c.Y0+c.H))
}

// Contains reports whether screen position (x, y) lies in the viewport.
func (c *Camera) Contains(x, y float64) bool {
	return x >= c.X0 && y >= c.Y0 && x < c.X0+c.W && y < c.Y0+c.H
}
