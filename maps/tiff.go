package maps

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"golang.org/x/image/tiff/lzw"
)

// TIFF tags a single-band raster needs (TIFF 6.0, and the GeoTIFF 1.1 and GDAL tags).
const (
	tagImageWidth          = 256
	tagImageLength         = 257
	tagBitsPerSample       = 258
	tagCompression         = 259
	tagStripOffsets        = 273
	tagSamplesPerPixel     = 277
	tagRowsPerStrip        = 278
	tagStripByteCounts     = 279
	tagPlanarConfiguration = 284
	tagPredictor           = 317
	tagTileWidth           = 322
	tagTileLength          = 323
	tagTileOffsets         = 324
	tagTileByteCounts      = 325
	tagSampleFormat        = 339
	tagModelPixelScale     = 33550
	tagModelTiepoint       = 33922
	tagModelTransformation = 34264
	tagGeoKeyDirectory     = 34735
	tagGeoDoubleParams     = 34736
	tagGDALNoData          = 42113
)

// tiffIFD is the first image file directory of a TIFF (or BigTIFF) file: its tags'
// values, read as numbers or text.
type tiffIFD struct {
	order  binary.ByteOrder
	ints   map[uint16][]uint64
	floats map[uint16][]float64
	text   map[uint16]string
}

// tiffTypeSize is the size in bytes of each TIFF field type (0 for unknown types).
var tiffTypeSize = [19]int{1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8}

// readTIFFIFD reads the header and the first IFD of a TIFF or BigTIFF file of the given
// size. Every count and offset is checked against the file's size before anything is
// allocated.
func readTIFFIFD(r io.ReaderAt, size int64) (*tiffIFD, error) {
	var hdr [16]byte
	if _, err := r.ReadAt(hdr[:8], 0); err != nil {
		return nil, errors.New("too short to be a TIFF file")
	}
	ifd := &tiffIFD{ints: map[uint16][]uint64{}, floats: map[uint16][]float64{}, text: map[uint16]string{}}
	switch string(hdr[:2]) {
	case "II":
		ifd.order = binary.LittleEndian
	case "MM":
		ifd.order = binary.BigEndian
	default:
		return nil, errors.New("not a TIFF file: it does not start with II or MM")
	}
	o := ifd.order
	big := false
	var off uint64
	switch o.Uint16(hdr[2:]) {
	case 42:
		off = uint64(o.Uint32(hdr[4:]))
	case 43:
		big = true
		if _, err := r.ReadAt(hdr[:16], 0); err != nil || o.Uint16(hdr[4:]) != 8 {
			return nil, errors.New("a BigTIFF header that cannot be read")
		}
		off = o.Uint64(hdr[8:])
	default:
		return nil, errors.New("not a TIFF file: its version is neither 42 (TIFF) nor 43 (BigTIFF)")
	}
	countSize, entrySize, valueSize := int64(2), int64(12), int64(4)
	if big {
		countSize, entrySize, valueSize = 8, 20, 8
	}
	if off < 8 || off > uint64(size) || int64(off)+countSize > size {
		return nil, fmt.Errorf("its first directory lies at byte %d, outside the file", off)
	}
	var cb [8]byte
	if _, err := r.ReadAt(cb[:countSize], int64(off)); err != nil {
		return nil, err
	}
	n := uint64(o.Uint16(cb[:]))
	if big {
		n = o.Uint64(cb[:])
	}
	if n == 0 || n > uint64(size)/uint64(entrySize) || int64(off)+countSize+int64(n)*entrySize > size {
		return nil, fmt.Errorf("its first directory claims %d entries, more than the file holds", n)
	}
	entries := make([]byte, int64(n)*entrySize)
	if _, err := r.ReadAt(entries, int64(off)+countSize); err != nil {
		return nil, err
	}
	for i := int64(0); i < int64(n); i++ {
		e := entries[i*entrySize:]
		tag, typ := o.Uint16(e), o.Uint16(e[2:])
		var count uint64
		var val []byte
		if big {
			count, val = o.Uint64(e[4:]), e[12:20]
		} else {
			count, val = uint64(o.Uint32(e[4:])), e[8:12]
		}
		if int(typ) >= len(tiffTypeSize) || tiffTypeSize[typ] == 0 {
			continue // a type this reader does not know: the tag is not one it needs
		}
		total := count * uint64(tiffTypeSize[typ])
		if count > uint64(size) || total > uint64(size) {
			return nil, fmt.Errorf("tag %d claims %d values, more than the file holds", tag, count)
		}
		data := val[:min(total, uint64(valueSize))]
		if total > uint64(valueSize) {
			at := uint64(o.Uint32(val))
			if big {
				at = o.Uint64(val)
			}
			if at > uint64(size) || at+total > uint64(size) {
				return nil, fmt.Errorf("the values of tag %d lie outside the file", tag)
			}
			data = make([]byte, total)
			if _, err := r.ReadAt(data, int64(at)); err != nil {
				return nil, err
			}
		}
		ifd.decode(tag, typ, int(count), data)
	}
	return ifd, nil
}

