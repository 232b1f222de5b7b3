package mapedit

import (
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/simplify"

	"drillsim/maps"
)

// components splits the cells of g that in marks into groups that touch by a side and
// share a label (the village a cell lies in), in the order of their first cell.
func components(g *maps.Terrain, in []bool, label []int32) [][]int {
	seen := make([]bool, len(in))
	var groups [][]int
	var stack []int
	for start := range in {
		if !in[start] || seen[start] {
			continue
		}
		group := []int{}
		seen[start] = true
		stack = append(stack[:0], start)
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			group = append(group, c)
			col, row := c%g.Cols, c/g.Cols
			for _, n := range [4][2]int{{col - 1, row}, {col + 1, row}, {col, row - 1}, {col, row + 1}} {
				if n[0] < 0 || n[1] < 0 || n[0] >= g.Cols || n[1] >= g.Rows {
					continue
				}
				k := g.Index(n[0], n[1])
				if in[k] && !seen[k] && label[k] == label[start] {
					seen[k] = true
					stack = append(stack, k)
				}
			}
		}
		slices.Sort(group)
		groups = append(groups, group)
	}
	return groups
}

// outline is the area covered by cells of g (their squares, whole), as polygons with
// their holes, the staircase of cell sides straightened by Douglas-Peucker within
// tolerance metres. Outer rings run counter-clockwise and holes clockwise (RFC 7946).
func outline(g *maps.Terrain, cells []int, tolerance float64) orb.MultiPolygon {
	in := make(map[int]bool, len(cells))
	for _, c := range cells {
		in[c] = true
	}
	has := func(c, r int) bool { return c >= 0 && r >= 0 && c < g.Cols && r < g.Rows && in[g.Index(c, r)] }
	// Each side of a cell on the edge of the area, directed with the area on its left,
	// from corner to corner.
	next := map[corner][]corner{}
	for _, k := range cells {
		c, r := k%g.Cols, k/g.Cols
		if !has(c, r-1) {
			next[corner{c, r}] = append(next[corner{c, r}], corner{c + 1, r})
		}
		if !has(c+1, r) {
			next[corner{c + 1, r}] = append(next[corner{c + 1, r}], corner{c + 1, r + 1})
		}
		if !has(c, r+1) {
			next[corner{c + 1, r + 1}] = append(next[corner{c + 1, r + 1}], corner{c, r + 1})
		}
		if !has(c-1, r) {
			next[corner{c, r + 1}] = append(next[corner{c, r + 1}], corner{c, r})
		}
	}
	starts := make([]corner, 0, len(next))
	for k := range next {
		starts = append(starts, k)
	}
	slices.SortFunc(starts, func(a, b corner) int {
		if a.r != b.r {
			return a.r - b.r
		}
		return a.c - b.c
	})
	toTown := func(k corner) orb.Point {
		return orb.Point{g.X0 + (float64(k.c)-0.5)*g.Cell, g.Y0 + (float64(k.r)-0.5)*g.Cell}
	}
	var outers []orb.Ring
	var holes []orb.Ring
	for _, s := range starts {
		for len(next[s]) > 0 {
			var lattice []corner
			prev, at := s, s
			for {
				outs := next[at]
				if len(outs) == 0 {
					break
				}
				// Where two cells meet at a corner only, turn left: the area keeps to its
				// side of the corner and cells touching diagonally stay apart.
				pick := 0
				if len(outs) > 1 {
					for i, o := range outs {
						if leftTurn(prev, at, o) {
							pick = i
						}
					}
				}
				o := outs[pick]
				next[at] = append(outs[:pick], outs[pick+1:]...)
				lattice = append(lattice, at)
				prev, at = at, o
				if at == s {
					break
				}
			}
			ring := make(orb.Ring, 0, len(lattice)+1)
			for i, k := range lattice {
				a, b := lattice[(i+len(lattice)-1)%len(lattice)], lattice[(i+1)%len(lattice)]
				if (k.c-a.c)*(b.r-k.r) != (k.r-a.r)*(b.c-k.c) { // a corner, not a point along a side
					ring = append(ring, toTown(k))
				}
			}
			if len(ring) < 3 {
				continue
			}
			ring = append(ring, ring[0])
			if ringArea(ring) > 0 {
				outers = append(outers, straighten(ring, tolerance))
			} else {
				holes = append(holes, straighten(ring, tolerance))
			}
		}
	}
	mp := make(orb.MultiPolygon, len(outers))
	for i, o := range outers {
		mp[i] = orb.Polygon{o}
	}
	for _, h := range holes {
		probe := orb.Point{(h[0][0] + h[1][0]) / 2, (h[0][1] + h[1][1]) / 2}
		for i := range mp {
			if planar.RingContains(mp[i][0], probe) {
				mp[i] = append(mp[i], h)
				break
			}
		}
	}
	return mp
}

// corner is a corner of the cells of a grid: (c, r) is the south-west corner of cell
// (c, r).
type corner struct{ c, r int }

// leftTurn reports whether going a → b → c turns left.
func leftTurn(a, b, c corner) bool {
	return (b.c-a.c)*(c.r-b.r)-(b.r-a.r)*(c.c-b.c) > 0
}

// straighten simplifies a closed ring by Douglas-Peucker within tolerance metres,
// keeping it a ring of at least three corners.
func straighten(r orb.Ring, tolerance float64) orb.Ring {
	s := simplify.DouglasPeucker(tolerance).Ring(r.Clone())
	if len(s) < 4 || ringArea(s)*ringArea(r) <= 0 {
		return r
	}
	return s
}
