package maps

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// FuzzReadASC checks that ReadASC never panics, that its errors name the source, and
// that a grid it returns is whole: Rows*Cols heights, Voids counting its NaN cells,
// samplers that answer without panicking.
func FuzzReadASC(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadASC(bytes.NewReader(data), "fuzz.asc")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.asc:") {
				t.Fatalf("error %q does not name the source", err)
			}
			return
		}
		if d.Cols < 1 || d.Rows < 1 || len(d.Heights) != d.Rows*d.Cols {
			t.Fatalf("grid %dx%d with %d heights", d.Cols, d.Rows, len(d.Heights))
		}
		voids := 0
		for _, h := range d.Heights {
			if h != h {
				voids++
			} else if math.IsInf(float64(h), 0) {
				t.Fatalf("infinite height in %q", data)
			}
		}
		if voids != d.Voids {
			t.Fatalf("Voids = %d, but %d cells are NaN", d.Voids, voids)
		}
		b := d.Bound()
		cx, cy := (b.Min[0]+b.Max[0])/2, (b.Min[1]+b.Max[1])/2
		d.HeightAt(cx, cy)
		d.Slope(cx, cy)
		d.Covers(b)
		d.MinMax()
		if d.FillVoids() > voids {
			t.Fatal("FillVoids filled more cells than were void")
		}
	})
}
