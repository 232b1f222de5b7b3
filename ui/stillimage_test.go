package ui

import (
	"image"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"
)

// keptFor returns a kept image as drawn, sharp, for camera c at scale s (no pixels).
func keptFor(c *Camera, s float64) *stillImage {
	return &stillImage{cam: stillCamera(c, s), layers: AllLayers, ok: true, sharp: true}
}

func viewCamera() Camera {
	c := Camera{X0: 300, Y0: 40, W: 980, H: 760}
	c.Fit(orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{8000, 6000}})
	return c
}

func TestKeptImagePlacesTownPointsWhereTheCameraDoes(t *testing.T) {
	c := viewCamera()
	s := keptFor(&c, c.Scale*stillLead)
	moves := []func(*Camera){
		func(*Camera) {},
		func(c *Camera) { c.Pan(37, -12) },
		func(c *Camera) { c.ZoomAbout(700, 300, 1.3) },
		func(c *Camera) { c.ZoomAbout(400, 600, 1/1.2); c.Pan(-5, 9) },
	}
	for i, move := range moves {
		m := c
		move(&m)
		x0, y0, k := s.placement(&m)
		for _, p := range []orb.Point{{0, 0}, {4000, 3000}, {7100, 450}} {
			ix, iy := s.cam.ToScreen(p)
			wx, wy := m.ToScreen(p)
			if gx, gy := x0+k*ix, y0+k*iy; math.Abs(gx-wx) > 1e-6 || math.Abs(gy-wy) > 1e-6 {
				t.Errorf("move %d: town point %v lands at (%.3f, %.3f) from the kept image, the camera puts it at (%.3f, %.3f)", i, p, gx, gy, wx, wy)
			}
		}
	}
}

func TestKeptImageServesMovesWithinItsMargin(t *testing.T) {
	c := viewCamera()
	s := keptFor(&c, c.Scale)
	cases := []struct {
		name         string
		move         func(*Camera)
		covers, fits bool
	}{
		{"rest", func(*Camera) {}, true, true},
		{"pan by whole pixels", func(c *Camera) { c.Pan(40, -25) }, true, true},
		{"pan by half a pixel", func(c *Camera) { c.Pan(0.5, 0) }, true, false},
		{"pan past the margin", func(c *Camera) { c.Pan(c.W*stillMargin+5, 0) }, false, false},
		{"zoom in a little", func(c *Camera) { c.ZoomAbout(c.X0+100, c.Y0+100, 1.06) }, true, false},
		{"zoom in past the most it enlarges", func(c *Camera) { c.ZoomAbout(c.X0+c.W/2, c.Y0+c.H/2, stillMaxMagnify*1.01) }, false, false},
		{"zoom out past the margin", func(c *Camera) { c.ZoomAbout(c.X0+c.W/2, c.Y0+c.H/2, 0.6) }, false, false},
		{"another viewport", func(c *Camera) { c.W -= 100 }, false, false},
	}
	for _, tc := range cases {
		m := c
		tc.move(&m)
		if got := s.covers(&m, AllLayers); got != tc.covers {
			t.Errorf("%s: covers = %v, want %v", tc.name, got, tc.covers)
		}
		if got := tc.covers && s.exact(&m); got != tc.fits {
			t.Errorf("%s: exact = %v, want %v", tc.name, got, tc.fits)
		}
	}
	if s.covers(&c, AllLayers.Toggle(LayerRoads)) {
		t.Error("a kept image serves a camera showing other layers")
	}
	s.sharp = false
	if s.exact(&c) {
		t.Error("an image drawn for a moving camera, with lines stood in for, counts as exact at rest")
	}
}

// mapOnly draws a MapView through camera cam, nothing else; direct, straight to the
// screen without the kept image.
type mapOnly struct {
	view   *MapView
	cam    Camera
	direct bool
}

func (g *mapOnly) Update() error { return nil }

func (g *mapOnly) Draw(screen *ebiten.Image) {
	if !g.direct {
		g.view.Draw(screen, &g.cam)
		return
	}
	g.view.drawStill(screen, &g.cam, true)
	g.view.drawLive(screen, &g.cam)
}

func (g *mapOnly) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

// showMap shows g until its map is drawn at rest and returns the screen.
func showMap(g *mapOnly) *image.RGBA {
	theHost.playGame(g, newScriptInput())
	theHost.updatesPass(3)
	return theHost.screenshot()
}

func TestPannedMapDrawnFromKeptImageMatchesAFreshDrawing(t *testing.T) {
	s := newSession(t, "flood")
	s.Advance(3 * 360)
	snap := s.Snapshot()
	cam := Camera{X0: 0, Y0: 0, W: ScreenWidth, H: ScreenHeight}
	cam.Fit(s.Town().Core)
	cam.ZoomAbout(ScreenWidth/2, ScreenHeight/2, 2)

	moved := &mapOnly{view: NewMapView(s.Town()), cam: cam}
	moved.view.Update(snap)
	showMap(moved)
	kept := moved.view.still.cam
	theHost.onUpdate(func() { moved.cam.Pan(-60, 35) })
	got := theHost.screenshot()
	theHost.updatesPass(3)
	if moved.view.still.cam != kept {
		t.Error("a pan within the kept image's margin drew the map again")
	}

	fresh := &mapOnly{view: NewMapView(s.Town()), cam: cam, direct: true}
	fresh.cam.Pan(-60, 35)
	fresh.view.Update(snap)
	want := showMap(fresh)
	defer theHost.play(nil, nil)

	differ := 0
	for i := 0; i < len(got.Pix); i += 4 {
		if got.Pix[i] != want.Pix[i] || got.Pix[i+1] != want.Pix[i+1] || got.Pix[i+2] != want.Pix[i+2] {
			differ++
		}
	}
	if share := float64(differ) / float64(ScreenWidth*ScreenHeight); share > 0.002 {
		t.Errorf("the panned map drawn from the kept image differs from a fresh drawing in %.2f%% of its pixels", 100*share)
	}
}

func TestMapIsDrawnSharpAgainOnlyOnceTheCameraRests(t *testing.T) {
	s := newSession(t, "flood")
	v := NewMapView(s.Town())
	v.Update(s.Snapshot())
	cam := Camera{W: ScreenWidth, H: ScreenHeight}
	cam.Fit(s.Town().Core)
	theHost.onUpdate(func() {
		dst := ebiten.NewImage(ScreenWidth, ScreenHeight)
		defer dst.Deallocate()
		v.Draw(dst, &cam)
		if !v.still.exact(&cam) {
			t.Error("the first frame is not drawn sharp, pixel for pixel")
		}
		cam.Pan(3.5, 0)
		v.Draw(dst, &cam)
		kept := v.still.cam
		v.Draw(dst, &cam) // the display outpaced the input: not yet a rest
		if v.still.cam != kept {
			t.Error("one frame with the camera unmoved between moves drew the map again")
		}
		for range stillRestFrames - 1 {
			v.Draw(dst, &cam)
		}
		if !v.still.exact(&cam) {
			t.Errorf("after %d frames at rest, the map half a pixel off is not drawn again sharp", stillRestFrames)
		}
	})
}
