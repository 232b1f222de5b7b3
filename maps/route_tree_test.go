package maps

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// streetOfShelters is a straight street with a shelter at each end, 100 m between
// nodes; the last block, from n3 to s1, is oneway eastward.
//
//	s0(0) --- n1(100) --- n2(200) --- n3(300) --> s1(400)
func streetOfShelters(t *testing.T) *Network {
	oneway := testRoad(1, "residential", orb.Point{300, 0}, orb.Point{400, 0})
	oneway.Oneway = 1
	return mustBuild(t,
		testRoad(0, "residential", orb.Point{0, 0}, orb.Point{100, 0}, orb.Point{200, 0}, orb.Point{300, 0}),
		oneway,
		// Side streets make n1 and n2 nodes.
		testRoad(2, "residential", orb.Point{100, 0}, orb.Point{100, 50}),
		testRoad(3, "residential", orb.Point{200, 0}, orb.Point{200, 50}),
	)
}

func TestTreeNearestShelter(t *testing.T) {
	n := streetOfShelters(t)
	s0, s1 := nodeAt(t, n, orb.Point{0, 0}), nodeAt(t, n, orb.Point{400, 0})
	n3 := nodeAt(t, n, orb.Point{300, 0})
	r := NewRouter(n)
	// On foot the oneway does not count: n3 is nearest to s1.
	tree, err := r.Tree([]int{s0, s1}, Walker, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	for x, want := range map[float64]int{0: 0, 100: 0, 200: 0, 300: 1, 400: 1} {
		v := nodeAt(t, n, orb.Point{x, 0})
		if got := tree.Source(v); got != want {
			t.Errorf("walking from x=%v: nearest shelter %d, want %d", x, got, want)
		}
	}
	if got := tree.Seconds(n3); math.Abs(got-100/(4.5/3.6)) > 1e-9 {
		t.Errorf("walk n3 to s1 takes %v s, want 80", got)
	}
	// s1 is a dead end for cars: from n3 a car reaches it, but nobody drives out of it.
	toward, _ := r.Tree([]int{s0, s1}, Driver, nil, true)
	from, _ := r.Tree([]int{s0, s1}, Driver, nil, false)
	if toward.Source(n3) != 1 {
		t.Errorf("driving from n3 the nearest shelter is %d, want s1 down the oneway", toward.Source(n3))
	}
	if from.Source(n3) != 0 || math.Abs(from.Seconds(n3)-36) > 1e-9 {
		t.Errorf("driving to n3 from a shelter: source %d in %v s; want s0, 300 m at 30 km/h = 36 s",
			from.Source(n3), from.Seconds(n3))
	}
}

func TestTreePaths(t *testing.T) {
	n := streetOfShelters(t)
	s0, n2 := nodeAt(t, n, orb.Point{0, 0}), nodeAt(t, n, orb.Point{200, 0})
	n1 := nodeAt(t, n, orb.Point{100, 0})
	r := NewRouter(n)
	var p Path
	toward, _ := r.Tree([]int{s0}, Walker, nil, true)
	if !toward.PathInto(&p, n2) || !slices.Equal(p.Nodes, []int{n2, n1, s0}) || len(p.Edges) != 2 {
		t.Errorf("toward path from n2 = %+v; want n2 n1 s0", p)
	}
	away, _ := r.Tree([]int{s0}, Walker, nil, false)
	if !away.PathInto(&p, n2) || !slices.Equal(p.Nodes, []int{s0, n1, n2}) {
		t.Errorf("path from s0 to n2 = %+v; want s0 n1 n2", p)
	}
	if !away.PathInto(&p, s0) || !slices.Equal(p.Nodes, []int{s0}) || p.Seconds != 0 {
		t.Errorf("path at the source = %+v", p)
	}
}

func TestTreeBlockedAndUnreached(t *testing.T) {
	n := streetOfShelters(t)
	s0, n2 := nodeAt(t, n, orb.Point{0, 0}), nodeAt(t, n, orb.Point{200, 0})
	blocked := NewEdgeSet(n.EdgeCount())
	blocked.Set(n.EdgesOfRoad(0)[1]) // n1-n2
	tree, _ := NewRouter(n).Tree([]int{s0}, Walker, blocked, true)
	var p Path
	if tree.Source(n2) != -1 || !math.IsInf(tree.Seconds(n2), 1) || tree.PathInto(&p, n2) {
		t.Errorf("n2 cut off from s0: source %d, %v s", tree.Source(n2), tree.Seconds(n2))
	}
	if tree.Source(-1) != -1 || !math.IsInf(tree.Seconds(n.NodeCount()), 1) {
		t.Error("nodes out of range must read as unreached")
	}
}

func TestTreeTiesGoToTheFirstSource(t *testing.T) {
	n := streetOfShelters(t)
	s0, n2 := nodeAt(t, n, orb.Point{0, 0}), nodeAt(t, n, orb.Point{200, 0})
	n1, n3 := nodeAt(t, n, orb.Point{100, 0}), nodeAt(t, n, orb.Point{300, 0})
	r := NewRouter(n)
	// n2 is 100 m from both n1 and n3; a source listed twice keeps its first index.
	for _, sources := range [][]int{{n1, n3}, {n3, n1}, {n3, n3, n1}} {
		tree, _ := r.Tree(sources, Walker, nil, true)
		if tree.Source(n2) != 0 {
			t.Errorf("sources %v: n2 goes to source %d, want 0", sources, tree.Source(n2))
		}
	}
	tree, _ := r.Tree([]int{s0, s0}, Walker, nil, true)
	if tree.Source(s0) != 0 {
		t.Errorf("a source listed twice is source %d, want 0", tree.Source(s0))
	}
}

func TestTreeRejectsBadSources(t *testing.T) {
	n := streetOfShelters(t)
	_, err := NewRouter(n).Tree([]int{0, 99}, Walker, nil, true)
	if err == nil || !strings.Contains(err.Error(), "source 1 is node 99") {
		t.Errorf("err = %v; want one naming source 1, node 99", err)
	}
}

func TestTreeMatchesRoutes(t *testing.T) {
	n, _ := BuildNetwork(perturbedGridRoads(40, 12))
	r := NewRouter(n)
	sources := []int{5, 700, 1500}
	var tree Tree
	var p Path
	for _, toward := range []bool{true, false} {
		if err := r.TreeInto(&tree, sources, Driver, nil, toward); err != nil {
			t.Fatal(err)
		}
		for _, q := range randomPairs(n, 100, 13) {
			v := q[0]
			best := math.Inf(1)
			for _, s := range sources {
				from, to := v, s
				if !toward {
					from, to = s, v
				}
				if r.RouteInto(&p, from, to, Driver, nil) {
					best = min(best, p.Seconds)
				}
			}
			if got := tree.Seconds(v); got != best && math.Abs(got-best) > 1e-6 {
				t.Fatalf("toward=%v node %d: tree %v s, best route %v s", toward, v, got, best)
			}
		}
	}
}

func TestTreeIntoAllocatesNothing(t *testing.T) {
	n, _ := BuildNetwork(perturbedGridRoads(30, 14))
	r := NewRouter(n)
	var tree Tree
	sources := []int{1, 100}
	r.TreeInto(&tree, sources, Walker, nil, true)
	allocs := testing.AllocsPerRun(10, func() {
		r.TreeInto(&tree, sources, Walker, nil, true)
		r.TreeInto(&tree, sources, Driver, nil, false)
	})
	if allocs != 0 {
		t.Errorf("%v allocations per run, want 0", allocs)
	}
}
