package ui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestCtrlPlusAndMinusSizeTheInterface: Ctrl and + size the panel and its text up a
// step at a time to 200% and no further, Ctrl and − down to 100%, Ctrl and 0 back to
// 100%; each new size is told to whoever remembers it, and the map does not zoom.
func TestCtrlPlusAndMinusSizeTheInterface(t *testing.T) {
	s := newSession(t, "flood")
	var told []float64
	g, in := playing(t, s, Config{OnScale: func(v float64) { told = append(told, v) }})
	theHost.updatesPass(2)
	var zoom float64
	theHost.onUpdate(func() { zoom, in.held[ebiten.KeyControl] = g.cam.Scale, true })
	scale := func() (v float64, panel float64) {
		theHost.onUpdate(func() { v, panel = g.scale, g.panel.scale })
		return
	}
	theHost.press(in, ebiten.KeyEqual)
	if v, p := scale(); v != MinScale+scaleStep || p != v {
		t.Fatalf("Ctrl + sizes the interface at %v (the panel at %v), want %v", v, p, MinScale+scaleStep)
	}
	for range 10 {
		theHost.press(in, ebiten.KeyEqual)
	}
	if v, _ := scale(); v != MaxScale {
		t.Errorf("Ctrl + pressed on and on sizes the interface at %v, want %v at most", v, MaxScale)
	}
	theHost.press(in, ebiten.KeyMinus)
	if v, _ := scale(); v != MaxScale-scaleStep {
		t.Errorf("Ctrl − from %v gives %v", MaxScale, v)
	}
	theHost.press(in, ebiten.Key0)
	if v, _ := scale(); v != MinScale {
		t.Errorf("Ctrl 0 gives %v, want %v", v, MinScale)
	}
	var after float64
	theHost.onUpdate(func() { after = g.cam.Scale })
	if after != zoom {
		t.Errorf("Ctrl and +/− zoomed the map from %v to %v", zoom, after)
	}
	if len(told) == 0 || told[0] != MinScale+scaleStep || told[len(told)-1] != MinScale {
		t.Errorf("the sizes told to be remembered: %v", told)
	}
	for i := 1; i < len(told); i++ {
		if told[i] == told[i-1] {
			t.Errorf("size %v told twice in a row: %v", told[i], told)
		}
	}
}
