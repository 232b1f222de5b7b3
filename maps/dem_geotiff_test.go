package maps

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/tiff"

	"drillsim/internal/realdata"
)

// The GeoTIFF fixtures are a 37 × 21 window (columns 10-46, rows 0-20, three void
// cells) of the real Andorra SRTM grid, written by GDAL in the layouts people download
// (testdata/dem/README.md has the commands).
var andorraTIFFs = []string{
	"andorra-int16-strips.tif",                  // int16, strips, uncompressed
	"andorra-float32-tiles-lzw.tif",             // float32, 16 × 16 tiles, LZW, floating-point predictor
	"andorra-int16-tiles-deflate-bigendian.tif", // int16, tiles, Deflate, horizontal predictor, big-endian
	"andorra-float32-strips-bigtiff.tif",        // float32, strips of 4 rows, Deflate, BigTIFF
	"andorra-int16-point-packbits.tif",          // int16, PackBits, PixelIsPoint
}

// andorraWindow is the window of the Andorra .asc the fixtures were cut from.
func andorraWindow(t *testing.T) *DEM {
	t.Helper()
	f, err := os.Open(realdata.Path(t, "andorra/andorra-srtm.asc"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	full, err := ReadASC(f, "andorra-srtm.asc")
	if err != nil {
		t.Fatal(err)
	}
	const c0, r0, cols, rows = 10, 0, 37, 21
	w := &DEM{Cols: cols, Rows: rows, Cell: full.Cell, CRS: WGS84, Heights: make([]float32, cols*rows)}
	w.X0 = full.X0 + c0*full.Cell
	w.Y0 = full.Y0 + float64(full.Rows-r0-rows)*full.Cell
	for r := range rows {
		copy(w.Heights[r*cols:(r+1)*cols], full.Heights[(r0+r)*full.Cols+c0:])
		for _, h := range w.Heights[r*cols : (r+1)*cols] {
			if math.IsNaN(float64(h)) {
				w.Voids++
			}
		}
	}
	return w
}

func TestReadGeoTIFFAsGDALWritesThem(t *testing.T) {
	want := andorraWindow(t)
	if want.Voids == 0 {
		t.Fatal("the window holds no void; the test would not check GDAL_NODATA")
	}
	for _, name := range andorraTIFFs {
		t.Run(name, func(t *testing.T) {
			d, err := ReadDEMFile("testdata/dem/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if d.Cols != want.Cols || d.Rows != want.Rows || d.CRS != WGS84 || d.Voids != want.Voids {
				t.Fatalf("%d × %d, CRS %v, %d voids; want %d × %d, WGS84, %d", d.Cols, d.Rows, d.CRS, d.Voids, want.Cols, want.Rows, want.Voids)
			}
			if math.Abs(d.X0-want.X0) > 1e-9 || math.Abs(d.Y0-want.Y0) > 1e-9 || math.Abs(d.Cell-want.Cell) > 1e-12 {
				t.Errorf("placed at %v,%v by %v; the .asc window at %v,%v by %v", d.X0, d.Y0, d.Cell, want.X0, want.Y0, want.Cell)
			}
			for i, h := range d.Heights {
				if w := want.Heights[i]; h != w && !(math.IsNaN(float64(h)) && math.IsNaN(float64(w))) {
					t.Fatalf("cell %d (row %d): %v, want %v", i, i/d.Cols, h, w)
				}
			}
		})
	}
}

// A GeoTIFF in UTM and one of non-square cells put the same terrain in the same place.
func TestReadGeoTIFFReprojectedAndNonSquare(t *testing.T) {
	want := andorraWindow(t)
	for _, c := range []struct {
		name string
		crs  string
		tol  float64 // metres: both grids are interpolated, on steep ground
	}{{"andorra-utm31n.tif", "UTM 31N", 25}, {"andorra-nonsquare.tif", "WGS84", 25}} {
		d, err := ReadDEMFile("testdata/dem/" + c.name)
		if err != nil {
			t.Fatal(err)
		}
		if d.CRS == nil || d.CRS.Name() != c.crs {
			t.Fatalf("%s: CRS %v, want %s", c.name, d.CRS, c.crs)
		}
		var diffs []float64
		for r := 2; r < want.Rows-2; r++ {
			for col := 2; col < want.Cols-2; col++ {
				lon, lat := want.X0+float64(col)*want.Cell, want.Y0+float64(want.Rows-1-r)*want.Cell
				a, okA := want.HeightAtLonLat(lon, lat)
				b, okB := d.HeightAtLonLat(lon, lat)
				if okA && okB {
					diffs = append(diffs, math.Abs(a-b))
				}
			}
		}
		slices.Sort(diffs)
		if len(diffs) < 400 || diffs[len(diffs)/2] > c.tol {
			t.Errorf("%s: %d cells compared, median difference %.1f m (tolerance %.0f)", c.name, len(diffs), diffs[len(diffs)/2], c.tol)
		}
	}
}

func TestReadGeoTIFFRefusesWhatItCannotRead(t *testing.T) {
	var gray, rgb bytes.Buffer
	img := image.NewGray16(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.Gray16{Y: 300})
	tiff.Encode(&gray, img, nil)
	tiff.Encode(&rgb, image.NewRGBA(image.Rect(0, 0, 4, 4)), nil)
	strips := readFixture(t, "dem/andorra-int16-strips.tif")
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"not a TIFF", []byte("ncols 4\nnrows 4\n"), "not a TIFF file"},
		{"no georeference", gray.Bytes(), "no georeference"},
		{"colour picture", rgb.Bytes(), "4 bands; a DEM has one"},
		{"cut short", strips[:len(strips)/2], "outside the file"},
	}
	for _, c := range cases {
		_, err := ReadGeoTIFF(bytes.NewReader(c.data), int64(len(c.data)), "x.tif")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "x.tif: ") {
			t.Errorf("%s: error %v, want one naming x.tif and saying %q", c.name, err, c.want)
		}
	}
}

// FuzzReadGeoTIFF feeds arbitrary bytes to the GeoTIFF reader: it must refuse or read a
// grid whose heights fill it, never panic nor allocate beyond the file's own claims.
func FuzzReadGeoTIFF(f *testing.F) {
	for _, name := range append(andorraTIFFs, "andorra-utm31n.tif") {
		f.Add(readFixture(f, "dem/"+name))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadGeoTIFF(bytes.NewReader(data), int64(len(data)), "fuzz.tif")
		if err == nil && (len(d.Heights) != d.Cols*d.Rows || d.Cell <= 0) {
			t.Fatalf("%d heights for %d × %d cells of %v", len(d.Heights), d.Cols, d.Rows, d.Cell)
		}
	})
}
