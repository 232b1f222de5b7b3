package ui

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// Screenshot tolerance: a pixel differs when a channel is off by more than
// pixelTolerance; the test fails when more than maxDifferentShare of pixels do.
// Software rasterisers differ slightly in edges and text.
const (
	pixelTolerance    = 24
	maxDifferentShare = 0.001
)

// The screenshot tests compare the window with a golden PNG in testdata (see
// matchesGolden). Run them with -update to rewrite the goldens after a deliberate
// change, and look at them before committing.

// TestScreenshotOfTheStartScreen draws the start screen on the built-in library with
// the landslide and a village's cadres chosen, and compares it with testdata/start.png.
func TestScreenshotOfTheStartScreen(t *testing.T) {
	var started string
	l, in := launching(t, scenarios.Library(), testLoader(t, &started), Config{})
	chooseBuiltin(t, l, in, "landslide")
	clickOnStartScreen(t, l, in, i18n.RoleName(scenarios.VillageRole("银杏村"), i18n.Chinese))
	theHost.updatesPass(2)
	matchesGolden(t, "start.png", theHost.screenshot())
}

// TestScreenshotOfTheFloodInPlay draws the flood drill three hours in, with a boat
// dispatched, and compares the window with testdata/play.png.
func TestScreenshotOfTheFloodInPlay(t *testing.T) {
	s := newSession(t, "flood")
	g, _ := playing(t, s, Config{})
	theHost.onUpdate(func() {
		g.send(scenarios.Order{Order: scenarios.OrderOpenShelter, Shelter: s.Town().Shelters[0].Name})
		g.advance(3 * 360)
		g.send(scenarios.Order{Order: scenarios.OrderDispatch, Unit: "boat-1", To: "福宝社区", Task: scenarios.TaskRescue})
		g.advance(30)
		g.sel.only("rescue-2")
	})
	theHost.updatesPass(3)
	matchesGolden(t, "play.png", theHost.screenshot())
}

// TestScreenshotOfTheVillageSeat draws the landslide as 银杏村's cadres practise it
// alone, an hour after they warned the village by loudspeaker and ordered its transfer
// to its activity centre: the map on the village, outlined, the panel with its own
// figures, its shelter, its main actions and its countdowns; compared with
// testdata/village.png.
func TestScreenshotOfTheVillageSeat(t *testing.T) {
	_, g, in := villageAlone(t)
	clickWidget(t, in, g, i18n.TextActLoudspeaker.In(i18n.Chinese))
	clickWidget(t, in, g, i18n.TextConfirm.In(i18n.Chinese))
	clickWidget(t, in, g, i18n.TextActEvacuate.In(i18n.Chinese))
	clickWidget(t, in, g, "银杏村活动中心")
	clickWidget(t, in, g, i18n.TextConfirm.In(i18n.Chinese))
	theHost.onUpdate(func() { g.advance(360) })
	theHost.updatesPass(3)
	matchesGolden(t, "village.png", theHost.screenshot())
}

// TestScreenshotOfTheEndScreen plays the landslide as 银杏村's cadres through the
// start screen, the village's own reference orders given, the other seats played by
// the computer, and compares the end screen (the village graded on its own duties,
// with the ways on: the report, the replay, the same drill again, the start screen,
// close) with testdata/end.png.
func TestScreenshotOfTheEndScreen(t *testing.T) {
	_, g, _ := villageAlone(t)
	playToTheEnd(g, g.session, ownReferenceOrders(t, "landslide", g.role))
	theHost.updatesPass(3)
	for _, way := range []i18n.Text{i18n.TextReplay, i18n.TextPlayAgain, i18n.TextBackToStart, i18n.TextClose} {
		widget(t, g, way.In(i18n.Chinese))
	}
	matchesGolden(t, "end.png", theHost.screenshot())
}

// matchesGolden compares got with testdata/name (or, with -update, writes it there)
// and fails when more than maxDifferentShare of the pixels differ.
func matchesGolden(t *testing.T, name string, got *image.RGBA) {
	t.Helper()
	matchesGoldenWithin(t, name, got, maxDifferentShare)
}

// matchesGoldenWithin is matchesGolden failing when more than maxShare differ.
func matchesGoldenWithin(t *testing.T, name string, got *image.RGBA, maxShare float64) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		writePNG(t, golden, got)
		return
	}
	want := readPNG(t, golden)
	if share, where := differentShare(got, want); share > maxShare {
		out := filepath.Join(t.TempDir(), name)
		writePNG(t, out, got)
		t.Errorf("the window differs from %s in %.2f%% of pixels (first at %v); it is in %s — run with -update if the change is meant", golden, 100*share, where, out)
	}
}

// differentShare is the share of pixels whose channels differ by more than the
// tolerance, and the first such pixel.
func differentShare(a, b *image.RGBA) (float64, image.Point) {
	if a.Bounds() != b.Bounds() {
		return 1, image.Point{}
	}
	diff := 0
	first := image.Pt(-1, -1)
	for i := 0; i+3 < len(a.Pix); i += 4 {
		for c := range 3 {
			d := int(a.Pix[i+c]) - int(b.Pix[i+c])
			if d > pixelTolerance || d < -pixelTolerance {
				if diff == 0 {
					first = image.Pt((i/4)%a.Rect.Dx(), (i/4)/a.Rect.Dx())
				}
				diff++
				break
			}
		}
	}
	return float64(diff) / float64(len(a.Pix)/4), first
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func readPNG(t *testing.T, path string) *image.RGBA {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v: make it with go test -run Screenshot -update", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	rgba := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	return rgba
}
