// Package draft writes a new drill for a town from its map alone: the scenario of a
// flood, a landslide, a forest fire, all of them, or a village's tabletop exercise on
// the town's own rivers, slopes, forests, villages and shelters; the reference
// response (示范处置) its real units would give; and a copy of the plan to adapt. What
// the map lacks for the drill is said with what to add. It is drillsim new.
package draft

import (
	"fmt"
	"slices"
	"strings"

	"drillsim/i18n"
)

// Kind is a kind of drill.
type Kind string

// The kinds of drill drillsim new writes.
const (
	Flood     Kind = "flood"
	Landslide Kind = "landslide"
	Fire      Kind = "fire"
	Combined  Kind = "combined"
	Tabletop  Kind = "tabletop"
)

// Kinds lists the kinds of drill, in the order usage lists them.
func Kinds() []Kind { return []Kind{Flood, Landslide, Fire, Combined, Tabletop} }

// ParseKind reads a kind of drill.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(Kinds(), k) {
		var names []string
		for _, k := range Kinds() {
			names = append(names, string(k))
		}
		return "", fmt.Errorf("no kind of drill %q: write one of %s", s, strings.Join(names, ", "))
	}
	return k, nil
}

// Options say what drill to write, on which map, where.
type Options struct {
	// Map is the town's map: GeoJSON, an OpenStreetMap extract or a map manifest.
	Map string
	// DEM is its terrain, when the map does not name one (a manifest's dem).
	DEM string
	// CRS is the coordinate system of the map's positions when not WGS84.
	CRS string
	// Out is the folder the drill is written into (made when absent).
	Out string
	// River is the river that floods (default: the one whose flood threatens most).
	River string
	// RiseM is the flood's peak rise above the river's normal level in metres
	// (default: DefaultRiseM for zones the flood model draws; for the map's own flood
	// zones, the rise that floods most of their houses).
	RiseM float64
}

// DefaultRiseM is the peak rise of a flood drawn on a map without flood zones: 3 m, a
// mountain river's flash flood of a few years' return.
const DefaultRiseM = 3

// Lack is what a map lacks for a drill, and what to add so that it has it.
type Lack struct {
	Drill Kind
	What  Note
	Add   Note
}

// Error says what is missing and what to do, in English.
func (l *Lack) Error() string { return l.In(i18n.English) }

// In says what is missing and what to do in language lang.
func (l *Lack) In(lang i18n.Language) string {
	return say("a %s drill needs %s, which the map does not have: %s", l.Drill, l.What, l.Add).In(lang)
}

// Result is what drillsim new wrote and what it found.
type Result struct {
	// Scenario, Orders and Plan are the files written; Map is the map the scenario
	// names (a manifest in the folder, when the map needed its terrain or additions).
	Scenario, Orders, Plan, Map string
	// Files are every file written, in order.
	Files []string
	// Notes say what was assumed or added, for the designer to check.
	Notes []Note
	// Reference and None are the grade's totals (of 100) of the reference response
	// and of giving no order, as drillsim run and score would give them.
	Reference, None float64
}
