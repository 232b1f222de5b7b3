package ui

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// placeOrder returns the indices 0..n-1 ordered so that features near each other
// come together: by the Z-order of the cellM-metre cell of bound b holding at(i).
// Meshes and ribbons built in this order have compact batches, which a frame can
// leave out when they are off screen.
func placeOrder(n int, at func(i int) orb.Point, b orb.Bound, cellM float64) []int {
	keys := make([]uint64, n)
	order := make([]int, n)
	for i := range n {
		p := at(i)
		x := min(max((p[0]-b.Min[0])/cellM, 0), math.MaxUint32)
		y := min(max((p[1]-b.Min[1])/cellM, 0), math.MaxUint32)
		keys[i] = zOrder(uint32(x), uint32(y))
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(keys[i], keys[j]) })
	return order
}

// sortByPlace puts geoms in place order (see placeOrder) by their bounds' centres.
func sortByPlace(geoms []orb.Geometry, b orb.Bound, cellM float64) {
	order := placeOrder(len(geoms), func(i int) orb.Point { return geoms[i].Bound().Center() }, b, cellM)
	sorted := make([]orb.Geometry, len(geoms))
	for k, i := range order {
		sorted[k] = geoms[i]
	}
	copy(geoms, sorted)
}

// zOrder is the Morton code of cell (x, y): sorting by it keeps nearby cells together.
func zOrder(x, y uint32) uint64 {
	spread := func(v uint32) uint64 {
		z := uint64(v)
		z = (z | z<<16) & 0x0000ffff0000ffff
		z = (z | z<<8) & 0x00ff00ff00ff00ff
		z = (z | z<<4) & 0x0f0f0f0f0f0f0f0f
		z = (z | z<<2) & 0x3333333333333333
		z = (z | z<<1) & 0x5555555555555555
		return z
	}
	return spread(x) | spread(y)<<1
}
