package maps

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// gridOf builds a metric DEM from rows given north first, as in a file.
func gridOf(x0, y0, cell float64, rows ...[]float32) *DEM {
	d := &DEM{Cols: len(rows[0]), Rows: len(rows), X0: x0, Y0: y0, Cell: cell}
	for _, r := range rows {
		d.Heights = append(d.Heights, r...)
	}
	return d
}

var nan32 = float32(math.NaN())

func TestHeightAtBilinear(t *testing.T) {
	// Cell centres at x = 0, 1, 2 and y = 0 (south), 1, 2 (north).
	d := gridOf(0, 0, 1,
		[]float32{6, 8, 0},
		[]float32{3, 5, 1},
		[]float32{0, 4, 2},
	)
	tests := []struct {
		x, y, want float64
	}{
		{0, 0, 0},     // a cell centre
		{1, 2, 8},     // another
		{0.5, 0, 2},   // halfway along the south row: (0+4)/2
		{0.25, 0, 1},  // a quarter of the way: 0.75*0 + 0.25*4
		{0.5, 0.5, 3}, // centre of four cells: (0+4+3+5)/4
		{1.5, 1.5, 3.5},
		// South row at x=0.25: 0.75*0+0.25*4 = 1; middle row: 0.75*3+0.25*5 = 3.5;
		// between them at y=0.75: 0.25*1 + 0.75*3.5 = 2.875.
		{0.25, 0.75, 2.875},
		{-0.5, 0, 0},     // the outer half cell takes the edge value
		{2.5, 2.5, 0},    // the north-east corner of the grid
		{2.25, 0.5, 1.5}, // beyond the last centre: the east column's 2 and 1
		{1, -0.5, 4},     // on the south edge
	}
	for _, tt := range tests {
		got, ok := d.HeightAt(tt.x, tt.y)
		if !ok || math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("HeightAt(%g, %g) = %g, %v; want %g", tt.x, tt.y, got, ok, tt.want)
		}
	}
	for _, p := range [][2]float64{{-0.51, 0}, {0, 2.51}, {3, 1}, {math.NaN(), 1}, {1, math.Inf(1)}} {
		if h, ok := d.HeightAt(p[0], p[1]); ok {
			t.Errorf("HeightAt(%g, %g) = %g, want ok=false outside the grid", p[0], p[1], h)
		}
	}
}

func TestHeightAtVoids(t *testing.T) {
	d := gridOf(0, 0, 1,
		[]float32{1, 2, 3},
		[]float32{4, nan32, 6},
		[]float32{7, 8, 9},
	)
	if h, ok := d.HeightAt(0.5, 0.5); ok {
		t.Errorf("HeightAt next to a void = %g, want ok=false", h)
	}
	if h, ok := d.HeightAt(1, 1); ok {
		t.Errorf("HeightAt on a void = %g, want ok=false", h)
	}
	// The centre of a valid cell and the edge between two valid cells need no void.
	if h, ok := d.HeightAt(0, 1); !ok || h != 4 {
		t.Errorf("HeightAt(0, 1) = %g, %v; want 4 from the valid cell alone", h, ok)
	}
	if h, ok := d.HeightAt(0.5, 0); !ok || h != 7.5 {
		t.Errorf("HeightAt(0.5, 0) = %g, %v; want 7.5 along the valid south row", h, ok)
	}
}

func TestHeightAtSingleCell(t *testing.T) {
	d := gridOf(10, 20, 2, []float32{42})
	if h, ok := d.HeightAt(10.9, 19.1); !ok || h != 42 {
		t.Errorf("HeightAt in a one-cell grid = %g, %v; want 42", h, ok)
	}
}

