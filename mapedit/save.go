package mapedit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// Saved says what a save wrote.
type Saved struct {
	// Files are the files written, in order.
	Files []string
	// Map is the map to name from now on (to check, run, play and new): the GeoJSON
	// map, or the manifest that lists the edits.
	Map string
}

// Save writes the edits. A GeoJSON map is written in place (or to Options.Out): the
// features edited are rewritten (their geometry and the properties changed, the rest of
// each as it was), those deleted taken out, new ones added at the end, and every other
// byte of the file kept as it was. The edits of an extract or a manifest go into the
// map's edits layer: new features, and for a feature of another file, one that
// replaces it (maps.EditReplaces) or only takes it away (maps.EditDeleted); the first
// save lists that layer in the manifest (for an extract, writes the manifest beside it,
// with the extract and its terrain).
func (d *Doc) Save() (Saved, error) {
	t := d.target
	if t.coll == nil {
		t.coll = emptyCollection()
	}
	coll := t.coll
	rw := rewrite{replace: map[int][]byte{}, remove: map[int]bool{}}
	var appended []int // slots, in the order of rw.appends
	for i := range d.slots {
		s := &d.slots[i]
		if s.home >= 0 && same(s.cur, s.written) {
			continue
		}
		b, err := d.wanted(i)
		switch {
		case err != nil:
			return Saved{}, err
		case s.home >= 0 && b == nil:
			rw.remove[s.home] = true
		case s.home >= 0:
			rw.replace[s.home] = b
		case b != nil:
			rw.appends = append(rw.appends, b)
			appended = append(appended, i)
		}
	}
	data, oldIndex, appendIndex := coll.apply(rw)
	out := t.path
	if t.out != "" {
		out = t.out
	}
	saved := Saved{Map: d.path}
	if t.label == "" {
		saved.Map = out
	}
	if err := writeFile(out, data); err != nil {
		return Saved{}, err
	}
	saved.Files = append(saved.Files, out)
	if t.manifest != "" {
		if err := t.listInManifest(); err != nil {
			return saved, err
		}
		saved.Files = append(saved.Files, t.manifest)
		saved.Map = t.manifest
		d.path = t.manifest
		t.manifest, t.newManifest, t.addLayer = "", nil, false
	}
	newColl, err := parseCollection(data, out)
	if err != nil {
		return saved, err
	}
	t.coll, t.path, t.out = newColl, out, ""
	for i := range d.slots {
		s := &d.slots[i]
		if s.home >= 0 {
			s.home = oldIndex[s.home]
		}
		s.written = s.cur
	}
	for k, i := range appended {
		d.slots[i].home = appendIndex[k]
	}
	return saved, nil
}

// wanted is what the target file should hold for slot i: nothing (nil) for a feature
// deleted or left as another file has it, its bytes as opened when every edit of it was
// undone, else featureJSON.
func (d *Doc) wanted(i int) ([]byte, error) {
	s := &d.slots[i]
	replacing := s.origin != nil && s.origin.ref.Layer != d.target.label
	switch {
	case s.cur.Deleted && !replacing, replacing && same(s.cur, s.loaded):
		return nil, nil
	case s.original != nil && same(s.cur, s.loaded):
		return s.original, nil
	case s.home >= 0:
		return d.featureJSON(i, d.target.coll.feature(s.home))
	}
	return d.featureJSON(i, s.original)
}

// featureJSON writes slot i's feature as the target file holds it: spliced into old,
// its bytes there, when it is the file's own; a tombstone for a feature of another
// file deleted; else a whole feature (new, or replacing one of another file).
func (d *Doc) featureJSON(i int, old []byte) ([]byte, error) {
	s := &d.slots[i]
	cur := s.cur
	replacing := s.origin != nil && s.origin.ref.Layer != d.target.label
	if cur.Deleted {
		return marshal(map[string]any{"type": "Feature", "properties": map[string]any{maps.EditReplaces: maps.EditKey(s.origin.ref), maps.EditDeleted: true}, "geometry": nil}), nil
	}
	geom := d.geometryJSON(d.fileGeometry(i), d.target.crs)
	if old != nil && !replacing {
		prev := s.written
		if s.home < 0 {
			prev = s.loaded // put back after its deletion was saved
		}
		out := old
		var err error
		if !orb.Equal(cur.Geom, prev.Geom) {
			if out, err = setMember(out, "geometry", geom); err != nil {
				return nil, err
			}
		}
		props := memberValue(out, "properties")
		if props == nil || string(props) == "null" {
			props = []byte("{}")
		}
		for _, k := range changedKeys(prev.Props, cur.Props) {
			v, ok := cur.Props[k]
			var val []byte
			if ok {
				val = marshal(v)
			}
			if props, err = setMember(props, k, val); err != nil {
				return nil, err
			}
		}
		if s.origin != nil && !orb.Equal(cur.Geom, prev.Geom) && !hasKey(cur.Props, "kind") && typeChanged(s.origin.shape, cur.Geom) {
			if props, err = setMember(props, "kind", marshal(cur.Kind.String())); err != nil {
				return nil, err
			}
		}
		return setMember(out, "properties", props)
	}
	props := cloneProps(cur.Props)
	props["kind"] = cur.Kind.String()
	f := map[string]any{"type": "Feature", "properties": props, "geometry": json.RawMessage(geom)}
	if replacing {
		props[maps.EditReplaces] = maps.EditKey(s.origin.ref)
		if s.origin.ref.ID != "" {
			f["id"] = s.origin.ref.ID
		}
	}
	return marshal(f), nil
}

