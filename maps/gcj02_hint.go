package maps

import (
	"path/filepath"
	"slices"
	"strings"
)

// gcj02Keys are properties that Chinese web-map exports carry: DataV.GeoAtlas's
// administrative boundaries (adcode, childrenNum, acroutes ...) and 高德 (AMap) POI and
// district searches (typecode, citycode, adname ...). Both publish GCJ-02 positions.
var gcj02Keys = []string{"adcode", "childrenNum", "acroutes", "subFeatureIndex", "typecode", "citycode", "adname", "pname", "cityname"}

// gcj02Names are words in a file's name that say it came from those services.
var gcj02Names = []string{"datav", "amap", "gaode", "autonavi", "高德", "阿里"}

// hintGCJ02 warns when a file read as WGS84 looks like a DataV or 高德 export: its
// positions are then GCJ-02, 100–700 m off, and --crs gcj02 puts them right. The
// evidence is the exporters' own properties (or names) on features lying in China.
func hintGCJ02(src *decodedSource, rules layerRules, ps *Problems) {
	if src.fromOSM || len(src.raws) == 0 {
		return
	}
	inChina, marked := 0, 0
	var why string
	for _, f := range src.raws {
		if f.Geometry.g == nil {
			continue
		}
		c := f.Geometry.g.Bound().Center()
		if c[0] >= 73.5 && c[0] <= 135.1 && c[1] >= 18 && c[1] <= 53.6 {
			inChina++
		}
		for _, k := range gcj02Keys {
			if f.Properties.has(k) {
				marked++
				if why == "" {
					why = "properties such as " + k
				}
				break
			}
		}
	}
	base := strings.ToLower(filepath.Base(src.source))
	if why == "" {
		if i := slices.IndexFunc(gcj02Names, func(w string) bool { return strings.Contains(base, w) }); i >= 0 {
			why, marked = "its name", len(src.raws)
		}
	}
	if inChina*2 < len(src.raws) || marked*2 < len(src.raws) {
		return
	}
	how := "try --crs gcj02"
	if rules.label != "" {
		how = "try crs: gcj02 on its layer in the manifest"
	}
	ps.add(Warning, WholeMap, how,
		"疑似高德/DataV 坐标 (GCJ-02) — %s looks like a DataV or 高德 export (%s), whose positions are GCJ-02, 100–700 m off WGS84; read as WGS84 the map is shifted", src.source, why)
}
