package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"drillsim/maps"
)

// runCheck is `drillsim check [map] [--dem terrain] ...`: load a map (the
// embedded demo town when none is named), print its summary and every problem, and
// exit 1 when any problem is an error.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	demPath := fs.String("dem", "", "terrain ("+maps.DEMFormats+")")
	demCRS := fs.String("dem-crs", "", "coordinate system of a projected DEM (utm:48n, cgcs2000:gk3:105, epsg:4547 ...)")
	mapCRS := fs.String("crs", "", "coordinate system of the map's positions when not WGS84 lon/lat (gcj02, utm:48n, cgcs2000:gk3:105 ...)")
	asJSON := fs.Bool("json", false, "print the summary and problems as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim check [map] [--dem terrain] [--crs system] [--dem-crs system] [--json]\n\nA map is "+maps.MapFormats+";\nterrain is "+maps.DEMFormats+".\nWithout a map, checks the embedded demo town 福宝镇（示意） and its DEM.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "drillsim check: one map at a time, got %d: %v\n", len(pos), pos)
		return 2
	}
	var town *maps.Town
	if len(pos) == 0 && *demPath == "" && *mapCRS == "" {
		town, err = maps.Default()
	} else if len(pos) == 0 {
		fmt.Fprintln(stderr, "drillsim check: --dem and --crs go with a map file: drillsim check town.geojson --dem town.asc")
		return 2
	} else {
		town, err = maps.Open(pos[0], maps.OpenOptions{CRS: *mapCRS, DEM: *demPath, DEMCRS: *demCRS})
	}
	if err != nil {
		fmt.Fprintln(stderr, "drillsim check:", err)
		return 1
	}
	s := town.Summarize()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(s)
	} else {
		err = s.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "drillsim check:", err)
		return 1
	}
	if town.Problems.HasErrors() {
		return 1
	}
	return 0
}
