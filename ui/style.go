package ui

import (
	"image/color"

	"drillsim/sim"
)

// The map's colours: a light background, muted areas, roads by class, and strong
// colours only for what the players must act on.
var (
	colorBackground  = color.RGBA{0xf4, 0xf1, 0xea, 0xff}
	colorPanel       = color.RGBA{0x1f, 0x26, 0x30, 0xf0} // over the map, which shows faintly through
	colorPanelSolid  = color.RGBA{0x1f, 0x26, 0x30, 0xff} // the side panel and the start screen
	colorPanelText   = color.RGBA{0xe8, 0xec, 0xf1, 0xff}
	colorPanelDim    = color.RGBA{0xaa, 0xb4, 0xbf, 0xff}
	colorButton      = color.RGBA{0x33, 0x40, 0x50, 0xff}
	colorButtonOn    = color.RGBA{0x1f, 0x5a, 0x99, 0xff}
	colorButtonHover = color.RGBA{0x3b, 0x4a, 0x5d, 0xff}
	colorRowOn       = color.RGBA{0x2c, 0x3a, 0x4b, 0xff} // a row selected or under the cursor
	colorTip         = color.RGBA{0x10, 0x14, 0x19, 0xff} // the box showing a cut text whole
	colorAlert       = color.RGBA{0xff, 0x8a, 0x7a, 0xff}
	colorOK          = color.RGBA{0x7b, 0xc6, 0x7e, 0xff}
	colorAmber       = color.RGBA{0xf5, 0xb0, 0x41, 0xff}
	colorUnread      = color.RGBA{0xff, 0xc2, 0x33, 0xff}
	colorAccent      = color.RGBA{0x5c, 0xc8, 0xf5, 0xff} // the order being made, in the panel
	colorShade       = color.RGBA{0x00, 0x00, 0x00, 0x80} // under a dialog, over the rest
	// colorSelectedText and colorPausedText are banners' texts on a light box.
	colorSelectedText = color.RGBA{0x00, 0x5a, 0x8c, 0xff}
	colorPausedText   = color.RGBA{0xa0, 0x30, 0x00, 0xff}
	colorOwnVillage   = color.RGBA{0x1a, 0x5f, 0xb4, 0xff} // the seat's village outlined
	colorAlertBox     = color.RGBA{0xb0, 0x2a, 0x1e, 0xff} // a notice to act on, white text
	colorMapText      = color.RGBA{0x22, 0x22, 0x22, 0xff}
	colorHalo         = color.RGBA{0xff, 0xff, 0xff, 0xd0}

	colorVillageFill  = color.RGBA{0xe9, 0xe4, 0xd8, 0xff}
	colorVillageEdge  = color.RGBA{0x9c, 0x8a, 0x70, 0xff}
	colorLandcover    = color.RGBA{0xd5, 0xe6, 0xc8, 0xff}
	colorFarmland     = color.RGBA{0xee, 0xea, 0xc8, 0xff}
	colorWater        = color.RGBA{0x9c, 0xc6, 0xe8, 0xff}
	colorRiver        = color.RGBA{0x5b, 0x9b, 0xd5, 0xff}
	colorCut          = color.RGBA{0xe0, 0x1b, 0x24, 0xff}
	colorClosed       = color.RGBA{0x80, 0x20, 0x80, 0xff}
	colorShelter      = color.RGBA{0x1b, 0x9e, 0x4b, 0xff}
	colorStation      = color.RGBA{0x1f, 0x4e, 0x99, 0xff}
	colorDepot        = color.RGBA{0x9a, 0x5b, 0x13, 0xff}
	colorUnit         = color.RGBA{0xd9, 0x5f, 0x0e, 0xff}
	colorSelected     = color.RGBA{0x00, 0xa0, 0xe0, 0xff}
	colorSelectBox    = color.RGBA{0x00, 0x50, 0x70, 0x30}
	colorSpeaker      = color.RGBA{0x7b, 0x52, 0xab, 0xff}
	colorSpeakerReach = color.NRGBA{0x7b, 0x52, 0xab, 0x28} // straight alpha: vector draws it as given
	colorWhite        = color.RGBA{0xff, 0xff, 0xff, 0xff}
)

// hazardZoneColors fill mapped hazard zones by hazard, translucent.
var hazardZoneColors = map[string]color.RGBA{
	"landslide": {0xa0, 0x52, 0x2d, 0x50},
	"flood":     {0x3a, 0x7b, 0xd5, 0x40},
	"fire":      {0xe6, 0x55, 0x0d, 0x40},
}

