package scoring

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
)

// systemCJKFonts are where Debian's fonts-wqy-microhei and fonts-wqy-zenhei put
// their fonts.
var systemCJKFonts = []string{
	"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
	"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
}

// errNoCJKFont says how to get a font for Chinese text.
var errNoCJKFont = errors.New("no CJK font for the Chinese report: install fonts-wqy-microhei (apt-get install fonts-wqy-microhei)")

// cjkFont returns a TrueType font (one face, .ttf bytes) with the Chinese characters
// the charts and PDF reports need. It is the one place reports get their font:
// for now it reads the WenQuanYi Micro Hei font of Debian's fonts-wqy-microhei
// package (taking the first face of its .ttc collection); it will read the subset
// embedded in the assets package once that lands. The font is read once.
func cjkFont() ([]byte, error) { return loadCJKFont() }

// loadCJKFont reads the first system CJK font found, once.
var loadCJKFont = sync.OnceValues(func() ([]byte, error) {
	for _, path := range systemCJKFonts {
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		ttf, err := firstFace(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return ttf, nil
	}
	return nil, errNoCJKFont
})

// firstFace returns a TrueType font file as is, or the first face of a TrueType
// collection (.ttc) as a font file of its own: its table directory followed by a
// copy of each table it names.
func firstFace(data []byte) ([]byte, error) {
	if len(data) < 12 {
		return nil, errors.New("not a TrueType font: too short")
	}
	if string(data[:4]) != "ttcf" {
		return data, nil
	}
	be := binary.BigEndian
	if be.Uint32(data[8:]) == 0 || len(data) < 16 {
		return nil, errors.New("a TrueType collection with no fonts")
	}
	dir := int(be.Uint32(data[12:]))
	if dir+12 > len(data) {
		return nil, errors.New("a TrueType collection whose first font lies past its end")
	}
	n := int(be.Uint16(data[dir+4:]))
	head := 12 + 16*n
	if dir+head > len(data) {
		return nil, errors.New("a TrueType collection whose table directory lies past its end")
	}
	out := make([]byte, head, len(data))
	copy(out, data[dir:dir+head])
	for i := range n {
		rec := out[12+16*i:]
		off, size := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off < 0 || size < 0 || off+size > len(data) {
			return nil, fmt.Errorf("a TrueType collection whose table %q lies past its end", rec[:4])
		}
		be.PutUint32(rec[8:], uint32(len(out)))
		out = append(out, data[off:off+size]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}
