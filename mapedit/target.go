package mapedit

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"drillsim/maps"
)

// target is the GeoJSON file a Doc's edits are written into: the map itself for a
// GeoJSON map, else the map's edits layer (maps.ManifestLayer.Edits), listed in the
// manifest of the map, which a first save writes for an extract.
type target struct {
	// path is the file written (its edits are read from it); out, when set, is where a
	// GeoJSON map's edits go instead (read from path the first time only).
	path, out string
	// label is how the map names the file's features (their FeatureRef.Layer): "" for
	// a map of one file, the file as its manifest writes it for a layer.
	label string
	// crs is the coordinate system of a GeoJSON map's positions (nil: WGS84).
	crs  maps.CRS
	coll *collection
	// manifest is the manifest that must list the file once it is written: created
	// (newManifest) or given a line (addLayer); "" when it lists it already.
	manifest    string
	newManifest []byte
	addLayer    bool
}

// extractTarget is the target of an OpenStreetMap extract's edits: an edits layer
// beside it, listed with the extract and its terrain in a manifest the first save
// writes there.
func extractTarget(extract, dem string) (*target, error) {
	manifest := extractManifestPath(extract)
	label := baseName(extract) + ".edits.geojson"
	t := &target{path: filepath.Join(filepath.Dir(extract), label), label: label, manifest: manifest}
	for _, p := range []string{manifest, t.path} {
		if _, err := os.Stat(p); err == nil {
			return nil, fmt.Errorf("%s exists and does not list %s with its edits: the edits of the extract are saved there; move it away, or edit the map it belongs to", p, extract)
		}
	}
	text := fmt.Sprintf("# %s as drills need it: the OpenStreetMap extract as it came, and what was marked\n# up on it with drillsim edit (%s). docs/maps.md describes this file.\n", baseName(extract), label)
	text += "name: " + maps.YAMLScalar(baseName(extract)) + "\n"
	if dem != "" {
		text += "dem: " + maps.YAMLScalar(maps.RelativePath(manifest, dem)) + "\n"
	}
	text += "layers:\n  - file: " + maps.YAMLScalar(maps.RelativePath(manifest, extract)) + "\n" + maps.ManifestLayer{File: label, Edits: true}.Line() + "\n"
	t.newManifest = []byte(text)
	return t, nil
}

// manifestTarget is the target of a manifest map's edits: its edits layer, or a new
// one beside it that the first save lists.
func manifestTarget(manifest string) (*target, error) {
	m, err := maps.ReadManifest(manifest)
	if err != nil {
		return nil, err
	}
	for _, l := range m.Layers {
		if l.Edits {
			return &target{path: maps.ResolvePath(manifest, l.File), label: l.File}, nil
		}
	}
	label := baseName(manifest) + ".edits.geojson"
	t := &target{path: maps.ResolvePath(manifest, label), label: label, manifest: manifest, addLayer: true}
	if _, err := os.Stat(t.path); err == nil {
		return nil, fmt.Errorf("%s exists but %s does not list it: list it with the line %q, or move it away", t.path, manifest, maps.ManifestLayer{File: label, Edits: true}.Line())
	}
	return t, nil
}

// read reads the target file's features, when it exists.
func (t *target) read() error {
	data, err := os.ReadFile(t.path)
	if errors.Is(err, fs.ErrNotExist) && t.label != "" {
		return nil // an edits layer yet to be written
	}
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", t.path, err)
	}
	t.coll, err = parseCollection(data, t.path)
	return err
}
