package maps

import (
	"maps"
	"strconv"

	"github.com/paulmach/orb"
)

// SourceFeature is a feature as its file has it: every property, and its geometry in
// the town's metres. A map keeps them when opened with KeepSources, so that an editor
// can write a feature back with all it said.
type SourceFeature struct {
	Ref        FeatureRef
	Properties map[string]any
	Geometry   orb.Geometry
}

// sourceKey is where a feature is in the files of a map: its layer and index.
type sourceKey struct {
	layer string
	index int
}

// keepSources records every feature's properties and geometry, by where it is.
func keepSources(t *Town, feats []decodedFeature) {
	t.sources = make(map[sourceKey]SourceFeature, len(feats))
	for _, f := range feats {
		k := sourceKey{f.ref.Layer, f.ref.Index}
		if _, dup := t.sources[k]; !dup { // a feature cut in pieces keeps its first
			t.sources[k] = SourceFeature{Ref: f.ref, Properties: maps.Clone(f.props), Geometry: f.geom}
		}
	}
}

// SourceOf returns the feature ref names as its file has it, and false when the map was
// not opened with KeepSources or has no such feature.
func (t *Town) SourceOf(ref FeatureRef) (SourceFeature, bool) {
	f, ok := t.sources[sourceKey{ref.Layer, ref.Index}]
	return f, ok
}

// EditKey is how a map's edits layer names the feature ref stands for (see
// ManifestLayer.Edits): its OpenStreetMap id when it has one, else its layer and index
// in it ("villages.geojson#3").
func EditKey(ref FeatureRef) string {
	if IsOSMID(ref.ID) {
		return ref.ID
	}
	return ref.Layer + "#" + strconv.Itoa(ref.Index)
}
