package main

import (
	"flag"
	"fmt"
	"io"
	"math"

	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/sim/hazard"
)

// landslideResult is what `drillsim hazard landslide` reports.
type landslideResult struct {
	VolumeM3      float64     `json:"volume_m3"`
	ReachAngleDeg float64     `json:"reach_angle_deg"`
	RunoutM       float64     `json:"runout_m"`
	Crown         gridCellRef `json:"crown"`
	Toe           gridCellRef `json:"toe"`
	SourceCells   int         `json:"source_cells"`
	ReachedCells  int         `json:"reached_cells"`
	DepositCells  int         `json:"deposit_cells"`
	MaxDepthM     float64     `json:"max_depth_m"`
	DepositM3     float64     `json:"deposit_m3"`
	DefaultDepth  bool        `json:"default_depth,omitempty"`
	FilledVoids   int         `json:"filled_dem_voids,omitempty"`
	Out           string      `json:"out"`
}

// runHazardLandslide is `drillsim hazard landslide`: run a source down a DEM and write
// the deposit depth.
func runHazardLandslide(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("hazard landslide", flag.ContinueOnError)
	demPath := fs.String("dem", "", "elevation grid (ESRI ASCII grid in metres)")
	srcPath := fs.String("source", "", "source grid on the DEM's cells: the non-zero, non-NODATA cells fail")
	depthPath := fs.String("depth", "", fmt.Sprintf("depth grid: metres of ground that fail in each source cell (default %g m)", float64(sim.DefaultSlideDepthM)))
	angle := fs.Float64("reach-angle", 0, "reach angle (Fahrböschung) from the crown to the toe, degrees (default: from the volume, Corominas 1996)")
	outPath := fs.String("out", "", "deposit depth in metres as an ESRI ASCII grid on the DEM (0 outside)")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: drillsim hazard landslide --dem dem.asc --source src.asc [--depth depth.asc] [--reach-angle DEG] --out runout.asc [--json]")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "hazard landslide", *langArg)
	if !ok {
		return 2
	}
	if len(pos) > 0 || *outPath == "" {
		sayProblem(stderr, "hazard landslide", scenarios.Failf("give --dem, --source and --out (and optionally --depth and --reach-angle), and nothing else"), lang)
		fs.Usage()
		return 2
	}
	res, err := slideGrids(*demPath, *srcPath, *depthPath, *angle, *outPath)
	return reportHazard("landslide", res, err, *asJSON, lang, stdout, stderr)
}

// text writes the result as lines to read.
func (res landslideResult) text(w io.Writer) {
	fmt.Fprintf(w, "landslide of %.0f m³ from %d cells, reach angle %.1f°: runout %.0f m from the crown (row %d, col %d) to the toe (row %d, col %d); deposit over %d cells, up to %.2f m deep\nwrote %s\n",
		res.VolumeM3, res.SourceCells, res.ReachAngleDeg, res.RunoutM, res.Crown.Row, res.Crown.Col, res.Toe.Row, res.Toe.Col, res.DepositCells, res.MaxDepthM, res.Out)
	if res.DefaultDepth {
		fmt.Fprintf(w, "note: no --depth, so every source cell failed %g m deep\n", float64(sim.DefaultSlideDepthM))
	}
	if res.FilledVoids > 0 {
		fmt.Fprintf(w, "note: %d void cells of the DEM were filled from their neighbours\n", res.FilledVoids)
	}
}

// slideGrids runs the landslide the files describe and writes its deposit.
func slideGrids(demPath, srcPath, depthPath string, angle float64, outPath string) (landslideResult, error) {
	res := landslideResult{Out: outPath}
	dem, err := readGrid("dem", demPath)
	if err != nil {
		return res, err
	}
	src, err := readGrid("source", srcPath)
	if err != nil {
		return res, err
	}
	if err := sameGrid(dem, src); err != nil {
		return res, err
	}
	var depth = src
	res.DefaultDepth = depthPath == ""
	if !res.DefaultDepth {
		if depth, err = readGrid("depth", depthPath); err != nil {
			return res, err
		}
		if err := sameGrid(dem, depth); err != nil {
			return res, err
		}
	}
	g, filled, err := terrainOf(dem)
	if err != nil {
		return res, err
	}
	res.FilledVoids = filled
	var source []hazard.SlideSource
	for k := range g.Elev { // in the file's order, so the first bad cell named is the file's first
		row, col := k/g.Cols, k%g.Cols
		i := g.Index(col, g.Rows-1-row)
		v := src.Heights[row*src.Cols+col]
		if math.IsNaN(float64(v)) || v == 0 {
			continue
		}
		d := float64(sim.DefaultSlideDepthM)
		if !res.DefaultDepth {
			d = float64(depth.Heights[row*depth.Cols+col])
			if !(d > 0) {
				return res, scenarios.Failf("%s: source cell row %d, col %d fails %v m deep; give every source cell a depth above 0 m", depth.Source, row, col, d)
			}
		}
		source = append(source, hazard.SlideSource{Cell: i, DepthM: d})
	}
	if len(source) == 0 {
		return res, scenarios.Failf("%s: no source cells; mark the cells that fail with a non-zero value", srcPath)
	}
	runouts, err := hazard.NewRunouts(g)
	if err != nil {
		return res, scenarios.Failf("%s: the landslide model refuses the grid: %v", demPath, err)
	}
	dep, err := runouts.Run(source, hazard.RunoutOptions{ReachAngleDeg: angle})
	if err != nil {
		return res, scenarios.Failf("--reach-angle %g: the landslide model refuses it: %v", angle, err)
	}
	out := make([]float32, len(g.Elev))
	area := g.Cell * g.Cell
	for k, c := range dep.Cells {
		out[c] = dep.DepthM[k]
		if dep.DepthM[k] > 0 {
			res.DepositCells++
			res.DepositM3 += float64(dep.DepthM[k]) * area
			res.MaxDepthM = max(res.MaxDepthM, float64(dep.DepthM[k]))
		}
	}
	res.VolumeM3, res.ReachAngleDeg, res.RunoutM = dep.VolumeM3, dep.ReachAngleDeg, dep.RunoutM
	res.SourceCells, res.ReachedCells = len(source), len(dep.Cells)
	r, c := fileCell(g, dep.Crown)
	res.Crown = gridCellRef{r, c}
	r, c = fileCell(g, dep.Toe)
	res.Toe = gridCellRef{r, c}
	res.DepositM3 = math.Round(res.DepositM3*10) / 10
	res.MaxDepthM = math.Round(res.MaxDepthM*1000) / 1000
	res.RunoutM = math.Round(res.RunoutM*10) / 10
	if err := writeGrid(outPath, dem, g, out, 3); err != nil {
		return res, scenarios.Failf("cannot write %s %s: %v", "--out", outPath, err)
	}
	return res, nil
}
