package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// fireResult is what `drillsim hazard fire` reports.
type fireResult struct {
	Hours          int         `json:"hours"`
	Ignition       gridCellRef `json:"ignition"`
	BurntCells     int         `json:"burnt_cells"`
	BurntHa        float64     `json:"burnt_ha"`
	BurningAtEnd   int         `json:"burning_at_end"`
	MaxIntensityKW float64     `json:"max_intensity_kw_m"`
	FilledVoids    int         `json:"filled_elevation_voids,omitempty"`
	// Unlisted counts the cells of each grid value the fuel table does not list; they
	// hold no fuel.
	Unlisted map[int]int `json:"unlisted_grid_values,omitempty"`
	Out      string      `json:"out"`
}

// gridCellRef is a cell of a grid file: row from the top (north), column from the left,
// both from 0.
type gridCellRef struct {
	Row int `json:"row"`
	Col int `json:"col"`
}

// runHazardFire is `drillsim hazard fire`: burn a fuel grid from an ignition for some
// hours of weather and write the burnt cells.
func runHazardFire(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("hazard fire", flag.ContinueOnError)
	fuelPath := fs.String("fuel", "", "fuel grid (ESRI ASCII grid in metres) of codes the fuel table names")
	tablePath := fs.String("fuel-table", "", "CSV with grid_value and fuel_type columns: FBP codes (C-2, M-1 (60 PC), O-1a ...), NF and WA for ground that never burns")
	elevPath := fs.String("elevation", "", "elevation grid (ESRI ASCII, metres) on the fuel grid's cells")
	weatherPath := fs.String("weather", "", "hourly weather CSV: WS (km/h), WD (degrees from), optionally FFMC and BUI; one row an hour, the last holding")
	ignite := fs.String("ignite", "", "ignition cell ROW,COL, from 0 at the grid's top left")
	hours := fs.Int("hours", 0, "hours to burn")
	outPath := fs.String("out", "", "burnt cells as an ESRI ASCII grid on the fuel grid: 1 burnt, 0 not")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	green := fs.Bool("green", false, "deciduous trees in leaf: D-1/D-2 and M-1/M-2 (and M-3/M-4) pairs burn as their green types")
	curing := fs.Float64("curing", 0, "grass curing, % (default the FBP System's 85 unless the fuel table says)")
	fmc := fs.Float64("fmc", hazard.DefaultFMC, "foliar moisture content of conifers, %")
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: drillsim hazard fire --fuel grid.asc --fuel-table table.csv --elevation dem.asc --weather hourly.csv --ignite ROW,COL --hours N --out burnt.asc [--json]")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "hazard fire", *langArg)
	if !ok {
		return 2
	}
	if len(pos) > 0 || *outPath == "" || *ignite == "" || *hours <= 0 {
		sayProblem(stderr, "hazard fire", scenarios.Failf("give --fuel, --fuel-table, --elevation, --weather, --ignite ROW,COL, --hours N (≥ 1) and --out, and nothing else"), lang)
		fs.Usage()
		return 2
	}
	res, err := burnGrids(*fuelPath, *tablePath, *elevPath, *weatherPath, *ignite, *hours, *outPath, *green, *curing, *fmc)
	return reportHazard("fire", res, err, *asJSON, lang, stdout, stderr)
}

// text writes the result as lines to read.
func (res fireResult) text(w io.Writer) {
	fmt.Fprintf(w, "fire from row %d, col %d over %d h: %d cells burnt (%.1f ha), %d still burning, peak intensity %.0f kW/m\nwrote %s\n",
		res.Ignition.Row, res.Ignition.Col, res.Hours, res.BurntCells, res.BurntHa, res.BurningAtEnd, res.MaxIntensityKW, res.Out)
	if res.FilledVoids > 0 {
		fmt.Fprintf(w, "note: %d void cells of the elevation grid were filled from their neighbours\n", res.FilledVoids)
	}
	if len(res.Unlisted) > 0 {
		codes := make([]int, 0, len(res.Unlisted))
		for c := range res.Unlisted {
			codes = append(codes, c)
		}
		sort.Ints(codes)
		var list []string
		for _, c := range codes {
			list = append(list, fmt.Sprintf("%d (%d cells)", c, res.Unlisted[c]))
		}
		fmt.Fprintf(w, "warning: the fuel table does not list the grid values %s; they were burnt as non-fuel (add a row for each)\n", strings.Join(list, ", "))
	}
}

