package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/sim/hazard"
)

// listFlag collects a repeated flag's values.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, " ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// floodProbe is one --probe's result, as --json prints it.
type floodProbe struct {
	X          float64  `json:"x"`
	Y          float64  `json:"y"`
	PeakStageM float64  `json:"peak_stage_m"`
	PeakDepthM float64  `json:"peak_depth_m"`
	ArrivalS   *float64 `json:"arrival_s"`
}

// channelAreaM2 is the upstream area from which a cell counts as a channel when the
// drainage network is found from the DEM alone (a stage flood without a map); a DEM
// smaller than twenty times that takes a twentieth of its area.
const channelAreaM2 = 1e6

// runHazardFlood is `drillsim hazard flood`: a flood over a DEM with no map, from a
// river stage, inflows or rain, reporting probes, the water's mass balance and the wet
// cells, and writing the deepest water as an ASCII grid.
func runHazardFlood(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("drillsim hazard flood", flag.ContinueOnError)
	demPath := fs.String("dem", "", "terrain as an ESRI ASCII grid (.asc) or SRTM tile (.hgt)")
	var inflows, levels, probes listFlag
	fs.Var(&inflows, "inflow", "X,Y,Q[,R]: Q m³/s put in at X,Y (the DEM's coordinates), over R metres (repeatable)")
	fs.Var(&levels, "level", "X1,Y1,X2,Y2:LEVEL[@TIME,...]: the DEM's edge from X1,Y1 to X2,Y2 opens on water standing at LEVEL m (on the DEM's datum), or at levels over time such as 9.7@0s,10.35@1h,9.7@5h (repeatable)")
	stage := fs.String("stage", "", "X,Y:RISE: the river through X,Y rises RISE metres from there down; with --map, RIVER:RISE: the map's river of that name rises RISE metres")
	mapPath := fs.String("map", "", "the town's map ("+maps.MapFormats+") over the DEM, for --stage RIVER:RISE: its rivers and streams are the drainage")
	rain := fs.Float64("rain", 0, "rain on every cell, mm/h (all of it runs off)")
	manning := fs.Float64("manning", 0.035, "Manning's n of every cell")
	manningGrid := fs.String("manning-grid", "", "Manning's n per cell: an ESRI ASCII grid on the DEM's own grid")
	schemeName := fs.String("scheme", "inertial", "the 2D flood's scheme: inertial (fast, floodplains) or fv1 (full equations: dam breaks, dry fronts)")
	durationText := fs.String("duration", "1h", "time simulated, such as 1000s, 90m or 6h")
	fs.Var(&probes, "probe", "X,Y: a point whose peak water and arrival to report (repeatable)")
	out := fs.String("out", "", "write the deepest water of every cell to this ESRI ASCII grid, on the DEM's grid")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim hazard flood --dem D (--inflow X,Y,Q[,R] ... | --level X1,Y1,X2,Y2:LEVEL[@TIME,...] ... | --stage X,Y:RISE | --map M --stage RIVER:RISE | --rain MM_PER_H)\n   [--manning N | --manning-grid n.asc] [--scheme inertial|fv1] [--duration 1000s]\n   [--probe X,Y ...] [--out maxdepth.asc] [--json]\n\nX, Y are in the DEM's own coordinates (lon/lat for a geographic grid, metres for a projected one).")
		fs.PrintDefaults()
	}
	if _, err := parseFlags(fs, args, stderr); err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "hazard flood", *langArg)
	if !ok {
		return 2
	}
	usage := func(err error) int {
		sayProblem(stderr, "hazard flood", err, lang)
		return 2
	}
	fail := func(err error) int {
		sayProblem(stderr, "hazard flood", err, lang)
		return 1
	}
	drivers := 0
	for _, on := range []bool{len(inflows) > 0 || len(levels) > 0, *stage != "", *rain > 0} {
		if on {
			drivers++
		}
	}
	switch {
	case *demPath == "":
		return usage(scenarios.Failf("--dem is required: the terrain to flood"))
	case drivers == 0:
		return usage(scenarios.Failf("give the water: --inflow X,Y,Q, --level X1,Y1,X2,Y2:LEVEL, --stage X,Y:RISE or --rain MM_PER_H"))
	case *stage != "" && drivers > 1:
		return usage(scenarios.Failf("--stage is the scripted river level: it does not mix with --inflow, --level or --rain"))
	case *mapPath != "" && *stage == "":
		return usage(scenarios.Failf("--map gives the rivers of --stage RIVER:RISE; the 2D flood of --inflow, --level and --rain runs on the DEM alone"))
	case *stage != "" && flagSet(fs, "scheme"):
		return usage(scenarios.Failf("--scheme chooses how the 2D flood of --inflow and --rain is computed; --stage has none"))
	case *rain < 0 || math.IsNaN(*rain):
		return usage(scenarios.Failf("--rain %v is not a rate in mm/h", *rain))
	case !(*manning > 0 && *manning <= 1):
		return usage(scenarios.Failf("--manning %v is not a roughness (0.01 smooth to about 0.2 dense forest)", *manning))
	}
	scheme, err := hazard.ParseScheme(*schemeName)
	if err != nil {
		return usage(scenarios.Failf("--scheme %q: use inertial or fv1", *schemeName))
	}
	duration, err := scenarios.ParseDuration(*durationText)
	if err != nil || duration <= 0 {
		return usage(scenarios.Failf("--duration %q is not a time such as 1000s, 90m or 6h", *durationText))
	}
	dem, err := readDEMFlag("dem", *demPath)
	if err != nil {
		return fail(err)
	}
	grid, err := newFloodGrid(dem)
	if err != nil {
		return fail(err)
	}
	points := func(flagName string, text string, n int) ([]float64, error) {
		f := strings.Split(text, ",")
		if len(f) < 2 || len(f) > n {
			return nil, scenarios.Failf("--%s %q: write X,Y%s", flagName, text, map[int]string{2: "", 4: ",Q[,R]"}[n])
		}
		v := make([]float64, len(f))
		for i, s := range f {
			if v[i], err = strconv.ParseFloat(strings.TrimSpace(s), 64); err != nil || math.IsNaN(v[i]) || math.IsInf(v[i], 0) {
				return nil, scenarios.Failf("--%s %q: %q is not a number", flagName, text, s)
			}
		}
		if _, ok := grid.cell(v[0], v[1]); !ok {
			return nil, scenarios.Failf("--%s %q: %g,%g lies outside the DEM %s (x %g to %g, y %g to %g in its own coordinates)", flagName, text, v[0], v[1], dem.Source, dem.Bound().Min[0], dem.Bound().Max[0], dem.Bound().Min[1], dem.Bound().Max[1])
		}
		return v, nil
	}
	var probeAt [][]float64
	for _, p := range probes {
		v, err := points("probe", p, 2)
		if err != nil {
			return usage(err)
		}
		probeAt = append(probeAt, v)
	}
	var result floodResult
	switch {
	case *mapPath != "":
		result, err = mapStageFlood(grid, dem, *mapPath, *demPath, *stage)
	case *stage != "":
		result, err = stageFlood(grid, *stage, points)
	default:
		result, err = waterFlood(grid, dem, inflows, levels, *rain, *manning, *manningGrid, scheme, float64(duration), points)
	}
	if err != nil {
		var bad usageError
		if errors.As(err, &bad) {
			return usage(err)
		}
		return fail(err)
	}
	report := struct {
		Probes    []floodProbe `json:"probes"`
		MassError float64      `json:"mass_error"`
		WetCells  int          `json:"wet_cells"`
	}{Probes: []floodProbe{}, MassError: result.massError, WetCells: result.wetCells}
	for _, p := range probeAt {
		c, _ := grid.cell(p[0], p[1])
		pr := floodProbe{X: p[0], Y: p[1], PeakDepthM: round3(float64(result.maxDepth(c)))}
		pr.PeakStageM = round3(float64(grid.terrain.Elev[c]) + pr.PeakDepthM)
		if t, ok := result.arrival(c); ok {
			pr.ArrivalS = &t
		}
		report.Probes = append(report.Probes, pr)
	}
	if *out != "" {
		if err := writeMaxDepth(*out, grid, dem, result.maxDepth); err != nil {
			return fail(scenarios.Failf("cannot write %s %s: %v", "--out", *out, err))
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		if err := enc.Encode(report); err != nil {
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "flood over %s: %d×%d cells of %.1f m, %v simulated\n", dem.Source, grid.terrain.Cols, grid.terrain.Rows, grid.terrain.Cell, duration)
	fmt.Fprintf(stdout, "wet cells %d (%.2f km²), mass error %.2g%%\n", report.WetCells, float64(report.WetCells)*grid.terrain.Cell*grid.terrain.Cell/1e6, 100*report.MassError)
	for _, p := range report.Probes {
		arrival := "never"
		if p.ArrivalS != nil {
			arrival = fmt.Sprintf("%.0f s", *p.ArrivalS)
		}
		fmt.Fprintf(stdout, "probe %g,%g: peak depth %.3f m, peak stage %.3f m, arrival %s\n", p.X, p.Y, p.PeakDepthM, p.PeakStageM, arrival)
	}
	return 0
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// flagSet reports whether the command line set flag name.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// readDEMFlag reads the terrain file path given by flag flagName: a file that cannot be
// opened is said by the flag and the file; one that can but is not a terrain file, by
// the terrain reader's problem.
func readDEMFlag(flagName, path string) (*maps.DEM, error) {
	d, err := maps.ReadDEMFile(path)
	var bad *maps.LoadError
	if err != nil && !errors.As(err, &bad) {
		return nil, scenarios.Failf("cannot read %s %s: %v", "--"+flagName, path, err)
	}
	return d, err
}

// usageError is a command-line mistake found while setting the flood up.
type usageError struct{ error }

// Unwrap is the mistake, so that it is said in the command's language.
func (u usageError) Unwrap() error { return u.error }

// floodResult is what a flood run leaves: the deepest water and arrival per cell, the
// mass balance and the wet cells at the end.
type floodResult struct {
	maxDepth  func(c int) float32
	arrival   func(c int) (float64, bool)
	massError float64
	wetCells  int
}

// floodGrid is the DEM as the square metric grid the flood models work on, and how to
// find a cell from the DEM's own coordinates.
type floodGrid struct {
	terrain *maps.Terrain
	// toGrid converts the DEM's x, y to the grid's metres, fromGrid back.
	toGrid, fromGrid func(x, y float64) (float64, float64)
}

// newFloodGrid lays the DEM, its voids filled, on a square metric grid: a projected DEM
// as it is (row 0 south), a geographic one resampled bilinearly on a local projection at
// its centre, at the DEM's finer cell side in metres.
func newFloodGrid(dem *maps.DEM) (floodGrid, error) {
	g, _, err := terrainOf(dem)
	if err != nil {
		return floodGrid{}, err
	}
	b := dem.Bound()
	if dem.CRS == nil || (dem.CRS.Name() != maps.WGS84.Name() && dem.CRS.Name() != "GCJ-02") {
		same := func(x, y float64) (float64, float64) { return x, y }
		return floodGrid{terrain: g, toGrid: same, fromGrid: same}, nil
	}
	centre := b.Center()
	local := maps.NewLocal(dem.CRS.ToLonLat(centre[0], centre[1]))
	toGrid := func(x, y float64) (float64, float64) { return local.FromLonLat(dem.CRS.ToLonLat(x, y)) }
	fromGrid := func(x, y float64) (float64, float64) { return dem.CRS.FromLonLat(local.ToLonLat(x, y)) }
	x0, y0 := toGrid(b.Min[0], b.Min[1])
	x1, y1 := toGrid(b.Max[0], b.Max[1])
	ex, _ := toGrid(centre[0]+dem.Cell, centre[1])
	_, ny := toGrid(centre[0], centre[1]+dem.Cell)
	cell := math.Min(math.Abs(ex), math.Abs(ny))
	g = &maps.Terrain{Cell: cell, X0: x0 + cell/2, Y0: y0 + cell/2,
		Cols: max(1, int((x1-x0)/cell)), Rows: max(1, int((y1-y0)/cell))}
	g.Elev = make([]float32, g.Cols*g.Rows)
	inset := dem.Cell / 2
	for r := range g.Rows {
		for c := range g.Cols {
			p := g.Centre(c, r)
			lon, lat := local.ToLonLat(p[0], p[1])
			x, y := dem.CRS.FromLonLat(lon, lat)
			x = math.Min(math.Max(x, b.Min[0]+inset), b.Max[0]-inset)
			y = math.Min(math.Max(y, b.Min[1]+inset), b.Max[1]-inset)
			h, _ := dem.HeightAt(x, y)
			g.Elev[g.Index(c, r)] = float32(h)
		}
	}
	return floodGrid{terrain: g, toGrid: toGrid, fromGrid: fromGrid}, nil
}

// cell is the grid cell under the DEM's point x, y, ok=false off the grid.
func (fg floodGrid) cell(x, y float64) (int, bool) {
	gx, gy := fg.toGrid(x, y)
	c, r, ok := fg.terrain.CellOf([2]float64{gx, gy})
	return fg.terrain.Index(c, r), ok
}

// stageFlood is the stage model over the DEM: its drainage network found from the
// upstream area of every cell (channelAreaM2), the river the one through X,Y from there
// down, risen RISE metres.
func stageFlood(grid floodGrid, text string, points func(string, string, int) ([]float64, error)) (floodResult, error) {
	at, riseText, ok := strings.Cut(text, ":")
	rise, err := strconv.ParseFloat(riseText, 64)
	if !ok || err != nil || math.IsNaN(rise) || rise < 0 {
		return floodResult{}, usageError{scenarios.Failf("--stage %q: write X,Y:RISE, a point on the river and its rise in metres", text)}
	}
	xy, err := points("stage", at, 2)
	if err != nil {
		if _, _, isXY := strings.Cut(at, ","); !isXY {
			return floodResult{}, usageError{scenarios.Failf("--stage %q: a river by name (RIVER:RISE) needs the map that names it: add --map town.geojson (or an OpenStreetMap extract); over a bare DEM write X,Y:RISE", text)}
		}
		return floodResult{}, usageError{err}
	}
	g := grid.terrain
	bare, err := hazard.NewDrainage(g, nil)
	if err != nil {
		return floodResult{}, scenarios.Failf("the flood model refuses the DEM: %v", err)
	}
	area := make([]float64, len(g.Elev))
	for k := len(bare.Order) - 1; k >= 0; k-- {
		c := bare.Order[k]
		area[c] += g.Cell * g.Cell
		if to := bare.To[c]; to >= 0 {
			area[to] += area[c]
		}
	}
	threshold := min(channelAreaM2, float64(len(g.Elev))*g.Cell*g.Cell/20)
	var channels []int
	for c, a := range area {
		if a >= threshold {
			channels = append(channels, c)
		}
	}
	// The river: from the channel cell nearest the point, down to the grid's edge.
	start, _ := grid.cell(xy[0], xy[1])
	best, bestD := -1, math.Inf(1)
	for _, c := range channels {
		dc, dr := float64(c%g.Cols-start%g.Cols), float64(c/g.Cols-start/g.Cols)
		if d := dc*dc + dr*dr; d < bestD {
			best, bestD = c, d
		}
	}
	if best < 0 {
		return floodResult{}, scenarios.Failf("the DEM drains no %.2f km² anywhere: no river to raise", threshold/1e6)
	}
	var river []int
	for c := best; c >= 0; c = int(bare.To[c]) {
		river = append(river, c)
	}
	d, err := hazard.NewDrainage(g, channels)
	if err != nil {
		return floodResult{}, scenarios.Failf("the flood model refuses the DEM: %v", err)
	}
	f, err := hazard.NewFlood(g, d, river, hazard.FloodOptions{})
	if err != nil {
		return floodResult{}, scenarios.Failf("the flood model refuses the DEM: %v", err)
	}
	if err := f.SetStage(rise); err != nil {
		return floodResult{}, usageError{scenarios.Failf("--stage %q: the flood model refuses the rise: %v", text, err)}
	}
	f.Refresh()
	return floodResult{
		maxDepth: f.Depth,
		arrival: func(c int) (float64, bool) {
			return 0, f.Depth(c) > 0
		},
		wetCells: f.FloodedCells(),
	}, nil
}

// mapStageFlood is the stage model of a drill over the town's map and the DEM: the map's
// rivers and streams burnt into the terrain as its drainage, the river named in text
// (RIVER:RISE) risen RISE metres, as a scenario's stage flood of that river would be.
// Its depths are read on the flood grid's cells through their positions on the map.
func mapStageFlood(grid floodGrid, dem *maps.DEM, mapPath, demPath, text string) (floodResult, error) {
	i := strings.LastIndex(text, ":") // a river's name may hold a colon
	if i < 0 {
		i = len(text)
	}
	name, riseText := text[:i], text[min(i+1, len(text)):]
	rise, err := strconv.ParseFloat(riseText, 64)
	if name == "" || err != nil || math.IsNaN(rise) || math.IsInf(rise, 0) || rise < 0 {
		return floodResult{}, usageError{scenarios.Failf("--stage %q: with --map write RIVER:RISE, a river of the map and its rise in metres", text)}
	}
	if dem.CRS == nil {
		return floodResult{}, scenarios.Failf("%s: the DEM does not say its coordinate system, so it cannot be laid under the map %s; give a DEM that does (an SRTM tile, a GeoTIFF, an .asc with its .prj)", demPath, mapPath)
	}
	town, err := maps.Open(mapPath, maps.OpenOptions{DEM: demPath})
	if err != nil {
		return floodResult{}, err
	}
	var rivers []string
	found := false
	for _, wv := range town.Waterways {
		if (wv.Kind == maps.KindRiver || wv.Kind == maps.KindStream) && wv.Name != "" && !slices.Contains(rivers, wv.Name) {
			rivers = append(rivers, wv.Name)
			found = found || wv.Name == name
		}
	}
	if !found {
		slices.Sort(rivers)
		return floodResult{}, usageError{scenarios.Failf("--stage %q: the map %s has no river or stream named %q; it has: %s", text, mapPath, name, strings.Join(rivers, ", "))}
	}
	scn := &scenarios.Scenario{ID: "hazard-flood", Tick: 10, Duration: 10, Seed: 1}
	scn.Hazards.Floods = []scenarios.Flood{{ID: "stage", River: name, Hydrograph: []scenarios.RiverRise{{At: 0, RiseM: rise}}}}
	w, err := sim.New(town, scn, sim.Options{})
	if err != nil {
		return floodResult{}, scenarios.Failf("--stage %q: the river cannot be raised on the map %s: %v", text, mapPath, err)
	}
	w.Step()
	snap := w.Snapshot()
	depth := func(c int) float32 { // flood grid cell c, on the map's terrain
		p := grid.terrain.Centre(c%grid.terrain.Cols, c/grid.terrain.Cols)
		x, y := grid.fromGrid(p[0], p[1])
		lon, lat := dem.CRS.ToLonLat(x, y)
		mx, my := town.Projection.FromLonLat(lon, lat)
		tc, tr, ok := snap.Terrain.CellOf([2]float64{mx, my})
		if !ok {
			return 0
		}
		return snap.Depth[snap.Terrain.Index(tc, tr)]
	}
	wet := 0
	for c := range grid.terrain.Elev {
		if depth(c) > 0 {
			wet++
		}
	}
	return floodResult{
		maxDepth: depth,
		arrival:  func(c int) (float64, bool) { return 0, depth(c) > 0 },
		wetCells: wet,
	}, nil
}

// waterFlood is the 2D model over the DEM with the inflows, level boundaries and rain
// given, by scheme.
func waterFlood(grid floodGrid, dem *maps.DEM, inflows, levels []string, rain, manning float64, manningGrid string, scheme hazard.Scheme, seconds float64, points func(string, string, int) ([]float64, error)) (floodResult, error) {
	g := grid.terrain
	n := []float32{float32(manning)}
	if manningGrid != "" {
		nd, err := readDEMFlag("manning-grid", manningGrid)
		if err != nil {
			return floodResult{}, err
		}
		if nd.Cols != dem.Cols || nd.Rows != dem.Rows || nd.Cell != dem.Cell || nd.X0 != dem.X0 || nd.Y0 != dem.Y0 {
			return floodResult{}, scenarios.Failf("%s: the roughness grid is %d×%d cells of %g from %g,%g; it must lie on the DEM's grid, %d×%d of %g from %g,%g", manningGrid, nd.Cols, nd.Rows, nd.Cell, nd.X0, nd.Y0, dem.Cols, dem.Rows, dem.Cell, dem.X0, dem.Y0)
		}
		n = make([]float32, len(g.Elev))
		for i := range n {
			p := g.Centre(i%g.Cols, i/g.Cols)
			x, y := grid.fromGrid(p[0], p[1])
			v, ok := nd.HeightAt(x, y)
			if !ok || !(v > 0 && v <= 1) {
				return floodResult{}, scenarios.Failf("%s: Manning's n %v at %g,%g is not a roughness between 0 and 1", manningGrid, v, x, y)
			}
			n[i] = float32(v)
		}
	}
	s, err := hazard.NewShallow(g, n, nil, hazard.ShallowOptions{Scheme: scheme})
	if err != nil {
		return floodResult{}, scenarios.Failf("the flood model refuses the DEM: %v", err)
	}
	for _, text := range inflows {
		v, err := points("inflow", text, 4)
		if err != nil {
			return floodResult{}, usageError{err}
		}
		if len(v) < 3 || v[2] < 0 || len(v) == 4 && v[3] < 0 {
			return floodResult{}, usageError{scenarios.Failf("--inflow %q: write X,Y,Q[,R] with a flow Q ≥ 0 m³/s and a radius R ≥ 0 m", text)}
		}
		c, _ := grid.cell(v[0], v[1])
		radius := 0.0
		if len(v) == 4 {
			radius = v[3]
		}
		k, err := s.AddInflow(c, radius)
		if err != nil {
			return floodResult{}, usageError{scenarios.Failf("--inflow %q: the flood model refuses it: %v", text, err)}
		}
		if err := s.SetInflow(k, v[2]); err != nil {
			return floodResult{}, usageError{scenarios.Failf("--inflow %q: the flood model refuses it: %v", text, err)}
		}
	}
	var hydrographs []scenarios.EdgeLevel
	for _, text := range levels {
		h, err := addLevel(s, grid, text)
		if err != nil {
			return floodResult{}, err
		}
		hydrographs = append(hydrographs, h)
	}
	if err := s.SetRain(rain); err != nil {
		return floodResult{}, usageError{scenarios.Failf("--rain %v: the flood model refuses it: %v", rain, err)}
	}
	// the levels are set every levelStepS seconds, to their value halfway through
	for now := scenarios.At(0); float64(now) < seconds; now += levelStepS {
		for k, h := range hydrographs {
			_ = s.SetLevel(k, h.LevelAt(now+levelStepS/2)) // a number: parsed
		}
		s.Advance(min(float64(now+levelStepS), seconds))
	}
	return floodResult{maxDepth: s.MaxDepth, arrival: s.Arrival, massError: s.MassError(), wetCells: s.WetCells()}, nil
}

// writeMaxDepth writes the deepest water of every cell of the DEM's own grid (taken
// from the flood grid's cell under its centre) as an ESRI ASCII grid, each depth as the
// model has it, not rounded.
func writeMaxDepth(path string, grid floodGrid, dem *maps.DEM, maxDepth func(int) float32) error {
	on := &maps.Terrain{Cols: dem.Cols, Rows: dem.Rows}
	depths := make([]float32, dem.Cols*dem.Rows)
	for r := range dem.Rows { // from the south
		y := dem.Y0 + float64(r)*dem.Cell
		for c := range dem.Cols {
			if cell, ok := grid.cell(dem.X0+float64(c)*dem.Cell, y); ok {
				depths[on.Index(c, r)] = maxDepth(cell)
			}
		}
	}
	return writeGrid(path, dem, on, depths, -1)
}

// levelStepS is how often, in seconds, `hazard flood` sets the levels of --level.
const levelStepS = 10

// addLevel adds the level boundary --level text gives to s and returns its hydrograph.
func addLevel(s *hazard.Shallow, grid floodGrid, text string) (scenarios.EdgeLevel, error) {
	var h scenarios.EdgeLevel
	refuse := func(why error) (scenarios.EdgeLevel, error) {
		return h, usageError{scenarios.Failf("--level %q: %v", text, why)}
	}
	where, hydro, ok := strings.Cut(text, ":")
	f := strings.Split(where, ",")
	if !ok || len(f) != 4 {
		return refuse(scenarios.Failf("write X1,Y1,X2,Y2:LEVEL or X1,Y1,X2,Y2:LEVEL@TIME,LEVEL@TIME,...: the two ends of a stretch of the DEM's edge and the water's level beyond it"))
	}
	var v [4]float64
	for i, p := range f {
		var err error
		if v[i], err = strconv.ParseFloat(strings.TrimSpace(p), 64); err != nil || math.IsNaN(v[i]) || math.IsInf(v[i], 0) {
			return refuse(scenarios.Failf("%q is not a number", p))
		}
	}
	points := strings.Split(hydro, ",")
	for i, p := range points {
		levelText, atText, timed := strings.Cut(strings.TrimSpace(p), "@")
		level, err := strconv.ParseFloat(levelText, 64)
		if err != nil || math.IsNaN(level) || math.IsInf(level, 0) {
			return refuse(scenarios.Failf("%q is not a level in metres", levelText))
		}
		var at scenarios.Duration
		if timed {
			if at, err = scenarios.ParseDuration(atText); err != nil || at < 0 {
				return refuse(scenarios.Failf("%q is not a time such as 0s, 90m or 6h", atText))
			}
		} else if len(points) > 1 {
			return refuse(scenarios.Failf("give each level of a hydrograph its time, as in 9.7@0s,10.35@1h"))
		}
		if i > 0 && scenarios.At(at) <= h.Hydrograph[i-1].At {
			return refuse(scenarios.Failf("the times of its levels must go forward (%s)", atText))
		}
		h.Hydrograph = append(h.Hydrograph, scenarios.WaterLevel{At: scenarios.At(at), LevelM: level})
	}
	var ends [2]int
	g := grid.terrain
	for i := range ends {
		x, y := grid.toGrid(v[2*i], v[2*i+1])
		c, r := g.ClampCell([2]float64{x, y})
		ends[i] = g.Index(c, r)
	}
	if _, err := s.AddLevelBoundaryBetween(ends[0], ends[1]); err != nil {
		return refuse(scenarios.Failf("the flood model refuses the stretch of edge: %v", err))
	}
	return h, nil
}
