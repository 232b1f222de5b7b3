package maps

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestComponentsHandDrawn(t *testing.T) {
	// Three pieces: a T of three roads, a pair of roads, and one footway alone.
	//
	//	(0,0)--(100,0)--(200,0)      (500,0)--(600,0)--(700,0)      (900,0)--(950,0)
	//	          |
	//	       (100,-100)
	n := mustBuild(t,
		testRoad(0, "residential", orb.Point{500, 0}, orb.Point{600, 0}),
		testRoad(1, "footway", orb.Point{900, 0}, orb.Point{950, 0}),
		testRoad(2, "residential", orb.Point{0, 0}, orb.Point{100, 0}),
		testRoad(3, "residential", orb.Point{100, 0}, orb.Point{200, 0}),
		testRoad(4, "residential", orb.Point{100, 0}, orb.Point{100, -100}),
		testRoad(5, "residential", orb.Point{600, 0}, orb.Point{700, 0}),
	)
	c := n.Components()
	if c.Count() != 3 || c.Largest() != 0 {
		t.Fatalf("%d components, largest %d; want 3, 0", c.Count(), c.Largest())
	}
	for comp, want := range [][2]int{{4, 3}, {3, 2}, {2, 1}} { // nodes, edges: largest first
		if c.Nodes(comp) != want[0] || c.Edges(comp) != want[1] {
			t.Errorf("component %d: %d nodes, %d edges; want %v", comp, c.Nodes(comp), c.Edges(comp), want)
		}
	}
	if got := c.Of(nodeAt(t, n, orb.Point{100, -100})); got != 0 {
		t.Errorf("the T's foot is in component %d, want 0", got)
	}
	if c.Of(-1) != -1 || c.Nodes(3) != 0 || c.Edges(-1) != 0 {
		t.Error("out-of-range queries must answer -1 or 0")
	}

	problems := n.DisconnectedProblems()
	want := []struct {
		road int
		text string
	}{
		{0, "2 roads are not connected to the main network (component 2 of 3, 2 edges): feature 0 (id ra); feature 5 (id rf)"},
		{1, "the road is not connected to the main network (component 3 of 3, 1 edges): feature 1 (id rb)"},
	}
	if len(problems) != len(want) {
		t.Fatalf("problems %v, want %d", problems, len(want))
	}
	for i, w := range want {
		p := problems[i]
		if p.Feature.Index != w.road || p.Message != w.text || p.Severity != Warning || !strings.Contains(p.Hint, "shared vertex") {
			t.Errorf("problem %d = %q;\nwant feature %d: %q", i, p, w.road, w.text)
		}
	}
}

func TestDisconnectedProblemsNamesAtMostFiveRoads(t *testing.T) {
	// A main network of ten roads from the origin, and a separate chain of seven short roads.
	var roads []Road
	for i := range 10 {
		roads = append(roads, testRoad(i, "residential", orb.Point{0, 0}, orb.Point{-1000, float64(i) * 100}))
	}
	for i := range 7 {
		x := 100 + float64(i)*10
		roads = append(roads, testRoad(len(roads), "path", orb.Point{x, 0}, orb.Point{x + 10, 0}))
	}
	n := mustBuild(t, roads...)
	problems := n.DisconnectedProblems()
	if len(problems) != 1 {
		t.Fatalf("problems %v, want one for the chain", problems)
	}
	msg := problems[0].Message
	if !strings.HasPrefix(msg, "7 roads are not connected") || strings.Count(msg, "feature ") != 5 || !strings.HasSuffix(msg, "; and 2 more") {
		t.Errorf("message %q; want 7 roads, five named, and 2 more", msg)
	}
}

func TestComponentsVienna(t *testing.T) {
	roads := testRoadsFromOSM(t, "vienna-streets.geojson")
	n, _ := BuildNetwork(roads)
	c := n.Components()
	total := 0
	for i := range c.Count() {
		total += c.Nodes(i)
		if i > 0 && c.Nodes(i) > c.Nodes(i-1) {
			t.Fatalf("component %d has %d nodes, more than component %d", i, c.Nodes(i), i-1)
		}
	}
	if total != n.NodeCount() {
		t.Fatalf("components hold %d nodes, network has %d", total, n.NodeCount())
	}
	share := float64(c.Nodes(0)) / float64(n.NodeCount())
	t.Logf("vienna: %d components; the main one has %d of %d nodes (%.1f%%)", c.Count(), c.Nodes(0), n.NodeCount(), 100*share)
	if c.Count() < 2 || share < 0.8 {
		t.Errorf("vienna's street extract should be one main network with a few stray pieces, got %d components, main %.1f%%", c.Count(), 100*share)
	}
	problems := n.DisconnectedProblems()
	if len(problems) != c.Count()-1 {
		t.Errorf("%d problems for %d stray components", len(problems), c.Count()-1)
	}
	for _, p := range problems[:min(3, len(problems))] {
		t.Log(p)
	}
	// Every road named is one whose edges really lie outside the main component.
	for _, p := range problems {
		r := p.Feature.Index
		for i, road := range roads {
			if road.Ref.Index == r && c.Of(n.Edge(n.EdgesOfRoad(i)[0]).From) == 0 {
				t.Errorf("problem %q names a road of the main network", p)
			}
		}
	}
}
