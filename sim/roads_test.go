package sim

import (
	"testing"

	"drillsim/scenarios"
)

func TestFlood2DRoadReopensOnlyAfterTheWaterStaysDown(t *testing.T) {
	// Under the 2D flood a road the water cuts opens again only once the water has let
	// emergency vehicles pass for floodReopenHoldS: in the built-in flood2d drill no road
	// is reported passable within ten minutes of being cut, and roads still are.
	w := newWorld(t, "flood2d")
	// the moments the roads of each name still cut were cut, earliest first: roads
	// are named for people, and several lanes share a name, so a road reopening is
	// held to the earliest cut of its name, which it cannot have been cut before
	cutAt := map[string][]int64{}
	cuts, reopened := 0, 0
	for !w.Done() {
		for _, e := range w.Step() {
			switch e.Kind {
			case scenarios.EventRoadCut:
				if e.Hazard == "dacao-flood" {
					cutAt[e.Road] = append(cutAt[e.Road], e.T)
					cuts++
				}
			case scenarios.EventRoadCleared:
				if len(cutAt[e.Road]) == 0 {
					continue
				}
				at := cutAt[e.Road][0]
				cutAt[e.Road] = cutAt[e.Road][1:]
				reopened++
				if e.T-at < floodReopenHoldS {
					t.Errorf("road %s cut at %d s reopened at %d s, %d s later; want %d s of passable water first", e.Road, at, e.T, e.T-at, floodReopenHoldS)
				}
			}
		}
	}
	if cuts == 0 || reopened == 0 {
		t.Fatalf("%d roads cut by the flood, %d reopened: the drill's water must cut roads and go down", cuts, reopened)
	}
	t.Logf("%d road cuts, %d reopened", cuts, reopened)
}

func TestHoldFloodedWaitsOutTheHold(t *testing.T) {
	rs := &roadState{}
	held := []int64{notHeld}
	steps := []struct {
		now  int64
		wet  bool
		want bool
	}{
		{0, false, false},   // never wet: open
		{10, true, true},    // water stops it
		{20, false, true},   // passable since 20 s: held
		{300, true, true},   // wet again: the wait starts over
		{310, false, true},  // passable since 310 s
		{909, false, true},  // 599 s of passable water
		{910, false, false}, // 600 s: open
		{920, false, false},
	}
	for _, s := range steps {
		if got := rs.holdFlooded(held, 0, s.wet, s.now); got != s.want {
			t.Errorf("at %d s, water stopping it %v: closed %v, want %v", s.now, s.wet, got, s.want)
		}
	}
}
