package maps

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// realData is the team's folder of real maps, relative to this package.
const realData = "../../shared/realdata"

// namedRoads is a road set the routing tests and benchmarks run on.
type namedRoads struct {
	name  string
	roads func(tb testing.TB) []Road // skips tb when the data is absent
}

// benchRoadSets lists the networks the routing benchmarks run on.
//
// HOOK: add the default town and the synthetic county here once the map generator and
// the GeoJSON loader land (and replace testRoadsFromOSM with the loader).
func benchRoadSets() []namedRoads {
	return []namedRoads{
		{"grid20k", func(testing.TB) []Road { return perturbedGridRoads(141, 1) }},
		{"vienna", func(tb testing.TB) []Road {
			return testRoadsFromOSM(tb, filepath.Join(realData, "vienna-streets.geojson"))
		}},
		{"andorra", func(tb testing.TB) []Road {
			return testRoadsFromOSM(tb, filepath.Join(realData, "andorra", "andorra.geojson"))
		}},
	}
}

// osmRoadsRead keeps what testRoadsFromOSM read, so each file is decoded once per run.
var osmRoadsRead = map[string][]Road{}

// testRoadsFromOSM reads the LineStrings with a highway tag from an OSM GeoJSON export
// and projects them to metres around the centre of their bound. It stands in for the
// map loader in routing tests; it skips tb when the file is absent. Callers must not
// modify the roads.
func testRoadsFromOSM(tb testing.TB, file string) []Road {
	tb.Helper()
	if roads, ok := osmRoadsRead[file]; ok {
		return roads
	}
	data, err := os.ReadFile(file)
	if os.IsNotExist(err) {
		tb.Skipf("real map %s is absent; put the team's realdata folder next to the repository to run this", file)
	}
	if err != nil {
		tb.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		tb.Fatalf("%s: %v", file, err)
	}
	bound := orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}
	for _, f := range fc.Features {
		if _, ok := f.Geometry.(orb.LineString); ok && f.Properties.MustString("highway", "") != "" {
			bound = bound.Union(f.Geometry.Bound())
		}
	}
	proj := NewLocal(bound.Center()[0], bound.Center()[1])
	var roads []Road
	for i, f := range fc.Features {
		line, ok := f.Geometry.(orb.LineString)
		class := f.Properties.MustString("highway", "")
		if !ok || class == "" {
			continue
		}
		tag := func(k string) string { return f.Properties.MustString(k, "") }
		road := Road{Ref: FeatureRef{Index: i, ID: featureID(f), Name: tag("name")}, Name: tag("name"), Class: class,
			Bridge: tag("bridge") != "" && tag("bridge") != "no", Tunnel: tag("tunnel") != "" && tag("tunnel") != "no"}
		road.SpeedKmh, _ = strconv.ParseFloat(tag("maxspeed"), 64)
		road.Layer, _ = strconv.Atoi(tag("layer"))
		switch tag("oneway") {
		case "yes", "true", "1":
			road.Oneway = 1
		case "-1", "reverse":
			road.Oneway = -1
		}
		for _, p := range line {
			x, y := proj.FromLonLat(p[0], p[1])
			road.Line = append(road.Line, orb.Point{x, y})
		}
		roads = append(roads, road)
	}
	osmRoadsRead[file] = roads
	return roads
}

func featureID(f *geojson.Feature) string {
	if s, ok := f.ID.(string); ok {
		return s
	}
	if f.ID != nil {
		b, _ := json.Marshal(f.ID)
		return string(b)
	}
	return ""
}