// decode stores one tag's values by their type.
func (ifd *tiffIFD) decode(tag, typ uint16, n int, b []byte) {
	o := ifd.order
	switch typ {
	case 2: // ASCII, NUL-terminated
		ifd.text[tag] = string(bytes.TrimRight(b, "\x00"))
	case 11, 12: // FLOAT, DOUBLE
		fs := make([]float64, n)
		for i := range fs {
			if typ == 11 {
				fs[i] = float64(math.Float32frombits(o.Uint32(b[4*i:])))
			} else {
				fs[i] = math.Float64frombits(o.Uint64(b[8*i:]))
			}
		}
		ifd.floats[tag] = fs
	case 5, 10: // RATIONAL, SRATIONAL: kept as numbers
		fs := make([]float64, n)
		for i := range fs {
			num, den := o.Uint32(b[8*i:]), o.Uint32(b[8*i+4:])
			if den != 0 {
				fs[i] = float64(num) / float64(den)
			}
		}
		ifd.floats[tag] = fs
	default: // integers of every width
		size := tiffTypeSize[typ]
		vs := make([]uint64, n)
		for i := range vs {
			switch size {
			case 1:
				vs[i] = uint64(b[i])
			case 2:
				vs[i] = uint64(o.Uint16(b[2*i:]))
			case 4:
				vs[i] = uint64(o.Uint32(b[4*i:]))
			case 8:
				vs[i] = o.Uint64(b[8*i:])
			}
		}
		ifd.ints[tag] = vs
	}
}

// int returns a tag's first value as an integer, or def when the tag is absent.
func (ifd *tiffIFD) int(tag uint16, def uint64) uint64 {
	if v := ifd.ints[tag]; len(v) > 0 {
		return v[0]
	}
	return def
}

// tiffRaster is the layout of a single-band raster: its size, how its samples are
// stored and where its strips or tiles are.
type tiffRaster struct {
	cols, rows     int
	bytesPerSample int
	format         uint64 // SampleFormat: 1 unsigned, 2 signed, 3 float
	compression    uint64
	predictor      uint64
	blockW, blockH int // a tile's size, or the image width and RowsPerStrip for strips
	offsets        []uint64
	counts         []uint64
	order          binary.ByteOrder
	zr             io.ReadCloser // reused from block to block
}

