package maps

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestNearestHandDrawn(t *testing.T) {
	//	a(0,0) ---------- b(100,0)
	//	                     |
	//	                  c(100,-100)
	n := mustBuild(t,
		testRoad(0, "residential", orb.Point{0, 0}, orb.Point{100, 0}),
		testRoad(1, "residential", orb.Point{100, 0}, orb.Point{100, -100}),
	)
	if v, d := n.Nearest(orb.Point{30, 40}); v != 0 || d != 50 {
		t.Errorf("Nearest(30,40) = %d, %v; want a at 50 m", v, d)
	}
	if v, d := n.Nearest(orb.Point{1e6, -1e6}); v != 2 || math.Abs(d-math.Hypot(1e6-100, 1e6-100)) > 1e-6 {
		t.Errorf("Nearest(far south-east) = %d, %v; want c", v, d)
	}
	e, at, d := n.NearestEdge(orb.Point{30, 40})
	if e != 0 || at != (orb.Point{30, 0}) || d != 40 {
		t.Errorf("NearestEdge(30,40) = %d %v %v; want edge 0 at (30,0), 40 m", e, at, d)
	}
	e, at, d = n.NearestEdge(orb.Point{130, -60})
	if e != 1 || at != (orb.Point{100, -60}) || d != 30 {
		t.Errorf("NearestEdge(130,-60) = %d %v %v; want edge 1 at (100,-60), 30 m", e, at, d)
	}
	// Equally near both edges, at their shared end: the lower edge id wins.
	if e, _, _ := n.NearestEdge(orb.Point{110, 10}); e != 0 {
		t.Errorf("NearestEdge at the corner = %d, want 0", e)
	}
	// So far away that every distance overflows: still an answer, not a panic or -1.
	if v, _ := n.Nearest(orb.Point{1e300, 1e300}); v < 0 {
		t.Errorf("Nearest(1e300, 1e300) = %d, want a node", v)
	}
	if v, d := n.Nearest(orb.Point{math.NaN(), 0}); v != -1 || !math.IsInf(d, 1) {
		t.Errorf("Nearest(NaN) = %d, %v", v, d)
	}
	if e, _, d := n.NearestEdge(orb.Point{0, math.Inf(1)}); e != -1 || !math.IsInf(d, 1) {
		t.Errorf("NearestEdge(Inf) = %d, %v", e, d)
	}
}

func TestNearestOnAStraightLine(t *testing.T) {
	// Every node on one line: the grid has zero height.
	var roads []Road
	for i := range 50 {
		roads = append(roads, testRoad(i, "path", orb.Point{float64(i) * 10, 0}, orb.Point{float64(i+1) * 10, 0}))
	}
	n := mustBuild(t, roads...)
	checkNearestAgainstScan(t, n, randomPoints(orb.Bound{Min: orb.Point{-100, -100}, Max: orb.Point{600, 100}}, 300, 1))
}

func TestNearestMatchesScan(t *testing.T) {
	for _, set := range benchRoadSets() {
		t.Run(set.name, func(t *testing.T) {
			n, _ := BuildNetwork(set.roads(t))
			// Points over the network and a tenth beyond its edges.
			checkNearestAgainstScan(t, n, randomPoints(n.Bound(), 300, 2))
		})
	}
}

// checkNearestAgainstScan compares Nearest and NearestEdge with scanning everything.
func checkNearestAgainstScan(t *testing.T, n *Network, points []orb.Point) {
	t.Helper()
	for _, p := range points {
		v, d := n.Nearest(p)
		wantV, wantD := bruteNearestNode(n, p)
		if v != wantV && d != wantD {
			t.Fatalf("Nearest(%v) = %d at %v m, scan finds %d at %v m", p, v, d, wantV, wantD)
		}
		if math.Abs(d-wantD) > 1e-9 || math.Abs(d-math.Hypot(n.Node(v)[0]-p[0], n.Node(v)[1]-p[1])) > 1e-9 {
			t.Fatalf("Nearest(%v) distance %v, want %v", p, d, wantD)
		}
		e, at, d := n.NearestEdge(p)
		wantE, wantD := bruteNearestEdge(n, p)
		if math.Abs(d-wantD) > 1e-9 {
			t.Fatalf("NearestEdge(%v) = edge %d at %v m, scan finds edge %d at %v m", p, e, d, wantE, wantD)
		}
		if math.Abs(math.Hypot(at[0]-p[0], at[1]-p[1])-d) > 1e-9 {
			t.Fatalf("NearestEdge(%v): point %v is not %v m away", p, at, d)
		}
		if onEdge := distanceToLine(n.Edge(e).Geometry, at); onEdge > 1e-6 {
			t.Fatalf("NearestEdge(%v): point %v lies %v m off edge %d", p, at, onEdge, e)
		}
	}
}

// distanceToLine is the distance from p to the nearest segment of line.
func distanceToLine(line orb.LineString, p orb.Point) float64 {
	best := math.Inf(1)
	for i := 0; i+1 < len(line); i++ {
		q := closestOnSegment(&segment{a: line[i], b: line[i+1]}, p)
		best = min(best, math.Hypot(q[0]-p[0], q[1]-p[1]))
	}
	return best
}

func TestNearestAllocatesNothing(t *testing.T) {
	n, _ := BuildNetwork(perturbedGridRoads(20, 3))
	points := randomPoints(n.Bound(), 100, 4)
	allocs := testing.AllocsPerRun(10, func() {
		for _, p := range points {
			n.Nearest(p)
			n.NearestEdge(p)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per 100 lookups, want 0", allocs)
	}
}

func TestNearestRealDataFarPoint(t *testing.T) {
	roads := testRoadsFromOSM(t, "andorra/andorra.geojson")
	n, _ := BuildNetwork(roads)
	// 50 km north of the map: still the exact answer.
	p := orb.Point{0, n.Bound().Max[1] + 50000}
	v, d := n.Nearest(p)
	wantV, wantD := bruteNearestNode(n, p)
	if v != wantV || math.Abs(d-wantD) > 1e-9 {
		t.Errorf("Nearest far north = %d at %v m, scan %d at %v m", v, d, wantV, wantD)
	}
}

func TestSegmentGridTinyCells(t *testing.T) {
	// A cell hint of the smallest subnormal must not stall the grid's sizing.
	segs := []segment{{a: orb.Point{0, 0}, b: orb.Point{1, 1}}, {a: orb.Point{5e-324, 0}, b: orb.Point{0, 5e-324}, owner: 1}}
	g := newSegmentGrid(segs, 5e-324)
	if g.cellCount() > maxCellsPerSegment*len(segs)+16 {
		t.Errorf("%d cells for %d segments", g.cellCount(), len(segs))
	}
	if id, _, d := g.nearest(orb.Point{0.5, 0.4}); id != 0 || math.Abs(d-0.1/math.Sqrt2) > 1e-12 {
		t.Errorf("nearest = %d at %v", id, d)
	}
}
