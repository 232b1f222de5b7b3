package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"drillsim/draft"
	"drillsim/maps"
)

// runNew is `drillsim new flood|landslide|fire|combined|tabletop --map M [--dem D]
// [--out DIR] [--river R] [--rise m]`: write a drill for a town from its map alone (the
// scenario, its reference response and a copy of the plan), play it with the reference
// orders and with none, and say what it wrote, what it assumed and how both score.
// Exit 1 when the map lacks what the drill needs (said with what to add).
func runNew(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	mapPath := fs.String("map", "", "the town's map: "+maps.MapFormats)
	demPath := fs.String("dem", "", "its terrain ("+maps.DEMFormats+") when the map names none")
	mapCRS := fs.String("crs", "", "coordinate system of the map's positions when not WGS84 lon/lat (gcj02, utm:48n ...)")
	out := fs.String("out", "", "the folder to write the drill into (default: the kind of drill, as ./flood)")
	river := fs.String("river", "", "the river that floods (default: the one whose flood threatens most people)")
	langArg := addLangFlag(fs)
	rise := fs.Float64("rise", 0, fmt.Sprintf("the flood's peak rise in metres (default %d m, or what floods the map's own flood zones)", draft.DefaultRiseM))
	var kinds []string
	for _, k := range draft.Kinds() {
		kinds = append(kinds, string(k))
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim new "+strings.Join(kinds, "|")+" --map town [--dem terrain] [--out DIR]\n                    [--river name] [--rise m] [--crs system] [--lang zh|en]\n\nWrites a drill on the town's own rivers, slopes, forest, villages, shelters and units:\nDIR/<kind>.yaml (the scenario), DIR/<kind>.orders.yaml (the reference response),\nDIR/plan.yaml (the plan, to adapt) and, when the map needs its terrain or what the\ndrill adds, DIR/town.yaml; then plays it with the reference response and with none.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintf(stderr, "drillsim new: name one kind of drill (%s), got %d\n", strings.Join(kinds, ", "), len(pos))
		return 2
	}
	lang, ok := parseLang(stderr, "new", *langArg)
	if !ok {
		return 2
	}
	kind, err := draft.ParseKind(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "drillsim new:", err)
		return 2
	}
	if *mapPath == "" {
		fmt.Fprintln(stderr, "drillsim new: name the town's map with --map (a GeoJSON, an OpenStreetMap extract or a map manifest)")
		return 2
	}
	if *out == "" {
		*out = string(kind)
	}
	r, err := draft.Write(kind, draft.Options{Map: *mapPath, DEM: *demPath, CRS: *mapCRS, Out: *out, River: *river, RiseM: *rise})
	var lack *draft.Lack
	if errors.As(err, &lack) {
		fmt.Fprintln(stderr, "drillsim new:", lack.In(lang))
		return 1
	}
	if err != nil {
		sayProblem(stderr, "new", err, lang)
		return 1
	}
	fmt.Fprintf(stdout, lang.Pick("已写成%s演练，在 %s 中：\n", "wrote the %s drill in %s:\n"), lang.Pick(kind.SaidInChinese(), string(kind)), *out)
	for _, f := range r.Files {
		fmt.Fprintln(stdout, "  "+f)
	}
	for _, n := range r.Notes {
		fmt.Fprintln(stdout, lang.Pick("注意：", "note: ")+n.In(lang))
	}
	fmt.Fprintf(stdout, lang.Pick("示范处置 %.1f 分；不处置 %.1f 分\n", "reference response: %.1f points; no orders: %.1f points\n"), r.Reference, r.None)
	fmt.Fprintf(stdout, lang.Pick("演练：drillsim play %s    运行：drillsim run %s --orders %s\n", "play it: drillsim play %s    run it: drillsim run %s --orders %s\n"), r.Scenario, r.Scenario, r.Orders)
	return 0
}
