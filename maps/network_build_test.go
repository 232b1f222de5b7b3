package maps

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestBuildNetworkNodesAtSharedVertices(t *testing.T) {
	//  a(0,0) --- m(50,10) --- b(100,0)     road 0 through m
	//                |                 \
	//             c(50,50)            d(100,100)   road 1 from m, road 2 from b
	n := mustBuild(t,
		testRoad(0, "residential", orb.Point{0, 0}, orb.Point{50, 10}, orb.Point{100, 0}),
		testRoad(1, "residential", orb.Point{50, 10}, orb.Point{50, 50}),
		testRoad(2, "residential", orb.Point{100, 0}, orb.Point{100, 100}),
	)
	// Nodes are numbered in order of first appearance, road by road.
	wantNodes := []orb.Point{{0, 0}, {50, 10}, {100, 0}, {50, 50}, {100, 100}}
	if n.NodeCount() != len(wantNodes) {
		t.Fatalf("%d nodes, want %d", n.NodeCount(), len(wantNodes))
	}
	for i, p := range wantNodes {
		if n.Node(i) != p {
			t.Errorf("node %d at %v, want %v", i, n.Node(i), p)
		}
	}
	wantEdges := [][3]int{{0, 1, 0}, {1, 2, 0}, {1, 3, 1}, {2, 4, 2}} // from, to, road
	for i, w := range wantEdges {
		if e := n.Edge(i); e.From != w[0] || e.To != w[1] || e.Road != w[2] {
			t.Errorf("edge %d = %d-%d of road %d, want %v", i, e.From, e.To, e.Road, w)
		}
	}
	if got := n.EdgesOfRoad(0); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("road 0 split into edges %v, want [0 1]", got)
	}
}

// crossRoads is a west-east road and a south-north road crossing at (50,50) without a
// shared vertex, with the given bridge flag and layer on the north-south one:
//
//	            n(50,100)
//	               |
//	w(0,50) -------+------- e(100,50)
//	               |
//	            s(50,0)
func crossRoads(bridge, tunnel bool, layer int) []Road {
	we := testRoad(0, "residential", orb.Point{0, 50}, orb.Point{100, 50})
	sn := testRoad(1, "residential", orb.Point{50, 0}, orb.Point{50, 100})
	sn.Bridge, sn.Tunnel, sn.Layer = bridge, tunnel, layer
	return []Road{we, sn}
}

func TestBuildNetworkAtGradeCrossingIsAJunction(t *testing.T) {
	n := mustBuild(t, crossRoads(false, false, 0)...)
	if n.NodeCount() != 5 || n.EdgeCount() != 4 {
		t.Fatalf("%d nodes, %d edges; want the crossing as a fifth node and 4 edges", n.NodeCount(), n.EdgeCount())
	}
	w, s, x := nodeAt(t, n, orb.Point{0, 50}), nodeAt(t, n, orb.Point{50, 0}), nodeAt(t, n, orb.Point{50, 50})
	p, ok := NewRouter(n).Route(w, s, Walker, nil)
	if !ok || !slices.Equal(p.Nodes, []int{w, x, s}) || p.Metres != 100 {
		t.Errorf("walk west to south = %+v, %v; want through the crossing, 100 m", p, ok)
	}
}

func TestBuildNetworkBridgeTunnelAndLayerAreNotJunctions(t *testing.T) {
	for _, c := range []struct {
		name           string
		bridge, tunnel bool
		layer          int
	}{{"bridge", true, false, 1}, {"tunnel", false, true, -1}, {"other layer", false, false, 1}} {
		t.Run(c.name, func(t *testing.T) {
			roads := crossRoads(c.bridge, c.tunnel, c.layer)
			// A link from the east end to the south end, so west-to-south stays possible.
			roads = append(roads, testRoad(2, "residential", orb.Point{100, 50}, orb.Point{50, 0}))
			n := mustBuild(t, roads...)
			if n.NodeCount() != 4 || n.EdgeCount() != 3 {
				t.Fatalf("%d nodes, %d edges; want no node at the crossing", n.NodeCount(), n.EdgeCount())
			}
			w, e, s := nodeAt(t, n, orb.Point{0, 50}), nodeAt(t, n, orb.Point{100, 50}), nodeAt(t, n, orb.Point{50, 0})
			p, ok := NewRouter(n).Route(w, s, Walker, nil)
			if !ok || !slices.Equal(p.Nodes, []int{w, e, s}) {
				t.Errorf("walk west to south = %v, %v; want round by the east end, not over the %s", p.Nodes, ok, c.name)
			}
		})
	}
}

