package hazard

import (
	"math"

	"drillsim/maps"
)

// SlopeDeg returns the ground slope of cell c of terrain g in degrees, by Horn's (1981)
// finite differences as every model here measures it (hornSlope).
func SlopeDeg(g *maps.Terrain, c int) float64 {
	tan, _ := hornSlope(g.Elev, g.Cols, g.Rows, g.Cell, c)
	return math.Atan(tan) * 180 / math.Pi
}
