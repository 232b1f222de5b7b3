package maps

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"drillsim/internal/sniff"
)

// MapFormats names the map files Open reads, for flags' and messages' text.
const MapFormats = "GeoJSON, OpenStreetMap .osm or .osm.pbf, or a map manifest .yaml"

// OpenOptions are a map's options as a person writes them (the flags of check, run and
// play); the zero value opens the map as its files say.
type OpenOptions struct {
	// CRS is the coordinate system of the map's positions when they are not WGS84
	// lon/lat ("gcj02", "utm:48n", "cgcs2000:gk3:105" ...); for a manifest, the system of
	// the layers that name none (but OpenStreetMap files, which are WGS84).
	CRS string
	// DEM is a terrain file (.asc, .hgt, .hgt.zip, .tif); it replaces a manifest's dem.
	DEM string
	// DEMCRS is the coordinate system of a projected DEM that does not say its own.
	DEMCRS string
	// KeepSources keeps the features as their files have them (Town.SourceOf).
	KeepSources bool
}

// Open reads any map a person names: a GeoJSON file, an OpenStreetMap extract (.osm
// XML or .osm.pbf, also compressed as .bz2 or .gz), or a map manifest (.yaml) listing
// the files a map is made of with its terrain and coordinate systems. It is the one
// door through which check, run and play open maps. Errors say which file, where,
// and what to do; what is wrong with single features is in the Town's Problems.
func Open(path string, opt OpenOptions) (*Town, error) {
	lo := LoadOptions{Source: path, KeepSources: opt.KeepSources}
	if opt.CRS != "" {
		crs, err := ParseCRS(opt.CRS)
		if err != nil {
			return nil, fmt.Errorf("--crs: %w", err)
		}
		lo.CRS = crs
	}
	switch {
	case opt.DEM != "":
		dem, err := openDEM(opt.DEM, opt.DEMCRS)
		if err != nil {
			return nil, err
		}
		lo.DEM = dem
	case opt.DEMCRS != "":
		return nil, fmt.Errorf("--dem-crs names the system of a --dem file; give the file too")
	}
	return openPath(path, lo)
}

// openDEM reads a terrain file and, when crs is not empty, sets its coordinate system.
func openDEM(path, crs string) (*DEM, error) {
	dem, err := ReadDEMFile(path)
	if err != nil {
		return nil, err
	}
	if crs != "" {
		c, err := ParseCRS(crs)
		if err != nil {
			return nil, fmt.Errorf("--dem-crs: %w", err)
		}
		dem.CRS = c
	}
	return dem, nil
}

// openPath reads the map at path with typed options: opt.CRS is the system of its
// positions (for a manifest, of the layers that name none), opt.DEM its terrain
// (for a manifest, in place of the one it names).
func openPath(path string, opt LoadOptions) (*Town, error) {
	if opt.Source == "" {
		opt.Source = path
	}
	if err := checkMapFile(path); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read map: %w", err)
	}
	format, plain, err := sniffMap(path, data)
	if err != nil {
		return nil, err
	}
	if format == formatManifest {
		return openManifest(path, data, opt)
	}
	src, err := decodeMap(format, plain, opt.Source)
	if err != nil {
		return nil, err
	}
	return townOfOne(src, data, opt)
}

// What the text formats of map files look like before they are read whole (see
// package sniff): a GeoJSON file one JSON object from its first character to its
// last, an OpenStreetMap XML file one element, a manifest a few kilobytes of YAML.
// Their sizes are not capped but the manifest's: a county's map runs to hundreds of
// megabytes.
var (
	geojsonFile  = sniff.Kind{Name: "a GeoJSON map", Starts: "{", Next: `"}`, Ends: "}"}
	osmXMLFile   = sniff.Kind{Name: "an OpenStreetMap extract (.osm)", Starts: "<", Ends: ">"}
	manifestFile = sniff.Kind{Name: "a map manifest (YAML)", MaxBytes: 8 << 20, MaxLine: 64 << 10}
)

// checkMapFile refuses the file at path when its first and last 64 KB show it is no
// map of a format Open reads (binary data, text that runs on without a map's shape),
// before it is read whole. Compressed and PBF files, binary by nature, are left to
// their readers.
func checkMapFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot read map: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return sniff.CheckFile(f, path, geojsonFile) // a folder is refused, a pipe read as it comes
	}
	head, err := sniff.Head(f, st.Size(), 64<<10)
	if err != nil {
		return fmt.Errorf("cannot read map: %w", err)
	}
	text := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case pbfMagic(head), bytes.HasPrefix(head, []byte{0x1f, 0x8b}), bytes.HasPrefix(head, []byte("BZh")):
		return nil
	case len(text) > 0 && text[0] == '{':
		return sniff.CheckAt(f, st.Size(), path, geojsonFile)
	case len(text) > 0 && text[0] == '<':
		return sniff.CheckAt(f, st.Size(), path, osmXMLFile)
	case ext == ".yaml" || ext == ".yml" || bytes.Contains(head[:min(len(head), 4096)], []byte("layers:")):
		return sniff.CheckAt(f, st.Size(), path, manifestFile)
	case ext == ".asc" || ext == ".hgt" || ext == ".tif" || ext == ".tiff" || ext == ".zip":
		return nil // a terrain file given as a map: sniffMap says so
	}
	return notAMap(path)
}

// mapFormat is the format of a map file.
type mapFormat uint8

const (
	formatGeoJSON mapFormat = iota
	formatOSMXML
	formatPBF
	formatManifest
)

