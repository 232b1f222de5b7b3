package maps

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb"
)

// LoadOptions says how to read a map file. The zero value reads RFC 7946 WGS84 GeoJSON
// with drillsim's default population estimates and no terrain.
type LoadOptions struct {
	// Source names the map in messages (a file path); LoadFile sets it.
	Source string
	// CRS is the coordinate system of the file's positions; nil means WGS84 lon/lat as
	// RFC 7946 requires. Give GCJ02 for Chinese web-map exports, or a projected system.
	CRS CRS
	// DEM is the terrain; nil loads the town without it and says so.
	DEM *DEM
	// PersonsPerM2 estimates a residential building's population from its footprint
	// when it has no population property (default 0.03: three people per 100 m²).
	PersonsPerM2 float64
	// VulnerableShare estimates the elderly, children and disabled among residents when
	// a building has no vulnerable property (default 0.3).
	VulnerableShare float64
	// KeepSources keeps every feature's properties and geometry as its file has them,
	// for Town.SourceOf: what an editor needs to write a feature back.
	KeepSources bool
}

// Defaults used when LoadOptions leaves a figure at zero.
const (
	DefaultPersonsPerM2    = 0.03
	DefaultVulnerableShare = 0.3
)

// collectionHeader is the top level of a GeoJSON file but its features, with the
// foreign members drillsim reads ("name", "illustrative") and the legacy "crs" member it
// must not ignore.
type collectionHeader struct {
	Type         string          `json:"type"`
	Name         any             `json:"name"`
	Illustrative any             `json:"illustrative"`
	CRS          json.RawMessage `json:"crs"`
}

// rawFeature is one GeoJSON Feature as decoded.
type rawFeature struct {
	Type       string       `json:"type"`
	ID         any          `json:"id"`
	Properties properties   `json:"properties"`
	Geometry   geometryJSON `json:"geometry"`
	// hint is a point known to lie inside the feature's area (an OSM relation's label
	// node), which tells mendEdgeCuts the inside of a boundary the edge cut open.
	hint *orb.Point
	// tombstone marks a feature of an edits layer that only deletes another.
	tombstone bool
}

// decodedFeature is a feature after decoding and classification, before typing.
type decodedFeature struct {
	ref   FeatureRef
	props properties
	geom  orb.Geometry
	kind  Kind
	// explicit is true when the kind came from a `kind` property (or a manifest's layer)
	// rather than OSM tags.
	explicit bool
	hint     *orb.Point
	// closedAtEdge marks a village boundary mendEdgeCuts closed along the edge.
	closedAtEdge bool
	// fromOSM marks features of OpenStreetMap files and their GeoJSON exports.
	fromOSM bool
}

// LoadFile reads a map file into a Town with typed options: GeoJSON, OSM XML (.osm),
// OSM PBF (.osm.pbf), or a manifest listing several (see Open, which takes the options
// as a person writes them).
func LoadFile(path string, opt LoadOptions) (*Town, error) {
	if opt.Source == "" {
		opt.Source = path
	}
	return openPath(path, opt)
}

// Load reads a GeoJSON FeatureCollection into a Town. It returns an error (a *LoadError)
// only when the file cannot be a map at all; everything else wrong with individual
// features is listed in Town.Problems, and features with Error problems are left out.
func Load(data []byte, opt LoadOptions) (*Town, error) {
	if opt.Source == "" {
		opt.Source = "map"
	}
	src, err := decodeGeoJSON(data, opt.Source)
	if err != nil {
		return nil, err
	}
	return townOfOne(src, data, opt)
}

// townOfOne makes the town of a map of one file, decoded into src from data.
func townOfOne(src *decodedSource, data []byte, opt LoadOptions) (*Town, error) {
	l, err := prepareLayer(src, layerRules{crs: opt.CRS})
	if err != nil {
		return nil, err
	}
	return buildTown([]*layer{l}, mapIdentity{name: nameOf(l.name, opt.Source), source: opt.Source, illustrative: l.illustrative, hash: hashOf(data)}, opt)
}

// mapIdentity is what names a map: its name, where it came from, whether it is
// illustrative, and the hash of its bytes.
type mapIdentity struct {
	name, source string
	illustrative bool
	hash         string
}

