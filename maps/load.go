package maps

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb"

	"drillsim/internal/sniff"
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
}

// decodedFeature is a feature after decoding and classification, before typing.
type decodedFeature struct {
	ref   FeatureRef
	props properties
	geom  orb.Geometry
	kind  Kind
	// explicit is true when the kind came from a `kind` property rather than OSM tags.
	explicit bool
}

// geojsonFile is what a map file must look like before it is decoded: text, one JSON
// object from its first character to its last. Its size is not capped: a county's map
// runs to hundreds of megabytes.
var geojsonFile = sniff.Kind{Name: "a GeoJSON map", Starts: "{", Next: `"}`, Ends: "}"}

// LoadFile reads a GeoJSON map file into a Town. See Load. A file that is binary, or
// not one JSON object from end to end, is refused after reading its first and last
// 64 KB.
func LoadFile(path string, opt LoadOptions) (*Town, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read map: %w", err)
	}
	defer f.Close()
	if err := sniff.CheckFile(f, path, geojsonFile); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("cannot read map: %w", err)
	}
	if opt.Source == "" {
		opt.Source = path
	}
	return Load(data, opt)
}

// Load reads a GeoJSON FeatureCollection into a Town. It returns an error (a *LoadError)
// only when the file cannot be a map at all; everything else wrong with individual
// features is listed in Town.Problems, and features with Error problems are left out.
func Load(data []byte, opt LoadOptions) (*Town, error) {
	if opt.Source == "" {
		opt.Source = "map"
	}
	if opt.PersonsPerM2 <= 0 {
		opt.PersonsPerM2 = DefaultPersonsPerM2
	}
	if opt.VulnerableShare <= 0 || opt.VulnerableShare > 1 {
		opt.VulnerableShare = DefaultVulnerableShare
	}
	hdr, raws, err := decodeCollection(data, opt.Source)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	t := &Town{Source: opt.Source, Hash: hex.EncodeToString(sum[:8]), Name: nameOf(hdr.Name, opt.Source), Illustrative: hdr.Illustrative == true}
	feats := classifyFeatures(raws, &t.Problems)
	if err := checkCoordinates(feats, hdr, opt); err != nil {
		return nil, err
	}
	if opt.CRS != nil && opt.CRS.Name() != WGS84.Name() {
		for i := range feats {
			feats[i].geom = transformGeometry(feats[i].geom, opt.CRS.ToLonLat)
		}
	}
	feats = keepValid(feats, &t.Problems)
	if len(feats) == 0 {
		return nil, &LoadError{Source: opt.Source, Msg: "no feature has a usable geometry", Hint: "see the problems above each feature; fix them and load again"}
	}
	all, core := extents(feats)
	c := core.Center()
	t.Projection = NewLocal(c[0], c[1])
	for i := range feats {
		feats[i].geom = transformGeometry(feats[i].geom, t.Projection.FromLonLat)
	}
	t.Bounds = lonlatToLocalBound(t.Projection, all)
	t.Core = lonlatToLocalBound(t.Projection, core)
	assemble(t, feats, opt)
	finish(t, opt)
	return t, nil
}

func nameOf(name any, source string) string {
	if s, ok := name.(string); ok && strings.TrimSpace(s) != "" {
		return strings.TrimSpace(s)
	}
	base := filepath.Base(source)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

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

func featureName(p properties) string {
	for _, k := range []string{"name", "name:zh", "name:en"} {
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
		if msg := validateGeometry(f.geom); msg != "" {
			// A broken feature the drill uses is an error; broken background (a
			// country border cut off by the export) only leaves a gap in the drawing.
			sev := Error
			if f.kind == Background {
				sev = Warning
			}
			ps.add(sev, f.ref, "fix the geometry in the source data and export again; the feature is left out until then", "%s", msg)
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
