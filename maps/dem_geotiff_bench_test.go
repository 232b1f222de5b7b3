package maps

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"math"
	"os"
	"testing"

	"drillsim/internal/realdata"
)

// BenchmarkReadGeoTIFF reads the real Andorra SRTM grid (432 × 268) as a GeoTIFF the way
// GDAL writes terrain downloads (int16, Deflate with the horizontal predictor, strips of
// 16 rows) and, in the same run, the same grid as the ESRI ASCII grid it came from. The
// figure is x_asc: GeoTIFF time over .asc time.
func BenchmarkReadGeoTIFF(b *testing.B) {
	asc, err := os.ReadFile(realdata.Path(b, "andorra/andorra-srtm.asc"))
	if err != nil {
		b.Fatal(err)
	}
	dem, err := ReadASC(bytes.NewReader(asc), "andorra-srtm.asc")
	if err != nil {
		b.Fatal(err)
	}
	tif := encodeGeoTIFF(dem, 16)
	if back, err := ReadGeoTIFF(bytes.NewReader(tif), int64(len(tif)), "andorra.tif"); err != nil || back.Cols != dem.Cols || back.Voids != dem.Voids {
		b.Fatalf("the GeoTIFF does not read back: %v", err)
	}
	var ascNs float64
	b.Run("asc", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(asc)))
		for b.Loop() {
			if _, err := ReadASC(bytes.NewReader(asc), "andorra-srtm.asc"); err != nil {
				b.Fatal(err)
			}
		}
		ascNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("geotiff", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(tif)))
		for b.Loop() {
			if _, err := ReadGeoTIFF(bytes.NewReader(tif), int64(len(tif)), "andorra.tif"); err != nil {
				b.Fatal(err)
			}
		}
		if ascNs > 0 {
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/ascNs, "x_asc")
		}
	})
}

// encodeGeoTIFF writes d as a little-endian WGS84 GeoTIFF of int16 heights (voids as
// GDAL_NODATA -32768), Deflate-compressed with the horizontal predictor, in strips of
// rowsPerStrip rows: enough of the format to time the reader on a real grid.
func encodeGeoTIFF(d *DEM, rowsPerStrip int) []byte {
	le := binary.LittleEndian
	var body bytes.Buffer
	var offsets, counts []uint32
	for r0 := 0; r0 < d.Rows; r0 += rowsPerStrip {
		var raw bytes.Buffer
		for r := r0; r < min(r0+rowsPerStrip, d.Rows); r++ {
			prev := int16(0)
			for c := range d.Cols {
				h := d.Heights[r*d.Cols+c]
				v := int16(-32768)
				if !math.IsNaN(float64(h)) {
					v = int16(math.Round(float64(h)))
				}
				binary.Write(&raw, le, v-prev)
				prev = v
			}
		}
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(raw.Bytes())
		w.Close()
		offsets = append(offsets, uint32(8+body.Len()))
		counts = append(counts, uint32(z.Len()))
		body.Write(z.Bytes())
	}
	type entry struct {
		tag, typ uint16
		vals     []byte
		n        int
	}
	shorts := func(vs ...uint16) []byte {
		b := make([]byte, 2*len(vs))
		for i, v := range vs {
			le.PutUint16(b[2*i:], v)
		}
		return b
	}
	longs := func(vs ...uint32) []byte {
		b := make([]byte, 4*len(vs))
		for i, v := range vs {
			le.PutUint32(b[4*i:], v)
		}
		return b
	}
	doubles := func(vs ...float64) []byte {
		b := make([]byte, 8*len(vs))
		for i, v := range vs {
			le.PutUint64(b[8*i:], math.Float64bits(v))
		}
		return b
	}
	west, north := d.X0-d.Cell/2, d.Y0+(float64(d.Rows)-0.5)*d.Cell
	entries := []entry{
		{tagImageWidth, 3, shorts(uint16(d.Cols)), 1}, {tagImageLength, 3, shorts(uint16(d.Rows)), 1},
		{tagBitsPerSample, 3, shorts(16), 1}, {tagCompression, 3, shorts(8), 1},
		{tagStripOffsets, 4, longs(offsets...), len(offsets)}, {tagSamplesPerPixel, 3, shorts(1), 1},
		{tagRowsPerStrip, 3, shorts(uint16(rowsPerStrip)), 1}, {tagStripByteCounts, 4, longs(counts...), len(counts)},
		{tagPredictor, 3, shorts(2), 1}, {tagSampleFormat, 3, shorts(2), 1},
		{tagModelPixelScale, 12, doubles(d.Cell, d.Cell, 0), 3}, {tagModelTiepoint, 12, doubles(0, 0, 0, west, north, 0), 6},
		{tagGeoKeyDirectory, 3, shorts(1, 1, 0, 3, geoKeyModelType, 0, 1, 2, geoKeyRasterType, 0, 1, 1, geoKeyGeographic, 0, 1, 4326), 16},
		{tagGDALNoData, 2, []byte("-32768\x00"), 7},
	}
	ifdAt := 8 + body.Len()
	extraAt := ifdAt + 2 + 12*len(entries) + 4
	var ifd, extra bytes.Buffer
	binary.Write(&ifd, le, uint16(len(entries)))
	for _, e := range entries {
		binary.Write(&ifd, le, e.tag)
		binary.Write(&ifd, le, e.typ)
		binary.Write(&ifd, le, uint32(e.n))
		if len(e.vals) <= 4 {
			ifd.Write(append(e.vals, make([]byte, 4-len(e.vals))...))
		} else {
			binary.Write(&ifd, le, uint32(extraAt+extra.Len()))
			extra.Write(e.vals)
		}
	}
	binary.Write(&ifd, le, uint32(0))
	var out bytes.Buffer
	out.WriteString("II")
	binary.Write(&out, le, uint16(42))
	binary.Write(&out, le, uint32(ifdAt))
	out.Write(body.Bytes())
	out.Write(ifd.Bytes())
	out.Write(extra.Bytes())
	return out.Bytes()
}
