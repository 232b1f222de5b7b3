package maps

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io"
	"testing"

	"github.com/paulmach/orb/geojson"
)

// BenchmarkOpenOSM opens the real Encamp extract (a town cut from the Andorra export,
// 4 × 3 km, 270 buildings) from its PBF bytes into a Town, and in the same run loads the
// very same features written as GeoJSON, the format drillsim read before; it also times
// the PBF decoding alone against only unpacking the file's zlib blocks, the least any
// reader does. The figures are x_geojson (PBF town over GeoJSON town) and x_inflate
// (decoding over unpacking).
func BenchmarkOpenOSM(b *testing.B) {
	pbf := readFixture(b, "osm/encamp.osm.pbf")
	src, err := decodeOSM(formatPBF, pbf, "encamp.osm.pbf")
	if err != nil {
		b.Fatal(err)
	}
	fc := geojson.NewFeatureCollection()
	for _, f := range src.raws {
		g := geojson.NewFeature(f.Geometry.g)
		g.ID = f.ID
		g.Properties = geojson.Properties(f.Properties)
		fc.Append(g)
	}
	gj, err := json.Marshal(fc)
	if err != nil {
		b.Fatal(err)
	}
	var pbfNs, geojsonNs, decodeNs, inflateNs float64
	run := func(name string, size int, ns *float64, f func() error) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				if err := f(); err != nil {
					b.Fatal(err)
				}
			}
			*ns = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			if name == "pbf_decode" && geojsonNs > 0 && inflateNs > 0 { // the last: the ratios
				b.ReportMetric(pbfNs/geojsonNs, "x_geojson")
				b.ReportMetric(decodeNs/inflateNs, "x_inflate")
			}
		})
	}
	run("geojson_town", len(gj), &geojsonNs, func() error {
		_, err := Load(gj, LoadOptions{Source: "encamp.geojson"})
		return err
	})
	run("pbf_town", len(pbf), &pbfNs, func() error {
		src, err := decodeOSM(formatPBF, pbf, "encamp.osm.pbf")
		if err != nil {
			return err
		}
		l, err := prepareLayer(src, layerRules{})
		if err != nil {
			return err
		}
		_, err = buildTown([]*layer{l}, mapIdentity{source: "encamp.osm.pbf"}, LoadOptions{})
		return err
	})
	run("inflate", len(pbf), &inflateNs, func() error { return inflatePBF(pbf) })
	run("pbf_decode", len(pbf), &decodeNs, func() error {
		return readPBF(bytes.NewReader(pbf), "encamp.osm.pbf", &osmData{})
	})
}

// inflatePBF unpacks every block of a PBF file and does nothing more.
func inflatePBF(data []byte) error {
	var zr io.ReadCloser
	var raw bytes.Buffer
	for len(data) > 4 {
		n := binary.BigEndian.Uint32(data)
		_, size, err := parseBlobHeader(data[4 : 4+n])
		if err != nil {
			return err
		}
		if _, err := blobData(data[4+n:4+int(n)+size], &zr, &raw); err != nil {
			return err
		}
		data = data[4+int(n)+size:]
	}
	return nil
}
