package mapgen

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
)

func TestAlongAndAcrossMeetAtASharedVertex(t *testing.T) {
	v := testCounty(1, 4).valleys[0]
	street := along(v, "街", classTown, 30, -500, 500, 130)
	lane := across(v, "巷", classStreet, 20, 250, 60, 130, 320)
	shared := 0
	for _, p := range street.line {
		for _, q := range lane.line {
			if p == q {
				shared++
			}
		}
	}
	if shared != 1 {
		t.Errorf("street and lane share %d vertices, want exactly 1", shared)
	}
	for i := 1; i < len(lane.line); i++ {
		if d := dist(lane.line[i-1], lane.line[i]); d > 31 {
			t.Errorf("lane vertices %d apart %.1f m, want ≤30", i, d)
		}
	}
}

func TestBridgeCrossingSharesOnlyItsEnds(t *testing.T) {
	v := testCounty(1, 4).valleys[0]
	rs := bridgeCrossing(v, "桥", classTown, 30, 0, -320, 320)
	south, bridge, north := rs[0], rs[1], rs[2]
	if !bridge.bridge || south.bridge || north.bridge {
		t.Fatal("only the middle road is a bridge")
	}
	if len(bridge.line) != 2 {
		t.Fatalf("bridge has %d vertices, want its two ends", len(bridge.line))
	}
	if south.line[len(south.line)-1] != bridge.line[0] || north.line[0] != bridge.line[1] {
		t.Error("approaches must end exactly on the bridge's end vertices")
	}
	if v.offset(bridge.line[0]) >= -channelHalf || v.offset(bridge.line[1]) <= channelHalf {
		t.Error("bridge must span the river channel")
	}
}

func TestWindingKeepsKeysAndStaysClose(t *testing.T) {
	keys := []orb.Point{{0, 0}, {120, 160}, {-120, 320}}
	ls := winding(rand.New(rand.NewPCG(1, 2)), keys, 6)
	for _, k := range keys {
		found := false
		for _, p := range ls {
			found = found || p == k
		}
		if !found {
			t.Errorf("key %v is not a vertex of the winding road", k)
		}
	}
	for _, p := range ls {
		d := math.Min(segmentDistance(p, keys[0], keys[1]), segmentDistance(p, keys[1], keys[2]))
		if d > 6 {
			t.Errorf("vertex %v wanders %.1f m from the key line, want ≤6", p, d)
		}
	}
	if len(ls) < 15 {
		t.Errorf("%d vertices over 400 m, want one every ~25 m", len(ls))
	}
}

func TestSwitchbacksClimbAwayFromTheRiver(t *testing.T) {
	v := testCounty(1, 4).valleys[0]
	keys := switchbacks(v, v.at(1000, -320), -1, 5)
	for i := 1; i < len(keys); i++ {
		if v.offset(keys[i]) >= v.offset(keys[i-1]) {
			t.Errorf("switchback %d does not move away from the river on the south bank", i)
		}
		if math.Abs(keys[i][0]-1000) != switchbackRun {
			t.Errorf("switchback %d at x=%g, want 1000±%g", i, keys[i][0], switchbackRun)
		}
	}
}