// perturbedGridRoads is a synthetic town of side*side nodes 100 m apart, each moved up to
// 30 m: every row is one long road (every tenth a primary), every column is cut into
// block-long roads, some foot-only and some oneway, and three avenues cross it at grade
// but for the middle one, a bridge.
func perturbedGridRoads(side int, seed uint64) []Road {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	pts := make([]orb.Point, side*side)
	for i := range pts {
		x, y := float64(i%side)*100, float64(i/side)*100
		pts[i] = orb.Point{x + (rng.Float64()-0.5)*60, y + (rng.Float64()-0.5)*60}
	}
	var roads []Road
	for row := range side {
		class := "residential"
		if row%10 == 0 {
			class = "primary"
		}
		roads = append(roads, Road{Ref: FeatureRef{Index: len(roads)}, Class: class,
			Line: append(orb.LineString(nil), pts[row*side:(row+1)*side]...)})
	}
	for col := range side {
		for row := 0; row+1 < side; row++ {
			road := Road{Ref: FeatureRef{Index: len(roads)}, Class: "residential",
				Line: orb.LineString{pts[row*side+col], pts[(row+1)*side+col]}}
			switch k := rng.IntN(100); {
			case col%10 == 5:
				road.Class = "secondary"
			case k < 8:
				road.Class = "footway"
			case k < 18:
				road.Oneway = int8(1 - 2*rng.IntN(2))
			}
			roads = append(roads, road)
		}
	}
	// Straight avenues across the grid with no shared vertices: the middle one is a bridge.
	span := float64(side) * 100
	for k := range 3 {
		y0 := float64(k)*span/3 - 50
		roads = append(roads, Road{Ref: FeatureRef{Index: len(roads)}, Class: "secondary", Bridge: k == 1,
			Line: orb.LineString{{-50, y0}, {span - 50, y0 + span/2}}})
	}
	return roads
}

// randomPairs draws count node pairs of the network's largest component.
func randomPairs(n *Network, count int, seed uint64) [][2]int {
	comps := n.Components()
	var main []int
	for v := range n.NodeCount() {
		if comps.Of(v) == comps.Largest() {
			main = append(main, v)
		}
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	pairs := make([][2]int, count)
	for i := range pairs {
		pairs[i] = [2]int{main[rng.IntN(len(main))], main[rng.IntN(len(main))]}
	}
	return pairs
}

// gonumGraph is the network as a gonum graph with the same arc costs for t: the baseline.
func gonumGraph(n *Network, t Traveller) *simple.WeightedDirectedGraph {
	g := simple.NewWeightedDirectedGraph(0, math.Inf(1))
	for v := range n.NodeCount() {
		g.AddNode(simple.Node(v))
	}
	cost := t.cost(n)
	for v := range n.NodeCount() {
		for _, a := range n.fwd.arcs[n.fwd.offsets[v]:n.fwd.offsets[v+1]] {
			if a.access&cost.need == 0 || int(a.to) == v {
				continue
			}
			w := cost.of(&a)
			if old, ok := g.Weight(int64(v), int64(a.to)); ok && old <= w {
				continue // keep the cheaper of parallel arcs
			}
			g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(v), simple.Node(a.to), w))
		}
	}
	return g
}

// gonumCost is the baseline's answer for one pair: +Inf when unreachable.
func gonumCost(g graph.Graph, from, to int) float64 {
	_, w := path.DijkstraFrom(simple.Node(from), g.(*simple.WeightedDirectedGraph)).To(int64(to))
	return w
}

