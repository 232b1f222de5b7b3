package federation

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/drill/drilltest"
	"drillsim/sim"
)

// steppedWorld is a township's world stepped by the county clock.
type steppedWorld struct {
	mu sync.Mutex
	w  *sim.World
}

// stepTo steps the world to tick (not past the drill's end) and returns its state hash.
func (s *steppedWorld) stepTo(tick int64) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.w.Tick() < tick && !s.w.Done() {
		s.w.Step()
	}
	return s.w.StateHash(), nil
}

// follow starts township town following the county clock with a new world of d until
// the test ends.
func follow(tb testing.TB, ctx context.Context, url string, d *drill.Drill, town Township) *steppedWorld {
	s := &steppedWorld{w: drilltest.World(tb, d)}
	js := connect(tb, url)
	go func() {
		if err := FollowClock(ctx, js, town, s.stepTo); err != nil {
			tb.Error(err)
		}
	}()
	return s
}

// TestTownshipsStepTogetherOnTheCountyClock runs three townships on the county clock
// at the speed max, the third joining late: it starts where the clock stands. Every
// township reports each tick the county allowed and no other, and its world ends in
// the state of the same world stepped alone to the same tick.
func TestTownshipsStepTogetherOnTheCountyClock(t *testing.T) {
	broker, js := startBroker(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d := drilltest.Builtin(t, "flood", false)
	towns := []string{"fubao", "xianshi", "baimi"}
	county, err := OpenCounty(ctx, js, "county", towns[:2])
	if err != nil {
		t.Fatal(err)
	}
	defer county.Close()
	worlds := map[string]*steppedWorld{}
	for _, town := range towns[:2] {
		worlds[town] = follow(t, ctx, broker.URL(), d, Township{Drill: "county", Town: town})
	}
	const late, last = 5, 12
	wait, cancelWait := context.WithTimeout(ctx, 30*time.Second)
	defer cancelWait()
	for tick := int64(1); tick <= last; tick++ {
		if tick == late {
			county.towns = towns
			worlds[towns[2]] = follow(t, ctx, broker.URL(), d, Township{Drill: "county", Town: towns[2]})
		}
		if err := county.Advance(wait, tick); err != nil {
			t.Fatal(err)
		}
		if _, err := county.AwaitReady(wait, tick); err != nil {
			t.Fatal(err)
		}
	}
	alone := drilltest.World(t, d)
	want := map[int64]string{}
	for alone.Tick() < last {
		alone.Step()
		want[alone.Tick()] = strconv.FormatUint(alone.StateHash(), 16)
	}
	seen := map[string][]int64{}
	for _, r := range county.Heard() {
		seen[r.Town] = append(seen[r.Town], r.Tick)
		if w, ok := want[r.Tick]; ok && r.State != w {
			t.Errorf("%s reports tick %d in state %s, the world stepped alone is in %s", r.Town, r.Tick, r.State, w)
		}
	}
	for _, town := range towns {
		first := int64(1)
		if town == towns[2] {
			first = late - 1 // it reads where the clock stood when it joined
		}
		var ticks []int64
		for k := first; k <= last; k++ {
			ticks = append(ticks, k)
		}
		if got := seen[town]; fmt.Sprint(got) != fmt.Sprint(ticks) && !(town == towns[2] && fmt.Sprint(got) == fmt.Sprint(ticks[1:])) {
			t.Errorf("%s reported ticks %v, want %v", town, got, ticks)
		}
		if got := worlds[town].w.Tick(); got != last {
			t.Errorf("%s stands at tick %d, the clock at %d", town, got, last)
		}
	}
}
