package ui

import (
	"image/color"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// wiggle is a line of n points a metre apart zigzagging by a few centimetres.
func wiggle(n int) orb.LineString {
	ls := make(orb.LineString, n)
	for i := range ls {
		ls[i] = orb.Point{float64(i), 0.03 * float64(i%2)}
	}
	return ls
}

func TestLineLevelsMadeAheadStandInForAMovingCamera(t *testing.T) {
	l := lineLayer{layer: LayerRoads, widthPx: 2, color: color.RGBA{0xff, 0xff, 0xff, 0xff}, geoms: []orb.Geometry{wiggle(2000)}}
	if l.nearestMade(5) != nil {
		t.Fatal("a level is made before anything asked for it")
	}
	l.makeAhead(3)
	deadline := time.Now().Add(time.Minute)
	for l.levels().ribbons[3].Load() == nil {
		if time.Now().After(deadline) {
			t.Fatal("level 3, asked for ahead, was not made within a minute")
		}
		time.Sleep(time.Millisecond)
	}
	if got := l.nearestMade(6); got != l.levels().ribbons[3].Load() {
		t.Error("level 6, not made, is not stood in for by level 3, the only one made")
	}
	ahead := l.levels().ribbons[3].Load()
	now := l.ribbon(detailTolerance(3))
	if len(ahead.batches) != len(now.batches) || len(ahead.batches[0].at) != len(now.batches[0].at) {
		t.Errorf("the level made ahead has %d batches, %d points in the first; made at once, %d and %d",
			len(ahead.batches), len(ahead.batches[0].at), len(now.batches), len(now.batches[0].at))
	}
	if l.ribbonAt(3) != ahead {
		t.Error("drawing at level 3 makes it again though it was made ahead")
	}
}