// burnGrids runs the fire the files describe and writes the burnt grid.
func burnGrids(fuelPath, tablePath, elevPath, weatherPath, ignite string, hours int, outPath string, green bool, curing, fmc float64) (fireResult, error) {
	res := fireResult{Hours: hours, Out: outPath}
	fuelGrid, err := readGrid("fuel", fuelPath)
	if err != nil {
		return res, err
	}
	elev, err := readGrid("elevation", elevPath)
	if err != nil {
		return res, err
	}
	if err := sameGrid(fuelGrid, elev); err != nil {
		return res, err
	}
	table, err := readFuelTable(tablePath, green)
	if err != nil {
		return res, err
	}
	if weatherPath == "" {
		return res, scenarios.Failf("--%s is required", "weather")
	}
	data, err := os.ReadFile(weatherPath)
	if err != nil {
		return res, scenarios.Failf("cannot read %s %s: %v", "--weather", weatherPath, err)
	}
	weather, err := scenarios.ReadHourlyWeather(data, weatherPath)
	if err != nil {
		return res, err
	}
	g, filled, err := terrainOf(elev)
	if err != nil {
		return res, err
	}
	res.FilledVoids = filled
	row, col, err := parseCellRef(ignite, fuelGrid)
	if err != nil {
		return res, err
	}
	res.Ignition = gridCellRef{row, col}
	f, err := hazard.NewFire(g)
	if err != nil {
		return res, scenarios.Failf("%s: the fire model refuses the grid: %v", elevPath, err)
	}
	if res.Unlisted, err = layFuelGrid(f, g, fuelGrid, table, curing); err != nil {
		return res, err
	}
	start := g.Index(col, g.Rows-1-row)
	if !f.Fuel(start).Burns() {
		return res, scenarios.Failf("--ignite %s: the cell holds %s, which does not burn; ignite a fuel cell", ignite, f.Fuel(start).Type.String())
	}
	ffmc, bui := float64(hazard.DefaultFFMC), float64(hazard.DefaultBUI)
	for h := 0; h < hours; h++ {
		hw := weather[min(h, len(weather)-1)]
		if hw.HasFFMC {
			ffmc = hw.FFMC
		}
		if hw.HasBUI {
			bui = hw.BUI
		}
		w := hazard.FireWeather{WindKmh: hw.WindKmh, WindFromDeg: hw.WindFromDeg, FFMC: ffmc, BUI: bui, FMC: fmc}
		if err := f.SetWeather(int64(h)*3600, w); err != nil {
			return res, scenarios.Failf("%s, hour %d: the fire model refuses the weather: %v", weatherPath, h, err)
		}
		if h == 0 {
			if err := f.Ignite(start, 0); err != nil {
				return res, scenarios.Failf("--ignite %s: the fire model refuses the ignition: %v", ignite, err)
			}
		}
	}
	f.Advance(int64(hours) * 3600)
	burnt := make([]float32, len(g.Elev))
	for i := range burnt {
		if s := f.State(i); s == hazard.Burning || s == hazard.Burnt {
			burnt[i] = 1
			res.BurntCells++
			res.MaxIntensityKW = max(res.MaxIntensityKW, f.Intensity(i))
		}
	}
	res.BurntHa = float64(res.BurntCells) * g.Cell * g.Cell / 1e4
	res.BurningAtEnd = f.Burning()
	res.MaxIntensityKW = math.Round(res.MaxIntensityKW)
	if err := writeGrid(outPath, fuelGrid, g, burnt, 0); err != nil {
		return res, scenarios.Failf("cannot write %s %s: %v", "--out", outPath, err)
	}
	return res, nil
}

