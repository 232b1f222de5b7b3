package maps

import (
	"slices"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/osm"
)

// osmData is an OpenStreetMap extract as read from .osm or .osm.pbf, before it becomes
// features: the position of every node, and the elements that carry tags.
type osmData struct {
	// bounds is the extract's box when the file says it (XML <bounds>, the PBF header).
	bounds *orb.Bound
	// nodeIDs and nodeAt hold every node's position (lon/lat), in file order; byID
	// sorts their indices by id for lookup once reading is done, unless the file has
	// them sorted already (sorted), as extracts do.
	nodeIDs []osm.NodeID
	nodeAt  []orb.Point
	byID    []int32
	sorted  bool
	// nodes are the nodes with tags that say something (not only created_by or source).
	nodes     []*osm.Node
	ways      []*osm.Way
	relations []*osm.Relation
}

// addNode records a node's position, and the node itself when its tags say something.
func (d *osmData) addNode(id osm.NodeID, lon, lat float64, tags osm.Tags) {
	d.nodeIDs = append(d.nodeIDs, id)
	d.nodeAt = append(d.nodeAt, orb.Point{lon, lat})
	if meaningfulTags(tags) {
		d.nodes = append(d.nodes, &osm.Node{ID: id, Lon: lon, Lat: lat, Tags: tags})
	}
}

// index sorts the node lookup; it must run once, after the last node is added.
// Extracts are normally sorted by id already, which it checks first.
func (d *osmData) index() {
	d.sorted = slices.IsSorted(d.nodeIDs)
	if d.sorted {
		return
	}
	d.byID = make([]int32, len(d.nodeIDs))
	for i := range d.byID {
		d.byID[i] = int32(i)
	}
	sort.SliceStable(d.byID, func(a, b int) bool { return d.nodeIDs[d.byID[a]] < d.nodeIDs[d.byID[b]] })
}

// node returns the position of node id, and false when the extract does not hold it
// (it lies beyond the extract's edge).
func (d *osmData) node(id osm.NodeID) (orb.Point, bool) {
	if d.sorted {
		if i, ok := slices.BinarySearch(d.nodeIDs, id); ok {
			return d.nodeAt[i], true
		}
		return orb.Point{}, false
	}
	i, ok := slices.BinarySearchFunc(d.byID, id, func(k int32, id osm.NodeID) int {
		switch v := d.nodeIDs[k]; {
		case v < id:
			return -1
		case v > id:
			return 1
		}
		return 0
	})
	if !ok {
		return orb.Point{}, false
	}
	return d.nodeAt[d.byID[i]], true
}

// extent is the box the extract covers: its declared bounds, else the box of its nodes.
func (d *osmData) extent() (orb.Bound, bool) {
	if d.bounds != nil {
		return *d.bounds, true
	}
	if len(d.nodeAt) == 0 {
		return orb.Bound{}, false
	}
	b := orb.Bound{Min: d.nodeAt[0], Max: d.nodeAt[0]}
	for _, p := range d.nodeAt[1:] {
		b = b.Extend(p)
	}
	return b, true
}

// silentTags are tags that say nothing about what an element is: a node that has only
// these is a vertex of a way, not a feature.
var silentTags = map[string]bool{
	"created_by": true, "source": true, "note": true, "fixme": true, "FIXME": true,
	"attribution": true, "converted_by": true, "odbl": true, "odbl:note": true,
}

// meaningfulTags reports whether tags hold anything beyond silentTags.
func meaningfulTags(tags osm.Tags) bool {
	for _, t := range tags {
		if !silentTags[t.Key] && !hasSourcePrefix(t.Key) {
			return true
		}
	}
	return false
}

func hasSourcePrefix(key string) bool {
	return len(key) > 7 && key[:7] == "source:"
}

// tagProperties turns OSM tags into feature properties (every value a string, as in
// osmtogeojson's output, which the GeoJSON reader already reads).
func tagProperties(tags osm.Tags) properties {
	p := make(properties, len(tags))
	for _, t := range tags {
		p[t.Key] = t.Value
	}
	return p
}
