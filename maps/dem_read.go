package maps

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// maxDEMCells is the largest grid ReadASC accepts (200 million cells, 800 MB of heights):
// beyond it a header is more likely wrong than the grid real, and allocating would
// exhaust memory before any other check could speak.
const maxDEMCells = 200_000_000

// ReadASC reads an ESRI ASCII grid (.asc), naming it source in errors and in DEM.Source.
//
// The header lines "key value" come first, in any order, keys in any case: ncols, nrows,
// xllcorner or xllcenter, yllcorner or yllcenter, cellsize (or equal dx and dy) and the
// optional NODATA_value. Corner coordinates are moved to the centre of the south-west
// cell, so DEM.X0/Y0 are always cell centres. Rows follow from the north, each starting
// on a new line (a row may wrap over several lines as long as every row does); spaces,
// tabs and CRLF line ends are accepted. NODATA cells become NaN and are counted in
// DEM.Voids; NaN or infinite values in the file are errors.
//
// A grid whose extent (cell edges) lies within longitude -180..180 and latitude -90..90
// with a cell size under 1 is taken to be WGS84 lon/lat and gets DEM.CRS = WGS84. Any
// other grid is projected: ReadASC cannot know its system, leaves DEM.CRS nil, and the
// caller must set it (for example from ParseCRS) before converting coordinates. A small
// grid in local metres near 0,0 with sub-metre cells passes the lon/lat test too; a
// caller who knows better overrides DEM.CRS.
//
// Errors read "source:line: what is wrong; what to do". Grids of more than 200 million
// cells are refused before any allocation.
func ReadASC(r io.Reader, source string) (*DEM, error) {
	s := newASCScanner(r)
	h, err := readASCHeader(s, source)
	if err != nil {
		return nil, err
	}
	d := &DEM{
		Cols:    h.cols,
		Rows:    h.rows,
		X0:      h.x0,
		Y0:      h.y0,
		Cell:    h.cell,
		Heights: make([]float32, h.cols*h.rows),
		Source:  source,
	}
	if err := readASCValues(s, source, h, d); err != nil {
		return nil, err
	}
	if fitsLonLat(d.Bound(), d.Cell) {
		d.CRS = WGS84
	}
	return d, nil
}

// fitsLonLat reports whether a grid with extent b and the given cell size is plausibly
// in WGS84 degrees.
func fitsLonLat(b orb.Bound, cell float64) bool {
	tol := cell * 1e-6
	return cell < 1 &&
		b.Min[0] >= -180-tol && b.Max[0] <= 180+tol &&
		b.Min[1] >= -90-tol && b.Max[1] <= 90+tol
}

// ascHeader is the parsed header of an ESRI ASCII grid.
type ascHeader struct {
	cols, rows   int
	x0, y0, cell float64 // x0/y0: centre of the south-west cell
	noData       float64
	hasNoData    bool
}

// The header keys of an ESRI ASCII grid, as indices into ascKeyNames.
const (
	keyNcols = iota
	keyNrows
	keyXllcorner
	keyXllcenter
	keyYllcorner
	keyYllcenter
	keyCellsize
	keyDx
	keyDy
	keyNodata
	keyCount
)

var ascKeyNames = [keyCount]string{"ncols", "nrows", "xllcorner", "xllcenter", "yllcorner", "yllcenter", "cellsize", "dx", "dy", "nodata_value"}

const ascHeaderHelp = "an ESRI ASCII grid header has the lines ncols, nrows, xllcorner or xllcenter, yllcorner or yllcenter, cellsize and optionally NODATA_value, each followed by a number"

