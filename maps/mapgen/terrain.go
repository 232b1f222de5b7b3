package mapgen

import (
	"math"
	"sync"

	"drillsim/maps"
	"github.com/paulmach/orb"
)

const (
	// demCell is the DEM cell size in degrees: about 24 m east-west and 28 m
	// north-south at the town's latitude.
	demCell = 0.00025
	// demMargin is how far, in metres, the DEM extends beyond the mapped area.
	demMargin = 400.0
	// riverBurnDepth is how far below the bed line the river's own cells are set: deeper
	// than the channel profile, so the river is the lowest cell of its cross-section on
	// the grid too and every burnt cell is lower than the one upstream.
	riverBurnDepth = 3.5
)

// county is the grid of valleys a map is built from: one tile for a town, n×n for a county.
type county struct {
	n       int
	valleys []*valley // row-major from the south-west: index j*n + i
	proj    maps.Local
}

// tileCentre returns the county-metre centre of tile (i, j), (0, 0) being south-west.
func tileCentre(n, i, j int) orb.Point {
	half := float64(n-1) / 2
	return orb.Point{(float64(i) - half) * 2 * tileHalfWidth, (float64(j) - half) * 2 * tileHalfHeight}
}

// tileAt returns the valley whose tile holds the county-metre point p, clamping points
// in the margin to the nearest tile.
func (c *county) tileAt(p orb.Point) *valley {
	i := int(math.Floor(p[0]/(2*tileHalfWidth) + float64(c.n)/2))
	j := int(math.Floor(p[1]/(2*tileHalfHeight) + float64(c.n)/2))
	i = min(max(i, 0), c.n-1)
	j = min(max(j, 0), c.n-1)
	return c.valleys[j*c.n+i]
}

// seamBlend is the half width, in metres, of the band along a boundary between tile
// rows where the two rows' ridges are blended, so the county has no cliff there.
// Nothing is built that high up, so layout never sees the blend.
const seamBlend = 300.0

// heightAt returns the ground height at a county-metre point.
func (c *county) heightAt(p orb.Point) float64 {
	v := c.tileAt(p)
	h := v.height(orb.Point{p[0] - v.centre[0], p[1] - v.centre[1]})
	dy := p[1] - v.centre[1] // offset from the tile's centre line
	var other orb.Point
	switch {
	case dy > tileHalfHeight-seamBlend:
		other = orb.Point{p[0], p[1] + 2*seamBlend}
	case dy < -tileHalfHeight+seamBlend:
		other = orb.Point{p[0], p[1] - 2*seamBlend}
	default:
		return h
	}
	w := c.tileAt(other)
	if w == v {
		return h // the county's outer edge
	}
	ho := w.height(orb.Point{p[0] - w.centre[0], p[1] - w.centre[1]})
	// Weight of the other row: 0 at seamBlend inside this tile, ½ on the boundary.
	t := 0.5 * smoothstep((math.Abs(dy)-(tileHalfHeight-seamBlend))/seamBlend)
	return h + (ho-h)*t
}

// rasterize builds the DEM covering every tile plus the margin, on a WGS84 lon/lat
// grid, and burns the rivers into it. Rows are shared among workers goroutines; each
// cell depends only on its position, so the result does not depend on scheduling.
func (c *county) rasterize(workers int) *maps.DEM {
	halfX := float64(c.n)*tileHalfWidth + demMargin
	halfY := float64(c.n)*tileHalfHeight + demMargin
	lonMin, latMin := c.proj.ToLonLat(-halfX, -halfY)
	lonMax, latMax := c.proj.ToLonLat(halfX, halfY)
	x0 := math.Floor(lonMin/demCell) * demCell
	y0 := math.Floor(latMin/demCell) * demCell
	cols := int(math.Ceil((lonMax-x0)/demCell)) + 1
	rows := int(math.Ceil((latMax-y0)/demCell)) + 1
	dem := &maps.DEM{Cols: cols, Rows: rows, X0: x0, Y0: y0, Cell: demCell, CRS: maps.WGS84,
		Heights: make([]float32, cols*rows), Source: "mapgen"}

	workers = max(workers, 1)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for r := w; r < rows; r += workers {
				lat := y0 + float64(rows-1-r)*demCell
				for col := 0; col < cols; col++ {
					x, y := c.proj.FromLonLat(x0+float64(col)*demCell, lat)
					dem.Heights[r*cols+col] = float32(c.heightAt(orb.Point{x, y}))
				}
			}
		}(w)
	}
	wg.Wait()

	for j := 0; j < c.n; j++ {
		for i := 0; i < c.n; i++ {
			c.burnRiver(dem, c.valleys[j*c.n+i], i == 0, i == c.n-1)
		}
	}
	return dem
}

// burnRiver lowers the cells under a tile's river to the bed line minus riverBurnDepth,
// walking downstream in small steps. The bed falls eastwards, so the burnt cells fall
// monotonically along the river.
func (c *county) burnRiver(dem *maps.DEM, v *valley, west, east bool) {
	x0, x1 := -tileHalfWidth, tileHalfWidth
	if west {
		x0 -= demMargin
	}
	if east {
		x1 += demMargin
	}
	const step = 1.0 // metres; the lattice x values fall on samples, so every river vertex is burnt
	for x := x0; x <= x1; x += step {
		p := v.at(x, 0)
		lon, lat := c.proj.ToLonLat(p[0]+v.centre[0], p[1]+v.centre[1])
		col := int(math.Round((lon - dem.X0) / dem.Cell))
		row := dem.Rows - 1 - int(math.Round((lat-dem.Y0)/dem.Cell))
		if col < 0 || col >= dem.Cols || row < 0 || row >= dem.Rows {
			continue
		}
		h := float32(v.bed(x) - riverBurnDepth)
		if k := row*dem.Cols + col; h < dem.Heights[k] {
			dem.Heights[k] = h
		}
	}
}
