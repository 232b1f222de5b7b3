// Package assets holds the files drillsim embeds: the illustrative 福宝镇 demo town
// written by `drillsim mapgen` (GeoJSON + DEM), and, as the interface grows, fonts
// (ChineseFont) and icons.
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

// ChineseFont is WenQuanYi Micro Hei (Apache-2.0, see fonts/LICENSE-wqy-microhei.txt)
// cut down by fonts/make.sh to GB2312 and every character the interface, the demo town
// and the built-in scenarios use.
//
//go:embed fonts/wqy-microhei-subset.ttf
var ChineseFont []byte