// readASCHeader reads the "key value" lines up to the first number, which it leaves in s.
func readASCHeader(s *ascScanner, source string) (ascHeader, error) {
	var (
		val      [keyCount]float64
		text     [keyCount]string
		seenLine [keyCount]int // 0: not seen
	)
	endLine := 1
	for {
		tok, line, ok := s.next()
		if !ok {
			if s.err != nil {
				return ascHeader{}, fmt.Errorf("%s:%d: %w", source, line, s.err)
			}
			endLine = line
			break
		}
		if looksNumeric(tok) {
			s.pushBack(tok, line)
			endLine = line
			break
		}
		name := strings.ToLower(strings.TrimPrefix(string(tok), "\uFEFF"))
		k := 0
		for k < keyCount && ascKeyNames[k] != name {
			k++
		}
		if k == keyCount {
			return ascHeader{}, loadErrorAt(source, line, "%s is not a header key and not a number; %s", quoteToken(tok), ascHeaderHelp)
		}
		if seenLine[k] != 0 {
			return ascHeader{}, loadErrorAt(source, line, "%s given a second time (first on line %d); keep one", name, seenLine[k])
		}
		seenLine[k] = line
		vtok, vline, ok := s.next()
		if !ok || vline != line {
			return ascHeader{}, loadErrorAt(source, line, "%s has no value; write it as %q", name, name+" <number>")
		}
		v, err := strconv.ParseFloat(string(vtok), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return ascHeader{}, loadErrorAt(source, line, "%s %s is not a number; write a plain decimal number", name, quoteToken(vtok))
		}
		val[k], text[k] = v, string(vtok)
		if extra, eline, ok := s.next(); ok {
			if eline == line {
				return ascHeader{}, loadErrorAt(source, line, "unexpected %s after %s %s; a header line holds one key and one number", quoteToken(extra), name, text[k])
			}
			s.pushBack(extra, eline)
		}
	}
	at := func(k int) int { // the line to blame for key k
		if seenLine[k] != 0 {
			return seenLine[k]
		}
		return endLine
	}
	for _, k := range []int{keyNcols, keyNrows} {
		if seenLine[k] == 0 {
			return ascHeader{}, loadErrorAt(source, endLine, "the header ends without %s; %s", ascKeyNames[k], ascHeaderHelp)
		}
		if v := val[k]; v < 1 || v != math.Trunc(v) || v > maxDEMCells {
			return ascHeader{}, loadErrorAt(source, at(k), "%s %s must be a whole number from 1 to %d", ascKeyNames[k], text[k], maxDEMCells)
		}
	}
	var h ascHeader
	h.cols, h.rows = int(val[keyNcols]), int(val[keyNrows])
	if h.cols > maxDEMCells/h.rows {
		return ascHeader{}, loadErrorAt(source, at(keyNrows), "ncols %d × nrows %d = %d cells is more than the limit of %d; check the header or clip the grid", h.cols, h.rows, h.cols*h.rows, maxDEMCells)
	}

	switch {
	case seenLine[keyCellsize] != 0 && (seenLine[keyDx] != 0 || seenLine[keyDy] != 0):
		return ascHeader{}, loadErrorAt(source, at(keyCellsize), "both cellsize and dx/dy given; keep cellsize only")
	case seenLine[keyCellsize] != 0:
		h.cell = val[keyCellsize]
	case seenLine[keyDx] != 0 && seenLine[keyDy] != 0:
		dx, dy := val[keyDx], val[keyDy]
		if math.Abs(dx-dy) > 1e-9*math.Max(math.Abs(dx), math.Abs(dy)) {
			return ascHeader{}, loadErrorAt(source, at(keyDy), "dx %s and dy %s differ; drillsim needs square cells: resample the grid (e.g. gdalwarp -tr)", text[keyDx], text[keyDy])
		}
		h.cell = dx
	case seenLine[keyDx] != 0 || seenLine[keyDy] != 0:
		return ascHeader{}, loadErrorAt(source, endLine, "dx and dy must be given together (or cellsize instead); add the missing one")
	default:
		return ascHeader{}, loadErrorAt(source, endLine, "the header ends without cellsize; %s", ascHeaderHelp)
	}
	cellKey := keyCellsize
	if seenLine[keyCellsize] == 0 {
		cellKey = keyDx
	}
	if h.cell <= 0 {
		return ascHeader{}, loadErrorAt(source, at(cellKey), "%s %s must be positive: it is the width of one cell", ascKeyNames[cellKey], text[cellKey])
	}

	var err error
	if h.x0, err = ascOrigin(source, "x", keyXllcorner, keyXllcenter, val, seenLine, h.cell, endLine); err != nil {
		return ascHeader{}, err
	}
	if h.y0, err = ascOrigin(source, "y", keyYllcorner, keyYllcenter, val, seenLine, h.cell, endLine); err != nil {
		return ascHeader{}, err
	}
	h.noData, h.hasNoData = val[keyNodata], seenLine[keyNodata] != 0
	return h, nil
}

