package maps

import (
	"math"
	"slices"
	"testing"

	"github.com/paulmach/orb"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// loopTown is a block with a slow street across the top and a fast primary round the
// other three sides; the primary's west side is oneway northward (drawn a -> c, so
// Oneway -1). A footway cuts the block diagonally from c to b.
//
//	a(0,0) ------- residential 1000 m, 30 km/h -------- b(1000,0)
//	  ^                                           ...'      |
//	  | primary 500 m                      ...'''  footway  | primary 500 m
//	  | oneway north                ...'''        1118 m    |
//	  |                      ...'''
//	c(0,-500) ----------- primary 1000 m, 90 km/h ------ d(1000,-500)
func loopTown(t *testing.T) (n *Network, a, b, c, d int) {
	fast := func(r Road) Road { r.SpeedKmh = 90; return r }
	west := fast(testRoad(1, "primary", orb.Point{0, 0}, orb.Point{0, -500}))
	west.Oneway = -1
	n = mustBuild(t,
		testRoad(0, "residential", orb.Point{0, 0}, orb.Point{1000, 0}),
		west,
		fast(testRoad(2, "primary", orb.Point{0, -500}, orb.Point{1000, -500})),
		fast(testRoad(3, "primary", orb.Point{1000, -500}, orb.Point{1000, 0})),
		testRoad(4, "footway", orb.Point{0, -500}, orb.Point{1000, 0}),
	)
	return n, nodeAt(t, n, orb.Point{0, 0}), nodeAt(t, n, orb.Point{1000, 0}),
		nodeAt(t, n, orb.Point{0, -500}), nodeAt(t, n, orb.Point{1000, -500})
}

func TestRouteFastestNotShortest(t *testing.T) {
	n, a, b, c, d := loopTown(t)
	r := NewRouter(n)
	// b to a by vehicle: round the primary (2000 m at 25 m/s = 80 s) beats the street (120 s).
	p, ok := r.Route(b, a, Driver, nil)
	if !ok || !slices.Equal(p.Nodes, []int{b, d, c, a}) || math.Abs(p.Seconds-80) > 1e-9 || p.Metres != 2000 {
		t.Errorf("drive b->a = %+v, %v; want b d c a, 80 s, 2000 m", p, ok)
	}
	if len(p.Edges) != 3 || n.Edge(p.Edges[0]).Road != 3 || n.Edge(p.Edges[2]).Road != 1 {
		t.Errorf("drive b->a edges %v", p.Edges)
	}
	// Capped at 30 km/h the primary takes 240 s: the street wins.
	p, _ = r.Route(b, a, Traveller{SpeedKmh: 30}, nil)
	if !slices.Equal(p.Nodes, []int{b, a}) || math.Abs(p.Seconds-120) > 1e-9 {
		t.Errorf("drive b->a at 30 km/h = %+v; want the street, 120 s", p)
	}
}

func TestRouteOnewayBindsVehiclesOnly(t *testing.T) {
	n, a, b, c, _ := loopTown(t)
	r := NewRouter(n)
	// a to b may not go down the oneway west side: the street, 120 s.
	p, ok := r.Route(a, b, Driver, nil)
	if !ok || !slices.Equal(p.Nodes, []int{a, b}) || math.Abs(p.Seconds-120) > 1e-9 {
		t.Errorf("drive a->b = %+v, %v; want the street, 120 s", p, ok)
	}
	// On foot a to c takes the oneway side against its direction: 500 m at 4.5 km/h.
	p, ok = r.Route(a, c, Walker, nil)
	if !ok || !slices.Equal(p.Nodes, []int{a, c}) || math.Abs(p.Seconds-400) > 1e-9 {
		t.Errorf("walk a->c = %+v, %v; want straight down the oneway, 400 s", p, ok)
	}
}

func TestRouteFootOnlyEdges(t *testing.T) {
	n, _, b, c, d := loopTown(t)
	r := NewRouter(n)
	// On foot c to b takes the diagonal footway; a slow walker takes it too.
	p, _ := r.Route(c, b, Walker, nil)
	if !slices.Equal(p.Nodes, []int{c, b}) || math.Abs(p.Metres-math.Hypot(1000, 500)) > 1e-9 {
		t.Errorf("walk c->b = %+v; want the footway", p)
	}
	p, _ = r.Route(c, b, Traveller{Foot: true, SpeedKmh: 3.6}, nil)
	if math.Abs(p.Seconds-math.Hypot(1000, 500)) > 1e-9 {
		t.Errorf("walk c->b at 1 m/s took %v s, want %v", p.Seconds, math.Hypot(1000, 500))
	}
	// A vehicle never uses it.
	p, _ = r.Route(c, b, Driver, nil)
	if !slices.Equal(p.Nodes, []int{c, d, b}) {
		t.Errorf("drive c->b = %v; want round by d, not on the footway", p.Nodes)
	}
}

func TestRouteAroundBlockedEdges(t *testing.T) {
	n, a, b, c, d := loopTown(t)
	r := NewRouter(n)
	blocked := NewEdgeSet(n.EdgeCount())
	for _, e := range n.EdgesOfRoad(2) { // the south side c-d
		blocked.Set(e)
	}
	p, ok := r.Route(b, a, Driver, blocked)
	if !ok || !slices.Equal(p.Nodes, []int{b, a}) {
		t.Errorf("drive b->a with c-d blocked = %v, %v; want the street", p.Nodes, ok)
	}
	// Cut both ways out of b for vehicles: the street and the east side.
	blocked.Set(n.EdgesOfRoad(0)[0])
	blocked.Set(n.EdgesOfRoad(3)[0])
	if p, ok := r.Route(b, a, Driver, blocked); ok {
		t.Errorf("drive b->a with b cut off = %v; want unreachable", p.Nodes)
	}
	// On foot the footway still leads out.
	if p, ok := r.Route(b, a, Walker, blocked); !ok || !slices.Equal(p.Nodes, []int{b, c, a}) {
		t.Errorf("walk b->a with b cut off for vehicles = %v, %v; want over the footway", p.Nodes, ok)
	}
	blocked.Reset()
	if p, _ := r.Route(b, a, Driver, blocked); !slices.Equal(p.Nodes, []int{b, d, c, a}) {
		t.Errorf("after Reset drive b->a = %v, want the fast way again", p.Nodes)
	}
}

func TestRouteTrivialAndInvalid(t *testing.T) {
	n, a, _, _, _ := loopTown(t)
	r := NewRouter(n)
	p, ok := r.Route(a, a, Driver, nil)
	if !ok || !slices.Equal(p.Nodes, []int{a}) || len(p.Edges) != 0 || p.Seconds != 0 {
		t.Errorf("route a->a = %+v, %v", p, ok)
	}
	for _, q := range [][2]int{{-1, a}, {a, n.NodeCount()}} {
		if _, ok := r.Route(q[0], q[1], Driver, nil); ok {
			t.Errorf("route %v succeeded with a node out of range", q)
		}
	}
	nanSpeed := Traveller{Foot: true, SpeedKmh: math.NaN()}
	if p, _ := r.Route(a, a+1, nanSpeed, nil); math.IsNaN(p.Seconds) || p.Seconds <= 0 {
		t.Errorf("a NaN walking speed gave %v s; want the default walking speed", p.Seconds)
	}
}

// checkPath fails unless p is a chain of edges from `from` to `to` whose times add up.
func checkPath(t *testing.T, n *Network, p Path, from, to int, tr Traveller) {
	t.Helper()
	if len(p.Nodes) != len(p.Edges)+1 || p.Nodes[0] != from || p.Nodes[len(p.Nodes)-1] != to {
		t.Fatalf("path %v / %v does not run from %d to %d", p.Nodes, p.Edges, from, to)
	}
	cost := tr.cost(n)
	var secs float64
	for i, e := range p.Edges {
		u, v := p.Nodes[i], p.Nodes[i+1]
		found := false
		for _, a := range n.fwd.arcs[n.fwd.offsets[u]:n.fwd.offsets[u+1]] {
			if int(a.edge) == e && int(a.to) == v && a.access&cost.need != 0 {
				secs += cost.of(&a)
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("path step %d: no usable arc %d->%d on edge %d", i, u, v, e)
		}
	}
	if math.Abs(secs-p.Seconds) > 1e-6 {
		t.Fatalf("path edges take %v s, Seconds says %v", secs, p.Seconds)
	}
}

// TestRouteMatchesGonum compares 200 routes with gonum's Dijkstra on the same arc costs.
func TestRouteMatchesGonum(t *testing.T) {
	for _, set := range benchRoadSets()[:2] { // the grid and vienna
		for _, mode := range []struct {
			name string
			tr   Traveller
		}{{"drive", Driver}, {"walk", Walker}} {
			tr := mode.tr
			t.Run(set.name+"/"+mode.name, func(t *testing.T) {
				n, _ := BuildNetwork(set.roads(t))
				g := n.Gonum(tr)
				r := NewRouter(n)
				pairs := randomPairs(n, 200, 5)
				var p Path
				reached := 0
				// One gonum tree per source answers twenty pairs.
				for i := 0; i < len(pairs); i += 20 {
					tree := path.DijkstraFrom(simple.Node(pairs[i][0]), g)
					for _, q := range pairs[i : i+20] {
						from, to := pairs[i][0], q[1]
						want := tree.WeightTo(int64(to))
						ok := r.RouteInto(&p, from, to, tr, nil)
						if ok != !math.IsInf(want, 1) || (ok && math.Abs(p.Seconds-want) > 1e-6) {
							t.Fatalf("%d->%d: got %v s (%v), gonum %v s", from, to, p.Seconds, ok, want)
						}
						if ok {
							checkPath(t, n, p, from, to, tr)
							reached++
						}
					}
				}
				if reached < 100 { // oneways and footways leave some drives impossible
					t.Errorf("only %d of 200 pairs connected: the test proves little", reached)
				}
			})
		}
	}
}

func TestRouteIntoAllocatesNothing(t *testing.T) {
	n, _ := BuildNetwork(perturbedGridRoads(40, 6))
	r := NewRouter(n)
	pairs := randomPairs(n, 50, 8)
	blocked := NewEdgeSet(n.EdgeCount())
	blocked.Set(10)
	var p Path
	for _, q := range pairs { // warm up: grow the heap and the path
		r.RouteInto(&p, q[0], q[1], Walker, blocked)
		r.RouteInto(&p, q[0], q[1], Driver, blocked)
	}
	allocs := testing.AllocsPerRun(5, func() {
		for _, q := range pairs {
			r.RouteInto(&p, q[0], q[1], Driver, blocked)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per 50 queries, want 0", allocs)
	}
}

func TestRouterGenerationWrap(t *testing.T) {
	n, a, b, _, d := loopTown(t)
	r := NewRouter(n)
	r.Route(a, d, Driver, nil)
	r.gen = math.MaxUint32 - 3 // the next searches wrap the stamp counter
	for range 3 {
		p, ok := r.Route(b, a, Driver, nil)
		if !ok || len(p.Nodes) != 4 {
			t.Fatalf("after the stamp counter wrapped: %v, %v", p.Nodes, ok)
		}
	}
}

func TestRouteRealDataAndorra(t *testing.T) {
	roads := testRoadsFromOSM(t, "andorra/andorra.geojson")
	n, _ := BuildNetwork(roads)
	r := NewRouter(n)
	var p Path
	reached := 0
	for _, q := range randomPairs(n, 100, 10) {
		if r.RouteInto(&p, q[0], q[1], Walker, nil) {
			checkPath(t, n, p, q[0], q[1], Walker)
			reached++
		}
	}
	t.Logf("andorra: %d of 100 random walks in the main component reached", reached)
	if reached < 90 {
		t.Errorf("only %d of 100 walks within the main component arrived", reached)
	}
}

// TestRouteWithLandmarksMatchesTree checks the landmark-guided search, on a network big
// enough to use landmarks, against plain Dijkstra (TreeInto) for travellers and blocks
// the landmarks were not computed for.
func TestRouteWithLandmarksMatchesTree(t *testing.T) {
	n, _ := BuildNetwork(perturbedGridRoads(40, 21))
	if n.NodeCount() < landmarkMinNodes {
		t.Fatalf("%d nodes: too few for landmarks", n.NodeCount())
	}
	blocked := NewEdgeSet(n.EdgeCount())
	for e := 0; e < n.EdgeCount(); e += 17 {
		blocked.Set(e)
	}
	r := NewRouter(n)
	var tree Tree
	var p Path
	pairs := randomPairs(n, 60, 22)
	for _, tr := range []Traveller{Driver, {SpeedKmh: 20}, Walker, {Foot: true, SpeedKmh: 2}} {
		for _, block := range []*EdgeSet{nil, blocked} {
			for i := 0; i < len(pairs); i += 20 {
				from := pairs[i][0]
				if err := r.TreeInto(&tree, []int{from}, tr, block, false); err != nil {
					t.Fatal(err)
				}
				for _, q := range pairs[i : i+20] {
					want := tree.Seconds(q[1])
					ok := r.RouteInto(&p, from, q[1], tr, block)
					if ok == math.IsInf(want, 1) || (ok && math.Abs(p.Seconds-want) > 1e-6) {
						t.Fatalf("%+v blocked=%v %d->%d: route %v s (%v), Dijkstra %v s", tr, block != nil, from, q[1], p.Seconds, ok, want)
					}
					if ok {
						checkPath(t, n, p, from, q[1], tr)
					}
				}
			}
		}
	}
}

func TestRoutersShareANetworkConcurrently(t *testing.T) {
	n, _ := BuildNetwork(perturbedGridRoads(35, 23))
	pairs := randomPairs(n, 40, 24)
	want := make([]float64, len(pairs))
	rebuilt, _ := BuildNetwork(perturbedGridRoads(35, 23)) // its own landmarks
	serial := NewRouter(rebuilt)
	for i, q := range pairs {
		p, _ := serial.Route(q[0], q[1], Walker, nil)
		want[i] = p.Seconds
	}
	// Several routers on one network, each computing landmarks on first use.
	errs := make(chan string, 4)
	for range 4 {
		go func() {
			r := NewRouter(n)
			for i, q := range pairs {
				if p, _ := r.Route(q[0], q[1], Walker, nil); p.Seconds != want[i] {
					errs <- "concurrent routers disagree with a serial one"
					return
				}
			}
			errs <- ""
		}()
	}
	for range 4 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
