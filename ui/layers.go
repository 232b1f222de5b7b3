package ui

import "drillsim/i18n"

// Layer is one part of the map a player can show or hide.
type Layer uint8

// The map's layers, in the order the layer menu lists them.
const (
	LayerRoads       Layer = iota // roads, their casings and cut or closed marks
	LayerBuildings                // building footprints
	LayerResidents                // buildings coloured by their residents' state
	LayerVillages                 // village areas and borders
	LayerHazardZones              // mapped hazard zones
	LayerTerrain                  // the hillshade
	LayerFlood                    // water depth
	LayerFire                     // burning and burnt ground
	LayerUnits                    // units
	LayerLabels                   // names and occupancy of places
	layerCount
)

// layerAlways marks what no layer hides: the ground and the rivers.
const layerAlways = layerCount

// Layers is a set of layers.
type Layers uint16

// AllLayers shows everything: how the map opens.
const AllLayers Layers = 1<<layerCount - 1

// Has reports whether l is in the set; layerAlways always is.
func (s Layers) Has(l Layer) bool { return l == layerAlways || s&(1<<l) != 0 }

// Toggle returns the set with l switched.
func (s Layers) Toggle(l Layer) Layers { return s ^ 1<<l }

// layerTexts name the layers in the layer menu.
var layerTexts = [layerCount]i18n.Text{
	LayerRoads:       i18n.TextLayerRoads,
	LayerBuildings:   i18n.TextLayerBuildings,
	LayerResidents:   i18n.TextLayerResidents,
	LayerVillages:    i18n.TextLayerVillages,
	LayerHazardZones: i18n.TextLayerHazardZones,
	LayerTerrain:     i18n.TextLayerTerrain,
	LayerFlood:       i18n.TextLayerFlood,
	LayerFire:        i18n.TextLayerFire,
	LayerUnits:       i18n.TextLayerUnits,
	LayerLabels:      i18n.TextLayerLabels,
}
