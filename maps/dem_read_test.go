package maps

import (
	"bufio"
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"drillsim/internal/realdata"
)

// andorraASC is the real SRTM clip among the real maps (see realdata.Path).
const andorraASC = "andorra/andorra-srtm.asc"

// readAndorra reads the real Andorra DEM, skipping the test when the data is absent.
func readAndorra(tb testing.TB) *DEM {
	tb.Helper()
	d, err := ReadDEMFile(realdata.Path(tb, andorraASC))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestReadASCCentreHeader(t *testing.T) {
	const asc = "ncols 3\nnrows 2\nxllcenter 1.5\nyllcenter 42.25\ncellsize 0.5\nNODATA_value -32768\n" +
		"10 20 30\n" +
		"40 -32768 60.25\n"
	d, err := ReadASC(strings.NewReader(asc), "tiny.asc")
	if err != nil {
		t.Fatal(err)
	}
	if d.Cols != 3 || d.Rows != 2 || d.X0 != 1.5 || d.Y0 != 42.25 || d.Cell != 0.5 {
		t.Errorf("grid = %dx%d at %g,%g cell %g, want 3x2 at 1.5,42.25 cell 0.5", d.Cols, d.Rows, d.X0, d.Y0, d.Cell)
	}
	want := []float32{10, 20, 30, 40, float32(math.NaN()), 60.25}
	assertHeights(t, d.Heights, want)
	if d.Voids != 1 {
		t.Errorf("Voids = %d, want 1", d.Voids)
	}
	if d.CRS != WGS84 {
		t.Errorf("CRS = %v, want WGS84 for a grid within lon/lat", d.CRS)
	}
	if d.Source != "tiny.asc" {
		t.Errorf("Source = %q, want tiny.asc", d.Source)
	}
}

func TestReadASCCornerHeaderAnyOrderAndCase(t *testing.T) {
	const asc = "\uFEFFCellSize 2\r\nYLLCORNER 100\r\nnodata_value -9999\r\nXllCorner\t-10\r\nNROWS\t1\r\nncols 2\r\n" +
		"1.5\t-9999.0 \r\n"
	d, err := ReadASC(strings.NewReader(asc), "corner.asc")
	if err != nil {
		t.Fatal(err)
	}
	if d.X0 != -9 || d.Y0 != 101 {
		t.Errorf("X0, Y0 = %g, %g; want the centre of the corner cell -9, 101", d.X0, d.Y0)
	}
	assertHeights(t, d.Heights, []float32{1.5, float32(math.NaN())})
	if d.CRS != nil {
		t.Errorf("CRS = %v; a grid with cellsize 2 is projected and must be left nil", d.CRS)
	}
}

func TestReadASCEqualDxDy(t *testing.T) {
	const asc = "ncols 2\nnrows 1\nxllcenter 0\nyllcenter 0\ndx 0.25\ndy 0.25\n1 2\n"
	d, err := ReadASC(strings.NewReader(asc), "dxdy.asc")
	if err != nil {
		t.Fatal(err)
	}
	if d.Cell != 0.25 {
		t.Errorf("Cell = %g, want 0.25 from dx/dy", d.Cell)
	}
}

func TestReadASCWrappedRows(t *testing.T) {
	// Some writers wrap long rows; every row still starts on a new line.
	const asc = "ncols 5\nnrows 2\nxllcenter 0\nyllcenter 0\ncellsize 1\n1 2 3\n4 5\n6 7 8\n9 10\n"
	d, err := ReadASC(strings.NewReader(asc), "wrapped.asc")
	if err != nil {
		t.Fatal(err)
	}
	assertHeights(t, d.Heights, []float32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
}

func TestReadASCProjectedGridHasNoCRS(t *testing.T) {
	d, err := ReadDEMFile(filepath.Join("testdata", "utm-4x3-crlf.asc"))
	if err != nil {
		t.Fatal(err)
	}
	if d.CRS != nil {
		t.Errorf("CRS = %v, want nil: a UTM grid's system must come from the caller", d.CRS)
	}
	if d.X0 != 500015 || d.Y0 != 3300015 || d.Cell != 30 {
		t.Errorf("origin %g,%g cell %g; want 500015,3300015 cell 30", d.X0, d.Y0, d.Cell)
	}
	if want := filepath.Join("testdata", "utm-4x3-crlf.asc"); d.Source != want || d.Voids != 1 {
		t.Errorf("Source %q Voids %d; want %s and 1", d.Source, d.Voids, want)
	}
	assertHeights(t, d.Heights, []float32{1, 2, 3, 4, 5, float32(math.NaN()), 7, 8, 9, 10, 11, 12.5})
}

func TestReadASCFileMissing(t *testing.T) {
	_, err := ReadDEMFile(filepath.Join("testdata", "no-such.asc"))
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "no-such.asc") {
		t.Errorf("err = %v, want a not-exist error naming the file", err)
	}
}

func TestReadASCErrors(t *testing.T) {
	const head = "ncols 3\nnrows 2\nxllcenter 0\nyllcenter 0\ncellsize 1\nNODATA_value -9999\n"
	tests := []struct {
		name, asc, want string
	}{
		{"empty", "", "a.asc:1: the header ends without ncols"},
		{"bad cellsize", "ncols 3\nnrows 2\nxllcenter 0\nyllcenter 0\ncellsize abc\n", `a.asc:5: cellsize "abc" is not a number`},
		{"missing cellsize", "ncols 3\nnrows 2\nxllcenter 0\nyllcenter 0\n1 2 3\n", "a.asc:5: the header ends without cellsize"},
		{"missing yll", "ncols 3\nnrows 2\nxllcenter 0\ncellsize 1\n1 2 3\n", "a.asc:5: the header ends without yllcorner or yllcenter"},
		{"zero cellsize", "ncols 3\nnrows 2\nxllcenter 0\nyllcenter 0\ncellsize 0\n", "a.asc:5: cellsize 0 must be positive"},
		{"negative cellsize", "ncols 3\nnrows 2\nxllcenter 0\nyllcenter 0\ncellsize -1\n", "a.asc:5: cellsize -1 must be positive"},
		{"fractional ncols", "ncols 2.5\nnrows 2\n", "a.asc:1: ncols 2.5 must be a whole number from 1 to 200000000"},
		{"absurd size", "ncols 100000\nnrows 100000\nxllcenter 0\nyllcenter 0\ncellsize 1\n", "a.asc:2: ncols 100000 × nrows 100000 = 10000000000 cells is more than the limit"},
		{"unequal dx dy", "ncols 1\nnrows 1\nxllcenter 0\nyllcenter 0\ndx 1\ndy 2\n", "a.asc:6: dx 1 and dy 2 differ"},
		{"dx alone", "ncols 1\nnrows 1\nxllcenter 0\nyllcenter 0\ndx 1\n5\n", "a.asc:6: dx and dy must be given together"},
		{"twice", "ncols 1\nncols 1\n", "a.asc:2: ncols given a second time (first on line 1)"},
		{"corner and centre", "ncols 1\nnrows 1\nxllcorner 0\nxllcenter 0\nyllcenter 0\ncellsize 1\n", "a.asc:4: both xllcenter and xllcorner given (line 3)"},
		{"unknown key", "ncols 1\nbyteorder LSBFIRST\n", `a.asc:2: "byteorder" is not a header key and not a number`},
		{"no value", "ncols\nnrows 1\n", "a.asc:1: ncols has no value"},
		{"two values", "ncols 1 2\n", `a.asc:1: unexpected "2" after ncols 1`},
		{"nan in header", "ncols 1\nnrows 1\nxllcenter NaN\n", `a.asc:3: xllcenter "NaN" is not a number`},
		{"short row", head + "1 2 3\n4 5\n", "a.asc:8: row 2 of 2 has 2 values, want 3 (ncols); is the line cut short?"},
		{"long row", head + "1 2 3 4\n5 6 7\n", "a.asc:7: row 1 of 2 has 4 values, want 3 (ncols)"},
		{"long second row", head + "1 2 3\n4 5 6 7\n", "a.asc:8: row 2 of 2 has 4 values, want 3 (ncols)"},
		{"misaligned wrap", head + "1 2\n3 4\n5 6\n", "a.asc:7: row 1 of 2 has 4 values on lines 7-8, want 3 (ncols)"},
		{"truncated", head + "1 2 3\n", "a.asc:8: the file ends after 1 of 2 rows (nrows); is it truncated"},
		{"truncated wrapped row", head + "1 2\n3\n4 5\n", "a.asc:9: the file ends inside row 2 of 2 after 2 of 3 values"},
		{"extra row", head + "1 2 3\n4 5 6\n7 8 9\n", "a.asc:9: more values after the 2 rows the header declares"},
		{"bad value", head + "1 2 3\n4 x5 6\n", `a.asc:8: value "x5" in row 2 is not a number`},
		{"nan value", head + "1 nan 3\n4 5 6\n", `a.asc:7: value "nan" in row 1 is not a finite height; write voids as the NODATA_value`},
		{"inf value", head + "1 2 3\n4 5 -Inf\n", `a.asc:8: value "-Inf" in row 2 is not a finite height`},
		{"too big for float32", head + "1 2 3\n4 5 1e39\n", `a.asc:8: value "1e39" in row 2 is not a finite height`},
		{"long garbage", "ncols 1\n" + strings.Repeat("z", 70_000) + "\n", `a.asc:2: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"... is not a header key`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadASC(strings.NewReader(tt.asc), "a.asc")
			if err == nil {
				t.Fatalf("got a %dx%d grid, want error %q", d.Cols, d.Rows, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n  %v\nwant it to start with\n  %s", err, tt.want)
			}
		})
	}
}

func TestReadASCReadError(t *testing.T) {
	broken := errors.New("disk on fire")
	r := iotest.DataErrReader(iotest.TimeoutReader(strings.NewReader("ncols 3\nnrows 2\nxllcenter 0\nyllcenter 0\ncellsize 1\n1 2")))
	_, err := ReadASC(r, "a.asc")
	if err == nil || !strings.HasPrefix(err.Error(), "a.asc:") || !errors.Is(err, iotest.ErrTimeout) {
		t.Errorf("err = %v, want the reader's error wrapped with the file and line", err)
	}
	_, err = ReadASC(iotest.ErrReader(broken), "b.asc")
	if !errors.Is(err, broken) || !strings.HasPrefix(err.Error(), "b.asc:1:") {
		t.Errorf("err = %v, want %v wrapped with b.asc:1", err, broken)
	}
}

// TestReadASCOneByteReads feeds the reader one byte at a time, so every token crosses a
// read boundary, and checks the grid is the same as read in one go.
func TestReadASCOneByteReads(t *testing.T) {
	d := &DEM{Cols: 7, Rows: 5, X0: 100.05, Y0: 30.05, Cell: 0.1, Heights: make([]float32, 35)}
	for i := range d.Heights {
		d.Heights[i] = float32(i*37%101) - 20.5
	}
	d.Heights[12] = float32(math.NaN())
	var buf bytes.Buffer
	if err := d.WriteASC(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadASC(iotest.OneByteReader(bytes.NewReader(buf.Bytes())), "slow.asc")
	if err != nil {
		t.Fatal(err)
	}
	assertHeights(t, got.Heights, d.Heights)
}

// TestReadASCRoundTripsWriteASC checks ReadASC reads back exactly what WriteASC wrote.
func TestReadASCRoundTripsWriteASC(t *testing.T) {
	d := &DEM{Cols: 4, Rows: 3, X0: 1.4216666667, Y0: 42.435, Cell: 1.0 / 1200, Heights: []float32{
		2567, 2569.5, -3.2, 0,
		float32(math.NaN()), 1e4, 7, 8,
		9, 10, 11, 12,
	}}
	var buf bytes.Buffer
	if err := d.WriteASC(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadASC(&buf, "round.asc")
	if err != nil {
		t.Fatal(err)
	}
	if got.Cols != d.Cols || got.Rows != d.Rows || got.X0 != d.X0 || got.Y0 != d.Y0 || math.Abs(got.Cell-d.Cell) > 1e-15 {
		t.Errorf("header %+v, want %+v", got, d)
	}
	assertHeights(t, got.Heights, d.Heights)
	if got.Voids != 1 || got.CRS != WGS84 {
		t.Errorf("Voids %d CRS %v, want 1 and WGS84", got.Voids, got.CRS)
	}
}

func TestParseASCNumberMatchesStrconv(t *testing.T) {
	for _, s := range []string{"0", "-0", "2567", "-32768", "+7", "123.456", "0.000833333333", ".5", "5.", "-.25",
		"1e3", "2.5E-2", "123456789012345", "1234567890123456789", "0.1", "1.0000000000000002", "99999.99999"} {
		want, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := parseASCNumber([]byte(s))
		if !ok || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseASCNumber(%q) = %v, %v; want %v exactly", s, got, ok, want)
		}
	}
	for _, s := range []string{"-", "+", ".", "1.2.3", "12a", "--1", "1e"} {
		if v, ok := parseASCNumber([]byte(s)); ok {
			t.Errorf("parseASCNumber(%q) = %v, want not a number", s, v)
		}
	}
}

func TestReadASCAndorra(t *testing.T) {
	d := readAndorra(t)
	if d.Cols != 432 || d.Rows != 268 {
		t.Errorf("grid %dx%d, want 432x268", d.Cols, d.Rows)
	}
	if d.Voids != 239 {
		t.Errorf("Voids = %d, want the 239 NODATA cells of the file", d.Voids)
	}
	if d.CRS != WGS84 || d.X0 != 1.4216666667 || d.Y0 != 42.435 {
		t.Errorf("CRS %v origin %v,%v; want WGS84 at 1.4216666667,42.435", d.CRS, d.X0, d.Y0)
	}
	if d.Heights[0] != 2567 || d.Heights[1] != 2569 {
		t.Errorf("first heights %v %v, want 2567 2569 as in the file", d.Heights[0], d.Heights[1])
	}
	lo, hi, ok := d.MinMax()
	if !ok || lo < 500 || hi > 3200 {
		t.Errorf("heights %v..%v, want within Andorra's 500..3200 m", lo, hi)
	}
}

func assertHeights(t *testing.T, got, want []float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d heights, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] && !(got[i] != got[i] && want[i] != want[i]) {
			t.Errorf("height[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

// naiveReadASC is the benchmark baseline: the obvious reader with bufio.Scanner,
// strings.Fields and strconv.ParseFloat, assuming a six-line header.
func naiveReadASC(data []byte) ([]float32, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var heights []float32
	for line := 0; sc.Scan(); line++ {
		if line < 6 {
			continue
		}
		for _, f := range strings.Fields(sc.Text()) {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, err
			}
			heights = append(heights, float32(v))
		}
	}
	return heights, sc.Err()
}

// BenchmarkReadASC reads the real Andorra grid (115,776 cells) and reports the speed-up
// over naiveReadASC, run in the same benchmark, as x_vs_naive.
func BenchmarkReadASC(b *testing.B) {
	data, err := os.ReadFile(realdata.Path(b, andorraASC))
	if err != nil {
		b.Fatal(err)
	}
	var naive time.Duration
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := ReadASC(bytes.NewReader(data), "andorra-srtm.asc"); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		start := time.Now()
		if _, err := naiveReadASC(data); err != nil {
			b.Fatal(err)
		}
		naive += time.Since(start)
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(naive)/float64(b.Elapsed()), "x_vs_naive")
}