// hashOf is the short SHA-256 that identifies a map's bytes.
func hashOf(parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write(p)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// buildTown joins layers into a Town: it leaves out what cannot be drawn, projects
// everything to metres around the map's centre, types the features, draws villages
// around place points where no boundary is mapped, and derives the rest (finish).
func buildTown(layers []*layer, id mapIdentity, opt LoadOptions) (*Town, error) {
	if opt.PersonsPerM2 <= 0 {
		opt.PersonsPerM2 = DefaultPersonsPerM2
	}
	if opt.VulnerableShare <= 0 || opt.VulnerableShare > 1 {
		opt.VulnerableShare = DefaultVulnerableShare
	}
	t := &Town{Source: id.source, Hash: id.hash, Name: id.name, Illustrative: id.illustrative}
	var feats []decodedFeature
	for _, l := range layers {
		t.Problems = append(t.Problems, l.problems...)
		feats = append(feats, l.feats...)
	}
	feats = keepValid(feats, &t.Problems)
	if len(feats) == 0 {
		return nil, loadErrorf(id.source, "fix them in the source data and load again", "no feature has a usable geometry: %s", ListSome(t.Problems, 3))
	}
	all, core := extents(feats)
	c := core.Center()
	t.Projection = NewLocal(c[0], c[1])
	for i := range feats {
		feats[i].geom = TransformGeometry(feats[i].geom, t.Projection.FromLonLat)
		if h := feats[i].hint; h != nil {
			x, y := t.Projection.FromLonLat(h[0], h[1])
			feats[i].hint = &orb.Point{x, y}
		}
	}
	if opt.KeepSources {
		keepSources(t, feats)
	}
	t.Bounds = lonlatToLocalBound(t.Projection, all)
	t.Core = lonlatToLocalBound(t.Projection, core)
	points := assemble(t, feats, opt)
	finishVillages(t, points)
	finish(t, opt)
	return t, nil
}

// nameOf is the map's name: the one its file gives, else the file's name without
// its extensions (".osm.pbf" and all).
func nameOf(name, source string) string {
	if s := strings.TrimSpace(name); s != "" {
		return s
	}
	base := filepath.Base(source)
	for {
		ext := filepath.Ext(base)
		if !mapExtensions[strings.ToLower(ext)] || ext == base {
			return base
		}
		base = strings.TrimSuffix(base, ext)
	}
}

// mapExtensions are the file extensions a map's name is read without.
var mapExtensions = map[string]bool{".geojson": true, ".json": true, ".osm": true, ".pbf": true,
	".bz2": true, ".gz": true, ".yaml": true, ".yml": true}

func idOf(id any, p properties) string {
	switch v := id.(type) {
	case string:
		return v
	case float64:
		return fmt.Sprint(v)
	}
	if s := p.str("id"); s != "" {
		return s
	}
	return p.str("@id")
}

// featureName is a feature's name: name, else its Chinese or English name, else the
// official_name or place_name some imports (TIGER) carry instead.
func featureName(p properties) string {
	for _, k := range []string{"name", "name:zh", "name:en", "official_name", "place_name"} {
		if s := p.str(k); s != "" {
			return s
		}
	}
	return ""
}

// keepValid drops features whose geometry breaks GeoJSON's rules, with an Error each.
func keepValid(feats []decodedFeature, ps *Problems) []decodedFeature {
	kept := feats[:0]
	for _, f := range feats {
		if msg := validateGeometry(f.geom); !msg.IsZero() {
			// A broken feature the drill uses is an error in a map someone drew for
			// drills; in an OpenStreetMap extract it is someone else's slip that the
			// drill does without, and broken background (a country border cut off by
			// the export) only leaves a gap in the drawing.
			switch {
			case f.kind == Background:
				ps.add(Warning, f.ref, "fix the geometry in the source data and export again; the feature is left out until then", "%s", msg)
			case f.fromOSM:
				ps.add(Warning, f.ref, "nothing to do for a drill; it can be fixed in OpenStreetMap", "%s; left out", msg)
			default:
				ps.add(Error, f.ref, "fix the geometry in the source data and export again; the feature is left out until then", "%s", msg)
			}
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// extents returns the lon/lat bounds of all features and of the core: the features a
// drill acts on (roads, buildings, places), without the areas and background that real
// exports carry far beyond the town (a country's border, a national park).
func extents(feats []decodedFeature) (all, core orb.Bound) {
	hasCore := false
	for i, f := range feats {
		b := f.geom.Bound()
		if i == 0 {
			all = b
		} else {
			all = all.Union(b)
		}
		switch f.kind {
		case Background, KindVillage, KindLandcover, KindWater, KindRiver, KindStream:
			continue
		}
		if !hasCore {
			core, hasCore = b, true
		} else {
			core = core.Union(b)
		}
	}
	if !hasCore {
		core = all
	}
	return all, core
}

func lonlatToLocalBound(l Local, b orb.Bound) orb.Bound {
	x0, y0 := l.FromLonLat(b.Min[0], b.Min[1])
	x1, y1 := l.FromLonLat(b.Max[0], b.Max[1])
	return orb.Bound{Min: orb.Point{x0, y0}, Max: orb.Point{x1, y1}}
}