// fileGeometry is slot i's geometry as its file should hold it, in metres: its area,
// or for a point that stands for a larger shape (a school's grounds) the shape moved
// with it.
func (d *Doc) fileGeometry(i int) orb.Geometry {
	s := &d.slots[i]
	p, isPoint := s.cur.Geom.(orb.Point)
	if !isPoint || s.origin == nil || s.origin.shape == nil {
		return s.cur.Geom
	}
	if _, shapeIsPoint := s.origin.shape.(orb.Point); shapeIsPoint {
		return p
	}
	from := s.loaded.Geom.(orb.Point)
	dx, dy := p[0]-from[0], p[1]-from[1]
	moved := orb.Clone(s.origin.shape)
	return translate(moved, dx, dy)
}

// typeChanged reports whether g is written as another type of geometry than shape
// (a place point become a boundary), which may change what the feature's tags mean.
func typeChanged(shape, g orb.Geometry) bool {
	return shape == nil || areaLike(shape) != areaLike(g)
}

func areaLike(g orb.Geometry) bool {
	switch g.(type) {
	case orb.Polygon, orb.MultiPolygon:
		return true
	}
	return false
}

// changedKeys lists the keys whose values differ between a and b, sorted.
func changedKeys(a, b map[string]any) []string {
	var keys []string
	for k, v := range a {
		if w, ok := b[k]; !ok || !same(Feature{Props: map[string]any{k: v}}, Feature{Props: map[string]any{k: w}}) {
			keys = append(keys, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

func hasKey(m map[string]any, k string) bool { _, ok := m[k]; return ok }

// marshal writes v as JSON with its text as it is (no \u escapes of <, > and &).
func marshal(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("mapedit: " + err.Error()) // only JSON values are written
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// writeFile writes data to path through a file beside it, renamed over it once
// complete, so that a failed save leaves the map as it was.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("cannot save: %w", err)
	}
	_, err = tmp.Write(data)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		if st, statErr := os.Stat(path); statErr == nil {
			err = os.Chmod(tmp.Name(), st.Mode().Perm())
		} else {
			err = os.Chmod(tmp.Name(), 0o644)
		}
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot save %s: %w", path, err)
	}
	return nil
}

// listInManifest writes the manifest of an extract, or adds the edits layer's line to
// the manifest the map is.
func (t *target) listInManifest() error {
	if t.newManifest != nil {
		return writeFile(t.manifest, t.newManifest)
	}
	data, err := os.ReadFile(t.manifest)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", t.manifest, err)
	}
	out, err := addLayerLine(data, maps.ManifestLayer{File: t.label, Edits: true})
	if err != nil {
		return fmt.Errorf("%s: %w", t.manifest, err)
	}
	return writeFile(t.manifest, out)
}

// addLayerLine adds layer at the end of a manifest's layers list, indented as its other
// items are; a list written in brackets is left for a person to add to.
func addLayerLine(data []byte, layer maps.ManifestLayer) ([]byte, error) {
	item := strings.TrimLeft(layer.Line(), " ")
	lines := strings.SplitAfter(string(data), "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(strings.TrimRight(l, "\r\n"), "layers:") })
	if start < 0 || strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[start]), "layers:")) != "" {
		return nil, fmt.Errorf("cannot find where to list the edits layer: add the line %q to its layers", layer.Line())
	}
	indent, last := "  ", start
	for i := start + 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r\n")
		trimmed := strings.TrimLeft(l, " ")
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case len(trimmed) == len(l) && !strings.HasPrefix(trimmed, "-"):
			i = len(lines) // the next key of the manifest
			continue
		}
		if strings.HasPrefix(trimmed, "- ") && last == start {
			indent = l[:len(l)-len(trimmed)]
		}
		last = i
	}
	if !strings.HasSuffix(lines[last], "\n") {
		lines[last] += "\n"
	}
	out := slices.Insert(lines, last+1, indent+item+"\n")
	return []byte(strings.Join(out, "")), nil
}

// WriteFeatures writes features that are not the Doc's (suggestions taken by drillsim
// new) as a GeoJSON FeatureCollection of their own at path, in WGS84, each with its
// kind: a layer to list in a manifest beside the map's files.
func (d *Doc) WriteFeatures(path string, fs []Feature) error {
	var b bytes.Buffer
	b.WriteString("{\"type\": \"FeatureCollection\", \"features\": [")
	for i, f := range fs {
		if i > 0 {
			b.WriteByte(',')
		}
		props := cloneProps(f.Props)
		props["kind"] = f.Kind.String()
		b.WriteString("\n")
		b.Write(marshal(map[string]any{"type": "Feature", "properties": props, "geometry": json.RawMessage(d.geometryJSON(f.Geom, nil))}))
	}
	b.WriteString("\n]}\n")
	return writeFile(path, b.Bytes())
}
