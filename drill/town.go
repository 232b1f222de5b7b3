package drill

import (
	"fmt"

	"drillsim/maps"
)

// LoadTown loads a map file with an optional DEM, each in its named coordinate system.
func LoadTown(mapPath, demPath, mapCRS, demCRS string) (*maps.Town, error) {
	opt := maps.LoadOptions{}
	if mapCRS != "" {
		crs, err := maps.ParseCRS(mapCRS)
		if err != nil {
			return nil, fmt.Errorf("--crs: %w", err)
		}
		opt.CRS = crs
	}
	if demPath != "" {
		dem, err := maps.ReadDEMFile(demPath)
		if err != nil {
			return nil, err
		}
		if demCRS != "" {
			crs, err := maps.ParseCRS(demCRS)
			if err != nil {
				return nil, fmt.Errorf("--dem-crs: %w", err)
			}
			dem.CRS = crs
		}
		opt.DEM = dem
	} else if demCRS != "" {
		return nil, fmt.Errorf("--dem-crs names the system of a --dem file; give the file too")
	}
	return maps.LoadFile(mapPath, opt)
}