// ascOrigin returns the cell-centre coordinate of the south-west cell along one axis,
// from whichever of the corner and centre keys the header has.
func ascOrigin(source, axis string, corner, centre int, val [keyCount]float64, seenLine [keyCount]int, cell float64, endLine int) (float64, error) {
	switch {
	case seenLine[corner] != 0 && seenLine[centre] != 0:
		return 0, loadErrorAt(source, seenLine[centre], "both %s and %s given (line %d); keep the one the grid was written with", ascKeyNames[centre], ascKeyNames[corner], seenLine[corner])
	case seenLine[corner] != 0:
		return val[corner] + cell/2, nil
	case seenLine[centre] != 0:
		return val[centre], nil
	}
	return 0, loadErrorAt(source, endLine, "the header ends without %sllcorner or %sllcenter; %s", axis, axis, ascHeaderHelp)
}

// readASCValues reads the rows of heights into d.Heights, checking that every row holds
// ncols values and starts on a new line, and counting voids.
func readASCValues(s *ascScanner, source string, h ascHeader, d *DEM) error {
	cols, rows := h.cols, h.rows
	heights := d.Heights
	var (
		row, inRow int  // the row being read and how many values it has so far
		rowLine    int  // the line where the current row started
		curLine    int  // the line of the last value read
		wrapped    bool // rows wrap over several lines (decided by the first row)
	)
	// lineEnded checks the current row when the line curLine ends.
	lineEnded := func() error {
		switch {
		case inRow == cols:
			if row == 0 {
				wrapped = rowLine != curLine
			}
			row, inRow = row+1, 0
		case inRow > cols && rowLine == curLine:
			return loadErrorAt(source, rowLine, "row %d of %d has %d values, want %d (ncols); fix the row or the header's ncols", row+1, rows, inRow, cols)
		case inRow > cols:
			return loadErrorAt(source, rowLine, "row %d of %d has %d values on lines %d-%d, want %d (ncols); every row must hold ncols values and start on a new line", row+1, rows, inRow, rowLine, curLine, cols)
		case row > 0 && !wrapped:
			return loadErrorAt(source, rowLine, "row %d of %d has %d values, want %d (ncols); is the line cut short?", row+1, rows, inRow, cols)
		}
		return nil
	}
	for {
		tok, line, ok := s.next()
		if !ok {
			if s.err != nil {
				return fmt.Errorf("%s:%d: %w", source, line, s.err)
			}
			break
		}
		if line != curLine {
			if inRow > 0 {
				if err := lineEnded(); err != nil {
					return err
				}
			}
			curLine = line
			if inRow == 0 {
				rowLine = line
			}
		}
		if row == rows {
			return loadErrorAt(source, line, "more values after the %d rows the header declares; fix nrows or remove the extra lines", rows)
		}
		v, ok := parseASCNumber(tok)
		if !ok {
			return loadErrorAt(source, line, "value %s in row %d is not a number; write plain decimal numbers", quoteToken(tok), row+1)
		}
		if inRow < cols {
			switch {
			case h.hasNoData && v == h.noData:
				heights[row*cols+inRow] = float32(math.NaN())
				d.Voids++
			case v != v || math.Abs(v) > math.MaxFloat32: // NaN, infinite, or beyond float32
				return loadErrorAt(source, line, "value %s in row %d is not a finite height; write voids as the NODATA_value", quoteToken(tok), row+1)
			default:
				heights[row*cols+inRow] = float32(v)
			}
		}
		inRow++
	}
	if inRow > 0 {
		if err := lineEnded(); err != nil {
			return err
		}
	}
	if row < rows {
		if inRow > 0 {
			return loadErrorAt(source, curLine, "the file ends inside row %d of %d after %d of %d values; is it truncated?", row+1, rows, inRow, cols)
		}
		return loadErrorAt(source, max(curLine, s.line), "the file ends after %d of %d rows (nrows); is it truncated, or nrows wrong?", row, rows)
	}
	return nil
}

