package maps

import (
	"encoding/json"
	"os"
	"testing"

	"drillsim/internal/realdata"
)

// BenchmarkLoadAndorra loads the real Andorra OSM export into a Town (typed features,
// road network, index) and, in the same run, decodes the same bytes with encoding/json
// into an empty interface, the plainest decode there is. The figure is the ratio
// x_json_decode: load time over decode time (the target is at most 3).
func BenchmarkLoadAndorra(b *testing.B) {
	data, err := os.ReadFile(realdata.Path(b, "andorra/andorra.geojson"))
	if err != nil {
		b.Fatal(err)
	}
	var decodeNs, loadNs float64
	b.Run("json_decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
		decodeNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("load_town", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := Load(data, LoadOptions{Source: "andorra.geojson"}); err != nil {
				b.Fatal(err)
			}
		}
		loadNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		if decodeNs > 0 {
			b.ReportMetric(loadNs/decodeNs, "x_json_decode")
		}
	})
}