func TestHeightAtMalformedDEM(t *testing.T) {
	for _, d := range []*DEM{
		{Cols: 3, Rows: 3, Cell: 1, Heights: make([]float32, 4)},
		{Cols: 0, Rows: 0, Cell: 1},
		{Cols: 2, Rows: 2, Cell: 0, Heights: make([]float32, 4)},
		{Cols: 2, Rows: 2, Cell: -1, Heights: make([]float32, 4)},
	} {
		if h, ok := d.HeightAt(0, 0); ok {
			t.Errorf("HeightAt on %+v = %g, want ok=false", d, h)
		}
		d.Slope(0, 0)
		d.FillVoids()
	}
}

func TestHeightAtLonLat(t *testing.T) {
	d := gridOf(1, 42, 0.5, []float32{10, 20}, []float32{30, 40})
	d.CRS = WGS84
	if h, ok := d.HeightAtLonLat(1.25, 42.25); !ok || h != 25 {
		t.Errorf("HeightAtLonLat = %g, %v; want 25", h, ok)
	}
	d.CRS = nil
	if _, ok := d.HeightAtLonLat(1.25, 42.25); ok {
		t.Error("HeightAtLonLat on a grid without a CRS must say ok=false")
	}
	// A UTM grid: converting through the CRS lands on its cells.
	utm := UTM(31, true)
	x, y := utm.FromLonLat(1.5, 42.5)
	u := gridOf(math.Round(x)-50, math.Round(y)-50, 100, []float32{1, 2}, []float32{3, 4})
	u.CRS = utm
	if h, ok := u.HeightAtLonLat(1.5, 42.5); !ok || h < 1 || h > 4 {
		t.Errorf("HeightAtLonLat on a UTM grid = %g, %v; want a value between its cells", h, ok)
	}
}

func TestSlopeOfPlane(t *testing.T) {
	// A metric grid of 10 m cells rising 3 m per 100 m east and 4 m per 100 m north:
	// gradient 0.05, slope atan(0.05).
	d := &DEM{Cols: 5, Rows: 4, X0: 1000, Y0: 2000, Cell: 10, Heights: make([]float32, 20)}
	for r := range d.Rows {
		for c := range d.Cols {
			x, y := float64(c)*10, float64(d.Rows-1-r)*10
			d.Heights[r*d.Cols+c] = float32(100 + 0.03*x + 0.04*y)
		}
	}
	want := math.Atan(0.05) * 180 / math.Pi
	for _, p := range [][2]float64{{1000, 2000}, {1013, 2007}, {1037.5, 2029}, {1040, 2030}, {995, 1995}} {
		got, ok := d.Slope(p[0], p[1])
		if !ok || math.Abs(got-want) > 1e-4 {
			t.Errorf("Slope(%g, %g) = %g, %v; want %g", p[0], p[1], got, ok, want)
		}
	}
	if _, ok := d.Slope(2000, 2000); ok {
		t.Error("Slope outside the grid must say ok=false")
	}
	if _, ok := gridOf(0, 0, 1, []float32{1, 2, 3}).Slope(1, 0); ok {
		t.Error("Slope on a grid one row tall must say ok=false")
	}
}

func TestSlopeInDegreesGrid(t *testing.T) {
	// A WGS84 grid at 42.5°N rising 1 m per 100 m east: the slope must use true metres.
	const lat0 = 42.5
	l := NewLocal(1.5, lat0)
	d := &DEM{Cols: 3, Rows: 3, X0: 1.5, Y0: lat0 - 1.0/1200, Cell: 1.0 / 1200, CRS: WGS84, Heights: make([]float32, 9)}
	for r := range d.Rows {
		for c := range d.Cols {
			d.Heights[r*d.Cols+c] = float32(500 + 0.01*float64(c)*d.Cell*l.kx)
		}
	}
	got, ok := d.Slope(1.5+0.5/1200, lat0)
	want := math.Atan(0.01) * 180 / math.Pi
	if !ok || math.Abs(got-want) > 1e-3 {
		t.Errorf("Slope = %g, %v; want %g", got, ok, want)
	}
}

