package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/sim"
)

// BuildingRaster draws the buildings as one image of square cells, each in the colour
// of the most urgent residents' state among the buildings whose centroid it holds. It
// stands in for the footprints when the map is zoomed out so far that they would be
// under a pixel (a county's hundred thousand houses): one image drawn instead of every
// footprint's triangles, and the houses still readable as coloured settlements.
type BuildingRaster struct {
	origin     orb.Point // the north-west corner, town metres
	cellM      float64
	cols, rows int
	// cellStart and cellItems list the buildings of each cell (cell c has
	// cellItems[cellStart[c]:cellStart[c+1]]); cellOf is each building's cell.
	cellStart, cellItems []int32
	cellOf               []int32
	states               []sim.BuildingState
	// residents colours the cells by state; without it every built cell is plain.
	residents bool
	pixels    []byte          // RGBA, premultiplied, row 0 north
	dirty     image.Rectangle // cells changed since the image was written
	img       *ebiten.Image
	scratch   []byte
}

// Raster cells are at least rasterCellM metres, and the image at most
// maxRasterPx cells on a side.
const (
	rasterCellM = 20
	maxRasterPx = 4096
)

// statePriority ranks building states for a cell holding several: people still to
// warn first, then casualties, then everything short of safety.
var statePriority = [...]uint8{
	sim.Uninhabited:  0,
	sim.Empty:        1,
	sim.Destroyed:    2,
	sim.Leaving:      3,
	sim.HomeWarned:   4,
	sim.Hurt:         5,
	sim.HomeUnwarned: 6,
}

// init lays the cells over town t's buildings; every building starts uninhabited.
func (r *BuildingRaster) init(t *maps.Town) {
	bs := t.Buildings
	if len(bs) == 0 {
		return
	}
	b := orb.Bound{Min: bs[0].Centroid, Max: bs[0].Centroid}
	for i := range bs {
		b = b.Extend(bs[i].Centroid)
	}
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	r.cellM = max(rasterCellM, w/maxRasterPx, h/maxRasterPx)
	r.origin = orb.Point{b.Min[0], b.Max[1]}
	r.cols = int(w/r.cellM) + 1
	r.rows = int(h/r.cellM) + 1
	r.cellOf = make([]int32, len(bs))
	r.cellStart = make([]int32, r.cols*r.rows+1)
	for i := range bs {
		c := r.cellAt(bs[i].Centroid)
		r.cellOf[i] = int32(c)
		r.cellStart[c+1]++
	}
	for c := 1; c < len(r.cellStart); c++ {
		r.cellStart[c] += r.cellStart[c-1]
	}
	r.cellItems = make([]int32, len(bs))
	fill := append([]int32(nil), r.cellStart[:len(r.cellStart)-1]...)
	for i := range bs {
		c := r.cellOf[i]
		r.cellItems[fill[c]] = int32(i)
		fill[c]++
	}
	r.states = make([]sim.BuildingState, len(bs))
	r.pixels = make([]byte, 4*r.cols*r.rows)
	r.img = ebiten.NewImage(r.cols, r.rows)
	r.residents = true
	r.dirty = image.Rect(0, 0, r.cols, r.rows)
}

// cellAt is the cell holding town point p.
func (r *BuildingRaster) cellAt(p orb.Point) int {
	c := min(max(int((p[0]-r.origin[0])/r.cellM), 0), r.cols-1)
	row := min(max(int((r.origin[1]-p[1])/r.cellM), 0), r.rows-1)
	return row*r.cols + c
}

// set records building i's state.
func (r *BuildingRaster) set(i int, st sim.BuildingState) {
	if i >= len(r.states) || r.states[i] == st {
		return
	}
	r.states[i] = st
	c := int(r.cellOf[i])
	r.dirty = r.dirty.Union(image.Rect(c%r.cols, c/r.cols, c%r.cols+1, c/r.cols+1))
}

// showResidents colours the cells by state (on) or plainly (off).
func (r *BuildingRaster) showResidents(on bool) {
	if r.img == nil || r.residents == on {
		return
	}
	r.residents = on
	r.dirty = image.Rect(0, 0, r.cols, r.rows)
}

// flush repaints the changed cells and writes them into the image.
func (r *BuildingRaster) flush() {
	d := r.dirty
	if d.Empty() {
		return
	}
	r.dirty = image.Rectangle{}
	for row := d.Min.Y; row < d.Max.Y; row++ {
		for col := d.Min.X; col < d.Max.X; col++ {
			c := row*r.cols + col
			px := r.pixels[4*c : 4*c+4]
			items := r.cellItems[r.cellStart[c]:r.cellStart[c+1]]
			if len(items) == 0 {
				clear(px)
				continue
			}
			st := sim.Uninhabited
			if r.residents {
				for _, i := range items {
					if s := r.states[i]; int(s) < len(statePriority) && statePriority[s] > statePriority[st] {
						st = s
					}
				}
			}
			col := buildingColor(st)
			setPremultiplied(px, col.R, col.G, col.B, col.A)
		}
	}
	r.scratch = r.scratch[:0]
	for row := d.Min.Y; row < d.Max.Y; row++ {
		r.scratch = append(r.scratch, r.pixels[4*(row*r.cols+d.Min.X):4*(row*r.cols+d.Max.X)]...)
	}
	r.img.SubImage(d).(*ebiten.Image).WritePixels(r.scratch)
}

// draw draws the cells as camera c sees them.
func (r *BuildingRaster) draw(dst *ebiten.Image, c *Camera) {
	if r.img == nil {
		return
	}
	r.flush()
	x, y := c.ToScreen(r.origin)
	s := r.cellM * c.Scale
	if math.IsNaN(s) || s <= 0 {
		return
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Scale(s, s)
	op.GeoM.Translate(x, y)
	op.Filter = ebiten.FilterLinear
	dst.DrawImage(r.img, op)
}