// colorHazardZoneOther fills zones of a hazard not listed above.
var colorHazardZoneOther = color.RGBA{0x99, 0x99, 0x99, 0x40}

// zoneOutlinePx is the width of a hazard zone's outline, in its colour made opaque.
const zoneOutlinePx = 1.5

// hazardZoneEdge is the outline colour of a zone filled with c: c, opaque.
func hazardZoneEdge(c color.RGBA) color.RGBA {
	return color.RGBA{c.R, c.G, c.B, 0xff}
}

// floodColors colour water by depth: shown, deep enough to stop cars, deep enough to
// drown (straight alpha).
var floodColors = [3]color.RGBA{
	{0x6b, 0xae, 0xe6, 0x90},
	{0x21, 0x66, 0xc4, 0xa8},
	{0x08, 0x30, 0x8c, 0xc8},
}

// colorBurning and colorBurnt colour the fire's cells.
var (
	colorBurning = color.RGBA{0xff, 0x45, 0x00, 0xe0}
	colorBurnt   = color.RGBA{0x3a, 0x2a, 0x20, 0x90}
)

// buildingColors colour a building by its residents' state.
var buildingColors = [...]color.RGBA{
	sim.Uninhabited:  {0xc8, 0xc2, 0xb8, 0xff},
	sim.HomeUnwarned: {0xd7, 0x30, 0x27, 0xff},
	sim.HomeWarned:   {0xfc, 0x8d, 0x59, 0xff},
	sim.Leaving:      {0xfe, 0xe0, 0x8b, 0xff},
	sim.Empty:        {0x91, 0xcf, 0x60, 0xff},
	sim.Hurt:         {0x7b, 0x00, 0x7b, 0xff},
	sim.Destroyed:    {0x30, 0x30, 0x30, 0xff},
}

// buildingColor is the colour of a building in state s.
func buildingColor(s sim.BuildingState) color.RGBA {
	if int(s) < len(buildingColors) {
		return buildingColors[s]
	}
	return buildingColors[sim.Uninhabited]
}

// roadStyle is how a road class is drawn: its width in pixels, its colour, and the
// scale (pixels per metre) from which it is drawn at all, so that a zoomed-out map
// shows the roads that carry traffic and not a felt of footpaths.
type roadStyle struct {
	widthPx  float64
	color    color.RGBA
	minScale float64
}

// roadStyles draw roads by class, major roads wide and warm, paths thin and grey.
var roadStyles = map[string]roadStyle{
	"motorway":     {5, color.RGBA{0xe8, 0x92, 0x4a, 0xff}, 0},
	"trunk":        {4.5, color.RGBA{0xf0, 0xa0, 0x50, 0xff}, 0},
	"primary":      {4, color.RGBA{0xf5, 0xb8, 0x5c, 0xff}, 0},
	"secondary":    {3.5, color.RGBA{0xf7, 0xd0, 0x6b, 0xff}, 0},
	"tertiary":     {3, color.RGBA{0xfa, 0xe3, 0x8f, 0xff}, 0},
	"unclassified": {2.2, color.RGBA{0xff, 0xff, 0xff, 0xff}, 0.02},
	"residential":  {2.2, color.RGBA{0xff, 0xff, 0xff, 0xff}, 0.02},
	"service":      {1.5, color.RGBA{0xff, 0xff, 0xff, 0xff}, 0.1},
	"track":        {1.4, color.RGBA{0xb0, 0x90, 0x60, 0xff}, 0.05},
	"path":         {1, color.RGBA{0x90, 0x80, 0x70, 0xff}, 0.12},
	"footway":      {1, color.RGBA{0x90, 0x80, 0x70, 0xff}, 0.12},
	"steps":        {1, color.RGBA{0x90, 0x80, 0x70, 0xff}, 0.12},
}

// otherRoad draws road classes not listed.
var otherRoad = roadStyle{1.6, color.RGBA{0xff, 0xff, 0xff, 0xff}, 0.05}

// roadStyleOf is the style of road class c.
func roadStyleOf(c string) roadStyle {
	if s, ok := roadStyles[c]; ok {
		return s
	}
	return otherRoad
}

// roadCasing is the dark edge drawn under light roads so they show on a light map.
var roadCasing = color.RGBA{0x9a, 0x92, 0x88, 0xff}
