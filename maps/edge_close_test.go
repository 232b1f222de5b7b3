package maps

import (
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// frame10 is a 10 × 10 extract.
var frame10 = orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{10, 10}}

func TestCloseAlongFrameAlongOneSide(t *testing.T) {
	// A village on the west side, cut by the extract's west edge: its boundary leaves
	// the extract at y=2 and comes back at y=8, both a little beyond the edge.
	chain := orb.LineString{{-1, 8}, {3, 8}, {3, 2}, {-1, 2}}
	r := closeAlongFrame(chain, frame10, nil)
	// Inside: the 3 × 6 rectangle the chain and the edge enclose (the stubs beyond
	// the edge enclose nothing).
	if a := math.Abs(planar.Area(orb.Polygon{r})); math.Abs(a-18) > 1e-9 {
		t.Errorf("area %v, want 18", a)
	}
	if !ringContains(r, orb.Point{1, 5}) || ringContains(r, orb.Point{5, 5}) {
		t.Errorf("ring %v does not hold the village's side", r)
	}
}

func TestCloseAlongFramePassesTheCorner(t *testing.T) {
	// A village in the north-east corner: it leaves through the north side and comes
	// back through the east side. The closing goes round the corner, not across it.
	chain := orb.LineString{{6, 10}, {6, 6}, {10, 6}}
	r := closeAlongFrame(chain, frame10, nil)
	if a := math.Abs(planar.Area(orb.Polygon{r})); math.Abs(a-16) > 1e-9 {
		t.Errorf("area %v, want the 4 × 4 corner", a)
	}
	if !ringContains(r, orb.Point{9.5, 9.5}) {
		t.Error("the corner itself is left out")
	}
}

func TestCloseAlongFrameFollowsTheHint(t *testing.T) {
	// The same boundary, but a label node says the village is the rest of the extract.
	chain := orb.LineString{{6, 10}, {6, 6}, {10, 6}}
	r := closeAlongFrame(chain, frame10, &orb.Point{2, 2})
	if a := math.Abs(planar.Area(orb.Polygon{r})); math.Abs(a-84) > 1e-9 {
		t.Errorf("area %v, want 100 - 16", a)
	}
}

func TestMendEdgeCutsOnlyInOSMData(t *testing.T) {
	open := orb.Polygon{orb.Ring{{-1, 8}, {3, 8}, {3, 2}, {-1, 2}}}
	feats := []decodedFeature{
		{ref: FeatureRef{Index: 0, Name: "白杨村"}, kind: KindVillage, geom: open},
		{ref: FeatureRef{Index: 1}, kind: KindLandcover, geom: orb.MultiPolygon{open, {{{5, 5}, {6, 5}, {6, 6}, {5, 5}}}}},
		{ref: FeatureRef{Index: 2}, kind: KindWater, geom: open},
	}
	var ps Problems
	kept := mendEdgeCuts(append([]decodedFeature(nil), feats...), frame10, false, &ps)
	if len(kept) != 3 || len(ps) != 0 {
		t.Fatalf("outside OSM data mendEdgeCuts changed %d features and said %v", 3-len(kept), ps)
	}
	kept = mendEdgeCuts(feats, frame10, true, &ps)
	if len(kept) != 2 || !kept[0].closedAtEdge || hasOpenRing(areaOf(kept[0].geom)) {
		t.Fatalf("kept %v, want the village closed and the landcover's whole part", kept)
	}
	if mp := areaOf(kept[1].geom); len(mp) != 1 {
		t.Errorf("landcover kept %v, want only its whole polygon", mp)
	}
	text := ps[0].String() + ps[1].String()
	for _, want := range []string{"parts of this landcover run beyond the extract's edge", "this water runs beyond the extract's edge and is left out"} {
		if !strings.Contains(text, want) {
			t.Errorf("problems %v do not say %q", ps, want)
		}
	}
	for _, p := range ps {
		if p.Severity != Warning {
			t.Errorf("%v is not a warning", p)
		}
	}
}

// The hand-made township extract: its boundary relation lost its eastern way to the
// edge; it is closed along the edge to the east and holds its seat (admin_centre).
func TestTownshipBoundaryClosedAlongTheEdge(t *testing.T) {
	town, err := Open("testdata/osm/village.osm", OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var v *Village
	for i := range town.Villages {
		if town.Villages[i].Name == "福宝镇" {
			v = &town.Villages[i]
		}
	}
	if v == nil || v.Origin != VillageClosedAtEdge {
		t.Fatalf("福宝镇: %+v, want a boundary closed at the edge", v)
	}
	seatX, seatY := town.Projection.FromLonLat(106.010, 28.507)
	eastX, _ := town.Projection.FromLonLat(106.0195, 28.507)
	if !multiPolygonContains(v.Area, orb.Point{seatX, seatY}) || !multiPolygonContains(v.Area, orb.Point{eastX, seatY}) {
		t.Errorf("the closed boundary misses the seat or the land up to the eastern edge: %v", v.Area.Bound())
	}
	if town.Problems.HasErrors() {
		t.Errorf("errors in a raw extract: %v", town.Problems)
	}
}
