package maps

import (
	"strings"

	"github.com/paulmach/orb"
)

// layer is one file of a map after decoding: its features classified and in WGS84
// lon/lat, whatever the format (GeoJSON, OSM XML, OSM PBF). A map is one layer, or the
// several layers a manifest lists, joined by buildTown.
type layer struct {
	source       string
	name         string // the name the file gives the map ("" when it gives none)
	illustrative bool
	feats        []decodedFeature
	problems     Problems
	// edits marks an edits layer; replaces are the EditKeys of the features its
	// edits take the place of (edits.go).
	edits    bool
	replaces []string
}

// layerRules are what a manifest says about one of its layers; the zero value reads a
// file as it is.
type layerRules struct {
	// label names the layer in messages (its file as the manifest writes it); "" for a
	// map of one file.
	label string
	// crs is the system of the file's positions; nil is WGS84 lon/lat.
	crs CRS
	// kind, when set, is the kind of every feature of the layer.
	kind    Kind
	hasKind bool
	// nameKey is the property that holds a feature's name ("VNAME"); "" reads name.
	nameKey string
	// defaults are properties given to every feature that lacks them (hazard: flood).
	defaults properties
	// edits marks the layer of a map's edits (edits.go).
	edits bool
}

// decodedSource is what a format's decoder hands on: the features as GeoJSON would
// hold them, and what the file says about itself.
type decodedSource struct {
	source       string
	name         string
	illustrative bool
	crsMember    []byte
	raws         []rawFeature
	// fromOSM marks OpenStreetMap files (and exports of them), whose open rings are the
	// extract's edge rather than drawing mistakes.
	fromOSM bool
	// frame is the box the extract covers, when the file says; zero otherwise.
	frame orb.Bound
	// problems are what decoding found (the extract's edge, summed up).
	problems Problems
}

// prepareLayer classifies a decoded file's features by rules, checks and converts their
// coordinates to WGS84 lon/lat and mends what the extract's edge cut.
func prepareLayer(src *decodedSource, rules layerRules) (*layer, error) {
	l := &layer{source: src.source, name: src.name, illustrative: src.illustrative, problems: src.problems, edits: rules.edits}
	for i := range src.raws {
		rules.apply(&src.raws[i])
	}
	if rules.edits {
		l.replaces = markEdits(src.raws)
	}
	l.feats = classifyFeatures(src.raws, &l.problems)
	for i := range l.feats {
		l.feats[i].fromOSM = src.fromOSM
		if rules.hasKind {
			l.feats[i].kind, l.feats[i].explicit = rules.kind, true
		}
	}
	if err := checkCoordinates(l.feats, src.crsMember, src.source, rules.crs); err != nil {
		return nil, err
	}
	if rules.crs == nil || rules.crs.Name() == WGS84.Name() {
		hintGCJ02(src, rules, &l.problems)
	} else {
		for i := range l.feats {
			f := &l.feats[i]
			f.geom = TransformGeometry(f.geom, rules.crs.ToLonLat)
			if f.hint != nil {
				lon, lat := rules.crs.ToLonLat(f.hint[0], f.hint[1])
				f.hint = &orb.Point{lon, lat}
			}
		}
	}
	frame := src.frame
	if frame.IsZero() {
		_, frame = extents(l.feats)
	}
	l.feats = mendEdgeCuts(l.feats, frame, src.fromOSM, &l.problems)
	if rules.label != "" {
		for i := range l.feats {
			l.feats[i].ref.Layer = rules.label
		}
		for i := range l.problems {
			if l.problems[i].Feature.Index >= 0 {
				l.problems[i].Feature.Layer = rules.label
			}
		}
	}
	return l, nil
}

// apply gives a raw feature the layer's default properties and its name property.
func (r layerRules) apply(f *rawFeature) {
	if len(r.defaults) > 0 || r.nameKey != "" {
		if f.Properties == nil {
			f.Properties = properties{}
		}
	}
	for k, v := range r.defaults {
		if !f.Properties.has(k) {
			f.Properties[k] = v
		}
	}
	if r.nameKey != "" {
		if name := f.Properties.str(r.nameKey); name != "" {
			f.Properties["name"] = name
		}
	}
}

// IsOSMID reports whether id is an OpenStreetMap element id as osmtogeojson and this
// package write them: node/N, way/N or relation/N.
func IsOSMID(id string) bool {
	for _, prefix := range []string{"node/", "way/", "relation/"} {
		if rest, ok := strings.CutPrefix(id, prefix); ok && rest != "" && isDigits(strings.TrimPrefix(rest, "-")) {
			return true
		}
	}
	return false
}
