package mapgen

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestTownVillagesHaveRoadsCommitteesAndGroups(t *testing.T) {
	g := town(t)
	shelters := map[string]bool{}
	for _, f := range g.kinds["shelter"] {
		shelters[f.Properties["name"].(string)] = true
	}
	vertexRoads := map[orb.Point]int{}
	for _, f := range g.kinds["road"] {
		for _, p := range f.Geometry.(orb.LineString) {
			vertexRoads[p]++
		}
	}
	houses := map[string]int{}
	for _, f := range g.kinds["building"] {
		houses[f.Properties["village"].(string)]++
	}
	for _, v := range g.kinds["village"] {
		name := v.Properties["name"].(string)
		if strings.HasSuffix(name, "社区") {
			continue
		}
		if !shelters[name+"活动中心"] {
			t.Errorf("%s has no activity-centre shelter", name)
		}
		var road orb.LineString
		for _, f := range g.kinds["road"] {
			if f.Properties["name"] == name+"村道" {
				road = f.Geometry.(orb.LineString)
			}
		}
		if road == nil {
			t.Errorf("%s has no village road", name)
			continue
		}
		if vertexRoads[road[0]] < 2 {
			t.Errorf("%s村道 does not start on another road", name)
		}
		if houses[name] < 60 {
			t.Errorf("%s has %d houses, want a few groups of them", name, houses[name])
		}
	}
}

func TestCountHamlets(t *testing.T) {
	hs := []hamlet{{village: 1}, {village: 2}, {village: 1}}
	if n := countHamlets(hs, 1); n != 2 {
		t.Errorf("countHamlets = %d, want 2", n)
	}
}
