package hazard

import (
	"errors"
	"fmt"
	"math"

	"drillsim/maps"
)

// maxCells is the largest grid the models accept: cell indices are kept as int32 in
// their hot arrays.
const maxCells = math.MaxInt32

// checkTerrain returns an error naming what is wrong when g cannot carry a hazard model:
// a missing grid, a size that does not match its elevations, a cell size that is not a
// positive number of metres, or a cell whose elevation is not a finite number.
func checkTerrain(g *maps.Terrain) error {
	if g == nil {
		return errors.New("hazard: no terrain; load the map with a DEM so hazards have ground to work on")
	}
	if g.Cols <= 0 || g.Rows <= 0 {
		return fmt.Errorf("hazard: terrain is %d×%d cells; it needs at least one column and one row", g.Cols, g.Rows)
	}
	if g.Cols > maxCells/g.Rows {
		return fmt.Errorf("hazard: terrain of %d×%d cells is larger than %d cells; resample the DEM to coarser cells", g.Cols, g.Rows, maxCells)
	}
	if len(g.Elev) != g.Cols*g.Rows {
		return fmt.Errorf("hazard: terrain of %d×%d cells holds %d elevations, want %d; rebuild the terrain from its DEM", g.Cols, g.Rows, len(g.Elev), g.Cols*g.Rows)
	}
	if !(g.Cell > 0) || math.IsInf(g.Cell, 1) {
		return fmt.Errorf("hazard: terrain cell size %v m is not a positive number of metres", g.Cell)
	}
	const exponent = 0x7f800000 // all ones in a float32's exponent: NaN or ±Inf
	for i, z := range g.Elev {
		if math.Float32bits(z)&exponent == exponent {
			return fmt.Errorf("hazard: terrain cell (col %d, row %d) has elevation %v; fill the DEM's voids before building the terrain", i%g.Cols, i/g.Cols, z)
		}
	}
	return nil
}

// checkCells returns an error when a list of cell indices given to a model (named by
// what, e.g. "river") is empty or holds an index outside a grid of n cells; the error
// names the position in the list.
func checkCells(what string, cells []int, n int) error {
	if len(cells) == 0 {
		return fmt.Errorf("hazard: no %s cells; give at least one cell index", what)
	}
	for k, c := range cells {
		if c < 0 || c >= n {
			return errOutside(what, c, k, n)
		}
	}
	return nil
}

// errOutside is the error for cell c, at position k of a list of what cells, lying
// outside a grid of n cells.
func errOutside(what string, c, k, n int) error {
	return fmt.Errorf("hazard: %s cell %d (position %d in the list) is outside the grid of %d cells", what, c, k, n)
}

// hornSlope returns the ground slope of cell c of a cols×rows grid of heights (row 0
// south, cells cell metres wide) as the tangent of its steepest slope, and the compass
// bearing of its steepest ascent in radians (0 where the ground is level), by Horn's
// (1981, "Hill shading and the reflectance map", Proc. IEEE 69) third-order finite
// differences over the 3×3 block around it; cells on the edge repeat the nearest row or
// column.
func hornSlope(elev []float32, cols, rows int, cell float64, c int) (tan, azimuth float64) {
	col, row := c%cols, c/cols
	z := func(dc, dr int) float64 {
		cc := min(max(col+dc, 0), cols-1)
		rr := min(max(row+dr, 0), rows-1)
		return float64(elev[rr*cols+cc])
	}
	east := ((z(1, 1) + 2*z(1, 0) + z(1, -1)) - (z(-1, 1) + 2*z(-1, 0) + z(-1, -1))) / (8 * cell)
	north := ((z(-1, 1) + 2*z(0, 1) + z(1, 1)) - (z(-1, -1) + 2*z(0, -1) + z(1, -1))) / (8 * cell)
	tan = math.Hypot(east, north)
	if tan == 0 {
		return 0, 0
	}
	azimuth = math.Atan2(east, north)
	if azimuth < 0 {
		azimuth += 2 * math.Pi
	}
	return tan, azimuth
}
