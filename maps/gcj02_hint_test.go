package maps

import (
	"strings"
	"testing"
)

// dataVBoundary is a township boundary as DataV.GeoAtlas serves it (GCJ-02).
const dataVBoundary = `{"type":"Feature","properties":{"adcode":510522101,"name":"福宝镇","center":[106.07,28.56],"centroid":[106.07,28.56],"childrenNum":0,"level":"street","parent":{"adcode":510522},"subFeatureIndex":0,"acroutes":[100000,510000,510500,510522]},"geometry":{"type":"Polygon","coordinates":[[[106.06,28.55],[106.08,28.55],[106.08,28.57],[106.06,28.57],[106.06,28.55]]]}}`

func TestGCJ02Hint(t *testing.T) {
	hinted := func(town *Town) bool {
		for _, p := range town.Problems {
			if strings.Contains(p.Message, "疑似高德/DataV 坐标") && strings.Contains(p.Hint, "--crs gcj02") {
				return true
			}
		}
		return false
	}
	town, err := Load(fc(road1, dataVBoundary), LoadOptions{Source: "510522.json"})
	if err != nil {
		t.Fatal(err)
	}
	if !hinted(town) {
		t.Errorf("no hint to try --crs gcj02 for a DataV file: %v", town.Problems)
	}
	if town, _ = Load(fc(road1, dataVBoundary), LoadOptions{CRS: GCJ02}); hinted(town) {
		t.Error("the hint stays after --crs gcj02")
	}
	if town, _ = Load(fc(road1, road2, house), LoadOptions{}); hinted(town) {
		t.Error("a plain Chinese map gets the hint")
	}
	if town, _ = Load(fc(road1, road2, house), LoadOptions{Source: "gaode-export.geojson"}); !hinted(town) {
		t.Error("a file named after 高德 gets no hint")
	}
}
