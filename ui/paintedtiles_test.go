package ui

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestPaintedTilesDrawWhatTheWholeRasterWould paints a few pixels of a raster, some
// on the edges and corners of squares, and checks that drawing only the squares near
// them, enlarged and off the pixel grid, gives the picture the whole raster gives,
// and that the squares far from anything painted are left out.
func TestPaintedTilesDrawWhatTheWholeRasterWould(t *testing.T) {
	const w, h = 7*paintedTileSize + 5, 5*paintedTileSize + 3
	painted := []image.Point{
		{0, 0}, {paintedTileSize - 1, paintedTileSize}, {3 * paintedTileSize, 2*paintedTileSize - 1},
		{w - 1, h - 1}, {5*paintedTileSize + 7, 9},
	}
	raster := image.NewRGBA(image.Rect(0, 0, w, h))
	var tiles paintedTiles
	tiles.reset(w, h)
	for _, p := range painted {
		raster.SetRGBA(p.X, p.Y, color.RGBA{0x10, 0x30, 0x80, 0xc0})
		tiles.mark(p.X, p.Y)
	}
	tiles.finish()
	if all := tiles.cols * tiles.rows; len(tiles.shown) == 0 || len(tiles.shown) >= all {
		t.Fatalf("%d of %d squares listed to draw for %d painted pixels", len(tiles.shown), all, len(painted))
	}

	const k, x, y = 7.3, -11.4, 6.7
	view := image.Rect(0, 0, 900, 700)
	whole, sparse := image.NewRGBA(view), image.NewRGBA(view)
	theHost.afterDraw(func(*ebiten.Image) {
		src := ebiten.NewImageFromImage(raster)
		defer src.Deallocate()
		for _, d := range []struct {
			out  *image.RGBA
			draw func(dst *ebiten.Image)
		}{
			{whole, func(dst *ebiten.Image) {
				op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
				op.GeoM.Scale(k, k)
				op.GeoM.Translate(x, y)
				dst.DrawImage(src, op)
			}},
			{sparse, func(dst *ebiten.Image) { tiles.draw(dst, src, x, y, k, view) }},
		} {
			dst := ebiten.NewImage(view.Dx(), view.Dy())
			dst.Fill(colorBackground)
			d.draw(dst)
			dst.ReadPixels(d.out.Pix)
			dst.Deallocate()
		}
	})
	differ, shown := 0, 0
	for i := 0; i < len(whole.Pix); i += 4 {
		for c := range 4 {
			if d := int(whole.Pix[i+c]) - int(sparse.Pix[i+c]); d > 3 || d < -3 {
				differ++
				break
			}
		}
		if whole.Pix[i] != colorBackground.R {
			shown++
		}
	}
	if differ > 0 {
		t.Errorf("drawing the painted squares differs from drawing the whole raster in %d pixels (by more than 3 in a channel)", differ)
	}
	if shown == 0 {
		t.Error("the raster drew nothing to compare")
	}
}
