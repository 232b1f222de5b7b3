package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// paintedTileSize is the side, in pixels of the source image, of the squares a
// mostly empty raster is drawn in.
const paintedTileSize = 16

// paintedTiles draws a mostly transparent raster (the water and fire over a whole
// town) by the squares that hold anything, so that the screen is shaded only where
// there is something to see: a river in flood covers a few percent of the map, and
// drawing the whole raster each frame cost a full-screen pass with four texture reads
// a pixel on software GL. Squares next to a painted one are drawn too, because linear
// filtering carries a painted pixel half a pixel into its neighbours; so drawing the
// squares listed shows exactly what drawing the whole raster would.
type paintedTiles struct {
	cols, rows int     // squares across and down
	painted    []bool  // per square, marked since reset
	shown      []int32 // the squares to draw: painted ones and their neighbours

	vertices []ebiten.Vertex
	indices  []uint16
	options  ebiten.DrawTrianglesOptions
}

// reset forgets what was painted, for a raster w×h pixels.
func (t *paintedTiles) reset(w, h int) {
	t.cols = (w + paintedTileSize - 1) / paintedTileSize
	t.rows = (h + paintedTileSize - 1) / paintedTileSize
	if n := t.cols * t.rows; len(t.painted) != n {
		t.painted = make([]bool, n)
	} else {
		clear(t.painted)
	}
	t.shown = t.shown[:0]
}

// mark records that pixel (x, y) of the raster holds something.
func (t *paintedTiles) mark(x, y int) {
	t.painted[(y/paintedTileSize)*t.cols+x/paintedTileSize] = true
}

// finish lists the squares to draw once every painted pixel is marked.
func (t *paintedTiles) finish() {
	for r := range t.rows {
		for c := range t.cols {
			if t.paintedNear(c, r) {
				t.shown = append(t.shown, int32(r*t.cols+c))
			}
		}
	}
}

// paintedNear reports whether square (c, r) or one of its eight neighbours is painted.
func (t *paintedTiles) paintedNear(c, r int) bool {
	for rr := max(r-1, 0); rr <= min(r+1, t.rows-1); rr++ {
		for cc := max(c-1, 0); cc <= min(c+1, t.cols-1); cc++ {
			if t.painted[rr*t.cols+cc] {
				return true
			}
		}
	}
	return false
}

// draw draws the listed squares of img onto dst, img's pixel (0, 0) landing at screen
// (x, y) and each pixel k screen pixels wide, leaving out squares wholly outside view.
func (t *paintedTiles) draw(dst, img *ebiten.Image, x, y, k float64, view image.Rectangle) {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	for _, i := range t.shown {
		c, r := int(i)%t.cols, int(i)/t.cols
		sx0, sy0 := float64(c*paintedTileSize), float64(r*paintedTileSize)
		sx1, sy1 := min(sx0+paintedTileSize, w), min(sy0+paintedTileSize, h)
		x0, y0, x1, y1 := x+sx0*k, y+sy0*k, x+sx1*k, y+sy1*k
		if x1 <= float64(view.Min.X) || y1 <= float64(view.Min.Y) || x0 >= float64(view.Max.X) || y0 >= float64(view.Max.Y) {
			continue
		}
		if len(t.indices)+6 > ebiten.MaxIndicesCount {
			t.flush(dst, img)
		}
		n := uint16(len(t.vertices))
		t.vertices = append(t.vertices,
			imageVertex(x0, y0, sx0, sy0), imageVertex(x1, y0, sx1, sy0),
			imageVertex(x0, y1, sx0, sy1), imageVertex(x1, y1, sx1, sy1))
		t.indices = append(t.indices, n, n+1, n+2, n+1, n+3, n+2)
	}
	t.flush(dst, img)
}

// flush draws the squares gathered so far, as many as one call takes.
func (t *paintedTiles) flush(dst, img *ebiten.Image) {
	if len(t.indices) > 0 {
		t.options.Filter = ebiten.FilterLinear
		dst.DrawTriangles(t.vertices, t.indices, img, &t.options)
	}
	t.vertices, t.indices = t.vertices[:0], t.indices[:0]
}

// imageVertex is the vertex at screen (x, y) showing source image point (sx, sy) in
// its own colours.
func imageVertex(x, y, sx, sy float64) ebiten.Vertex {
	return ebiten.Vertex{DstX: float32(x), DstY: float32(y), SrcX: float32(sx), SrcY: float32(sy),
		ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1}
}
