package maps

import (
	"errors"
	"fmt"
	stdmaps "maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// Manifest is a map made of several files, as a county's data comes: buildings from
// one export, roads from another, village boundaries and hazard zones from the
// departments that keep them, and the terrain. It is written in YAML:
//
//	name: 福宝镇
//	dem: N28E105.hgt.zip
//	layers:
//	  - file: fubao.osm.pbf
//	  - {file: villages.geojson, kind: village, name: VNAME, crs: gcj02}
//	  - {file: flood.geojson, kind: hazard_zone, name: ZONE, properties: {hazard: flood}}
//
// Paths are relative to the manifest. docs/maps.md describes every field.
type Manifest struct {
	// Name is the map's name (default: the manifest's file name).
	Name string `yaml:"name"`
	// CRS is the coordinate system of the layers that name none (default WGS84);
	// OpenStreetMap files are WGS84 whatever it says.
	CRS string `yaml:"crs"`
	// DEM is the terrain file: .asc, .hgt, .hgt.zip or GeoTIFF.
	DEM string `yaml:"dem"`
	// DEMCRS is the coordinate system of a projected DEM that does not say its own.
	DEMCRS string `yaml:"dem_crs"`
	// Layers are the map's files, read in this order.
	Layers []ManifestLayer `yaml:"layers"`

	source string
	ast    *ast.File
}

// ManifestLayer is one file of a map and how to read it.
type ManifestLayer struct {
	// File is the path of a GeoJSON file or OpenStreetMap extract.
	File string `yaml:"file"`
	// Kind, when set, is the kind of every feature in the file (village, hazard_zone
	// ...); otherwise each feature's own kind property or OSM tags decide.
	Kind string `yaml:"kind,omitempty"`
	// Name is the property that holds a feature's name (VNAME, 村名 ...) when it is not
	// "name".
	Name string `yaml:"name,omitempty"`
	// CRS is the coordinate system of the file's positions (gcj02, cgcs2000:gk3:105 ...).
	CRS string `yaml:"crs,omitempty"`
	// Properties are given to every feature of the file that lacks them, such as
	// {hazard: flood} for a department's flood zones.
	Properties map[string]any `yaml:"properties,omitempty"`
	// Edits marks the layer drillsim edit writes a map's changes to: its features are
	// added to the map, and those with a replaces property take the place of the
	// feature it names (see EditKey).
	Edits bool `yaml:"edits,omitempty"`
}

// Line is the layer written as one line of a manifest's layers list, as check suggests
// it: "  - {file: villages.geojson, kind: village, name: VNAME}".
func (l ManifestLayer) Line() string {
	parts := []string{"file: " + YAMLScalar(l.File)}
	for _, kv := range [][2]string{{"kind", l.Kind}, {"name", l.Name}, {"crs", l.CRS}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+": "+YAMLScalar(kv[1]))
		}
	}
	if len(l.Properties) > 0 {
		var props []string
		for _, k := range slices.Sorted(stdmaps.Keys(l.Properties)) {
			props = append(props, YAMLScalar(k)+": "+YAMLScalar(fmt.Sprint(l.Properties[k])))
		}
		parts = append(parts, "properties: {"+strings.Join(props, ", ")+"}")
	}
	if l.Edits {
		parts = append(parts, "edits: true")
	}
	return "  - {" + strings.Join(parts, ", ") + "}"
}

// YAMLScalar is s written as a YAML scalar: quoted when YAML would not read it back as
// the same plain string.
func YAMLScalar(s string) string {
	if s == "" || strings.ContainsAny(s, ":{}[],#&*!|>'\"%@`") || strings.TrimSpace(s) != s {
		return strconv.Quote(s)
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return strconv.Quote(s)
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "~":
		return strconv.Quote(s)
	}
	return s
}

// ReadManifest reads and checks a map manifest's own fields (not yet its files).
// Errors are *LoadError with the line and column of what is wrong.
func ReadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read map manifest: %w", err)
	}
	return parseManifest(data, path)
}

// parseManifest decodes a manifest and checks what can be checked without its files:
// at least one layer, each with a file, kinds and coordinate systems that exist.
func parseManifest(data []byte, source string) (*Manifest, error) {
	m := &Manifest{source: source}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, manifestYAMLError(err, source)
	}
	m.ast = file
	if err := decodeManifest(data, m); err != nil {
		return nil, manifestYAMLError(err, source)
	}
	if len(m.Layers) == 0 {
		return nil, m.errorAt("$.layers", "list the map's files: layers: [{file: town.osm.pbf}, {file: villages.geojson, kind: village}]", "the manifest lists no layers")
	}
	if m.CRS != "" {
		if _, err := ParseCRS(m.CRS); err != nil {
			return nil, m.errorAt("$.crs", "", "crs: %v", err)
		}
	}
	if m.DEMCRS != "" {
		if _, err := ParseCRS(m.DEMCRS); err != nil {
			return nil, m.errorAt("$.dem_crs", "", "dem_crs: %v", err)
		}
	}
	for i, l := range m.Layers {
		at := fmt.Sprintf("$.layers[%d]", i)
		if strings.TrimSpace(l.File) == "" {
			return nil, m.errorAt(at, "write file: <path of a GeoJSON or OSM file, relative to the manifest>", "layer %d has no file", i+1)
		}
		if l.Kind != "" {
			if _, ok := ParseKind(l.Kind); !ok {
				return nil, m.errorAt(at+".kind", "", "unknown kind %q; use one of: %s", l.Kind, strings.Join(kindNames[:], ", "))
			}
		}
		if l.CRS != "" {
			if _, err := ParseCRS(l.CRS); err != nil {
				return nil, m.errorAt(at+".crs", "", "crs: %v", err)
			}
		}
		for k, v := range l.Properties {
			l.Properties[k] = jsonLike(v)
		}
	}
	return m, nil
}

