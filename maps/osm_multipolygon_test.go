package maps

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/osm"
)

// osmGrid makes an osmData whose node i (1..) lies at pts[i-1].
func osmGrid(pts ...orb.Point) *osmData {
	d := &osmData{}
	for i, p := range pts {
		d.addNode(osm.NodeID(i+1), p[0], p[1], nil)
	}
	d.index()
	return d
}

func way(id osm.WayID, nodes ...osm.NodeID) *osm.Way {
	w := &osm.Way{ID: id}
	for _, n := range nodes {
		w.Nodes = append(w.Nodes, osm.WayNode{ID: n})
	}
	return w
}

// The nodes of the tests: a 10 × 10 square (1-4), a hole in it (5-8).
var squareWithHole = []orb.Point{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {4, 4}, {6, 4}, {6, 6}, {4, 6}}

func TestRelationAreaJoinsWaysInAnyDirection(t *testing.T) {
	d := osmGrid(squareWithHole...)
	ways := map[osm.WayID]*osm.Way{
		1: way(1, 1, 2),          // south side, west to east
		2: way(2, 3, 2),          // east side, drawn backwards
		3: way(3, 3, 4, 1),       // north and west sides
		4: way(4, 5, 6, 7, 8, 5), // the hole, one closed way
	}
	r := &osm.Relation{ID: 9, Members: osm.Members{
		{Type: osm.TypeWay, Ref: 3, Role: "outer"}, {Type: osm.TypeWay, Ref: 1, Role: "outer"},
		{Type: osm.TypeWay, Ref: 4, Role: "inner"}, {Type: osm.TypeWay, Ref: 2, Role: "outer"},
	}}
	mp, hint := d.relationArea(r, ways)
	if hint != nil || len(mp) != 1 || len(mp[0]) != 2 {
		t.Fatalf("got %v (hint %v), want one polygon with one hole", mp, hint)
	}
	if a := planar.Area(mp); a != 96 {
		t.Errorf("area %v, want 100 - 4", a)
	}
	if hasOpenRing(mp) {
		t.Error("a ring is open")
	}
}

func TestRelationAreaLeavesWhatTheEdgeCutOpen(t *testing.T) {
	// The east side lies beyond the extract: way 2 is missing, and way 3 lost node 3.
	d := osmGrid(orb.Point{0, 0}, orb.Point{10, 0}, orb.Point{10, 10}, orb.Point{0, 10}, orb.Point{4, 5})
	d.nodeIDs, d.nodeAt = append(d.nodeIDs[:2], d.nodeIDs[3:]...), append(d.nodeAt[:2], d.nodeAt[3:]...)
	d.index()
	ways := map[osm.WayID]*osm.Way{1: way(1, 1, 2), 3: way(3, 3, 4, 1)}
	r := &osm.Relation{ID: 9, Members: osm.Members{
		{Type: osm.TypeWay, Ref: 1, Role: "outer"}, {Type: osm.TypeWay, Ref: 2, Role: "outer"},
		{Type: osm.TypeWay, Ref: 3, Role: "outer"}, {Type: osm.TypeNode, Ref: 5, Role: "label"},
	}}
	mp, hint := d.relationArea(r, ways)
	if hint == nil || *hint != (orb.Point{4, 5}) {
		t.Errorf("hint %v, want the label node", hint)
	}
	if len(mp) != 1 || !hasOpenRing(mp) {
		t.Fatalf("got %v, want one open ring", mp)
	}
	ring := mp[0][0]
	if len(ring) != 3 || ring[0] != (orb.Point{10, 0}) && ring[0] != (orb.Point{0, 10}) {
		t.Errorf("open ring %v, want (10,0) (0,0) (0,10) in either direction", ring)
	}
	if mp, _ := d.relationArea(&osm.Relation{Members: osm.Members{{Type: osm.TypeWay, Ref: 2, Role: "outer"}}}, ways); mp != nil {
		t.Errorf("a relation with none of its ways in the extract gave %v", mp)
	}
}

func TestWayGeometryKeepsThePartsInside(t *testing.T) {
	// Nodes 1-6 in a row; node 3 lies beyond the edge.
	d := osmGrid(orb.Point{0, 0}, orb.Point{1, 0}, orb.Point{2, 0}, orb.Point{3, 0}, orb.Point{3, 1}, orb.Point{0, 1})
	d.nodeIDs, d.nodeAt = append(d.nodeIDs[:2], d.nodeIDs[3:]...), append(d.nodeAt[:2], d.nodeAt[3:]...)
	d.index()
	road := way(1, 1, 2, 3, 4, 5)
	road.Tags = osm.Tags{{Key: "highway", Value: "residential"}}
	g, missing := d.wayGeometry(road)
	if mls, ok := g.(orb.MultiLineString); !ok || missing != 1 || len(mls) != 2 || len(mls[0]) != 2 || len(mls[1]) != 2 {
		t.Errorf("cut road: %v (%d missing), want two lines of two points", g, missing)
	}
	field := way(2, 1, 2, 3, 4, 5, 6, 1)
	field.Tags = osm.Tags{{Key: "landuse", Value: "farmland"}}
	g, _ = d.wayGeometry(field)
	pg, ok := g.(orb.Polygon)
	if !ok || len(pg) != 1 || pg[0][0] != (orb.Point{3, 0}) || pg[0][len(pg[0])-1] != (orb.Point{1, 0}) {
		t.Errorf("cut field: %v, want one open ring from after the gap round to before it", g)
	}
	roundabout := way(3, 1, 2, 5, 6, 1)
	roundabout.Tags = osm.Tags{{Key: "highway", Value: "primary"}, {Key: "junction", Value: "roundabout"}}
	if g, _ := d.wayGeometry(roundabout); g.GeoJSONType() != "LineString" {
		t.Errorf("a closed road is a %s, want a LineString", g.GeoJSONType())
	}
	square := way(4, 1, 2, 5, 6, 1)
	square.Tags = osm.Tags{{Key: "highway", Value: "pedestrian"}, {Key: "area", Value: "yes"}}
	if g, _ := d.wayGeometry(square); g.GeoJSONType() != "Polygon" {
		t.Errorf("a square (area=yes) is a %s, want a Polygon", g.GeoJSONType())
	}
}

func TestIsOSMArea(t *testing.T) {
	cases := []struct {
		tags osm.Tags
		want bool
	}{
		{osm.Tags{{Key: "building", Value: "yes"}}, true},
		{osm.Tags{{Key: "building", Value: "yes"}, {Key: "area", Value: "no"}}, false},
		{osm.Tags{{Key: "barrier", Value: "fence"}}, false},
		{osm.Tags{{Key: "natural", Value: "coastline"}}, false},
		{osm.Tags{{Key: "natural", Value: "wood"}}, true},
		{osm.Tags{{Key: "waterway", Value: "riverbank"}}, true},
		{osm.Tags{{Key: "waterway", Value: "stream"}}, false},
		{osm.Tags{{Key: "highway", Value: "service"}}, false},
		{osm.Tags{{Key: "amenity", Value: "school"}}, true},
	}
	for _, c := range cases {
		if got := isOSMArea(c.tags); got != c.want {
			t.Errorf("isOSMArea(%v) = %v, want %v", c.tags, got, c.want)
		}
	}
}
