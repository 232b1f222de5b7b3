package maps

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/osm"
)

// features turns the extract into the features a map is made of, as osmtogeojson would
// but keeping what the extract's edge did visible: tagged nodes become points; tagged
// ways lines, or polygons when closed and tagged as areas; multipolygon and boundary
// relations (multi)polygons. A way or relation that runs beyond the edge keeps the part
// inside, and a ring left open by the edge stays open for mendEdgeCuts to close (a
// village's boundary) or leave out. What the edge cut is summed up in warnings on ps.
func (d *osmData) features(ps *Problems) []rawFeature {
	d.index()
	feats := make([]rawFeature, 0, len(d.nodes)+len(d.ways)/2)
	add := func(id string, tags osm.Tags, g orb.Geometry, hint *orb.Point) {
		feats = append(feats, rawFeature{Type: "Feature", ID: id, Properties: tagProperties(tags), Geometry: geometryJSON{g: g}, hint: hint})
	}
	for _, n := range d.nodes {
		add(fmt.Sprintf("node/%d", n.ID), n.Tags, orb.Point{n.Lon, n.Lat}, nil)
	}
	var cutWays, goneWays int
	wayByID := make(map[osm.WayID]*osm.Way, len(d.ways))
	for _, w := range d.ways {
		wayByID[w.ID] = w
		if !meaningfulTags(w.Tags) {
			continue
		}
		g, missing := d.wayGeometry(w)
		switch {
		case g == nil:
			goneWays++
			continue
		case missing > 0:
			cutWays++
		}
		add(fmt.Sprintf("way/%d", w.ID), w.Tags, g, nil)
	}
	var goneRelations []Phrase
	for _, r := range d.relations {
		switch r.Tags.Find("type") {
		case "multipolygon", "boundary":
		default:
			continue // routes, restrictions, sites: their ways carry what a map needs
		}
		if !meaningfulTags(withoutTag(r.Tags, "type")) {
			continue
		}
		mp, hint := d.relationArea(r, wayByID)
		if mp == nil {
			goneRelations = append(goneRelations, relationLabel(r))
			continue
		}
		add(fmt.Sprintf("relation/%d", r.ID), r.Tags, mp, hint)
	}
	if cutWays+goneWays > 0 {
		ps.add(Warning, WholeMap, "nothing to do for an extract; to keep whole ways, extract with osmium's complete_ways strategy",
			"数据边缘截断道路等 — %d ways run beyond the extract's edge (their parts inside are kept) and %d lie wholly outside (left out)", cutWays, goneWays)
	}
	if len(goneRelations) > 0 {
		ps.add(Warning, WholeMap, "nothing to do unless one of them matters to the drill; then extract a larger area",
			"数据边缘外的区域 — %d areas have none of their ways in the extract and are left out: %s", len(goneRelations), ListSome(goneRelations, 6))
	}
	return feats
}

// wayGeometry returns w's geometry from the nodes the extract holds: a LineString (or a
// MultiLineString when the edge cuts it more than once), a Polygon for a closed area, or
// a Polygon with one open ring when the edge cut an area. missing counts the nodes the
// extract lacks; g is nil when fewer than two remain.
func (d *osmData) wayGeometry(w *osm.Way) (g orb.Geometry, missing int) {
	runs, missing := d.wayRuns(w)
	closed := len(w.Nodes) >= 4 && w.Nodes[0].ID == w.Nodes[len(w.Nodes)-1].ID
	if closed && isOSMArea(w.Tags) {
		if missing == 0 {
			return orb.Polygon{orb.Ring(runs[0])}, 0
		}
		if chain := cyclicChain(runs, w.Nodes[0].ID, d); len(chain) >= 2 {
			return orb.Polygon{orb.Ring(chain)}, missing
		}
		return nil, missing
	}
	var lines orb.MultiLineString
	for _, r := range runs {
		if len(r) >= 2 {
			lines = append(lines, r)
		}
	}
	switch len(lines) {
	case 0:
		return nil, missing
	case 1:
		return lines[0], missing
	}
	return lines, missing
}

// wayRuns splits w into the runs of consecutive nodes the extract holds.
func (d *osmData) wayRuns(w *osm.Way) (runs []orb.LineString, missing int) {
	var run orb.LineString
	for _, wn := range w.Nodes {
		p, ok := d.node(wn.ID)
		if !ok {
			missing++
			if len(run) > 0 {
				runs = append(runs, run)
				run = nil
			}
			continue
		}
		run = append(run, p)
	}
	if len(run) > 0 {
		runs = append(runs, run)
	}
	return runs, missing
}

// cyclicChain joins the runs of a closed way cut by the edge into one open chain that
// starts after a gap: when the way's first (and last) node is inside, the last run and
// the first are one run across the closing node.
func cyclicChain(runs []orb.LineString, first osm.NodeID, d *osmData) orb.LineString {
	if len(runs) == 0 {
		return nil
	}
	if _, inside := d.node(first); inside && len(runs) > 1 {
		last := runs[len(runs)-1]
		joined := append(append(orb.LineString{}, last...), runs[0][1:]...)
		runs = append([]orb.LineString{joined}, runs[1:len(runs)-1]...)
	}
	var chain orb.LineString
	for _, r := range runs {
		chain = append(chain, r...)
	}
	return chain
}

func withoutTag(tags osm.Tags, key string) osm.Tags {
	out := make(osm.Tags, 0, len(tags))
	for _, t := range tags {
		if t.Key != key {
			out = append(out, t)
		}
	}
	return out
}

// relationLabel names a relation for messages: "relation/7 (Tirol)".
func relationLabel(r *osm.Relation) Phrase {
	if name := r.Tags.Find("name"); name != "" {
		return phrase("relation/%d (%s)", r.ID, name)
	}
	return phrase("relation/%d", r.ID)
}
