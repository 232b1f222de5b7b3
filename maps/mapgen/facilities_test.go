package mapgen

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestLoudspeakersStopOnceMostHousesHearOne(t *testing.T) {
	tl := emptyTile(1)
	clusters := []struct {
		at orb.Point
		n  int
	}{{orb.Point{0, 0}, 50}, {orb.Point{2000, 0}, 40}, {orb.Point{4000, 0}, 10}}
	for h, c := range clusters {
		tl.hamlets = append(tl.hamlets, hamlet{name: "组", centre: c.at, houses: c.n})
		for i := 0; i < c.n; i++ {
			tl.buildings = append(tl.buildings, building{centre: orb.Point{c.at[0] + float64(i%10)*10, c.at[1] + float64(i/10)*10}, hamlet: h})
		}
	}
	tl.layoutLoudspeakers()
	if len(tl.speakers) != 2 {
		t.Fatalf("%d loudspeakers, want 2: the two big groups reach 90%%, the small one stays uncovered", len(tl.speakers))
	}
	if tl.speakers[0].at != clusters[0].at || tl.speakers[1].at != clusters[1].at {
		t.Errorf("loudspeakers at %v and %v, want the biggest groups first", tl.speakers[0].at, tl.speakers[1].at)
	}
}

func TestDistance(t *testing.T) {
	if d := dist(orb.Point{1, 2}, orb.Point{4, 6}); d != 5 {
		t.Errorf("dist = %g, want 5", d)
	}
}
