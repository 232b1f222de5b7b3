package hazard

import (
	"fmt"
	"math"
)

// checkSeries returns an error when a time series of n points (named by what, e.g.
// "hydrograph") is empty, when a point's time is not after the previous point's, or when
// a point's value is not a finite number; the error names the point by its index.
// timeOf and valueOf read point i.
func checkSeries(what string, n int, timeOf func(int) int64, valueOf func(int) float64) error {
	if n == 0 {
		return fmt.Errorf("hazard: %s has no points; give at least one (seconds, value) point", what)
	}
	for i := range n {
		if v := valueOf(i); math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("hazard: %s point %d has value %v; give a finite number", what, i, v)
		}
		if i > 0 && timeOf(i) <= timeOf(i-1) {
			return fmt.Errorf("hazard: %s point %d at %d s is not after point %d at %d s; times must strictly increase", what, i, timeOf(i), i-1, timeOf(i-1))
		}
	}
	return nil
}

// segmentAt returns the index of the last of n points whose time is at or before t, or
// -1 when t is before the first point. timeOf reads point i's time; times increase.
func segmentAt(n int, t int64, timeOf func(int) int64) int {
	lo, hi := 0, n // invariant: points before lo are at or before t, points from hi after
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if timeOf(mid) <= t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}
