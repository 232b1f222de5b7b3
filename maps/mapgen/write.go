package mapgen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"drillsim/maps"
	"github.com/paulmach/orb/geojson"
)

// File names WriteFiles writes in its directory.
const (
	GeoJSONFile = "town.geojson"
	DEMFile     = "town.asc"
)

// WriteFiles writes the map as compact GeoJSON to <dir>/town.geojson and the DEM as an
// ESRI ASCII grid to <dir>/town.asc, creating dir if needed.
func WriteFiles(dir string, fc *geojson.FeatureCollection, dem *maps.DEM) error {
	if fc == nil || dem == nil {
		return fmt.Errorf("mapgen: nothing to write to %s: the map or the DEM is nil", dir)
	}
	if dem.Cols <= 0 || dem.Rows <= 0 || len(dem.Heights) != dem.Cols*dem.Rows {
		return fmt.Errorf("mapgen: DEM for %s is malformed: %d×%d cells but %d heights", filepath.Join(dir, DEMFile), dem.Cols, dem.Rows, len(dem.Heights))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("mapgen: create output directory: %w", err)
	}
	data, err := json.Marshal(fc)
	if err != nil {
		return fmt.Errorf("mapgen: encode %s: %w", GeoJSONFile, err)
	}
	gj := filepath.Join(dir, GeoJSONFile)
	if err := os.WriteFile(gj, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("mapgen: write %s: %w", gj, err)
	}
	return writeDEM(filepath.Join(dir, DEMFile), dem)
}

func writeDEM(path string, dem *maps.DEM) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("mapgen: write %s: %w", path, err)
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("mapgen: write %s: %w", path, cerr)
		}
	}()
	w := bufio.NewWriter(f)
	if err := dem.WriteASC(w); err != nil {
		return fmt.Errorf("mapgen: write %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("mapgen: write %s: %w", path, err)
	}
	return nil
}
