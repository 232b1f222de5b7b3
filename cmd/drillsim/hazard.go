package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
)

// hazardModels are the models `drillsim hazard <model>` runs alone on grids.
func hazardModels() []command {
	return []command{
		{"flood", "raise a river's stage over a DEM, or run a 2D flood from inflows and rain", runHazardFlood},
		{"fire", "spread a fire by the Canadian FBP System over a fuel grid, a DEM and hourly weather", runHazardFire},
		{"landslide", "run a landslide's source down a DEM and map its deposit", runHazardLandslide},
	}
}

// runHazard is `drillsim hazard <model> ...`: it dispatches to the model's command.
func runHazard(args []string, stdout, stderr io.Writer) int {
	models := hazardModels()
	if len(args) > 0 {
		for _, m := range models {
			if m.name == args[0] {
				return m.run(args[1:], stdout, stderr)
			}
		}
		if args[0] != "-h" && args[0] != "--help" && args[0] != "help" {
			sayProblem(stderr, "hazard", scenarios.Failf("unknown model %q: use one of %s", args[0], modelNames(models)), i18n.Chinese)
		}
	}
	fmt.Fprintln(stderr, "usage: drillsim hazard <model> [arguments]   (drillsim hazard <model> -h for its flags)\n\nmodels:")
	for _, m := range models {
		fmt.Fprintf(stderr, "  %-10s %s\n", m.name, m.summary)
	}
	return 2
}

// modelNames lists the models' names, for a model not among them.
func modelNames(models []command) string {
	names := make([]string, len(models))
	for i, m := range models {
		names[i] = m.name
	}
	return strings.Join(names, ", ")
}

// hazardResult is what a hazard model's command reports: JSON by its fields, or text.
type hazardResult interface{ text(w io.Writer) }

// reportHazard ends model's command: the error in lang, or the result as indented JSON
// or as text, and the exit status.
func reportHazard(model string, res hazardResult, err error, asJSON bool, lang i18n.Language, stdout, stderr io.Writer) int {
	if err != nil {
		sayProblem(stderr, "hazard "+model, err, lang)
		return 1
	}
	if !asJSON {
		res.text(stdout)
		return 0
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		sayProblem(stderr, "hazard "+model, scenarios.Failf("cannot write the result: %v", err), lang)
		return 1
	}
	return 0
}

// readGrid reads an ESRI ASCII grid in metres (a projected grid, as UTM or
// Gauss-Krüger) for a hazard model, naming it by its flag in errors.
func readGrid(flagName, path string) (*maps.DEM, error) {
	if path == "" {
		return nil, scenarios.Failf("--%s is required", flagName)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, scenarios.Failf("cannot read %s %s: %v", "--"+flagName, path, err)
	}
	defer f.Close()
	d, err := maps.ReadASC(bufio.NewReaderSize(f, 1<<16), path)
	if err != nil {
		return nil, err
	}
	if d.CRS == maps.WGS84 {
		return nil, scenarios.Failf("%s: the grid is in degrees (longitude/latitude, cells of %g°); the hazard models need square cells in metres: reproject it to a projected system first (e.g. gdalwarp -t_srs EPSG:32648 -tr 30 30 %s out.asc)", path, d.Cell, path)
	}
	return d, nil
}

// sameGrid returns an error unless grid b covers the cells of grid a: the same columns,
// rows, cell size and origin (to a hundredth of a cell).
func sameGrid(a, b *maps.DEM) error {
	tol := a.Cell / 100
	if a.Cols != b.Cols || a.Rows != b.Rows || math.Abs(a.Cell-b.Cell) > tol || math.Abs(a.X0-b.X0) > tol || math.Abs(a.Y0-b.Y0) > tol {
		return scenarios.Failf("%s (%d×%d cells of %g from %g, %g) does not lie on the grid of %s (%d×%d cells of %g from %g, %g); resample one onto the other",
			b.Source, b.Cols, b.Rows, b.Cell, b.X0, b.Y0, a.Source, a.Cols, a.Rows, a.Cell, a.X0, a.Y0)
	}
	return nil
}

// terrainOf returns the terrain of elevation grid d (its voids filled from their
// neighbours), rows from the south as the models take them, and how many voids it
// filled.
func terrainOf(d *maps.DEM) (*maps.Terrain, int, error) {
	filled := 0
	if d.Voids > 0 {
		filled = d.FillVoids()
		if filled < d.Voids {
			return nil, 0, scenarios.Failf("%s: no valid elevation at all; the grid is all NODATA", d.Source)
		}
	}
	g := &maps.Terrain{Cols: d.Cols, Rows: d.Rows, Cell: d.Cell, X0: d.X0, Y0: d.Y0, Elev: make([]float32, len(d.Heights))}
	for r := range d.Rows {
		copy(g.Elev[(d.Rows-1-r)*d.Cols:(d.Rows-r)*d.Cols], d.Heights[r*d.Cols:(r+1)*d.Cols])
	}
	return g, filled, nil
}

// fileCell returns the index in a grid file (rows from the north) of terrain cell i
// (rows from the south).
func fileCell(g *maps.Terrain, i int) (row, col int) {
	return g.Rows - 1 - i/g.Cols, i % g.Cols
}

// writeGrid writes values (one per terrain cell, rows from the south) as an ESRI ASCII
// grid on the geometry of like, with the given decimals.
func writeGrid(path string, like *maps.DEM, g *maps.Terrain, values []float32, decimals int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	fmt.Fprintf(w, "ncols %d\nnrows %d\nxllcenter %.10g\nyllcenter %.10g\ncellsize %.12g\nNODATA_value -9999\n", like.Cols, like.Rows, like.X0, like.Y0, like.Cell)
	buf := make([]byte, 0, 24)
	for r := g.Rows - 1; r >= 0; r-- {
		for c := range g.Cols {
			if c > 0 {
				w.WriteByte(' ')
			}
			buf = strconv.AppendFloat(buf[:0], float64(values[g.Index(c, r)]), 'f', decimals, 32)
			if decimals > 0 {
				buf = []byte(strings.TrimRight(strings.TrimRight(string(buf), "0"), "."))
			}
			w.Write(buf)
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
