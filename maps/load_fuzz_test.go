package maps

import (
	"errors"
	"testing"
)

// FuzzLoad feeds arbitrary bytes through the whole GeoJSON → Town path. Load must never
// panic; it either refuses the file with a *LoadError or returns a town whose every
// feature has passed validation.
func FuzzLoad(f *testing.F) {
	f.Add(fc(road1, road2, house))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"hazard_zone","hazard":"landslide"},"geometry":{"type":"Point","coordinates":[106.07,28.56]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"depot","stock":{"sandbags":"2000","boats":2,"x":"?"}},"geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},null]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[`))
	// An osmtogeojson export: a village boundary the extract cut open, place points.
	f.Add(fc(road1, house, `{"type":"Feature","id":"relation/7","properties":{"boundary":"administrative","admin_level":"8","name":"福宝镇"},"geometry":{"type":"Polygon","coordinates":[[[106.06,28.55],[106.08,28.55],[106.08,28.57]]]}}`,
		`{"type":"Feature","id":"node/8","properties":{"place":"village","name":"白杨村"},"geometry":{"type":"Point","coordinates":[106.0705,28.5605]}}`,
		`{"type":"Feature","id":"node/9","properties":{"place":"hamlet","name":"新屋"},"geometry":{"type":"Point","coordinates":[106.0705,28.5605]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		town, err := Load(data, LoadOptions{Source: "fuzz"})
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LoadError", err)
			}
			return
		}
		for _, b := range town.Buildings {
			if b.Population < 0 || b.Vulnerable > b.Population {
				t.Fatalf("building %v: population %d vulnerable %d", b.Ref, b.Population, b.Vulnerable)
			}
		}
		_ = town.Summarize()
	})
}