// BenchmarkRoute times point-to-point queries of Router.RouteInto against gonum's
// DijkstraFrom + To on the same graph, per network.
func BenchmarkRoute(b *testing.B) {
	for _, set := range benchRoadSets() {
		b.Run(set.name, func(b *testing.B) {
			net, _ := BuildNetwork(set.roads(b))
			pairs := randomPairs(net, 1000, 42)
			g := gonumGraph(net, Driver)
			r := NewRouter(net)
			var p Path
			for _, q := range pairs { // warm up: landmarks, heap and path storage
				r.RouteInto(&p, q[0], q[1], Driver, nil)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, q := range pairs {
					r.RouteInto(&p, q[0], q[1], Driver, nil)
				}
			}
			b.StopTimer()
			ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N*len(pairs))

			// The baseline, same run, on the first pairs (it is too slow for all 1000).
			const baselinePairs = 20
			start := time.Now()
			for _, q := range pairs[:baselinePairs] {
				gonumCost(g, q[0], q[1])
			}
			theirs := float64(time.Since(start).Nanoseconds()) / baselinePairs
			b.ReportMetric(ours, "ns/query")
			b.ReportMetric(1e9/ours, "queries/s")
			b.ReportMetric(theirs, "gonum_ns/query")
			b.ReportMetric(theirs/ours, "x_vs_gonum")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// BenchmarkTree times a one-to-all tree from one source against gonum's DijkstraFrom.
func BenchmarkTree(b *testing.B) {
	for _, set := range benchRoadSets() {
		b.Run(set.name, func(b *testing.B) {
			net, _ := BuildNetwork(set.roads(b))
			sources := randomPairs(net, 16, 9)
			g := gonumGraph(net, Walker)
			r := NewRouter(net)
			var tree Tree
			r.TreeInto(&tree, sources[0][:1], Walker, nil, false) // warm up the storage
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				if err := r.TreeInto(&tree, sources[i%len(sources)][:1], Walker, nil, false); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			start := time.Now()
			for _, s := range sources[:4] {
				path.DijkstraFrom(simple.Node(s[0]), g)
			}
			theirs := float64(time.Since(start).Nanoseconds()) / 4
			b.ReportMetric(theirs, "gonum_ns/tree")
			b.ReportMetric(theirs/ours, "x_vs_gonum")
		})
	}
}

// BenchmarkNearest times Nearest and NearestEdge against a scan of every node and segment.
func BenchmarkNearest(b *testing.B) {
	for _, set := range benchRoadSets() {
		b.Run(set.name, func(b *testing.B) {
			net, _ := BuildNetwork(set.roads(b))
			points := randomPoints(net.Bound(), 1000, 3)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, p := range points {
					net.Nearest(p)
					net.NearestEdge(p)
				}
			}
			b.StopTimer()
			ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N*len(points))
			start := time.Now()
			for _, p := range points[:50] {
				bruteNearestNode(net, p)
				bruteNearestEdge(net, p)
			}
			theirs := float64(time.Since(start).Nanoseconds()) / 50
			b.ReportMetric(ours, "ns/point")
			b.ReportMetric(theirs/ours, "x_vs_scan")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// BenchmarkBuildNetwork times BuildNetwork, also on a grid of more than 50,000 edges.
func BenchmarkBuildNetwork(b *testing.B) {
	sets := append(benchRoadSets(), namedRoads{"grid50k-edges", func(testing.TB) []Road { return perturbedGridRoads(160, 2) }})
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			roads := set.roads(b)
			b.ReportAllocs()
			b.ResetTimer()
			var net *Network
			for range b.N {
				net, _ = BuildNetwork(roads)
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/build")
			b.ReportMetric(float64(net.EdgeCount()), "edges")
		})
	}
}

// randomPoints draws count points in the bound widened by a tenth on each side.
func randomPoints(bound orb.Bound, count int, seed uint64) []orb.Point {
	rng := rand.New(rand.NewPCG(seed, 11))
	w, h := bound.Max[0]-bound.Min[0], bound.Max[1]-bound.Min[1]
	pts := make([]orb.Point, count)
	for i := range pts {
		pts[i] = orb.Point{bound.Min[0] + (rng.Float64()*1.2-0.1)*w, bound.Min[1] + (rng.Float64()*1.2-0.1)*h}
	}
	return pts
}

// bruteNearestNode is Nearest by scanning every node.
func bruteNearestNode(n *Network, p orb.Point) (int, float64) {
	best, bestD := -1, math.Inf(1)
	for v := range n.NodeCount() {
		if d := math.Hypot(n.Node(v)[0]-p[0], n.Node(v)[1]-p[1]); d < bestD {
			best, bestD = v, d
		}
	}
	return best, bestD
}

// bruteNearestEdge is NearestEdge by scanning every segment.
func bruteNearestEdge(n *Network, p orb.Point) (int, float64) {
	best, bestD := -1, math.Inf(1)
	for e := range n.EdgeCount() {
		g := n.Edge(e).Geometry
		for i := 0; i+1 < len(g); i++ {
			q := closestOnSegment(&segment{a: g[i], b: g[i+1]}, p)
			if d := math.Hypot(q[0]-p[0], q[1]-p[1]); d < bestD {
				best, bestD = e, d
			}
		}
	}
	return best, bestD
}

// BenchmarkFindCrossings times the grid crossing search of BuildNetwork against comparing
// every pair of segments (run once, on networks small enough for it).
func BenchmarkFindCrossings(b *testing.B) {
	for _, set := range benchRoadSets() {
		b.Run(set.name, func(b *testing.B) {
			roads := set.roads(b)
			var problems Problems
			segs := crossingSegments(roads, cleanRoadLines(roads, &problems))
			b.ReportAllocs()
			b.ResetTimer()
			var found int
			for range b.N {
				found = len(findCrossings(roads, segs))
			}
			b.StopTimer()
			ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(float64(len(segs)), "segments")
			b.ReportMetric(float64(found), "splits")
			if len(segs) > 30000 {
				return // all pairs would take minutes
			}
			start := time.Now()
			allPairsCrossings(roads, segs)
			b.ReportMetric(float64(time.Since(start).Nanoseconds())/ours, "x_vs_allpairs")
		})
	}
}
