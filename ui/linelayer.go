package ui

import (
	"image/color"
	"math"
	"sync/atomic"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"
)

// lineLayer is lines of one width and colour, shown from a zoom on: rivers, village
// borders, road casings, the roads of one class. It keeps a Ribbon per level of
// detail, made when the map first zooms to that level or, for the map's still lines,
// ahead of it on another goroutine: each simplifies its lines to within a pixel at
// the coarsest zoom it serves.
type lineLayer struct {
	layer    Layer
	widthPx  float64
	color    color.RGBA
	minScale float64 // pixels per metre below which the layer is not drawn
	geoms    []orb.Geometry
	details  *lineDetails
}

// lineDetails are a layer's ribbons by level of detail, each made once, and which
// levels are being made ahead.
type lineDetails struct {
	ribbons [detailLevels]atomic.Pointer[Ribbon]
	queued  [detailLevels]atomic.Bool
}

// ribbonMakers bounds how many ribbons are made ahead at once: one, leaving the
// other cores to drawing.
var ribbonMakers = make(chan struct{}, 1)

// Levels of detail: level k simplifies lines to within detailBaseM×2^k metres, and
// serves the scales at which that is at most simplifyPx pixels.
const (
	detailLevels = 16
	detailBaseM  = 0.05
	simplifyPx   = 1.0
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
	l.details = nil
}

// levels returns the layer's ribbons by level, none made yet if it has none.
func (l *lineLayer) levels() *lineDetails {
	if l.details == nil {
		l.details = &lineDetails{}
	}
	return l.details
}

// ribbonAt returns the layer's ribbon at level k, making it first if need be.
func (l *lineLayer) ribbonAt(k int) *Ribbon {
	slot := &l.levels().ribbons[k]
	if r := slot.Load(); r != nil {
		return r
	}
	slot.CompareAndSwap(nil, l.ribbon(detailTolerance(k)))
	return slot.Load()
}

// draw draws the layer at camera c's level of detail, making it first if need be.
func (l *lineLayer) draw(dst *ebiten.Image, c *Camera) {
	l.ribbonAt(detailOf(c.Scale)).Draw(dst, c)
}

// comingAt has the layer's first level made ahead when the map, at scale s, is
// within a zoom of 2 of showing it.
func (l *lineLayer) comingAt(s float64) {
	if l.shownAt(s) || !l.shownAt(2*s) {
		return
	}
	l.makeAhead(detailOf(l.minScale))
}

// drawAhead draws the layer for camera c and has the levels next to c's made ahead.
// Unless sharp, a level not yet made is stood in for by the nearest one made, or
// the layer is left out until one is; so a moving camera never waits for lines. The
// layer's lines must not change: it reads them on another goroutine.
func (l *lineLayer) drawAhead(dst *ebiten.Image, c *Camera, sharp bool) {
	k := detailOf(c.Scale)
	l.makeAhead(k - 1)
	l.makeAhead(k + 1)
	if sharp {
		l.ribbonAt(k).Draw(dst, c)
		return
	}
	l.makeAhead(k)
	if r := l.nearestMade(k); r != nil {
		r.Draw(dst, c)
	}
}

// nearestMade returns the made ribbon whose level is nearest k, finer first, or nil.
func (l *lineLayer) nearestMade(k int) *Ribbon {
	for d := range detailLevels {
		for _, j := range [2]int{k - d, k + d} {
			if j >= 0 && j < detailLevels {
				if r := l.levels().ribbons[j].Load(); r != nil {
					return r
				}
			}
		}
	}
	return nil
}

// makeAhead has level k made on another goroutine unless it is made or queued.
func (l *lineLayer) makeAhead(k int) {
	if k < 0 || k >= detailLevels {
		return
	}
	d := l.levels()
	if d.ribbons[k].Load() != nil || !d.queued[k].CompareAndSwap(false, true) {
		return
	}
	lines := *l
	go func() {
		ribbonMakers <- struct{}{}
		defer func() { <-ribbonMakers }()
		if d.ribbons[k].Load() == nil {
			d.ribbons[k].CompareAndSwap(nil, lines.ribbon(detailTolerance(k)))
		}
	}()
}

// detailTolerance is how close, in metres, points left out at level k may be.
func detailTolerance(k int) float64 { return detailBaseM * math.Exp2(float64(k)) }

// ribbon triangulates the layer's lines, each simplified to within tol metres.
func (l *lineLayer) ribbon(tol float64) *Ribbon {
	points := 0
	eachLine(l.geoms, func(pts []orb.Point, _ bool) { points += len(pts) + 1 })
	r := newRibbon(l.widthPx, points)
	eachLine(l.geoms, func(pts []orb.Point, closed bool) { r.AddLine(pts, closed, tol, l.color) })
	return r
}

// eachLine calls f with every line and ring of geoms, and whether it is a ring.
func eachLine(geoms []orb.Geometry, f func(pts []orb.Point, closed bool)) {
	for _, g := range geoms {
		switch g := g.(type) {
		case orb.LineString:
			f(g, false)
		case orb.MultiLineString:
			for _, ls := range g {
				f(ls, false)
			}
		case orb.Ring:
			f(g, true)
		case orb.Polygon:
			for _, ring := range g {
				f(ring, true)
			}
		case orb.MultiPolygon:
			for _, p := range g {
				for _, ring := range p {
					f(ring, true)
				}
			}
		}
	}
}
