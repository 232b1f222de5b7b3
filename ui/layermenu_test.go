package ui

import (
	"image/color"
	"testing"

	"drillsim/sim"
)

func TestTheLayerMenuHidesAndShowsBuildings(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	// The largest unnamed house with residents, close up.
	town := s.Town()
	big := -1
	for i, b := range town.Buildings {
		if b.Name == "" && b.Population > 0 && (big < 0 || b.AreaM2 > town.Buildings[big].AreaM2) {
			big = i
		}
	}
	var x, y int
	theHost.onUpdate(func() {
		g.cam.Center = town.Buildings[big].Centroid
		g.cam.Scale = 4
		sx, sy := g.cam.ToScreen(town.Buildings[big].Centroid)
		x, y = int(sx), int(sy)
	})
	theHost.updatesPass(2)
	at := func() color.RGBA {
		img := theHost.screenshot()
		return img.RGBAAt(x, y)
	}
	shown := at()
	if want := buildingColor(sim.HomeUnwarned); shown != want {
		t.Fatalf("house %d is drawn in %v, want the unwarned colour %v", big, shown, want)
	}
	clickWidget(t, in, g, "图层")
	clickWidget(t, in, g, "■ 建筑")
	var layers Layers
	theHost.onUpdate(func() { layers = g.view.Layers() })
	if layers.Has(LayerBuildings) {
		t.Fatal("clicking ■ 建筑 left the buildings layer on")
	}
	theHost.updatesPass(2)
	if hidden := at(); hidden == shown {
		t.Errorf("with buildings hidden the building's pixel is still %v", hidden)
	}
	clickWidget(t, in, g, "□ 建筑")
	theHost.updatesPass(2)
	if again := at(); again != shown {
		t.Errorf("with buildings shown again the pixel is %v, was %v", again, shown)
	}
	widget(t, g, "■ 建筑") // the menu marks the layer shown again
}