func TestBuildNetworkTJunctionWithoutSharedVertex(t *testing.T) {
	// The south road ends on the middle of the west-east road, which has no vertex there.
	n := mustBuild(t,
		testRoad(0, "residential", orb.Point{0, 50}, orb.Point{100, 50}),
		testRoad(1, "residential", orb.Point{50, 0}, orb.Point{50, 50}),
	)
	if n.NodeCount() != 4 || n.EdgeCount() != 3 {
		t.Fatalf("%d nodes, %d edges; want the T as a node and the through road split", n.NodeCount(), n.EdgeCount())
	}
	nodeAt(t, n, orb.Point{50, 50})
	if got := n.EdgesOfRoad(0); len(got) != 2 {
		t.Errorf("through road has edges %v, want 2", got)
	}
}

func TestBuildNetworkSeveralCrossingsOnOneSegment(t *testing.T) {
	// One long road crossed by three short ones, listed out of order along it.
	roads := []Road{testRoad(0, "primary", orb.Point{0, 0}, orb.Point{300, 0})}
	for i, x := range []float64{250, 50, 150} {
		roads = append(roads, testRoad(i+1, "residential", orb.Point{x, -10}, orb.Point{x, 10}))
	}
	n := mustBuild(t, roads...)
	long := n.EdgesOfRoad(0)
	if len(long) != 4 {
		t.Fatalf("long road has %d edges, want 4", len(long))
	}
	var xs []float64
	for _, e := range long {
		xs = append(xs, n.Node(n.Edge(e).To)[0])
	}
	if !slices.Equal(xs, []float64{50, 150, 250, 300}) {
		t.Errorf("edges of the long road end at x = %v, want in order along it", xs)
	}
}

func TestBuildNetworkDegenerateRoads(t *testing.T) {
	good := testRoad(0, "residential", orb.Point{0, 0}, orb.Point{100, 0})
	point := testRoad(1, "residential", orb.Point{5, 5})
	same := testRoad(2, "residential", orb.Point{5, 5}, orb.Point{5, 5}, orb.Point{5, 5})
	nan := testRoad(3, "residential", orb.Point{0, 0}, orb.Point{math.NaN(), 1})
	inf := testRoad(4, "residential", orb.Point{0, 0}, orb.Point{1, math.Inf(1)})
	empty := testRoad(5, "residential")
	badSpeed := testRoad(6, "primary", orb.Point{100, 0}, orb.Point{200, 0})
	badSpeed.SpeedKmh = math.NaN()
	far := testRoad(7, "residential", orb.Point{0, 0}, orb.Point{1e300, -1e300})
	n, problems := BuildNetwork([]Road{good, point, same, nan, inf, empty, badSpeed, far})

	want := map[int]string{1: "1 distinct point", 2: "1 distinct point", 3: "non-finite coordinate at point 1",
		4: "non-finite coordinate at point 1", 5: "0 distinct point", 6: "not a number",
		7: "more than 100000 km from the map centre"}
	if len(problems) != len(want) {
		t.Fatalf("problems %v, want one for each of roads %v", problems, want)
	}
	for _, p := range problems {
		w, ok := want[p.Feature.Index]
		if !ok || !strings.Contains(p.Message, w) || p.Severity != Warning || p.Hint == "" {
			t.Errorf("problem %q: want a warning with a hint saying %q", p, w)
		}
		if !strings.Contains(p.String(), "id r") {
			t.Errorf("problem %q does not name the road's id", p)
		}
	}
	if n.EdgeCount() != 2 || n.EdgesOfRoad(3) != nil {
		t.Errorf("%d edges, road 3 edges %v; want only the good roads", n.EdgeCount(), n.EdgesOfRoad(3))
	}
	if e := n.Edge(n.EdgesOfRoad(6)[0]); e.SpeedKmh != 60 {
		t.Errorf("road with a NaN speed got %v km/h, want the primary default 60", e.SpeedKmh)
	}
}