// raster checks the IFD describes a raster this reader decodes and returns its layout.
func (ifd *tiffIFD) raster(size int64) (*tiffRaster, error) {
	t := &tiffRaster{cols: int(ifd.int(tagImageWidth, 0)), rows: int(ifd.int(tagImageLength, 0)), order: ifd.order,
		compression: ifd.int(tagCompression, 1), predictor: ifd.int(tagPredictor, 1), format: ifd.int(tagSampleFormat, 1)}
	if t.cols <= 0 || t.rows <= 0 || int64(t.cols)*int64(t.rows) > maxDEMCells {
		return nil, fmt.Errorf("an image of %d × %d cells (at most %d in all)", t.cols, t.rows, maxDEMCells)
	}
	if spp := ifd.int(tagSamplesPerPixel, 1); spp != 1 {
		return nil, fmt.Errorf("%d bands; a DEM has one: gdal_translate -b 1 in.tif out.tif keeps the first", spp)
	}
	bits := ifd.int(tagBitsPerSample, 1)
	switch {
	case bits == 8 || bits == 16 || bits == 32 || bits == 64:
		t.bytesPerSample = int(bits / 8)
	default:
		return nil, fmt.Errorf("%d-bit samples; heights are read from 8, 16, 32 or 64-bit samples", bits)
	}
	switch {
	case t.format == 3 && (bits == 32 || bits == 64), t.format == 1 || t.format == 2:
	default:
		return nil, fmt.Errorf("sample format %d with %d bits; heights are read as integers or 32/64-bit floats", t.format, bits)
	}
	switch t.compression {
	case 1, 5, 8, 32946, 32773:
	default:
		return nil, fmt.Errorf("compression %d is not read (drillsim reads none, LZW, Deflate and PackBits): gdal_translate -co COMPRESS=DEFLATE in.tif out.tif rewrites it", t.compression)
	}
	switch t.predictor {
	case 1, 2, 3:
	default:
		return nil, fmt.Errorf("predictor %d is not read", t.predictor)
	}
	if tw := ifd.int(tagTileWidth, 0); tw > 0 {
		t.blockW, t.blockH = int(tw), int(ifd.int(tagTileLength, 0))
		t.offsets, t.counts = ifd.ints[tagTileOffsets], ifd.ints[tagTileByteCounts]
	} else {
		t.blockW, t.blockH = t.cols, int(min(ifd.int(tagRowsPerStrip, uint64(t.rows)), uint64(t.rows)))
		t.offsets, t.counts = ifd.ints[tagStripOffsets], ifd.ints[tagStripByteCounts]
	}
	if t.blockW <= 0 || t.blockH <= 0 || int64(t.blockW)*int64(t.blockH) > maxDEMCells {
		return nil, fmt.Errorf("blocks of %d × %d cells", t.blockW, t.blockH)
	}
	across, down := (t.cols+t.blockW-1)/t.blockW, (t.rows+t.blockH-1)/t.blockH
	if len(t.offsets) < across*down || len(t.counts) < across*down {
		return nil, fmt.Errorf("%d blocks are listed where %d × %d are needed", min(len(t.offsets), len(t.counts)), across, down)
	}
	var stored uint64
	for i := range across * down {
		if t.offsets[i]+t.counts[i] > uint64(size) || t.counts[i] > uint64(size) {
			return nil, fmt.Errorf("block %d lies outside the file (cut short?)", i)
		}
		stored += t.counts[i]
	}
	// The raster cannot unpack to more than its compression allows, which bounds what
	// a broken or hostile header can make this reader allocate.
	need := uint64(across*down) * uint64(t.blockW) * uint64(t.blockH) * uint64(t.bytesPerSample) // tiles are whole
	if t.blockW == t.cols {
		need = uint64(t.cols) * uint64(t.rows) * uint64(t.bytesPerSample) // the last strip may be short
	}
	if limit := stored * tiffMaxRatio[t.compression]; need > limit {
		return nil, fmt.Errorf("%d × %d cells cannot come from %d stored bytes (cut short?)", t.cols, t.rows, stored)
	}
	return t, nil
}

// tiffMaxRatio is the most each compression can expand its data: Deflate's limit is
// about 1032:1, LZW's codes of 12 bits stand for at most 4096 bytes, PackBits' two
// bytes for 128.
var tiffMaxRatio = map[uint64]uint64{1: 1, 5: 2731, 8: 1032, 32946: 1032, 32773: 64}

// read decodes every block into cells, row-major from the top row, each row of a block
// by samples, which converts a row's bytes (in the file's byte order) to heights.
func (t *tiffRaster) read(r io.ReaderAt, cells []float32, samples func(dst []float32, src []byte)) error {
	across := (t.cols + t.blockW - 1) / t.blockW
	blocks := across * ((t.rows + t.blockH - 1) / t.blockH)
	var raw []byte
	block := make([]byte, t.blockW*t.blockH*t.bytesPerSample)
	for i := range blocks {
		raw = grow(raw, int(t.counts[i]))
		if _, err := r.ReadAt(raw, int64(t.offsets[i])); err != nil && err != io.EOF {
			return fmt.Errorf("block %d: %v", i, err)
		}
		bx, by := i%across, i/across
		h := t.blockH
		if t.blockW == t.cols { // a strip: the last one may hold fewer rows
			h = min(t.blockH, t.rows-by*t.blockH)
		}
		want := t.blockW * h * t.bytesPerSample
		if err := t.decompress(raw, block[:want]); err != nil {
			return fmt.Errorf("block %d: %v", i, err)
		}
		t.undoPredictor(block[:want], h)
		col0 := bx * t.blockW
		w := min(t.blockW, t.cols-col0) // a tile at the east edge is padded
		for y := range h {
			row := by*t.blockH + y
			if row >= t.rows {
				break
			}
			at := y * t.blockW * t.bytesPerSample
			samples(cells[row*t.cols+col0:row*t.cols+col0+w], block[at:at+w*t.bytesPerSample])
		}
	}
	return nil
}

