package maps

import (
	"math"
	"slices"
	"testing"

	"github.com/paulmach/orb"
)

// testRoad is a road of class through pts, its Ref numbered by the caller.
func testRoad(index int, class string, pts ...orb.Point) Road {
	return Road{Ref: FeatureRef{Index: index, ID: "r" + string(rune('a'+index))}, Class: class, Line: pts}
}

// mustBuild builds roads and fails the test on any problem.
func mustBuild(t *testing.T, roads ...Road) *Network {
	t.Helper()
	n, problems := BuildNetwork(roads)
	if len(problems) > 0 {
		t.Fatalf("unexpected problems: %v", problems)
	}
	return n
}

// nodeAt returns the node at p, failing the test if there is none.
func nodeAt(t *testing.T, n *Network, p orb.Point) int {
	t.Helper()
	for v := range n.NodeCount() {
		if n.Node(v) == p {
			return v
		}
	}
	t.Fatalf("no node at %v", p)
	return -1
}

func TestClassSpeedKmh(t *testing.T) {
	for class, want := range map[string]float64{
		"motorway": 100, "motorway_link": 100, "trunk": 80, "primary": 60, "primary_link": 60,
		"secondary": 50, "tertiary": 40, "unclassified": 30, "residential": 30, "service": 20,
		"track": 20, "living_street": 15, "footway": 5, "path": 5, "steps": 5, "pedestrian": 5,
		"cycleway": 5, "raceway": 30, "": 30,
	} {
		if got := ClassSpeedKmh(class); got != want {
			t.Errorf("ClassSpeedKmh(%q) = %v, want %v", class, got, want)
		}
	}
}

func TestClassAccess(t *testing.T) {
	both := VehicleForward | VehicleBackward
	for _, c := range []struct {
		class  string
		oneway int8
		want   Access
	}{
		{"residential", 0, FootOK | both},
		{"residential", 1, FootOK | VehicleForward},
		{"residential", -1, FootOK | VehicleBackward},
		{"track", 0, FootOK | both},
		{"motorway", 1, VehicleForward},
		{"trunk_link", 0, both},
		{"footway", 0, FootOK},
		{"steps", 1, FootOK}, // oneway binds vehicles only
		{"path", 0, FootOK},
		{"pedestrian", 0, FootOK},
		{"cycleway", 0, FootOK},
		{"bridleway", 0, FootOK},
	} {
		if got := ClassAccess(c.class, c.oneway); got != c.want {
			t.Errorf("ClassAccess(%q, %d) = %b, want %b", c.class, c.oneway, got, c.want)
		}
	}
}

func TestNetworkAccessors(t *testing.T) {
	// a(0,0) --- b(30,40) --- c(30,100)   one residential road through an interior vertex b,
	//                          |
	//                         d(30,200)    and a footway from c
	n := mustBuild(t,
		testRoad(0, "residential", orb.Point{0, 0}, orb.Point{30, 40}, orb.Point{30, 100}),
		testRoad(1, "footway", orb.Point{30, 100}, orb.Point{30, 200}),
	)
	if n.NodeCount() != 3 || n.EdgeCount() != 2 {
		t.Fatalf("got %d nodes, %d edges; want 3 nodes (b stays geometry), 2 edges", n.NodeCount(), n.EdgeCount())
	}
	e := n.Edge(0)
	if e.From != 0 || e.To != 1 || e.Road != 0 || e.Class != "residential" || len(e.Geometry) != 3 {
		t.Errorf("edge 0 = %+v", e)
	}
	if e.LengthM != 110 || math.Abs(e.TimeS-110/(30/3.6)) > 1e-12 || e.SpeedKmh != 30 {
		t.Errorf("edge 0 length %v m, time %v s, speed %v; want 110 m at 30 km/h", e.LengthM, e.TimeS, e.SpeedKmh)
	}
	if f := n.Edge(1); f.Access != FootOK || f.LengthM != 100 {
		t.Errorf("footway edge = %+v", f)
	}
	if got := n.EdgesOfRoad(1); !slices.Equal(got, []int{1}) {
		t.Errorf("EdgesOfRoad(1) = %v", got)
	}
	if n.EdgesOfRoad(2) != nil || n.EdgesOfRoad(-1) != nil {
		t.Error("EdgesOfRoad out of range should be nil")
	}
	if b := n.Bound(); b.Min != (orb.Point{0, 0}) || b.Max != (orb.Point{30, 200}) {
		t.Errorf("Bound = %v", b)
	}
}
