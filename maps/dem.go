package maps

// DEM is a regular grid of ground heights in metres, as read from an ESRI ASCII grid
// (or SRTM .hgt). Row 0 is the northernmost row, as in the file.
type DEM struct {
	Cols, Rows int
	// X0, Y0 are the CRS coordinates of the centre of the south-west (lower-left) cell.
	X0, Y0 float64
	// Cell is the cell size in CRS units (degrees for WGS84, metres for projected grids).
	Cell float64
	// CRS is the grid's coordinate system: WGS84 for lon/lat grids.
	CRS CRS
	// Heights holds Rows*Cols heights, row-major from the north; a void cell is NaN.
	Heights []float32
	// Voids counts the NaN cells left after reading (before any filling).
	Voids int
	// Source names the file the grid came from, for messages.
	Source string
}