func TestBuildNetworkEmpty(t *testing.T) {
	n, problems := BuildNetwork(nil)
	if n.NodeCount() != 0 || n.EdgeCount() != 0 || len(problems) != 0 {
		t.Fatalf("empty input: %d nodes, %d edges, %v", n.NodeCount(), n.EdgeCount(), problems)
	}
	if _, ok := NewRouter(n).Route(0, 0, Walker, nil); ok {
		t.Error("route on an empty network")
	}
	if v, d := n.Nearest(orb.Point{1, 2}); v != -1 || !math.IsInf(d, 1) {
		t.Errorf("Nearest on an empty network = %d, %v", v, d)
	}
	if n.Components().Count() != 0 || n.DisconnectedProblems() != nil {
		t.Error("an empty network has no components")
	}
}

func TestBuildNetworkIsDeterministic(t *testing.T) {
	roads := perturbedGridRoads(40, 3)
	a, _ := BuildNetwork(roads)
	b, _ := BuildNetwork(roads)
	if !reflect.DeepEqual(a.nodes, b.nodes) || !reflect.DeepEqual(a.edges, b.edges) || !reflect.DeepEqual(a.fwd, b.fwd) {
		t.Error("two builds of the same roads differ")
	}
}

func TestBuildNetworkGridAvenues(t *testing.T) {
	// The synthetic grid's avenues cross it at grade, except the bridge.
	roads := perturbedGridRoads(30, 4)
	n := mustBuild(t, roads...)
	avenues := roads[len(roads)-3:]
	for i, a := range avenues {
		edges := n.EdgesOfRoad(len(roads) - 3 + i)
		if a.Bridge && len(edges) != 1 {
			t.Errorf("bridge avenue split into %d edges, want 1", len(edges))
		}
		if !a.Bridge && len(edges) < 20 {
			t.Errorf("avenue %d split into %d edges, want one per street crossed (20 or more)", i, len(edges))
		}
	}
}

func TestBuildNetworkRealData(t *testing.T) {
	for _, file := range []string{"vienna-streets.geojson", "andorra/andorra.geojson"} {
		t.Run(file, func(t *testing.T) {
			roads := testRoadsFromOSM(t, file)
			n, problems := BuildNetwork(roads)
			if problems.HasErrors() {
				t.Errorf("errors building real roads: %v", problems)
			}
			var total, sum float64
			for _, r := range roads {
				for i := 1; i < len(r.Line); i++ {
					total += math.Hypot(r.Line[i][0]-r.Line[i-1][0], r.Line[i][1]-r.Line[i-1][1])
				}
			}
			for e := range n.EdgeCount() {
				sum += n.Edge(e).LengthM
			}
			// Splitting at crossings must not lose or add road length.
			if math.Abs(sum-total) > 1e-6*total {
				t.Errorf("edges total %.3f m, roads %.3f m", sum, total)
			}
			t.Logf("%d roads -> %d nodes, %d edges, %.1f km, %d problems", len(roads), n.NodeCount(), n.EdgeCount(), sum/1000, len(problems))
		})
	}
}

// allPairsCrossings is findCrossings comparing every pair of segments: the reference.
func allPairsCrossings(roads []Road, segs []segment) []crossingSplit {
	var splits []crossingSplit
	for i := range segs {
		for j := i + 1; j < len(segs); j++ {
			a, b := &segs[i], &segs[j]
			if a.owner != b.owner && roads[a.owner].Layer == roads[b.owner].Layer {
				splits = appendCrossing(splits, a, b)
			}
		}
	}
	return sortSplits(splits)
}

