package hazard

import (
	"math"
	"strings"
	"testing"

	"drillsim/maps"
)

func TestCheckTerrainRejectsBadGrids(t *testing.T) {
	nan := float32(math.NaN())
	cases := []struct {
		name string
		g    *maps.Terrain
		want string
	}{
		{"nil", nil, "no terrain"},
		{"empty", &maps.Terrain{Cell: 30}, "0×0 cells"},
		{"short elevations", &maps.Terrain{Cols: 2, Rows: 2, Cell: 30, Elev: make([]float32, 3)}, "holds 3 elevations, want 4"},
		{"zero cell", &maps.Terrain{Cols: 1, Rows: 1, Elev: make([]float32, 1)}, "cell size 0 m"},
		{"NaN cell size", &maps.Terrain{Cols: 1, Rows: 1, Cell: math.NaN(), Elev: make([]float32, 1)}, "cell size NaN m"},
		{"void", &maps.Terrain{Cols: 2, Rows: 2, Cell: 30, Elev: []float32{0, 0, 0, nan}}, "cell (col 1, row 1) has elevation NaN"},
		{"infinite", &maps.Terrain{Cols: 2, Rows: 2, Cell: 30, Elev: []float32{0, float32(math.Inf(-1)), 0, 0}}, "cell (col 1, row 0) has elevation -Inf"},
		{"huge", &maps.Terrain{Cols: 1 << 16, Rows: 1 << 16, Cell: 30}, "larger than"},
	}
	for _, tc := range cases {
		err := checkTerrain(tc.g)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
	if err := checkTerrain(&maps.Terrain{Cols: 3, Rows: 1, Cell: 30, Elev: []float32{-1e30, 8848, 1e-40}}); err != nil {
		t.Errorf("valid terrain rejected: %v", err)
	}
}

func TestCheckCellsNamesThePosition(t *testing.T) {
	err := checkCells("river", []int{0, 3, 9}, 9)
	if err == nil || !strings.Contains(err.Error(), "river cell 9 (position 2") {
		t.Errorf("error %v, want it to name river cell 9 at position 2", err)
	}
	if err := checkCells("river", nil, 9); err == nil || !strings.Contains(err.Error(), "no river cells") {
		t.Errorf("empty list: error %v, want 'no river cells'", err)
	}
	if err := checkCells("river", []int{-1}, 9); err == nil {
		t.Error("negative index accepted")
	}
	if err := checkCells("river", []int{0, 8}, 9); err != nil {
		t.Errorf("valid cells rejected: %v", err)
	}
}
