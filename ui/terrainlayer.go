package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/sim"
	"drillsim/sim/hazard"
)

// TerrainLayer draws the hazard grid: a light hillshade of the ground once, and over
// it the flood depth and the fire of the latest snapshot, one pixel per cell.
type TerrainLayer struct {
	grid    *maps.Terrain
	shade   *ebiten.Image
	hazards *ebiten.Image
	pixels  []byte       // reused RGBA buffer for hazards
	painted paintedTiles // the squares of hazards that hold water or fire
	// hideFlood and hideFire leave water or fire out; last is the snapshot painted.
	hideFlood, hideFire bool
	last                *sim.Snapshot
}

// Flood depths at which the shading steps up, in metres (0.3 m stops cars).
const (
	depthShownM = 0.05
	depthCarsM  = 0.3
	depthDeepM  = 1.5
)

// setGrid prepares the layer for grid g (nil without hazards) and reports whether it
// did; it does nothing when g is the grid already prepared.
func (l *TerrainLayer) setGrid(g *maps.Terrain) bool {
	if g == l.grid || g == nil || g.Cols <= 0 || g.Rows <= 0 || len(g.Elev) < g.Cols*g.Rows {
		return false
	}
	l.grid = g
	l.pixels = make([]byte, 4*g.Cols*g.Rows)
	l.shade = ebiten.NewImage(g.Cols, g.Rows)
	l.hazards = ebiten.NewImage(g.Cols, g.Rows)
	shade := make([]byte, 4*g.Cols*g.Rows)
	hillshade(g, shade)
	l.shade.WritePixels(shade)
	return true
}

// hillshade writes into rgba (premultiplied, image rows from the north) a black
// shadow whose opacity grows as the ground turns away from light from the north-west.
func hillshade(g *maps.Terrain, rgba []byte) {
	elev := func(c, r int) float64 {
		c, r = min(max(c, 0), g.Cols-1), min(max(r, 0), g.Rows-1)
		return float64(g.Elev[g.Index(c, r)])
	}
	for r := range g.Rows {
		for c := range g.Cols {
			dzdx := (elev(c+1, r) - elev(c-1, r)) / (2 * g.Cell)
			dzdy := (elev(c, r+1) - elev(c, r-1)) / (2 * g.Cell)
			// The unit normal (-dzdx, -dzdy, 1)/n against light from the north-west, 45° up.
			lit := (0.5*dzdx - 0.5*dzdy + math.Sqrt2/2) / math.Sqrt(dzdx*dzdx+dzdy*dzdy+1)
			a := byte(min(max((1-lit)*0.45, 0), 0.45) * 255)
			i := 4 * ((g.Rows-1-r)*g.Cols + c)
			rgba[i+3] = a
		}
	}
}

// show paints water (flood) and fire or leaves them out, from the last snapshot.
func (l *TerrainLayer) show(flood, fire bool) {
	if l.hideFlood == !flood && l.hideFire == !fire {
		return
	}
	l.hideFlood, l.hideFire = !flood, !fire
	if l.last != nil {
		l.update(l.last)
	}
}

// update draws the water and fire of snapshot s into the hazard image, and reports
// whether s brought the layer its grid.
func (l *TerrainLayer) update(s *sim.Snapshot) (newGrid bool) {
	newGrid = l.setGrid(s.Terrain)
	l.last = s
	if l.grid == nil || s.Terrain != l.grid {
		return newGrid
	}
	g := l.grid
	clear(l.pixels)
	l.painted.reset(g.Cols, g.Rows)
	for r := range g.Rows {
		for c := range g.Cols {
			rgba, ok := l.hazardColor(s, g.Index(c, r))
			if !ok {
				continue
			}
			y := g.Rows - 1 - r
			i := 4 * (y*g.Cols + c)
			setPremultiplied(l.pixels[i:i+4], rgba.R, rgba.G, rgba.B, rgba.A)
			l.painted.mark(c, y)
		}
	}
	l.painted.finish()
	l.hazards.WritePixels(l.pixels)
	return newGrid
}

// hazardColor is the colour (straight, not premultiplied) snapshot s gives cell: fire
// over water, water by depth; false for neither, or for what the layer hides.
func (l *TerrainLayer) hazardColor(s *sim.Snapshot, cell int) (color.RGBA, bool) {
	if cell < len(s.Fire) && !l.hideFire {
		switch s.Fire[cell] {
		case hazard.Burning:
			return colorBurning, true
		case hazard.Burnt:
			return colorBurnt, true
		}
	}
	if cell >= len(s.Depth) || l.hideFlood {
		return color.RGBA{}, false
	}
	switch d := s.Depth[cell]; {
	case d >= depthDeepM:
		return floodColors[2], true
	case d >= depthCarsM:
		return floodColors[1], true
	case d >= depthShownM:
		return floodColors[0], true
	}
	return color.RGBA{}, false
}

// setPremultiplied writes colour (r, g, b) at opacity a into px, premultiplied.
func setPremultiplied(px []byte, r, g, b, a byte) {
	px[0] = byte(uint16(r) * uint16(a) / 255)
	px[1] = byte(uint16(g) * uint16(a) / 255)
	px[2] = byte(uint16(b) * uint16(a) / 255)
	px[3] = a
}

// drawShade draws the hillshade.
func (l *TerrainLayer) drawShade(dst *ebiten.Image, c *Camera) {
	if l.grid == nil {
		return
	}
	x, y, k := l.placement(c)
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(x, y)
	dst.DrawImage(l.shade, op)
}

// drawHazards draws the water and fire, by the squares of the grid that hold any.
func (l *TerrainLayer) drawHazards(dst *ebiten.Image, c *Camera) {
	if l.grid == nil {
		return
	}
	x, y, k := l.placement(c)
	l.painted.draw(dst, l.hazards, x, y, k, c.Bounds())
}

// placement is where the grid's images put their top-left corner on the screen for
// camera c, and how many screen pixels wide a cell is.
func (l *TerrainLayer) placement(c *Camera) (x, y, k float64) {
	g := l.grid
	x, y = c.ToScreen(orb.Point{g.X0 - g.Cell/2, g.Y0 + (float64(g.Rows)-0.5)*g.Cell})
	return x, y, g.Cell * c.Scale
}
