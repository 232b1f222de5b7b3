package mapgen

import (
	"encoding/json"
	"fmt"

	"drillsim/maps"
)

// Load generates the map of opt and loads it through GeoJSON, as a user's map file
// would be: the synthetic counties that benchmarks and tests run on.
func Load(opt Options) (*maps.Town, error) {
	fc, dem, err := Generate(opt)
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(fc)
	if err != nil {
		return nil, err
	}
	return maps.Load(data, maps.LoadOptions{Source: fmt.Sprintf("mapgen seed %d scale %d", opt.Seed, opt.Scale), DEM: dem})
}
