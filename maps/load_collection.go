package maps

import (
	"encoding/json"
	"errors"
	"strings"
)

// decodeGeoJSON decodes a GeoJSON FeatureCollection for prepareLayer.
func decodeGeoJSON(data []byte, source string) (*decodedSource, error) {
	hdr, raws, err := decodeCollection(data, source)
	if err != nil {
		return nil, err
	}
	name, _ := hdr.Name.(string)
	src := &decodedSource{source: source, name: name, illustrative: hdr.Illustrative == true, crsMember: hdr.CRS, raws: raws}
	for _, f := range raws {
		if id, ok := f.ID.(string); ok && IsOSMID(id) {
			src.fromOSM = true // an osmtogeojson export: open rings are the extract's edge
			break
		}
	}
	return src, nil
}

// decodeCollection decodes a FeatureCollection. The whole file is decoded in one pass;
// only when some feature cannot be read is it decoded again feature by feature, so that
// each bad feature becomes a Problem naming it and the others still load.
func decodeCollection(data []byte, source string) (*collectionHeader, []rawFeature, error) {
	var fc struct {
		collectionHeader
		Features []rawFeature `json:"features"`
	}
	err := json.Unmarshal(data, &fc)
	var syn *json.SyntaxError
	if err != nil && (errors.As(err, &syn) || err.Error() == "unexpected end of JSON input") {
		return nil, nil, jsonLoadError(source, data, err)
	}
	if err != nil {
		// Some member has the wrong type: find out which, one feature at a time.
		var slow struct {
			collectionHeader
			Features []json.RawMessage `json:"features"`
		}
		if err := json.Unmarshal(data, &slow); err != nil {
			return nil, nil, jsonLoadError(source, data, err)
		}
		fc.collectionHeader = slow.collectionHeader
		fc.Features = make([]rawFeature, len(slow.Features))
		for i, raw := range slow.Features {
			if err := json.Unmarshal(raw, &fc.Features[i]); err != nil {
				fc.Features[i] = rawFeature{Type: "unreadable", ID: jsonFault(err)}
			}
		}
	}
	if err := checkCollection(&fc.collectionHeader, len(fc.Features), source); err != nil {
		return nil, nil, err
	}
	return &fc.collectionHeader, fc.Features, nil
}

// checkCollection rejects files that are not a FeatureCollection with features.
func checkCollection(h *collectionHeader, features int, source string) error {
	switch h.Type {
	case "FeatureCollection":
	case "":
		return &LoadError{Source: source, Msg: `not GeoJSON: the top-level object has no "type" member`, Hint: `a map is {"type": "FeatureCollection", "features": [...]}`}
	case "Feature":
		return &LoadError{Source: source, Msg: "the file holds a single Feature, not a FeatureCollection", Hint: `wrap it: {"type": "FeatureCollection", "features": [ ...the feature... ]}`}
	default:
		return loadErrorf(source, `a map is {"type": "FeatureCollection", "features": [...]} with one Feature per road, building, shelter ...`, "the file is a GeoJSON %s, not a FeatureCollection", h.Type)
	}
	if features == 0 {
		return &LoadError{Source: source, Msg: "the map is empty: the FeatureCollection has no features", Hint: "export the town's roads, buildings and places into it"}
	}
	return nil
}

// classifyFeatures turns decoded features into classified ones, with a Problem for each
// feature that is unreadable, not a Feature, or without geometry.
func classifyFeatures(raws []rawFeature, ps *Problems) []decodedFeature {
	feats := make([]decodedFeature, 0, len(raws))
	for i := range raws {
		rf := &raws[i]
		if rf.tombstone {
			continue
		}
		if rf.Type == "unreadable" {
			ps.add(Error, FeatureRef{Index: i}, "fix the feature (type, properties, geometry) or remove it", "cannot read the feature: %s", rf.ID)
			continue
		}
		ref := FeatureRef{Index: i, ID: idOf(rf.ID, rf.Properties), Name: featureName(rf.Properties)}
		if rf.Type != "Feature" {
			ps.add(Error, ref, `each member of "features" must be {"type": "Feature", ...}`, "has type %q, not Feature", rf.Type)
			continue
		}
		if rf.Geometry.g == nil {
			ps.add(Error, ref, "give it a geometry (a location) or remove it", "the feature has no geometry (null)")
			continue
		}
		kind, known := classify(rf.Properties)
		if !known {
			ps.addHinted(Warning, ref, "use one of: %s", []any{strings.Join(kindNames[1:], ", ")}, "unknown kind %q; kept as background", rf.Properties.str("kind"))
		}
		feats = append(feats, decodedFeature{ref: ref, props: rf.Properties, geom: rf.Geometry.g, kind: kind, explicit: rf.Properties.has("kind"), hint: rf.hint})
	}
	return feats
}
