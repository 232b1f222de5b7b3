//go:build window

package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/mapedit"
	"drillsim/maps"
	"drillsim/ui"
)

// runEdit is `drillsim edit <map> [--dem D] [--crs C] [--out file]`: open the map
// editor's window on a town's map.
func runEdit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("edit", flag.ContinueOnError)
	demPath := fs.String("dem", "", "its terrain ("+maps.DEMFormats+") when the map names none: the suggestions need it")
	mapCRS := fs.String("crs", "", "coordinate system of the map's positions when not WGS84 lon/lat (gcj02, utm:48n ...)")
	out := fs.String("out", "", "save a GeoJSON map's edits to this file instead of the map itself")
	fs.Usage = func() {
		fmt.Fprintln(stderr, editUsage)
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintf(stderr, "drillsim edit: name one map (%s), got %d\n", maps.MapFormats, len(pos))
		return 2
	}
	doc, err := mapedit.Open(pos[0], mapedit.Options{Map: maps.OpenOptions{DEM: *demPath, CRS: *mapCRS}, Out: *out})
	if err != nil {
		fmt.Fprintln(stderr, "drillsim edit:", err)
		return 1
	}
	e, err := ui.NewEditor(doc, nil)
	if err != nil {
		fmt.Fprintln(stderr, "drillsim edit:", err)
		return 1
	}
	ui.SetUpWindow("drillsim — 编辑地图 edit — " + doc.Path())
	if err := ebiten.RunGame(e); err != nil {
		fmt.Fprintln(stderr, "drillsim edit:", err)
		return 1
	}
	if doc.Dirty() {
		fmt.Fprintln(stderr, "drillsim edit: warning: the window closed with edits not saved (Ctrl+S saves)")
	}
	return 0
}

// editUsage says what drillsim edit does and how the window is worked.
const editUsage = `usage: drillsim edit <map> [--dem terrain] [--crs system] [--out edited.geojson]

Opens a 1280×800 window on the town's map (GeoJSON, an OpenStreetMap extract or a map
manifest) to mark up what drills need. Tools on the right: 选择 select (drag a point or a
corner of the area selected; Shift+click adds a corner on its side, Alt+click takes one
away), 风险区 hazard zone and 村界 village (click each corner, Enter finishes), 安置点
shelter, 物资点 depot, 救援站 station, 大喇叭 loudspeaker (a click places one). The form
under them edits the one selected (Enter sets a field). Suggestions draw the flood zones
of the river shown at the rise given, the landslide zones above houses, the houses at the
forest's edge, and halls as shelters, as one edit to check. Ctrl+Z undoes, Ctrl+Y redoes,
Delete deletes, Ctrl+S saves: a GeoJSON map in place (every other byte kept), an extract's
or a manifest's edits as an edits layer the manifest lists. Then: drillsim new flood --map
<the map saved>.`