// sniffMap tells a map file's format by its first bytes, and by its extension where the
// bytes do not say (YAML has no signature). Files compressed with gzip or bzip2 are
// unpacked first; plain is the map's bytes.
func sniffMap(path string, data []byte) (mapFormat, []byte, error) {
	plain, err := unpack(path, data)
	if err != nil {
		return 0, nil, err
	}
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(path), ".gz"), ".bz2")))
	head := bytes.TrimLeft(bytes.TrimPrefix(plain, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case pbfMagic(plain):
		return formatPBF, plain, nil
	case len(head) > 0 && head[0] == '{':
		return formatGeoJSON, plain, nil
	case len(head) > 0 && head[0] == '<':
		return formatOSMXML, plain, nil
	}
	switch ext {
	case ".yaml", ".yml":
		return formatManifest, plain, nil
	case ".geojson", ".json":
		return formatGeoJSON, plain, nil
	case ".osm", ".xml":
		return formatOSMXML, plain, nil
	case ".pbf":
		return formatPBF, plain, nil
	case ".asc", ".hgt", ".tif", ".tiff", ".zip":
		return 0, nil, &LoadError{Source: path, Msg: "this is a terrain file (DEM), not a map", Hint: "give it with --dem beside the map, or as dem: in a map manifest"}
	}
	if bytes.Contains(head[:min(len(head), 4096)], []byte("layers:")) {
		return formatManifest, plain, nil
	}
	return 0, nil, notAMap(path)
}

// notAMap is the error of a file that is no map of a format Open reads.
func notAMap(path string) error {
	return &LoadError{Source: path, Msg: "not a map drillsim reads",
		Hint: "give a GeoJSON FeatureCollection (.geojson), an OpenStreetMap extract (.osm or .osm.pbf) or a map manifest (.yaml)"}
}

// unpack returns data uncompressed when it is gzip or bzip2, as Geofabrik and BBBike
// ship extracts (.osm.bz2, .osm.gz).
func unpack(path string, data []byte) ([]byte, error) {
	var r io.Reader
	switch {
	case bytes.HasPrefix(data, []byte{0x1f, 0x8b}):
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, &LoadError{Source: path, Msg: "the gzip file cannot be read: " + err.Error(), Hint: "download it again"}
		}
		r = zr
	case bytes.HasPrefix(data, []byte("BZh")):
		r = bzip2.NewReader(bytes.NewReader(data))
	default:
		return data, nil
	}
	plain, err := io.ReadAll(r)
	if err != nil {
		return nil, &LoadError{Source: path, Msg: "the compressed file cannot be unpacked: " + err.Error(), Hint: "download it again"}
	}
	return plain, nil
}

// decodeMap decodes one map file of a known format.
func decodeMap(format mapFormat, data []byte, source string) (*decodedSource, error) {
	switch format {
	case formatOSMXML, formatPBF:
		return decodeOSM(format, data, source)
	case formatManifest:
		return nil, &LoadError{Source: source, Msg: "a map manifest cannot be a layer of another", Hint: "list the files themselves under layers:"}
	}
	return decodeGeoJSON(data, source)
}

// decodeOSM reads an OpenStreetMap extract, XML or PBF, into features.
func decodeOSM(format mapFormat, data []byte, source string) (*decodedSource, error) {
	d := &osmData{}
	var err error
	if format == formatPBF {
		err = readPBF(bytes.NewReader(data), source, d)
	} else {
		err = readOSMXML(bytes.NewReader(data), source, d)
	}
	if err != nil {
		return nil, err
	}
	if len(d.nodeAt) == 0 {
		return nil, &LoadError{Source: source, Msg: "the extract holds no nodes", Hint: "export the town's area again; an extract of only relations has nothing to draw"}
	}
	src := &decodedSource{source: source, fromOSM: true}
	src.raws = d.features(&src.problems)
	if len(src.raws) == 0 {
		return nil, &LoadError{Source: source, Msg: "no node, way or relation of the extract has tags that make a feature", Hint: "export the town's roads, buildings and places with their tags"}
	}
	src.frame, _ = d.extent()
	return src, nil
}

// FileFormat is how a map file is written: one of the formats Open reads.
type FileFormat uint8

// The map file formats.
const (
	// FileGeoJSON is a GeoJSON FeatureCollection.
	FileGeoJSON FileFormat = iota
	// FileOSM is an OpenStreetMap extract, XML or PBF, plain or compressed.
	FileOSM
	// FileManifest is a map manifest listing a map's files.
	FileManifest
)

// FormatOf tells the format of the map file at path as Open does, by its first bytes
// and its name; errors say what the file is instead.
func FormatOf(path string) (FileFormat, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("cannot read map: %w", err)
	}
	f, _, err := sniffMap(path, data)
	switch f {
	case formatOSMXML, formatPBF:
		return FileOSM, err
	case formatManifest:
		return FileManifest, err
	}
	return FileGeoJSON, err
}

// ResolvePath is the path of a file a manifest names (relative to the manifest at
// manifestPath, unless absolute).
func ResolvePath(manifestPath, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(manifestPath), p)
}

// RelativePath is the path of file p as a manifest at manifestPath names it: relative
// to the manifest's folder, with forward slashes, when it can be (ResolvePath's
// inverse).
func RelativePath(manifestPath, p string) string {
	abs, err1 := filepath.Abs(p)
	dir, err2 := filepath.Abs(filepath.Dir(manifestPath))
	if err1 != nil || err2 != nil {
		return p
	}
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return abs
}
