package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"
)

// stillImage keeps the still part of the map as drawn for one camera, a margin wider
// than the viewport on every side. A frame whose camera it still covers draws it
// moved and scaled to that camera instead of drawing the map again: a pan or a zoom
// costs one image until it leaves the margin or enlarges the image past
// stillMaxMagnify, and when the camera comes to rest the image is drawn again for it
// exactly, pixel for pixel.
type stillImage struct {
	img    *ebiten.Image
	cam    Camera // the camera it was drawn for; its viewport is the whole image
	layers Layers // the layers it shows
	ok     bool   // false once what it shows has changed
	sharp  bool   // drawn with every line at its own level of detail

	quad    [4]ebiten.Vertex
	options ebiten.DrawTrianglesOptions
}

// The kept image's geometry.
const (
	// stillMargin is how much wider than the viewport the image is drawn on each
	// side, as a fraction of the viewport's width and height.
	stillMargin = 0.25
	// stillMaxMagnify is the most a kept image is enlarged before it is drawn again.
	stillMaxMagnify = 2.0
	// stillLead is how far ahead of a zoom the image is drawn: zooming in, at this
	// many times the camera's scale; zooming out, at its inverse.
	stillLead = 1.4
)

// stillIndices are the two triangles of the image's quad.
var stillIndices = []uint16{0, 1, 2, 1, 3, 2}

// stillCamera is the camera an image for viewport c is drawn with, at scale s.
func stillCamera(c *Camera, s float64) Camera {
	k := *c
	k.X0, k.Y0 = 0, 0
	k.W += 2 * math.Round(c.W*stillMargin)
	k.H += 2 * math.Round(c.H*stillMargin)
	k.Scale = s
	return k
}

// keep makes the image the still part for camera c drawn at scale s by draw, sharp
// or not (see MapView.drawStill).
func (s *stillImage) keep(c *Camera, scale float64, layers Layers, sharp bool, draw func(dst *ebiten.Image, c *Camera, sharp bool)) {
	s.cam = stillCamera(c, scale)
	w, h := int(s.cam.W), int(s.cam.H)
	if s.img == nil || s.img.Bounds().Dx() != w || s.img.Bounds().Dy() != h {
		if s.img != nil {
			s.img.Deallocate()
		}
		s.img = ebiten.NewImage(w, h)
	}
	draw(s.img, &s.cam, sharp) // which paints every pixel
	s.layers, s.ok, s.sharp = layers, true, sharp
}

// covers reports whether the image, showing layers, fills camera c's viewport
// enlarged at most stillMaxMagnify times.
func (s *stillImage) covers(c *Camera, layers Layers) bool {
	if !s.ok || s.layers != layers || !s.sameViewport(c) {
		return false
	}
	if c.Scale > s.cam.Scale*stillMaxMagnify {
		return false
	}
	have, want := s.cam.Visible(), c.Visible()
	return have.Contains(want.Min) && have.Contains(want.Max)
}

// sameViewport reports whether the image was drawn for a viewport of c's size.
func (s *stillImage) sameViewport(c *Camera) bool {
	k := stillCamera(c, s.cam.Scale)
	return k.W == s.cam.W && k.H == s.cam.H
}

// placement is where the image's top-left corner goes on the screen for camera c,
// and how much it is enlarged.
func (s *stillImage) placement(c *Camera) (x, y, k float64) {
	k = c.Scale / s.cam.Scale
	x, y = c.ToScreen(s.cam.Center)
	return x - k*s.cam.W/2, y - k*s.cam.H/2, k
}

// exact reports whether the image is sharp and lands pixel for pixel drawn for
// camera c: the same scale and a whole-pixel offset.
func (s *stillImage) exact(c *Camera) bool {
	return s.sharp && aligned(s.placement(c))
}

// aligned reports whether an image placed at (x, y) enlarged k times lands pixel for
// pixel.
func aligned(x, y, k float64) bool {
	const eps = 1e-6
	return math.Abs(k-1) < eps && math.Abs(x-math.Round(x)) < eps && math.Abs(y-math.Round(y)) < eps
}

// draw draws the part of the image camera c shows into c's viewport on dst, replacing
// what was there (the image is opaque).
func (s *stillImage) draw(dst *ebiten.Image, c *Camera) {
	x, y, k := s.placement(c)
	s.options.Blend = ebiten.BlendCopy
	s.options.Filter = ebiten.FilterLinear
	if aligned(x, y, k) {
		x, y, k = math.Round(x), math.Round(y), 1
		s.options.Filter = ebiten.FilterNearest
	}
	r := c.Bounds()
	corners := [4]orb.Point{
		{float64(r.Min.X), float64(r.Min.Y)}, {float64(r.Max.X), float64(r.Min.Y)},
		{float64(r.Min.X), float64(r.Max.Y)}, {float64(r.Max.X), float64(r.Max.Y)},
	}
	for i, p := range corners {
		s.quad[i] = imageVertex(p[0], p[1], (p[0]-x)/k, (p[1]-y)/k)
	}
	dst.DrawTriangles(s.quad[:], stillIndices, s.img, &s.options)
}
