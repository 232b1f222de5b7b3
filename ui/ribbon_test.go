package ui

import (
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// ribbonLine returns the points of the one line in r, from its vertex pairs (kept
// in float32).
func ribbonLine(r *Ribbon) []orb.Point {
	var pts []orb.Point
	for _, b := range r.batches {
		for i := 0; i < len(b.at); i += 2 {
			pts = append(pts, orb.Point{float64(b.at[i].x), float64(b.at[i].y)})
		}
	}
	return pts
}

func TestRibbonSimplifiesLinesWithinTheTolerance(t *testing.T) {
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	straight := make(orb.LineString, 2000)
	for i := range straight {
		straight[i] = orb.Point{float64(i), 0.5 * float64(i)}
	}
	r := newRibbon(2, len(straight))
	r.AddLine(straight, false, 1, white)
	if got := ribbonLine(r); len(got) != 2 || got[0] != straight[0] || got[1] != straight[len(straight)-1] {
		t.Errorf("a straight road of %d points kept %d: want its two ends", len(straight), len(got))
	}

	// A quarter circle of 1 km radius drawn every metre, simplified to 2 m.
	const tol = 2.0
	var arc orb.LineString
	for a := 0.0; a <= math.Pi/2; a += 1.0 / 1000 {
		arc = append(arc, orb.Point{1000 * math.Cos(a), 1000 * math.Sin(a)})
	}
	r = newRibbon(2, len(arc))
	r.AddLine(arc, false, tol, white)
	kept := ribbonLine(r)
	if len(kept) > len(arc)/10 {
		t.Errorf("a smooth arc of %d points kept %d, more than a tenth", len(arc), len(kept))
	}
	line := orb.LineString(kept)
	for _, p := range arc {
		if d := planar.DistanceFrom(line, p); d > tol+1e-3 {
			t.Fatalf("the simplified arc strays %.2f m from %v, more than the %.0f m allowed", d, p, tol)
		}
	}
	if planar.Distance(kept[0], arc[0]) > 1e-3 || planar.Distance(kept[len(kept)-1], arc[len(arc)-1]) > 1e-3 {
		t.Error("the simplified arc does not keep its ends")
	}
}
