package mapedit

import (
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb/planar"

	"drillsim/maps"
)

// grid makes a terrain of flat ground and the cells marked '#' in rows of art, the
// first row the northernmost.
func grid(art ...string) (*maps.Terrain, []int) {
	g := &maps.Terrain{Cols: len(art[0]), Rows: len(art), Cell: 10}
	g.Elev = make([]float32, g.Cols*g.Rows)
	var cells []int
	for i, line := range art {
		r := g.Rows - 1 - i
		for c, ch := range line {
			if ch == '#' {
				cells = append(cells, g.Index(c, r))
			}
		}
	}
	return g, cells
}

// TestOutline traces shapes of cells whose areas and rings are known: the outline
// covers exactly the cells' squares, outer rings counter-clockwise, holes clockwise,
// cells touching only at a corner apart.
func TestOutline(t *testing.T) {
	for _, tc := range []struct {
		name     string
		art      []string
		polygons int
		holes    int
		corners  int // of the first outer ring, closing position included
	}{
		{"one cell", []string{"...", ".#.", "..."}, 1, 0, 5},
		{"an L", []string{"#..", "#..", "###"}, 1, 0, 7},
		{"a ring", []string{"###", "#.#", "###"}, 1, 1, 5},
		{"corner to corner", []string{"#.", ".#"}, 2, 0, 5},
		{"a comb", []string{"#.#.#", "#####"}, 1, 0, 13},
	} {
		g, cells := grid(tc.art...)
		mp := outline(g, cells, 0)
		holes := 0
		for _, p := range mp {
			holes += len(p) - 1
			if ringArea(p[0]) <= 0 {
				t.Errorf("%s: an outer ring runs clockwise", tc.name)
			}
			for _, h := range p[1:] {
				if ringArea(h) >= 0 {
					t.Errorf("%s: a hole runs counter-clockwise", tc.name)
				}
			}
		}
		if len(mp) != tc.polygons || holes != tc.holes {
			t.Errorf("%s: %d polygons with %d holes, want %d with %d\n%s", tc.name, len(mp), holes, tc.polygons, tc.holes, strings.Join(tc.art, "\n"))
			continue
		}
		if want := float64(len(cells)) * g.Cell * g.Cell; math.Abs(planar.Area(mp)-want) > 1e-6 {
			t.Errorf("%s: area %g m², want %g", tc.name, planar.Area(mp), want)
		}
		if len(mp[0][0]) != tc.corners {
			t.Errorf("%s: the outer ring has %d positions, want %d: %v", tc.name, len(mp[0][0]), tc.corners, mp[0][0])
		}
		for _, c := range cells {
			if !planar.MultiPolygonContains(mp, g.Centre(c%g.Cols, c/g.Cols)) {
				t.Errorf("%s: cell %d's centre is outside the outline", tc.name, c)
			}
		}
	}
}

// TestComponentsByLabel splits cells that touch by a side into groups, apart where
// their labels differ.
func TestComponentsByLabel(t *testing.T) {
	g, cells := grid("##.#", "##.#")
	in := make([]bool, len(g.Elev))
	label := make([]int32, len(g.Elev))
	for _, c := range cells {
		in[c] = true
	}
	label[g.Index(1, 1)] = 7 // the top right cell of the left block lies in another village
	groups := components(g, in, label)
	if len(groups) != 3 {
		t.Fatalf("%d groups, want 3: %v", len(groups), groups)
	}
}
