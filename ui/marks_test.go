package ui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// drawMarks draws g's map marks for camera cam onto a scratch image on the game
// thread and returns how many symbol vertices it drew, how many of them fell outside
// the map's viewport (by more than a symbol's reach), and how many were loudspeakers.
func drawMarks(g *Game, cam Camera) (vertices, outside, speakers int) {
	theHost.onUpdate(func() {
		dst := ebiten.NewImage(ScreenWidth, ScreenHeight)
		defer dst.Deallocate()
		g.cam = cam
		g.marks.draw(dst, g)
		view := image.Rect(0, 0, mapWidth, ScreenHeight).Inset(-symbolReach - 1)
		for _, v := range g.marks.symbols.batch.vertices {
			vertices++
			if !image.Pt(int(v.DstX), int(v.DstY)).In(view) {
				outside++
			}
			if v.ColorR == float32(colorSpeaker.R)/255 && v.ColorG == float32(colorSpeaker.G)/255 && v.ColorB == float32(colorSpeaker.B)/255 {
				speakers++
			}
		}
	})
	return vertices, outside, speakers
}

func TestMapMarksLeaveOutWhatIsOffTheMap(t *testing.T) {
	s := newSession(t, "flood")
	g, err := NewGame(s, Config{Input: newScriptInput()})
	if err != nil {
		t.Fatal(err)
	}
	fit := g.cam
	fit.Fit(s.Town().Core)
	all, outside, speakers := drawMarks(g, fit)
	if outside != 0 || speakers == 0 {
		t.Fatalf("with the town fit, %d of %d symbol vertices fall off the map and %d are loudspeakers; want none off and some loudspeakers", outside, all, speakers)
	}

	near := fit
	sh := s.Town().Shelters[0].Location
	x, y := near.ToScreen(sh)
	near.ZoomAbout(x, y, 40)
	shown, outside, _ := drawMarks(g, near)
	if outside != 0 {
		t.Errorf("zoomed in on %s, %d of %d symbol vertices fall off the map", s.Town().Shelters[0].Name, outside, shown)
	}
	if shown == 0 || shown >= all {
		t.Errorf("zoomed in on %s, %d symbol vertices drawn; want some, and fewer than the %d of the whole town", s.Town().Shelters[0].Name, shown, all)
	}

	far := fit
	far.Scale = speakerMinScale * 0.9
	if _, _, speakers := drawMarks(g, far); speakers != 0 {
		t.Errorf("zoomed out to %.3f px/m, %d loudspeaker vertices drawn; they are left off below %.3f", far.Scale, speakers, speakerMinScale)
	}
}
