package ui

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func TestCameraRoundTripsAndFlipsNorthUp(t *testing.T) {
	c := Camera{Center: orb.Point{100, 200}, Scale: 0.5, X0: 10, Y0: 20, W: 800, H: 600}
	x, y := c.ToScreen(orb.Point{100, 200})
	if !near(x, 410) || !near(y, 320) {
		t.Fatalf("centre drawn at (%v, %v), want the viewport centre (410, 320)", x, y)
	}
	_, yNorth := c.ToScreen(orb.Point{100, 300})
	if yNorth >= y {
		t.Errorf("a point 100 m north is drawn at y=%v, not above the centre's %v", yNorth, y)
	}
	p := c.ToTown(123, 456)
	if x, y := c.ToScreen(p); !near(x, 123) || !near(y, 456) {
		t.Errorf("ToScreen(ToTown(123, 456)) = (%v, %v)", x, y)
	}
}

func TestCameraZoomKeepsThePointUnderTheCursor(t *testing.T) {
	c := Camera{Center: orb.Point{0, 0}, Scale: 0.2, W: 1000, H: 800}
	under := c.ToTown(700, 150)
	c.ZoomAbout(700, 150, 2)
	if !near(c.Scale, 0.4) {
		t.Fatalf("scale after zooming ×2 = %v, want 0.4", c.Scale)
	}
	if got := c.ToTown(700, 150); !near(got[0], under[0]) || !near(got[1], under[1]) {
		t.Errorf("the point under the cursor moved from %v to %v", under, got)
	}
	c.ZoomAbout(700, 150, math.NaN())
	if !near(c.Scale, 0.4) {
		t.Errorf("a NaN zoom changed the scale to %v", c.Scale)
	}
	c.ZoomAbout(0, 0, 1e9)
	if c.Scale != maxScale {
		t.Errorf("zooming in without end gives scale %v, want the limit %v", c.Scale, maxScale)
	}
}

func TestCameraFitShowsTheWholeBound(t *testing.T) {
	c := Camera{W: 900, H: 700}
	b := orb.Bound{Min: orb.Point{-5000, -1000}, Max: orb.Point{4000, 3000}}
	c.Fit(b)
	v := c.Visible()
	if !v.Contains(b.Min) || !v.Contains(b.Max) {
		t.Errorf("after Fit the view %v does not hold the bound %v", v, b)
	}
}

func TestCameraPanFollowsTheDrag(t *testing.T) {
	c := Camera{Center: orb.Point{0, 0}, Scale: 1, W: 100, H: 100}
	before := c.ToTown(50, 50)
	c.Pan(10, -20)
	x, y := c.ToScreen(before)
	if !near(x, 60) || !near(y, 30) {
		t.Errorf("after dragging by (10, -20) the point is drawn at (%v, %v), want (60, 30)", x, y)
	}
}
