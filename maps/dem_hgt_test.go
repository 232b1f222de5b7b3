package maps

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"
	"testing"
	"testing/iotest"
)

// hgtTile builds an n×n SRTM tile whose height at row r, column c is hgtValue(r, c),
// with a void at row 5, column 7.
func hgtTile(n int) []byte {
	data := make([]byte, 2*n*n)
	for r := range n {
		for c := range n {
			binary.BigEndian.PutUint16(data[2*(r*n+c):], uint16(hgtValue(r, c)))
		}
	}
	binary.BigEndian.PutUint16(data[2*(5*n+7):], 0x8000) // -32768
	return data
}

func hgtValue(r, c int) int16 { return int16((r*7+c*3)%3000 - 100) }

func TestReadHGT3ArcSecond(t *testing.T) {
	d, err := ReadHGT(bytes.NewReader(hgtTile(1201)), "tiles/N42E001.hgt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Cols != 1201 || d.Rows != 1201 || d.X0 != 1 || d.Y0 != 42 || d.Cell != 1.0/1200 || d.CRS != WGS84 {
		t.Errorf("tile %dx%d at %g,%g cell %g CRS %v; want 1201x1201 at 1,42 cell 1/1200 WGS84", d.Cols, d.Rows, d.X0, d.Y0, d.Cell, d.CRS)
	}
	if d.Voids != 1 || !math.IsNaN(float64(d.Heights[5*1201+7])) {
		t.Errorf("Voids = %d, want the one void cell as NaN", d.Voids)
	}
	if d.Source != "tiles/N42E001.hgt" {
		t.Errorf("Source = %q", d.Source)
	}
	// Row 0 is the north edge (43°N), column 0 the west edge (1°E).
	for _, rc := range [][2]int{{0, 0}, {0, 1200}, {1200, 0}, {600, 506}, {1200, 1200}} {
		r, c := rc[0], rc[1]
		h, ok := d.HeightAt(1+float64(c)/1200, 43-float64(r)/1200)
		if !ok || h != float64(hgtValue(r, c)) {
			t.Errorf("height at row %d col %d = %g, %v; want %d", r, c, h, ok, hgtValue(r, c))
		}
	}
	if b := d.Bound(); math.Abs(b.Min[0]-(1-0.5/1200)) > 1e-12 || math.Abs(b.Max[1]-(43+0.5/1200)) > 1e-12 {
		t.Errorf("Bound = %v, want half a cell beyond 1°E..2°E 42°N..43°N", b)
	}
}

func TestReadHGT1ArcSecondSouthWest(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a 26 MB tile")
	}
	d, err := ReadHGT(iotest.HalfReader(bytes.NewReader(hgtTile(3601))), "s09w078.SRTMGL1.hgt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Cols != 3601 || d.X0 != -78 || d.Y0 != -9 || d.Cell != 1.0/3600 {
		t.Errorf("tile %d wide at %g,%g cell %g; want 3601 at -78,-9 cell 1/3600", d.Cols, d.X0, d.Y0, d.Cell)
	}
	if h, ok := d.HeightAt(-78+10.0/3600, -8); !ok || math.Abs(h-float64(hgtValue(0, 10))) > 1e-9 {
		t.Errorf("north-edge height = %g, %v; want %d", h, ok, hgtValue(0, 10))
	}
}

func TestReadHGTErrors(t *testing.T) {
	tile := hgtTile(1201)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"N42E001.hgt", tile[:1000], "N42E001.hgt: 1000 bytes is not an SRTM tile: a .hgt file holds 2884802 (1201x1201, 3 arc-seconds) or 25934402 bytes"},
		{"N42E001.hgt", append(tile[:len(tile):len(tile)], 0), "N42E001.hgt: 2884803 bytes is not an SRTM tile"},
		{"N42E001.hgt", nil, "N42E001.hgt: 0 bytes is not an SRTM tile"},
		{"tile.hgt", tile, "tile.hgt: the name does not start with N or S, two digits, E or W and three digits; an SRTM tile is named after its south-west corner, like N42E001.hgt"},
		{"N42", tile, "N42: the name is too short to hold a tile corner"},
		{"NxxE001.hgt", tile, "NxxE001.hgt: the latitude or longitude in the name is not a number"},
		{"N4-E001.hgt", tile, "N4-E001.hgt: the latitude or longitude in the name is not a number"},
		{"N95E001.hgt", tile, "N95E001.hgt: latitude 95, longitude 1 is not the corner of a tile on the Earth"},
		{"N10E180.hgt", tile, "N10E180.hgt: latitude 10, longitude 180 is not the corner of a tile on the Earth"},
	}
	for _, tt := range tests {
		_, err := ReadHGT(bytes.NewReader(tt.data), tt.name)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ReadHGT(%s, %d bytes) error\n  %v\nwant it to start with\n  %s", tt.name, len(tt.data), err, tt.want)
		}
	}
	_, err := ReadHGT(iotest.TimeoutReader(bytes.NewReader(tile)), "N42E001.hgt")
	if err == nil || !strings.HasPrefix(err.Error(), "N42E001.hgt: ") {
		t.Errorf("err = %v, want the read error named after the tile", err)
	}
}
