package ui

import (
	"strings"
	"testing"
)

func TestHoverSaysWhatIsUnderTheCursor(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	town := s.Town()
	hoverAt := func(at [2]float64) string {
		t.Helper()
		theHost.onUpdate(func() {
			x, y := g.cam.ToScreen(at)
			in.x, in.y = int(x), int(y)
		})
		theHost.updatesPass(1)
		var text string
		theHost.onUpdate(func() { text = g.hover.text })
		return text
	}
	theHost.onUpdate(func() { g.cam.Scale = 1.5 })

	shelter := town.Shelters[0]
	theHost.onUpdate(func() { g.cam.Center = shelter.Location })
	if got := hoverAt(shelter.Location); !strings.Contains(got, shelter.Name) || !strings.Contains(got, "安置 0/") {
		t.Errorf("over shelter %s the hover says %q, want its name and occupancy", shelter.Name, got)
	}

	// A house with residents: its village, how many live there and their state.
	b := -1
	for i, bd := range town.Buildings {
		if bd.Population > 0 && bd.Village >= 0 && bd.Name == "" {
			b = i
			break
		}
	}
	bd := town.Buildings[b]
	theHost.onUpdate(func() { g.cam.Center = bd.Centroid; g.cam.Scale = 6 })
	got := hoverAt(bd.Centroid)
	for _, want := range []string{town.Villages[bd.Village].Name, "居民", "未预警住户"} {
		if !strings.Contains(got, want) {
			t.Errorf("over building %d the hover says %q, want it to say %q", b, got, want)
		}
	}

	// Off the map's features: nothing.
	far := town.Bounds.Max
	far[0] += 5000
	theHost.onUpdate(func() { g.cam.Center = far })
	if got := hoverAt(far); got != "" {
		t.Errorf("far outside the town the hover says %q, want nothing", got)
	}
}
