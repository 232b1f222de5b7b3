package maps

import (
	"bytes"

	"drillsim/assets"
)

// DefaultSource names the embedded demo town in messages.
const DefaultSource = "embedded demo town 福宝镇（示意）"

// Default loads the embedded illustrative demo town with its DEM: the map every
// drillsim command uses when none is named.
func Default() (*Town, error) {
	dem, err := ReadASC(bytes.NewReader(assets.TownDEM), DefaultSource+" town.asc")
	if err != nil {
		return nil, err
	}
	return Load(assets.TownGeoJSON, LoadOptions{Source: DefaultSource, DEM: dem})
}
