package maps

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"drillsim/internal/realdata"

	"github.com/paulmach/orb"
)

// namedRoads is a road set the routing tests and benchmarks run on.
type namedRoads struct {
	name  string
	roads func(tb testing.TB) []Road // skips tb when the data is absent
}

// benchRoadSets lists the networks the routing benchmarks run on.
//
// The default town joins them here; the synthetic county, which needs the map
// generator, is measured by the routing benchmarks of package maps_test.
func benchRoadSets() []namedRoads {
	return []namedRoads{
		{"grid20k", func(testing.TB) []Road { return perturbedGridRoads(141, 1) }},
		{"vienna", func(tb testing.TB) []Road {
			return testRoadsFromOSM(tb, "vienna-streets.geojson")
		}},
		{"andorra", func(tb testing.TB) []Road {
			return testRoadsFromOSM(tb, "andorra/andorra.geojson")
		}},
		{"fubao", func(tb testing.TB) []Road {
			town, err := Default()
			if err != nil {
				tb.Fatal(err)
			}
			return town.Roads
		}},
	}
}

// osmRoadsRead keeps what testRoadsFromOSM read, so each file is loaded once per run.
var osmRoadsRead = map[string][]Road{}

// testRoadsFromOSM loads real map export name (see realdata.Path) and returns its
// roads; it skips tb when the file is absent. Callers must not modify the roads.
func testRoadsFromOSM(tb testing.TB, name string) []Road {
	tb.Helper()
	file := realdata.Path(tb, name)
	if roads, ok := osmRoadsRead[file]; ok {
		return roads
	}
	town, err := LoadFile(file, LoadOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	osmRoadsRead[file] = town.Roads
	return town.Roads
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
	main := n.MainNodes()
	rng := rand.New(rand.NewPCG(seed, 7))
	pairs := make([][2]int, count)
	for i := range pairs {
		pairs[i] = [2]int{main[rng.IntN(len(main))], main[rng.IntN(len(main))]}
	}
	return pairs
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
