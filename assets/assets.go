// Package assets holds the files drillsim embeds: the illustrative 福宝镇 demo town
// written by `drillsim mapgen` (GeoJSON + DEM), and, as the interface grows, fonts
// and icons.
package assets

import _ "embed"

// TownGeoJSON is the demo town's map, as `drillsim mapgen` writes it.
//
//go:embed town/town.geojson
var TownGeoJSON []byte

// TownDEM is the demo town's terrain, an ESRI ASCII grid in WGS84 lon/lat.
//
//go:embed town/town.asc
var TownDEM []byte
