package maps

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"drillsim/internal/sniff"
)

// ascFile is what an ESRI ASCII grid must look like before it is read: text. Its
// size is not capped here: ReadASC caps the cells its header may promise.
var ascFile = sniff.Kind{Name: "an ESRI ASCII grid (.asc)"}

// ReadDEMFile reads a terrain file by its extension: an ESRI ASCII grid (.asc) or an
// SRTM tile (.hgt, named like N28E106.hgt so that it knows where it lies).
func ReadDEMFile(path string) (*DEM, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read DEM: %w", err)
	}
	defer f.Close()
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".asc":
		if err := sniff.CheckFile(f, path, ascFile); err != nil {
			return nil, err
		}
		return ReadASC(f, path)
	case ".hgt":
		return ReadHGT(f, path)
	default:
		return nil, fmt.Errorf("%s: unknown DEM format %q; drillsim reads ESRI ASCII grids (.asc) and SRTM tiles (.hgt)", path, ext)
	}
}