// randomTangle is count random roads of two to five points in a square of side metres,
// on layers 0 and 1, a tenth of them bridges: many crossings of every kind.
func randomTangle(count int, side float64, seed uint64) []Road {
	rng := rand.New(rand.NewPCG(seed, 99))
	roads := make([]Road, count)
	for i := range roads {
		roads[i] = Road{Ref: FeatureRef{Index: i}, Class: "residential", Layer: rng.IntN(2), Bridge: rng.IntN(10) == 0}
		for range 2 + rng.IntN(4) {
			roads[i].Line = append(roads[i].Line, orb.Point{rng.Float64() * side, rng.Float64() * side})
		}
	}
	return roads
}

func TestFindCrossingsMatchesAllPairs(t *testing.T) {
	for _, c := range []struct {
		name  string
		roads []Road
	}{
		{"tangle", randomTangle(300, 1000, 1)},
		{"grid", perturbedGridRoads(25, 2)},
		{"long and short", append(randomTangle(50, 10000, 3), randomTangle(200, 200, 4)...)},
	} {
		t.Run(c.name, func(t *testing.T) {
			var problems Problems
			segs := crossingSegments(c.roads, cleanRoadLines(c.roads, &problems))
			got, want := findCrossings(c.roads, segs), allPairsCrossings(c.roads, segs)
			if len(want) == 0 {
				t.Fatal("the reference finds no crossings: the test proves nothing")
			}
			if !slices.Equal(got, want) {
				t.Errorf("grid finds %d split points, all pairs %d", len(got), len(want))
			}
		})
	}
}

// FuzzBuildNetwork feeds arbitrary coordinates, flags and layers to BuildNetwork and uses
// the result: nothing may panic, and every edge must run between its nodes.
func FuzzBuildNetwork(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 1, 1, 1, 1, 2, 0, 2, 2, 0, 2, 9, 9})
	f.Add([]byte{0xff, 0xf8, 0, 0, 0, 0, 0, 1, 0x7f, 0xf0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var roads []Road
		// Each road: a flag byte, then up to four points of two bytes each (small grid
		// coordinates so roads meet and cross) or, with flag bit 7, raw float64 bits.
		// At most 64 roads: crammed onto a 16 x 16 grid, every pair may cross, and the
		// work grows with the number of crossings.
		for len(data) > 0 && len(roads) < 64 {
			flag := data[0]
			data = data[1:]
			road := Road{Ref: FeatureRef{Index: len(roads)}, Class: []string{"residential", "footway", "motorway", "primary"}[flag&3],
				Oneway: int8(flag>>2&3) - 1, Bridge: flag&16 != 0, Layer: int(flag >> 5 & 1)}
			for range 1 + int(flag>>6&1)*3 {
				if flag&128 != 0 && len(data) >= 16 {
					x := math.Float64frombits(binary.LittleEndian.Uint64(data))
					y := math.Float64frombits(binary.LittleEndian.Uint64(data[8:]))
					road.Line = append(road.Line, orb.Point{x, y})
					data = data[16:]
				} else if len(data) >= 2 {
					road.Line = append(road.Line, orb.Point{float64(data[0] % 16), float64(data[1] % 16)})
					data = data[2:]
				}
			}
			roads = append(roads, road)
		}
		n, _ := BuildNetwork(roads)
		for e := range n.EdgeCount() {
			edge := n.Edge(e)
			g := edge.Geometry
			if g[0] != n.Node(edge.From) || g[len(g)-1] != n.Node(edge.To) || !(edge.LengthM > 0) {
				t.Fatalf("edge %d: %+v does not run between its nodes", e, edge)
			}
		}
		r := NewRouter(n)
		var tree Tree
		for v := range min(n.NodeCount(), 5) {
			r.Route(v, n.NodeCount()-1-v, Driver, nil)
			r.TreeInto(&tree, []int{v}, Walker, nil, true)
			n.Nearest(n.Node(v))
			n.NearestEdge(orb.Point{7.5, 3})
		}
		n.DisconnectedProblems()
	})
}
