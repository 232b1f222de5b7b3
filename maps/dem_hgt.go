package maps

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
)

// hgtVoid is the value SRTM .hgt tiles store for cells without data.
const hgtVoid = -32768

// ReadHGT reads an SRTM .hgt tile: a square of big-endian int16 heights in metres, rows
// from the north, 1201x1201 (3 arc-seconds) or 3601x3601 (1 arc-second), -32768 for
// voids, which become NaN and are counted in DEM.Voids. The tile covers one degree; its
// position comes from name, whose base must start like "N42E001" (any case, with any
// suffix such as ".hgt" or ".SRTMGL1.hgt"): the centre of its south-west cell is at
// latitude 42°N, longitude 1°E. The DEM is WGS84 and its Source is name.
func ReadHGT(r io.Reader, name string) (*DEM, error) {
	lon, lat, err := parseHGTName(name)
	if err != nil {
		return nil, err
	}
	const size1, size3 = 3601, 1201
	data, err := io.ReadAll(io.LimitReader(r, 2*size1*size1+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var n int
	switch len(data) {
	case 2 * size3 * size3:
		n = size3
	case 2 * size1 * size1:
		n = size1
	default:
		return nil, loadErrorAt(name, 0, "%d bytes is not an SRTM tile: a .hgt file holds %d (1201x1201, 3 arc-seconds) or %d bytes (3601x3601, 1 arc-second); is it compressed or cut short?",
			len(data), 2*size3*size3, 2*size1*size1)
	}
	d := &DEM{
		Cols:    n,
		Rows:    n,
		X0:      float64(lon),
		Y0:      float64(lat),
		Cell:    1 / float64(n-1),
		CRS:     WGS84,
		Heights: make([]float32, n*n),
		Source:  name,
	}
	for i := range d.Heights {
		h := int16(binary.BigEndian.Uint16(data[2*i:]))
		if h == hgtVoid {
			d.Heights[i] = float32(math.NaN())
			d.Voids++
			continue
		}
		d.Heights[i] = float32(h)
	}
	return d, nil
}

// parseHGTName returns the south-west corner of the tile named like "N42E001.hgt".
func parseHGTName(name string) (lon, lat int, err error) {
	base := strings.ToUpper(filepath.Base(name))
	bad := func(why string) error {
		return loadErrorAt(name, 0, "%s; an SRTM tile is named after its south-west corner, like N42E001.hgt or S09W078.hgt", why)
	}
	if len(base) < 7 {
		return 0, 0, bad("the name is too short to hold a tile corner")
	}
	ns, ew := base[0], base[3]
	if (ns != 'N' && ns != 'S') || (ew != 'E' && ew != 'W') {
		return 0, 0, bad("the name does not start with N or S, two digits, E or W and three digits")
	}
	lat, errLat := strconv.Atoi(base[1:3])
	lon, errLon := strconv.Atoi(base[4:7])
	if errLat != nil || errLon != nil || !isDigits(base[1:3]) || !isDigits(base[4:7]) {
		return 0, 0, bad("the latitude or longitude in the name is not a number")
	}
	if ns == 'S' {
		lat = -lat
	}
	if ew == 'W' {
		lon = -lon
	}
	if lat < -90 || lat > 89 || lon < -180 || lon > 179 {
		return 0, 0, bad(fmt.Sprintf("latitude %d, longitude %d is not the corner of a tile on the Earth", lat, lon))
	}
	return lon, lat, nil
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
