package maps

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// GeoTIFF keys (GeoTIFF 1.1, OGC 19-008r4) that place a DEM on the Earth.
const (
	geoKeyModelType     = 1024 // 1 projected, 2 geographic
	geoKeyRasterType    = 1025 // 1 PixelIsArea, 2 PixelIsPoint
	geoKeyGeographic    = 2048 // GeographicTypeGeoKey: an EPSG geographic system
	geoKeyGeodeticDatum = 2050
	geoKeyProjected     = 3072 // ProjectedCSTypeGeoKey: an EPSG projected system
)

// wgs84Like are EPSG geographic systems (and their datums) that agree with WGS84 to
// about a metre, far finer than a DEM's cells: WGS84, CGCS2000, ETRS89, NAD83, GDA94,
// JGD2000/2011. Beijing 1954 or Xian 1980 lie 100 m away and are not among them.
var wgs84Like = map[uint64]bool{4326: true, 4490: true, 4258: true, 4269: true, 4283: true, 4612: true, 6668: true,
	6326: true, 1043: true, 6258: true, 6269: true, 6283: true, 6612: true}

// ReadGeoTIFF reads an elevation GeoTIFF as GDAL, USGS EarthExplorer, OpenTopography
// and the Copernicus DEM write them: one band of 8- to 64-bit integers or 32/64-bit
// floats (int16 and float32 in practice), in strips or tiles, uncompressed, LZW,
// Deflate or PackBits, with or without a predictor; TIFF or BigTIFF in either byte
// order. It is placed by ModelTiepoint and ModelPixelScale (or a ModelTransformation
// without rotation), PixelIsArea or PixelIsPoint, and its coordinate system comes from
// the GeoKeys: WGS84-like geographic systems, UTM and the CGCS2000 Gauss-Krüger grids
// (see ParseCRS); any other leaves DEM.CRS nil for the caller to set. Cells equal to
// GDAL_NODATA (or NaN) are voids. A grid whose cells are not square, as the Copernicus
// DEM's are north of 50°, is resampled bilinearly to square cells of the finer side.
// Only the first image is read (overviews are ignored). size is the file's length.
func ReadGeoTIFF(r io.ReaderAt, size int64, source string) (*DEM, error) {
	fail := func(format string, args ...any) error {
		return loadErrorAt(source, 0, format, args...)
	}
	ifd, err := readTIFFIFD(r, size)
	if err != nil {
		return nil, fail("the GeoTIFF cannot be read as terrain: %v", err)
	}
	ras, err := ifd.raster(size)
	if err != nil {
		return nil, fail("the GeoTIFF cannot be read as terrain: %v", err)
	}
	geo, err := ifd.georeference(ras.cols, ras.rows)
	if err != nil {
		return nil, fail("the GeoTIFF cannot be read as terrain: %v", err)
	}
	cells := make([]float32, ras.cols*ras.rows)
	if err := ras.read(r, cells, sampleReader(ras.order, ras.format, ras.bytesPerSample)); err != nil {
		return nil, fail("the GeoTIFF cannot be read as terrain: %v", err)
	}
	noData, hasNoData := gdalNoData(ifd.text[tagGDALNoData])
	d := &DEM{Cols: ras.cols, Rows: ras.rows, Heights: cells, Source: source}
	for i, h := range cells {
		if math.IsNaN(float64(h)) || hasNoData && (float64(h) == noData || float64(float32(noData)) == float64(h)) || math.IsInf(float64(h), 0) {
			cells[i] = float32(math.NaN())
			d.Voids++
		}
	}
	if geo.sy < 0 { // rows run south to north: turn them to start from the north
		for top, bottom := 0, d.Rows-1; top < bottom; top, bottom = top+1, bottom-1 {
			a, b := cells[top*d.Cols:(top+1)*d.Cols], cells[bottom*d.Cols:(bottom+1)*d.Cols]
			for i := range a {
				a[i], b[i] = b[i], a[i]
			}
		}
		geo.north += float64(d.Rows-1) * -geo.sy // the centre of the row now first
		geo.sy = -geo.sy
	}
	d.X0, d.Y0 = geo.west, geo.north-float64(d.Rows-1)*geo.sy
	d.Cell = geo.sx
	if math.Abs(geo.sx-geo.sy) > 1e-9*math.Max(geo.sx, geo.sy) {
		ratio := math.Max(geo.sx, geo.sy) / math.Min(geo.sx, geo.sy)
		if ratio > 16 || float64(d.Cols)*float64(d.Rows)*ratio > maxDEMCells {
			return nil, fail("cells of %g × %g, too far from square to resample (at most 16 to 1 and %d cells)", geo.sx, geo.sy, maxDEMCells)
		}
		d = resampleSquare(d, geo.sx, geo.sy)
	}
	d.CRS = geo.crs
	if d.CRS == nil && !geo.projected && fitsLonLat(d.Bound(), d.Cell) {
		d.CRS = WGS84
	}
	return d, nil
}

// geoPlacement is where a GeoTIFF's cells lie: the centre of the top-left cell, the
// cell size along x and y (sy > 0 when rows run from north to south) and the system.
type geoPlacement struct {
	west, north float64
	sx, sy      float64
	crs         CRS
	projected   bool
}