// readFuelTable reads a fuel lookup table: a CSV whose header names a grid_value and a
// fuel_type column (others, such as descriptive_name or colours, are ignored), one row
// per grid value, fuel types written as hazard.ParseFuel reads them.
func readFuelTable(path string, green bool) (map[int]hazard.Fuel, error) {
	if path == "" {
		return nil, scenarios.Failf("--%s is required", "fuel-table")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, scenarios.Failf("cannot read %s %s: %v", "--fuel-table", path, err)
	}
	rows, lines, err := scenarios.CSVRecords(data, path)
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 {
		return nil, scenarios.Failf("%s: no rows; write a header with grid_value and fuel_type, then a row per fuel code", path)
	}
	gv, ft := -1, -1
	for i, name := range rows[0] {
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "grid_value":
			gv = i
		case "fuel_type":
			ft = i
		}
	}
	if gv < 0 || ft < 0 {
		return nil, scenarios.Failf("%s:%d: the header needs grid_value and fuel_type columns; it has %s", path, lines[0], strings.Join(rows[0], ", "))
	}
	table := map[int]hazard.Fuel{}
	for k, rec := range rows[1:] {
		line := lines[k+1]
		if len(rec) <= max(gv, ft) {
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue
			}
			return nil, scenarios.Failf("%s:%d: the row has %d fields; it needs grid_value and fuel_type", path, line, len(rec))
		}
		code, err := strconv.Atoi(strings.TrimSpace(rec[gv]))
		if err != nil {
			return nil, scenarios.Failf("%s:%d: grid_value %q is not a whole number", path, line, rec[gv])
		}
		fuel, err := hazard.ParseFuel(rec[ft], green)
		if err != nil {
			return nil, scenarios.Failf("%s:%d: fuel_type %q is not a fuel of the FBP System: %v", path, line, rec[ft], strings.TrimPrefix(err.Error(), "hazard: "))
		}
		table[code] = fuel
	}
	return table, nil
}

// layFuelGrid sets each cell's fuel by its code in the fuel grid; NODATA cells hold no
// fuel, and so do cells of a code the table does not list, which it counts by code.
func layFuelGrid(f *hazard.Fire, g *maps.Terrain, grid *maps.DEM, table map[int]hazard.Fuel, curing float64) (map[int]int, error) {
	var unlisted map[int]int
	for i := range g.Elev {
		row, col := fileCell(g, i)
		v := grid.Heights[row*grid.Cols+col]
		if math.IsNaN(float64(v)) {
			continue
		}
		code := int(math.Round(float64(v)))
		fuel, ok := table[code]
		if !ok {
			if unlisted == nil {
				unlisted = map[int]int{}
			}
			unlisted[code]++
			continue
		}
		if curing > 0 && (fuel.Type == hazard.O1a || fuel.Type == hazard.O1b) {
			fuel.Curing = curing
		}
		if err := f.SetFuel(i, fuel); err != nil {
			return nil, scenarios.Failf("%s: the fire model refuses a cell's fuel: %v", grid.Source, err)
		}
	}
	return unlisted, nil
}

// parseCellRef reads "ROW,COL" (0-based from the grid's top left) and checks it lies on
// grid d.
func parseCellRef(s string, d *maps.DEM) (row, col int, err error) {
	a, b, ok := strings.Cut(s, ",")
	row, err1 := strconv.Atoi(strings.TrimSpace(a))
	col, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil {
		return 0, 0, scenarios.Failf("--ignite %q: write the cell as ROW,COL, two whole numbers from 0 at the grid's top left", s)
	}
	if row < 0 || col < 0 || row >= d.Rows || col >= d.Cols {
		return 0, 0, scenarios.Failf("--ignite %s lies outside %s, which has rows 0-%d and columns 0-%d", s, d.Source, d.Rows-1, d.Cols-1)
	}
	return row, col, nil
}
