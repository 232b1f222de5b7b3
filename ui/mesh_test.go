package ui

import (
	"image/color"
	"testing"

	"github.com/paulmach/orb"
)

func TestMeshCountsOnlyTheVerticesInView(t *testing.T) {
	var m Mesh
	square := func(x, y float64) orb.Polygon {
		return orb.Polygon{{{x, y}, {x + 10, y}, {x + 10, y + 10}, {x, y + 10}, {x, y}}}
	}
	perCluster := meshBatchVertices // squares, enough to fill whole batches
	for _, at := range []float64{0, 50e3} {
		for i := range perCluster / 5 {
			m.AddArea(square(at+float64(i%100)*20, float64(i/100)*20), color.RGBA{A: 0xff})
		}
	}
	all := 2 * (perCluster / 5) * 5
	c := Camera{W: 1000, H: 800}
	c.Fit(orb.Bound{Min: orb.Point{-10, -10}, Max: orb.Point{50e3 + 2000, 2000}})
	if got := m.VerticesShown(&c); got != all {
		t.Errorf("with both clusters in view, %d vertices shown, want %d", got, all)
	}
	c.Fit(orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{2000, 2000}})
	if got := m.VerticesShown(&c); got <= 0 || got >= all*3/4 {
		t.Errorf("with one cluster in view, %d of %d vertices shown, want about half", got, all)
	}
}
