package hazard

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"drillsim/maps"
)

// terrainFromArt builds a terrain from an ASCII drawing of its elevations in metres,
// one line per row with the north row on top (as a map is read), whitespace between
// cells. A cell written with a trailing '~' (as in "0~") is marked: a river cell, a
// slide source. It returns the terrain and the marked cells in ascending index order.
func terrainFromArt(t testing.TB, cell float64, art string) (*maps.Terrain, []int) {
	t.Helper()
	var lines [][]string
	for line := range strings.Lines(art) {
		if f := strings.Fields(line); len(f) > 0 {
			lines = append(lines, f)
		}
	}
	g := &maps.Terrain{Rows: len(lines), Cell: cell}
	if g.Rows == 0 {
		t.Fatal("art has no rows")
	}
	g.Cols = len(lines[0])
	g.Elev = make([]float32, g.Cols*g.Rows)
	var marked []int
	for k, fields := range lines {
		row := g.Rows - 1 - k
		if len(fields) != g.Cols {
			t.Fatalf("art line %d has %d cells, want %d", k+1, len(fields), g.Cols)
		}
		for col, tok := range fields {
			num, isMarked := strings.CutSuffix(tok, "~")
			z, err := strconv.ParseFloat(num, 32)
			if err != nil {
				t.Fatalf("art line %d cell %d: %v", k+1, col+1, err)
			}
			i := g.Index(col, row)
			g.Elev[i] = float32(z)
			if isMarked {
				marked = append(marked, i)
			}
		}
	}
	slices.Sort(marked)
	return g, marked
}

func TestTerrainFromArtPutsNorthOnTop(t *testing.T) {
	g, marked := terrainFromArt(t, 10, `
		7 8~ 9
		1~ 2 3
	`)
	if g.Cols != 3 || g.Rows != 2 {
		t.Fatalf("grid %d×%d, want 3×2", g.Cols, g.Rows)
	}
	if g.Elev[g.Index(0, 0)] != 1 || g.Elev[g.Index(2, 1)] != 9 {
		t.Errorf("elevations %v: south-west should be 1, north-east 9", g.Elev)
	}
	if len(marked) != 2 || marked[0] != g.Index(0, 0) || marked[1] != g.Index(1, 1) {
		t.Errorf("marked %v, want [%d %d]", marked, g.Index(0, 0), g.Index(1, 1))
	}
}

// flatGrid returns a level terrain of cols×rows cells of the given size.
func flatGrid(cols, rows int, cell float64) *maps.Terrain {
	return &maps.Terrain{Cols: cols, Rows: rows, Cell: cell, Elev: make([]float32, cols*rows)}
}
