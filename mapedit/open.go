package mapedit

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/sim"
	"drillsim/sim/hazard"
)

// Doc is a map open for editing: the town as loaded (for drawing what is not edited and
// for the suggestions), the features being marked up, and the edits made, undoable.
// Save writes them back. A Doc is used from one goroutine.
type Doc struct {
	town  *maps.Town
	path  string // the map opened
	slots []slot
	// done and undone are the edits made and those undone, the last on top.
	done, undone []step
	target       *target
	opt          Options
	// terrain is the hazard grid of the town, made when a suggestion first needs it;
	// runouts runs landslides on it.
	terrain *maps.Terrain
	runouts *hazard.Runouts
}

// slot is one feature of the Doc: what it is now, how it was opened, and where it
// came from and is written.
type slot struct {
	cur    Feature
	loaded Feature // as opened; Deleted for a feature added here
	// origin is where a feature of the map came from; nil for one added here.
	origin *origin
	// home is the feature's index in the target file, -1 when it is not there.
	home int
	// written is the feature's state in the files, as last opened or saved.
	written Feature
	// original is a feature of the target file as it was opened, byte for byte, to
	// write back when its edits are all undone.
	original []byte
}

// origin is where a feature of the opened map is in its files.
type origin struct {
	ref maps.FeatureRef
	// shape is the feature's geometry as its file has it (metres): a school's grounds
	// behind the point that stands for the shelter, a place point behind the village
	// drawn around it.
	shape orb.Geometry
}

// Options say how to open a map for editing.
type Options struct {
	// Map are the options the map is opened with (coordinate system, terrain).
	Map maps.OpenOptions
	// Out is where the edits of a GeoJSON map are saved (default: the map itself).
	Out string
	// CellM is the side of the hazard grid the suggestions work on, in metres
	// (default the engine's, sim.DefaultTerrainCellM).
	CellM float64
}

// Open opens the map at path for editing: a GeoJSON file (saved in place, or to
// opt.Out), an OpenStreetMap extract or a map manifest (whose edits are saved in an
// edits layer beside it, see Save). An extract edited before is opened through the
// manifest its first save wrote.
func Open(path string, opt Options) (*Doc, error) {
	if opt.CellM <= 0 {
		opt.CellM = sim.DefaultTerrainCellM
	}
	format, err := maps.FormatOf(path)
	if err != nil {
		return nil, err
	}
	var t *target
	switch format {
	case maps.FileGeoJSON:
		t = &target{path: path, out: opt.Out}
	case maps.FileOSM:
		if m, ok := earlierManifest(path); ok {
			path, format = m, maps.FileManifest
			break
		}
		t, err = extractTarget(path, opt.Map.DEM)
	}
	if err != nil {
		return nil, err
	}
	if format == maps.FileManifest {
		if t, err = manifestTarget(path); err != nil {
			return nil, err
		}
	}
	if opt.Out != "" && format != maps.FileGeoJSON {
		return nil, fmt.Errorf("--out saves the edits of a GeoJSON map elsewhere; the edits of %s go to %s", path, t.path)
	}
	mo := opt.Map
	mo.KeepSources = true
	town, err := maps.Open(path, mo)
	if err != nil {
		return nil, err
	}
	if crs := opt.Map.CRS; crs != "" && format == maps.FileGeoJSON {
		c, err := maps.ParseCRS(crs)
		if err != nil {
			return nil, err
		}
		t.crs = c
	}
	if err := t.read(); err != nil {
		return nil, err
	}
	d := &Doc{town: town, path: path, target: t, opt: opt}
	d.loadFeatures()
	return d, nil
}

// earlierManifest is the manifest an earlier save wrote beside OpenStreetMap extract
// path, when there is one that lists it with an edits layer.
func earlierManifest(path string) (string, bool) {
	m, err := maps.ReadManifest(extractManifestPath(path))
	if err != nil {
		return "", false
	}
	lists, edits := false, false
	for _, l := range m.Layers {
		lists = lists || sameFile(maps.ResolvePath(extractManifestPath(path), l.File), path)
		edits = edits || l.Edits
	}
	return extractManifestPath(path), lists && edits
}

// sameFile reports whether paths a and b name the same file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// baseName is a map file's name without its extensions (".osm.pbf" and all).
func baseName(path string) string {
	base := filepath.Base(path)
	for {
		ext := strings.ToLower(filepath.Ext(base))
		if !slices.Contains([]string{".geojson", ".json", ".osm", ".pbf", ".bz2", ".gz", ".yaml", ".yml", ".xml"}, ext) || ext == base {
			return base
		}
		base = base[:len(base)-len(ext)]
	}
}

// extractManifestPath is where the manifest of an edited extract goes: beside it.
func extractManifestPath(path string) string {
	return filepath.Join(filepath.Dir(path), baseName(path)+".yaml")
}

// loadFeatures makes a slot of every feature of an editable kind on the town.
func (d *Doc) loadFeatures() {
	t := d.town
	add := func(k maps.Kind, ref maps.FeatureRef, g orb.Geometry) {
		src, _ := t.SourceOf(ref)
		f := Feature{Kind: k, Geom: orb.Clone(g), Props: cloneProps(src.Properties)}
		if mp, ok := f.Geom.(orb.MultiPolygon); ok {
			f.Geom = closeRings(mp)
		}
		s := slot{cur: f, loaded: f, written: f, origin: &origin{ref: ref, shape: src.Geometry}, home: -1}
		if c := d.target.coll; ref.Layer == d.target.label && c != nil && ref.Index < len(c.spans) {
			s.home, s.original = ref.Index, c.feature(ref.Index)
		}
		d.slots = append(d.slots, s)
	}
	for _, z := range t.HazardZones {
		add(maps.KindHazardZone, z.Ref, z.Area)
	}
	for _, v := range t.Villages {
		add(maps.KindVillage, v.Ref, v.Area)
	}
	for _, s := range t.Shelters {
		add(maps.KindShelter, s.Ref, s.Location)
	}
	for _, s := range t.Depots {
		add(maps.KindDepot, s.Ref, s.Location)
	}
	for _, s := range t.Stations {
		add(maps.KindStation, s.Ref, s.Location)
	}
	for _, l := range t.Loudspeakers {
		add(maps.KindLoudspeaker, l.Ref, l.Location)
	}
}

// closeRings returns mp with every ring closed (its last position its first).
func closeRings(mp orb.MultiPolygon) orb.MultiPolygon {
	for _, p := range mp {
		for i, r := range p {
			if len(r) > 0 && !r.Closed() {
				p[i] = append(r, r[0])
			}
		}
	}
	return mp
}

// Town is the map as opened, for drawing what the editor does not mark up.
func (d *Doc) Town() *maps.Town { return d.town }

// Path is the map opened (the manifest, for an extract edited before).
func (d *Doc) Path() string { return d.path }

// Len is the number of features, deleted ones included: indices stay valid for the
// Doc's life.
func (d *Doc) Len() int { return len(d.slots) }

// Feature returns feature i as it is now. It is the Doc's own: read it, do not change it.
func (d *Doc) Feature(i int) *Feature { return &d.slots[i].cur }

// Dirty reports whether there are edits not saved.
func (d *Doc) Dirty() bool {
	for i := range d.slots {
		if !same(d.slots[i].cur, d.slots[i].written) {
			return true
		}
	}
	return false
}