func TestFillVoids(t *testing.T) {
	d := gridOf(0, 0, 1,
		[]float32{1, 2, 3, 4, 5},
		[]float32{2, nan32, nan32, nan32, 6},
		[]float32{3, nan32, nan32, nan32, 7},
		[]float32{4, nan32, nan32, nan32, 8},
		[]float32{5, 6, 7, 8, 9},
	)
	twin := &DEM{Cols: 5, Rows: 5, Heights: slices.Clone(d.Heights)}
	if n := d.FillVoids(); n != 9 {
		t.Errorf("FillVoids filled %d, want 9", n)
	}
	for i, h := range d.Heights {
		if h != h || h < 1 || h > 9 {
			t.Errorf("height[%d] = %v after filling, want a value within the valid 1..9", i, h)
		}
	}
	// The corner void touches 1, 2, 3, 2, 3 (its valid neighbours): mean 2.2.
	if got := d.Heights[6]; math.Abs(float64(got)-2.2) > 1e-6 {
		t.Errorf("filled corner = %v, want the mean of its valid neighbours 2.2", got)
	}
	twin.FillVoids()
	if !slices.Equal(twin.Heights, d.Heights) {
		t.Error("FillVoids is not deterministic")
	}
}

func TestFillVoidsAllVoid(t *testing.T) {
	d := gridOf(0, 0, 1, []float32{nan32, nan32}, []float32{nan32, nan32})
	if n := d.FillVoids(); n != 0 {
		t.Errorf("FillVoids on an all-void grid filled %d, want 0", n)
	}
}

func TestFillVoidsAndorra(t *testing.T) {
	d := readAndorra(t)
	lo, hi, _ := d.MinMax()
	if n := d.FillVoids(); n != d.Voids {
		t.Errorf("FillVoids filled %d, want all %d voids", n, d.Voids)
	}
	for i, h := range d.Heights {
		if h != h || float64(h) < lo || float64(h) > hi {
			t.Fatalf("height[%d] = %v after filling, want within %v..%v", i, h, lo, hi)
		}
	}
}

func TestBoundAndCovers(t *testing.T) {
	d := gridOf(0.5, 0.5, 1, make([]float32, 10), make([]float32, 10), make([]float32, 10), make([]float32, 10),
		make([]float32, 10), make([]float32, 10), make([]float32, 10), make([]float32, 10), make([]float32, 10), make([]float32, 10))
	if b := d.Bound(); b != (orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{10, 10}}) {
		t.Errorf("Bound = %v, want the cell edges 0,0..10,10", b)
	}
	tests := []struct {
		b    orb.Bound
		want float64
	}{
		{orb.Bound{Min: orb.Point{2, 2}, Max: orb.Point{8, 8}}, 1},
		{orb.Bound{Min: orb.Point{5, 0}, Max: orb.Point{15, 10}}, 0.5},
		{orb.Bound{Min: orb.Point{-10, -10}, Max: orb.Point{10, 10}}, 0.25},
		{orb.Bound{Min: orb.Point{5, 5}, Max: orb.Point{25, 10}}, 0.25},
		{orb.Bound{Min: orb.Point{20, 20}, Max: orb.Point{30, 30}}, 0},
		{orb.Bound{Min: orb.Point{3, 3}, Max: orb.Point{3, 3}}, 1},          // a point inside
		{orb.Bound{Min: orb.Point{3, 11}, Max: orb.Point{3, 11}}, 0},        // a point outside
		{orb.Bound{Min: orb.Point{5, 3}, Max: orb.Point{15, 3}}, 0.5},       // a line half inside
		{orb.Bound{Min: orb.Point{1, 1}, Max: orb.Point{0, 0}}, 0},          // empty
		{orb.Bound{Min: orb.Point{math.NaN(), 0}, Max: orb.Point{1, 1}}, 0}, // broken
	}
	for _, tt := range tests {
		if got := d.Covers(tt.b); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("Covers(%v) = %g, want %g", tt.b, got, tt.want)
		}
	}
}

