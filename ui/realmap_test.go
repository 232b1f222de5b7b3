package ui

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/internal/realdata"
	"drillsim/maps"
)

// TestARealTownsAreasKeepTheirHoles draws the landcover of the Andorra extract
// (OpenStreetMap multipolygons, some with inner rings) and checks that a hole with no
// other area in it shows the bare ground, not the area's colour.
func TestARealTownsAreasKeepTheirHoles(t *testing.T) {
	town, err := maps.LoadFile(realdata.Path(t, "andorra/andorra.geojson"), maps.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	inOtherArea := func(p orb.Point, self int) bool {
		for i, lc := range town.Landcover {
			if i != self && planar.MultiPolygonContains(lc.Area, p) {
				return true
			}
		}
		for _, w := range town.Waterways {
			if mp, ok := w.Geom.(orb.MultiPolygon); ok && planar.MultiPolygonContains(mp, p) {
				return true
			}
			if pg, ok := w.Geom.(orb.Polygon); ok && planar.PolygonContains(pg, p) {
				return true
			}
		}
		return false
	}
	var at orb.Point
	var holeM float64
	found := -1
	for i, lc := range town.Landcover {
		for _, poly := range lc.Area {
			for _, h := range poly[min(1, len(poly)):] {
				c, area := planar.CentroidArea(h)
				if planar.RingContains(h, c) && !inOtherArea(c, i) && area != 0 {
					found, at, holeM = i, c, h.Bound().Max[0]-h.Bound().Min[0]
				}
			}
		}
	}
	if found < 0 {
		t.Fatal("the Andorra extract has no landcover hole left bare; pick another map")
	}
	v := NewMapView(town)
	const side = 200
	cam := Camera{Center: at, Scale: min(maxScale, 60/holeM), W: side, H: side}
	var got, area color.RGBA
	theHost.onUpdate(func() {
		img := ebiten.NewImage(side, side)
		fillRect(img, image.Rect(0, 0, side, side), colorBackground)
		v.ground.Draw(img, &cam)
		got = img.At(side/2, side/2).(color.RGBA)
		area = colorLandcover
		if f := town.Landcover[found].Fuel; f == "farmland" || f == "grass" {
			area = colorFarmland
		}
		img.Deallocate()
	})
	if got != colorBackground {
		t.Errorf("the hole of %s at %v is drawn %v, want the bare ground %v (the area is %v)", town.Landcover[found].Ref, at, got, colorBackground, area)
	}
}