// decompress fills dst with a block's samples.
func (t *tiffRaster) decompress(src, dst []byte) error {
	var rd io.Reader
	switch t.compression {
	case 1:
		if len(src) < len(dst) {
			return fmt.Errorf("%d bytes where %d are needed", len(src), len(dst))
		}
		copy(dst, src)
		return nil
	case 32773:
		return unpackBits(src, dst)
	case 5:
		lr := lzw.NewReader(bytes.NewReader(src), lzw.MSB, 8)
		defer lr.Close()
		rd = lr
	default: // 8, 32946: Deflate
		var err error
		if t.zr == nil {
			t.zr, err = zlib.NewReader(bytes.NewReader(src))
		} else {
			err = t.zr.(zlib.Resetter).Reset(bytes.NewReader(src), nil)
		}
		if err != nil {
			return fmt.Errorf("deflate data cannot be read: %v", err)
		}
		rd = t.zr
	}
	if _, err := io.ReadFull(rd, dst); err != nil {
		return fmt.Errorf("compressed data cannot be read (%v)", err)
	}
	return nil
}

// unpackBits decodes PackBits (Apple's run-length code, TIFF compression 32773).
func unpackBits(src, dst []byte) error {
	o := 0
	for i := 0; i < len(src) && o < len(dst); {
		n := int(int8(src[i]))
		i++
		switch {
		case n >= 0:
			if i+n+1 > len(src) || o+n+1 > len(dst) {
				return errors.New("PackBits data cut short")
			}
			o += copy(dst[o:], src[i:i+n+1])
			i += n + 1
		case n > -128:
			if i >= len(src) || o-n+1 > len(dst) {
				return errors.New("PackBits data cut short")
			}
			for k := 0; k < -n+1; k++ {
				dst[o] = src[i]
				o++
			}
			i++
		default:
			// -128 is a no-op
		}
	}
	if o < len(dst) {
		return fmt.Errorf("PackBits data gives %d bytes where %d are needed", o, len(dst))
	}
	return nil
}

// undoPredictor reverses TIFF's differencing of each row of a block of h rows:
// horizontal (2) adds each sample to the one before; floating point (3, Adobe's
// Technical Note 3) adds each byte to the one before and then puts the bytes of each
// sample, stored most significant first across the row, back together.
func (t *tiffRaster) undoPredictor(b []byte, h int) {
	w, n := t.blockW, t.bytesPerSample
	rowBytes := w * n
	switch t.predictor {
	case 2:
		for y := range h {
			row := b[y*rowBytes : (y+1)*rowBytes]
			switch n {
			case 1:
				for x := 1; x < w; x++ {
					row[x] += row[x-1]
				}
			case 2:
				for x := 1; x < w; x++ {
					t.order.PutUint16(row[2*x:], t.order.Uint16(row[2*x:])+t.order.Uint16(row[2*x-2:]))
				}
			case 4:
				for x := 1; x < w; x++ {
					t.order.PutUint32(row[4*x:], t.order.Uint32(row[4*x:])+t.order.Uint32(row[4*x-4:]))
				}
			case 8:
				for x := 1; x < w; x++ {
					t.order.PutUint64(row[8*x:], t.order.Uint64(row[8*x:])+t.order.Uint64(row[8*x-8:]))
				}
			}
		}
	case 3:
		tmp := make([]byte, rowBytes)
		for y := range h {
			row := b[y*rowBytes : (y+1)*rowBytes]
			for i := 1; i < rowBytes; i++ {
				row[i] += row[i-1]
			}
			copy(tmp, row)
			for x := range w {
				for k := range n { // byte k of every sample is stored in plane k, most significant first
					src := tmp[k*w+x]
					if t.order == binary.LittleEndian {
						row[x*n+n-1-k] = src
					} else {
						row[x*n+k] = src
					}
				}
			}
		}
	}
}
