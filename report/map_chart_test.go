package report

import (
	"testing"

	"drillsim/drill"
	"drillsim/i18n"
)

func TestShelterOccupancy(t *testing.T) {
	a := floodAssessment(t)
	if n := a.shelterOccupancy(3999)["福宝中学"]; n != 0 {
		t.Errorf("福宝中学 holds %d before anyone arrived, want 0", n)
	}
	if n := a.shelterOccupancy(4000)["福宝中学"]; n != 1200 {
		t.Errorf("福宝中学 holds %d after the arrival of 1200, want 1200", n)
	}
}

func TestMapChartDrawsCutRoads(t *testing.T) {
	needCJKFont(t)
	cs, err := newChartStyle()
	if err != nil {
		t.Fatal(err)
	}
	town, err := drill.DemoTown()
	if err != nil {
		t.Fatal(err)
	}
	a := floodAssessment(t)
	found := false
	for _, r := range town.Roads {
		found = found || r.Name == "福宝大桥北引道"
	}
	if !found {
		t.Fatal("the demo town has no road 福宝大桥北引道, which the test drill cuts")
	}
	red := func(at int64) int {
		c, err := a.mapChart(cs, i18n.Chinese, town, at, "map.png")
		if err != nil {
			t.Fatal(err)
		}
		return countNear(decodePNG(t, c), 200, 30, 30)
	}
	// The road is cut from 7980 to 18780; the legend shows the red line at any time.
	before, during := red(7000), red(9000)
	if during <= before {
		t.Errorf("the map while the road is cut has %d red pixels, no more than before it (%d)", during, before)
	}
}
