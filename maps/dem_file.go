package maps

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"drillsim/internal/sniff"
)

// ascFile is what an ESRI ASCII grid must look like before it is read: text. Its
// size is not capped here: ReadASC caps the cells its header may promise.
var ascFile = sniff.Kind{Name: "an ESRI ASCII grid (.asc)"}

// ReadDEMFile reads a terrain file as people download it, by its extension: an ESRI
// ASCII grid (.asc), an SRTM tile (.hgt, named like N28E106.hgt so that it knows where it
// lies), a GeoTIFF (.tif, .tiff), or a .zip holding one of these (N28E106.SRTMGL1.hgt.zip
// as NASA's Earthdata serves it), opened as it is.
func ReadDEMFile(path string) (*DEM, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read DEM: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read DEM: %w", err)
	}
	return readDEM(f, info.Size(), path, path)
}

// DEMFormats names the terrain files ReadDEMFile reads, for flags' and messages' text.
const DEMFormats = ".asc, .hgt, .hgt.zip or GeoTIFF .tif"

// demExtensions are the terrain formats ReadDEMFile reads, for its messages.
const demExtensions = "ESRI ASCII grids (.asc), SRTM tiles (.hgt), GeoTIFF (.tif) and .zip files holding one"

// readDEM reads a terrain file named name (whose extension tells its format) from r.
// source names it in messages and in DEM.Source.
func readDEM(r io.ReaderAt, size int64, name, source string) (*DEM, error) {
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".asc":
		if err := sniff.CheckAt(r, size, source, ascFile); err != nil {
			return nil, err
		}
		return ReadASC(io.NewSectionReader(r, 0, size), source)
	case ".hgt":
		d, err := ReadHGT(io.NewSectionReader(r, 0, size), name)
		if d != nil {
			d.Source = source
		}
		return d, err
	case ".tif", ".tiff":
		return ReadGeoTIFF(r, size, source)
	case ".zip":
		return readDEMZip(r, size, source)
	default:
		return nil, loadErrorAt(source, 0, "unknown DEM format %q; drillsim reads %s", ext, demExtensions)
	}
}

// readDEMZip reads the one terrain file a zip archive holds.
func readDEMZip(r io.ReaderAt, size int64, source string) (*DEM, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable zip file: %v", source, err)
	}
	var found []*zip.File
	for _, f := range zr.File {
		switch strings.ToLower(filepath.Ext(f.Name)) {
		case ".asc", ".hgt", ".tif", ".tiff":
			found = append(found, f)
		}
	}
	if len(found) != 1 {
		return nil, loadErrorAt(source, 0, "the zip holds %d terrain files; drillsim reads a zip holding exactly one of %s", len(found), demExtensions)
	}
	f := found[0]
	if f.UncompressedSize64 > 4*maxDEMCells+1<<20 {
		return nil, loadErrorAt(source, 0, "%s unpacks to %d bytes, more than a DEM drillsim reads", f.Name, f.UncompressedSize64)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %v", source, f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, int64(f.UncompressedSize64)+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %s cannot be unpacked: %v", source, f.Name, err)
	}
	name := filepath.Base(f.Name)
	if strings.EqualFold(filepath.Ext(name), ".hgt") {
		if _, _, err := parseHGTName(name); err != nil { // the tile's corner may be in the zip's name only
			name = strings.TrimSuffix(filepath.Base(source), filepath.Ext(source))
		}
	}
	return readDEM(bytes.NewReader(data), int64(len(data)), name, source+"!"+f.Name)
}
