package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"
)

// lineLayer is lines of one width and colour, shown from a zoom on: rivers, village
// borders, road casings, the roads of one class. It keeps a Ribbon per level of
// detail, made when the map first zooms to that level: each leaves out the points
// within a fraction of a pixel of the last one kept at the coarsest zoom it serves.
type lineLayer struct {
	layer    Layer
	widthPx  float64
	color    color.RGBA
	minScale float64 // pixels per metre below which the layer is not drawn
	geoms    []orb.Geometry
	details  [detailLevels]*Ribbon
}

// Levels of detail: level k leaves out points closer than detailBaseM×2^k metres,
// and serves the scales at which that is at most simplifyPx pixels.
const (
	detailLevels = 16
	detailBaseM  = 0.05
	simplifyPx   = 0.4
)

// detailOf is the level of detail for scale s (pixels per metre).
func detailOf(s float64) int {
	if s <= 0 || math.IsNaN(s) {
		return detailLevels - 1
	}
	k := int(math.Floor(math.Log2(simplifyPx / s / detailBaseM)))
	return min(max(k, 0), detailLevels-1)
}

// shownAt reports whether the layer is drawn at scale s.
func (l *lineLayer) shownAt(s float64) bool { return s >= l.minScale && len(l.geoms) > 0 }

// setGeoms replaces the layer's lines.
func (l *lineLayer) setGeoms(gs []orb.Geometry) {
	l.geoms = gs
	clear(l.details[:])
}

// draw draws the layer at camera c's level of detail, making it first if need be.
func (l *lineLayer) draw(dst *ebiten.Image, c *Camera) {
	k := detailOf(c.Scale)
	if l.details[k] == nil {
		l.details[k] = l.ribbon(detailBaseM * math.Exp2(float64(k)))
	}
	l.details[k].Draw(dst, c)
}

// ribbon triangulates the layer's lines leaving out points within tol metres.
func (l *lineLayer) ribbon(tol float64) *Ribbon {
	r := newRibbon(l.widthPx)
	for _, g := range l.geoms {
		switch g := g.(type) {
		case orb.LineString:
			r.AddLine(g, false, tol, l.color)
		case orb.MultiLineString:
			for _, ls := range g {
				r.AddLine(ls, false, tol, l.color)
			}
		case orb.Ring:
			r.AddLine(g, true, tol, l.color)
		case orb.Polygon:
			for _, ring := range g {
				r.AddLine(ring, true, tol, l.color)
			}
		case orb.MultiPolygon:
			for _, p := range g {
				for _, ring := range p {
					r.AddLine(ring, true, tol, l.color)
				}
			}
		}
	}
	return r
}
