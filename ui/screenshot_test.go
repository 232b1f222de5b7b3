package ui

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"drillsim/scenarios"
)

// goldenPath is the screenshot of the flood drill in play the test compares with.
var goldenPath = filepath.Join("testdata", "play.png")

// Screenshot tolerance: a pixel differs when a channel is off by more than
// pixelTolerance; the test fails when more than maxDifferentShare of pixels do.
// Software rasterisers differ slightly in edges and text.
const (
	pixelTolerance    = 24
	maxDifferentShare = 0.001
)

// TestScreenshotOfTheFloodInPlay draws the flood drill three hours in, with a boat
// dispatched, and compares the window with testdata/play.png. Run with -update to
// rewrite the golden after a deliberate change, and look at it before committing.
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
	got := theHost.screenshot()
	if *update {
		writePNG(t, goldenPath, got)
		return
	}
	want := readPNG(t, goldenPath)
	if share, where := differentShare(got, want); share > maxDifferentShare {
		out := filepath.Join(t.TempDir(), "play.png")
		writePNG(t, out, got)
		t.Errorf("the window differs from %s in %.2f%% of pixels (first at %v); it is in %s — run with -update if the change is meant", goldenPath, 100*share, where, out)
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