// decodeManifest decodes the manifest's YAML into m, strictly (unknown fields are
// errors). goccy/go-yaml v1.19.2 panics on some malformed documents (a tag where a list
// belongs, found by FuzzManifest); such a panic is turned into an error here rather
// than end the program.
func decodeManifest(data []byte, m *Manifest) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the YAML cannot be read (%v); write the manifest as in docs/maps.md", r)
		}
	}()
	return yaml.UnmarshalWithOptions(data, m, yaml.Strict())
}

// errorAt is a LoadError at the value written at the YAML path.
func (m *Manifest) errorAt(path, hint, format string, args ...any) *LoadError {
	e := loadErrorf(m.source, hint, format, args...)
	e.Line, e.Col = m.position(path)
	return e
}

// position is the line and column of the value at a YAML path, or of its nearest
// written ancestor; 0, 0 when unknown.
func (m *Manifest) position(path string) (line, col int) {
	for m.ast != nil {
		if p, err := yaml.PathString(path); err == nil {
			if n, err := p.FilterFile(m.ast); err == nil && n != nil {
				if tk := n.GetToken(); tk != nil && tk.Position != nil {
					return tk.Position.Line, tk.Position.Column
				}
			}
		}
		i := strings.LastIndexAny(path, ".[")
		if i <= 1 {
			break
		}
		path = path[:i]
	}
	return 0, 0
}

// manifestYAMLError turns a YAML error into a LoadError at its line and column, the
// library's own words after what failed.
func manifestYAMLError(err error, source string) *LoadError {
	msg := err.Error()
	var ye yaml.Error
	line, col := 0, 0
	if errors.As(err, &ye) {
		msg = ye.GetMessage()
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			line, col = tk.Position.Line, tk.Position.Column
		}
	}
	e := loadErrorf(source, "a map manifest has name, crs, dem, dem_crs and layers (each with file, kind, name, crs, properties, edits); see docs/maps.md",
		"the manifest cannot be read here: %s", msg)
	e.Line, e.Col = line, col
	return e
}

// jsonLike turns a YAML value into what a GeoJSON property would hold: numbers as
// float64, objects as map[string]any, so that the loader reads both alike.
func jsonLike(v any) any {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case uint64:
		return float64(x)
	case float32:
		return float64(x)
	case map[string]any:
		for k, e := range x {
			x[k] = jsonLike(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = jsonLike(e)
		}
		return x
	}
	return v
}

// openManifest reads a manifest's layers and terrain and joins them into one Town.
// opt.CRS is the system of the layers for which neither the layer nor the manifest
// names one, but OpenStreetMap files, which are WGS84; opt.DEM, when set, replaces the
// manifest's dem.
func openManifest(path string, data []byte, opt LoadOptions) (*Town, error) {
	m, err := parseManifest(data, opt.Source)
	if err != nil {
		return nil, err
	}
	resolve := func(p string) string { return ResolvePath(path, p) }
	defaultCRS := opt.CRS
	if m.CRS != "" {
		defaultCRS, _ = ParseCRS(m.CRS)
	}
	if opt.DEM == nil && m.DEM != "" {
		dem, err := openDEM(resolve(m.DEM), m.DEMCRS)
		if err != nil {
			return nil, m.errorAt("$.dem", "the path is relative to the manifest", "%v", err)
		}
		opt.DEM = dem
	}
	hashed := [][]byte{data}
	var layers []*layer
	illustrative := false
	for i, ml := range m.Layers {
		at := fmt.Sprintf("$.layers[%d]", i)
		file := resolve(ml.File)
		raw, err := os.ReadFile(file)
		if err != nil {
			return nil, m.errorAt(at+".file", "the path is relative to the manifest", "cannot read layer %s: %v", ml.File, err)
		}
		hashed = append(hashed, raw)
		format, plain, err := sniffMap(file, raw)
		if err == nil && format == formatManifest {
			err = loadErrorf(file, "list the files themselves under layers:", "a map manifest cannot be a layer of another")
		}
		var src *decodedSource
		if err == nil {
			src, err = decodeMap(format, plain, file)
		}
		rules := layerRules{label: ml.File, crs: defaultCRS, nameKey: ml.Name, defaults: ml.Properties, edits: ml.Edits}
		switch {
		case ml.CRS != "":
			rules.crs, _ = ParseCRS(ml.CRS)
		case format == formatOSMXML || format == formatPBF:
			rules.crs = nil // OpenStreetMap is WGS84 whatever the other layers are in
		}
		if ml.Kind != "" {
			rules.kind, _ = ParseKind(ml.Kind)
			rules.hasKind = true
		}
		var l *layer
		if err == nil {
			l, err = prepareLayer(src, rules)
		}
		if err != nil {
			return nil, m.errorAt(at+".file", "", "layer %s: %v", ml.File, err)
		}
		illustrative = illustrative || l.illustrative
		layers = append(layers, l)
	}
	applyEdits(layers)
	name := m.Name
	if name == "" {
		name = nameOf("", path)
	}
	return buildTown(layers, mapIdentity{name: name, source: opt.Source, illustrative: illustrative, hash: hashOf(hashed...)}, opt)
}