// looksNumeric reports whether a token starts like a number rather than a header key.
func looksNumeric(tok []byte) bool {
	c := tok[0]
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.'
}

// quoteToken quotes a token for a message, shortened to 40 bytes.
func quoteToken(tok []byte) string {
	if len(tok) > 40 {
		return strconv.Quote(string(tok[:40])) + "..."
	}
	return strconv.Quote(string(tok))
}

// pow10 holds the exact powers of ten parseASCNumber divides by.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseASCNumber parses a decimal number. Plain decimals of up to 15 digits, which is
// every height a DEM writer produces, are converted exactly without allocating: the
// digits form an integer below 2^53 and one division by an exact power of ten rounds
// correctly, as strconv.ParseFloat would. Anything else (exponents, long mantissas,
// "nan") goes to strconv.ParseFloat.
func parseASCNumber(b []byte) (float64, bool) {
	i, neg := 0, false
	if b[0] == '-' || b[0] == '+' {
		neg, i = b[0] == '-', 1
	}
	var mant uint64
	digits, frac := 0, 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		mant = mant*10 + uint64(b[i]-'0')
		digits++
	}
	if i < len(b) && b[i] == '.' {
		for i++; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			mant = mant*10 + uint64(b[i]-'0')
			digits++
			frac++
		}
	}
	if i != len(b) || digits == 0 || digits > 15 {
		v, err := strconv.ParseFloat(string(b), 64)
		return v, err == nil
	}
	v := float64(mant)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, true
}

// ascScanner splits a reader into whitespace-separated tokens, counting lines, without
// allocating per token.
type ascScanner struct {
	r        io.Reader
	buf      []byte
	pos, end int   // unread bytes are buf[pos:end]
	line     int   // line of buf[pos], from 1
	eof      bool  // the reader is exhausted
	err      error // a read error other than io.EOF

	pushed     []byte // a token given back by pushBack
	pushedLine int
	hasPushed  bool
}

func newASCScanner(r io.Reader) *ascScanner {
	return &ascScanner{r: r, buf: make([]byte, 64<<10), line: 1}
}

// ascSpace marks the bytes that separate tokens.
var ascSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\v': true, '\f': true}

// isASCSpace reports whether c separates tokens.
func isASCSpace(c byte) bool { return ascSpace[c] }

// next returns the next token and its line, or ok=false at the end of the input (s.err
// tells a read error from the end). The token is valid until the next call. A token
// longer than the buffer comes back in buffer-sized pieces, which no caller accepts.
func (s *ascScanner) next() (tok []byte, line int, ok bool) {
	if s.hasPushed {
		s.hasPushed = false
		return s.pushed, s.pushedLine, true
	}
	for { // skip separators
		for s.pos < s.end && isASCSpace(s.buf[s.pos]) {
			if s.buf[s.pos] == '\n' {
				s.line++
			}
			s.pos++
		}
		if s.pos < s.end {
			break
		}
		s.pos, s.end = 0, 0
		if !s.fill() {
			return nil, s.line, false
		}
	}
	start := s.pos
	for {
		for s.pos < s.end && !isASCSpace(s.buf[s.pos]) {
			s.pos++
		}
		if s.pos < s.end || s.eof || (start == 0 && s.end == len(s.buf)) {
			return s.buf[start:s.pos], s.line, true
		}
		// The token runs to the end of the buffer: move it to the front and read on.
		n := copy(s.buf, s.buf[start:s.end])
		s.pos, s.end, start = n, n, 0
		if !s.fill() {
			return s.buf[:s.pos], s.line, true
		}
	}
}

// pushBack makes the next call to next return tok again.
func (s *ascScanner) pushBack(tok []byte, line int) {
	s.pushed = append(s.pushed[:0], tok...)
	s.pushedLine, s.hasPushed = line, true
}

// fill reads more input after buf[:end], reporting whether any arrived.
func (s *ascScanner) fill() bool {
	for !s.eof && s.end < len(s.buf) {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.err = err
			}
		}
		if n > 0 {
			return true
		}
	}
	return false
}