// georeference reads the model tags and GeoKeys.
func (ifd *tiffIFD) georeference(cols, rows int) (geoPlacement, error) {
	var g geoPlacement
	keys := ifd.geoKeys()
	var x0, y0 float64 // where raster point (0, 0) lies
	switch tr, tie, scale := ifd.floats[tagModelTransformation], ifd.floats[tagModelTiepoint], ifd.floats[tagModelPixelScale]; {
	case len(tr) >= 16:
		if tr[1] != 0 || tr[4] != 0 {
			return g, fmt.Errorf("the grid is rotated; drillsim reads north-up grids: gdalwarp in.tif out.tif straightens it")
		}
		g.sx, g.sy, x0, y0 = tr[0], -tr[5], tr[3], tr[7]
	case len(tie) >= 6 && len(scale) >= 2:
		g.sx, g.sy = scale[0], scale[1]
		x0, y0 = tie[3]-tie[0]*g.sx, tie[4]+tie[1]*g.sy
	default:
		return g, fmt.Errorf("no georeference (ModelTiepoint and ModelPixelScale): the file does not say where it lies; a world file (.tfw) is not read, gdal_translate in.tif out.tif writes the tags from it")
	}
	if !(g.sx > 0) || g.sy == 0 || math.IsNaN(g.sy) || math.IsInf(g.sx+g.sy+x0+y0, 0) || math.IsNaN(x0+y0) {
		return g, fmt.Errorf("a cell size of %g × %g, which cannot be", g.sx, g.sy)
	}
	if keys[geoKeyRasterType] == 2 { // PixelIsPoint: raster point (0, 0) is the centre of the first cell
		g.west, g.north = x0, y0
	} else { // PixelIsArea: raster point (0, 0) is its corner
		g.west, g.north = x0+g.sx/2, y0-g.sy/2
	}
	switch keys[geoKeyModelType] {
	case 1:
		g.projected = true
		code := keys[geoKeyProjected]
		if c, ok := crsForEPSG(int(code)); ok {
			g.crs = c
		} else if code >= 25828 && code <= 25838 { // ETRS89 / UTM zones 28N-38N: WGS84's UTM to a metre
			g.crs = UTM(int(code-25800), true)
		}
	case 2:
		if wgs84Like[keys[geoKeyGeographic]] || keys[geoKeyGeographic] == 32767 && wgs84Like[keys[geoKeyGeodeticDatum]] {
			g.crs = WGS84
		} else if keys[geoKeyGeographic] == 0 && keys[geoKeyGeodeticDatum] == 0 {
			g.crs = nil // geographic but unnamed: the extent decides, as for .asc
		} else {
			g.projected = true // a geographic system off WGS84 (Beijing 1954 ...): the caller must say
		}
	}
	return g, nil
}

// geoKeys reads the GeoKeyDirectory's short values by key.
func (ifd *tiffIFD) geoKeys() map[uint64]uint64 {
	keys := map[uint64]uint64{}
	dir := ifd.ints[tagGeoKeyDirectory]
	if len(dir) < 4 {
		return keys
	}
	n := int(dir[3])
	for i := 0; i < n && 4+4*i+3 < len(dir); i++ {
		e := dir[4+4*i:]
		if e[1] == 0 && e[2] == 1 { // a value in place, not in GeoDoubleParams or GeoAsciiParams
			keys[e[0]] = e[3]
		}
	}
	return keys
}

// gdalNoData parses GDAL's NODATA tag ("-32768", "-9999.0", "nan").
func gdalNoData(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) {
		return 0, false // NaN no-data: NaN cells are voids anyway
	}
	return f, true
}

// sampleReader returns a function that converts a row of samples to heights.
func sampleReader(o binary.ByteOrder, format uint64, size int) func(dst []float32, src []byte) {
	switch {
	case format == 3 && size == 4:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = math.Float32frombits(o.Uint32(b[4*i:]))
			}
		}
	case format == 3:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(math.Float64frombits(o.Uint64(b[8*i:])))
			}
		}
	case format == 2 && size == 1:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(int8(b[i]))
			}
		}
	case format == 2 && size == 2:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(int16(o.Uint16(b[2*i:])))
			}
		}
	case format == 2 && size == 4:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(int32(o.Uint32(b[4*i:])))
			}
		}
	case format == 2:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(int64(o.Uint64(b[8*i:])))
			}
		}
	case size == 1:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(b[i])
			}
		}
	case size == 2:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(o.Uint16(b[2*i:]))
			}
		}
	case size == 4:
		return func(dst []float32, b []byte) {
			for i := range dst {
				dst[i] = float32(o.Uint32(b[4*i:]))
			}
		}
	}
	return func(dst []float32, b []byte) {
		for i := range dst {
			dst[i] = float32(o.Uint64(b[8*i:]))
		}
	}
}

// resampleSquare returns d, whose cells measure sx by sy, resampled bilinearly to square
// cells of the finer side, over the same extent.
func resampleSquare(d *DEM, sx, sy float64) *DEM {
	cell := math.Min(sx, sy)
	cols := max(1, int(math.Round(float64(d.Cols)*sx/cell)))
	rows := max(1, int(math.Round(float64(d.Rows)*sy/cell)))
	out := &DEM{Cols: cols, Rows: rows, Cell: cell, Source: d.Source, Heights: make([]float32, cols*rows)}
	west, south := d.X0-sx/2, d.Y0-sy/2 // the grid's outer corner, kept
	out.X0, out.Y0 = west+cell/2, south+cell/2
	src := &DEM{Cols: d.Cols, Rows: d.Rows, Cell: 1, Heights: d.Heights} // sampled in cell units
	for r := range rows {
		y := out.Y0 + float64(rows-1-r)*cell
		fy := (y - d.Y0) / sy
		for c := range cols {
			fx := (out.X0 + float64(c)*cell - d.X0) / sx
			h, ok := src.HeightAt(fx, fy)
			if !ok {
				h = math.NaN()
				out.Voids++
			}
			out.Heights[r*cols+c] = float32(h)
		}
	}
	return out
}