func TestMinMax(t *testing.T) {
	d := gridOf(0, 0, 1, []float32{nan32, 3, -2}, []float32{7, nan32, 0})
	if lo, hi, ok := d.MinMax(); !ok || lo != -2 || hi != 7 {
		t.Errorf("MinMax = %g, %g, %v; want -2, 7", lo, hi, ok)
	}
	if _, _, ok := gridOf(0, 0, 1, []float32{nan32}).MinMax(); ok {
		t.Error("MinMax of an all-void grid must say ok=false")
	}
}

func TestHeightAtAndorra(t *testing.T) {
	d := readAndorra(t)
	lo, hi, _ := d.MinMax()
	// The file's first value is the north-west cell centre.
	if h, ok := d.HeightAt(d.X0, d.Y0+float64(d.Rows-1)*d.Cell); !ok || h != 2567 {
		t.Errorf("HeightAt the north-west centre = %g, %v; want 2567 as in the file", h, ok)
	}
	// Andorra la Vella, Encamp, Ordino and a peak area: inside the grid, within its range.
	for _, p := range [][2]float64{{1.5218, 42.5063}, {1.5800, 42.5350}, {1.5333, 42.5556}, {1.46, 42.58}} {
		h, ok := d.HeightAtLonLat(p[0], p[1])
		if !ok || h < lo || h > hi {
			t.Errorf("HeightAtLonLat(%g, %g) = %g, %v; want within %g..%g", p[0], p[1], h, ok, lo, hi)
		}
		s, ok := d.Slope(p[0], p[1])
		if !ok || s < 0 || s >= 90 {
			t.Errorf("Slope(%g, %g) = %g, %v; want 0..90 degrees", p[0], p[1], s, ok)
		}
	}
	if h, ok := d.HeightAtLonLat(1.5218, 42.5063); !ok || h < 950 || h > 1300 {
		t.Errorf("Andorra la Vella lies at %g m, want the valley floor at 1000..1300 m", h)
	}
	if f := d.Covers(d.Bound()); f != 1 {
		t.Errorf("the grid covers %g of itself, want 1", f)
	}
}

// BenchmarkHeightAt samples the Andorra grid at scattered points and reports its cost
// against a nearest-cell lookup, the cheapest possible sampler, as x_vs_nearest.
func BenchmarkHeightAt(b *testing.B) {
	d := readAndorra(b)
	d.FillVoids()
	const n = 4096
	pts := make([][2]float64, n)
	bound := d.Bound()
	for i := range pts { // a deterministic low-discrepancy scatter over the grid
		fx, fy := math.Mod(float64(i)*0.6180339887, 1), math.Mod(float64(i)*0.7548776662, 1)
		pts[i] = [2]float64{bound.Min[0] + fx*(bound.Max[0]-bound.Min[0]), bound.Min[1] + fy*(bound.Max[1]-bound.Min[1])}
	}
	nearest := func(x, y float64) float64 {
		c := int(math.Round((x - d.X0) / d.Cell))
		r := d.Rows - 1 - int(math.Round((y-d.Y0)/d.Cell))
		c, r = min(max(c, 0), d.Cols-1), min(max(r, 0), d.Rows-1)
		return float64(d.Heights[r*d.Cols+c])
	}
	var sink float64
	var base time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, p := range pts {
			h, _ := d.HeightAt(p[0], p[1])
			sink += h
		}
		b.StopTimer()
		start := time.Now()
		for _, p := range pts {
			sink += nearest(p[0], p[1])
		}
		base += time.Since(start)
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed())/float64(b.N*n), "ns/sample")
	b.ReportMetric(float64(b.Elapsed())/float64(base), "x_vs_nearest")
	if math.IsNaN(sink) {
		b.Fatal("NaN height after FillVoids")
	}
}
