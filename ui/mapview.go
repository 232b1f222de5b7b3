package ui

import (
	"image/color"
	"slices"
	"sort"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/sim"
)

// MapView draws a Town and the snapshots of its drill, in two parts. The still part
// (ground, areas, hillshade, lines) depends only on the camera and the layers shown:
// it is kept in an image a margin wider than the viewport (see stillImage), so a frame
// of a drill being watched, panned or zoomed draws it as one image. The live part
// (water, fire, cut roads, buildings by their residents' state) is drawn over it
// every frame.
type MapView struct {
	town    *maps.Town
	terrain TerrainLayer
	layers  Layers

	ground    Mesh // landcover and water areas
	villages  Mesh
	zones     Mesh // hazard zones
	buildings Mesh
	spans     []Span // per building, its vertices in buildings
	states    []sim.BuildingState
	raster    BuildingRaster

	lines               []lineLayer
	cut, closed         lineLayer
	cutEdges, shutEdges []int

	still   stillImage
	lastCam Camera // the camera of the previous frame
	rest    int    // frames since the camera last moved
}

// sortCellM is the cell size by which features are put in spatial order.
const sortCellM = 250

// Buildings are drawn as footprints at scales from buildingMeshMinScale (pixels per
// metre; below it a 20 m house is under a pixel) while the footprints in view have at
// most buildingMeshBudget vertices, and as the raster of cells otherwise: every frame
// draws them, and a county's worth of footprints would be most of its cost.
const (
	buildingMeshMinScale = 1.0 / rasterCellM
	buildingMeshBudget   = 150_000
)

// NewMapView prepares the drawing of town t, every layer shown.
func NewMapView(t *maps.Town) *MapView {
	v := &MapView{town: t, layers: AllLayers}
	for _, i := range placeOrder(len(t.Landcover), func(i int) orb.Point { return t.Landcover[i].Area.Bound().Center() }, t.Bounds, sortCellM) {
		lc := t.Landcover[i]
		c := colorLandcover
		if lc.Fuel == "farmland" || lc.Fuel == "grass" {
			c = colorFarmland
		}
		v.ground.AddArea(lc.Area, c)
	}
	for _, w := range t.Waterways {
		if w.Kind == maps.KindWater {
			v.ground.AddArea(w.Geom, colorWater)
		}
	}
	for _, vl := range t.Villages {
		v.villages.AddArea(vl.Area, colorVillageFill)
	}
	for _, z := range t.HazardZones {
		c, ok := hazardZoneColors[z.Hazard]
		if !ok {
			c = colorHazardZoneOther
		}
		v.zones.AddArea(z.Area, c)
	}
	v.spans = make([]Span, len(t.Buildings))
	v.states = make([]sim.BuildingState, len(t.Buildings))
	for _, i := range placeOrder(len(t.Buildings), func(i int) orb.Point { return t.Buildings[i].Centroid }, t.Bounds, sortCellM) {
		v.spans[i] = v.buildings.AddArea(t.Buildings[i].Footprint, buildingColor(sim.Uninhabited))
	}
	v.raster.init(t)
	v.lines = v.lineLayers()
	v.cut = lineLayer{layer: LayerRoads, widthPx: 4, color: colorCut}
	v.closed = lineLayer{layer: LayerRoads, widthPx: 4, color: colorClosed}
	return v
}

// lineLayers groups the town's lines into layers, drawn in order: streams, rivers,
// village borders, road casings, then roads from the thinnest class to the widest.
func (v *MapView) lineLayers() []lineLayer {
	t := v.town
	rivers := lineLayer{layer: layerAlways, widthPx: 3, color: colorRiver}
	streams := lineLayer{layer: layerAlways, widthPx: 1.5, color: colorRiver}
	for _, w := range t.Waterways {
		switch w.Kind {
		case maps.KindRiver:
			rivers.geoms = append(rivers.geoms, w.Geom)
		case maps.KindStream:
			streams.geoms = append(streams.geoms, w.Geom)
		}
	}
	borders := lineLayer{layer: LayerVillages, widthPx: 1.2, color: colorVillageEdge}
	for _, vl := range t.Villages {
		borders.geoms = append(borders.geoms, vl.Area)
	}
	zoneEdges := map[color.RGBA]*lineLayer{}
	var edgeOrder []color.RGBA
	for _, z := range t.HazardZones {
		c, ok := hazardZoneColors[z.Hazard]
		if !ok {
			c = colorHazardZoneOther
		}
		e := hazardZoneEdge(c)
		if zoneEdges[e] == nil {
			zoneEdges[e] = &lineLayer{layer: LayerHazardZones, widthPx: zoneOutlinePx, color: e}
			edgeOrder = append(edgeOrder, e)
		}
		zoneEdges[e].geoms = append(zoneEdges[e].geoms, z.Area)
	}
	byStyle := map[roadStyle][]orb.Geometry{}
	for _, r := range t.Roads {
		s := roadStyleOf(r.Class)
		byStyle[s] = append(byStyle[s], r.Line)
	}
	styles := make([]roadStyle, 0, len(byStyle))
	for s := range byStyle {
		styles = append(styles, s)
	}
	sort.Slice(styles, func(i, j int) bool {
		a, b := styles[i], styles[j]
		switch {
		case a.widthPx != b.widthPx:
			return a.widthPx < b.widthPx
		case a.minScale != b.minScale:
			return a.minScale < b.minScale
		}
		return rgbaKey(a.color) < rgbaKey(b.color)
	})
	layers := []lineLayer{streams, rivers, borders}
	for _, e := range edgeOrder {
		layers = append(layers, *zoneEdges[e])
	}
	type casingKey struct{ widthPx, minScale float64 }
	casing := map[casingKey]int{}
	for _, s := range styles {
		if s.widthPx < 2 {
			continue
		}
		k := casingKey{s.widthPx, s.minScale}
		i, ok := casing[k]
		if !ok {
			i = len(layers)
			casing[k] = i
			layers = append(layers, lineLayer{layer: LayerRoads, widthPx: s.widthPx + 1.5, color: roadCasing, minScale: s.minScale})
		}
		layers[i].geoms = append(layers[i].geoms, byStyle[s]...)
	}
	for _, s := range styles {
		layers = append(layers, lineLayer{layer: LayerRoads, widthPx: s.widthPx, color: s.color, minScale: s.minScale, geoms: byStyle[s]})
	}
	for i := range layers {
		sortByPlace(layers[i].geoms, t.Bounds, sortCellM)
	}
	return layers
}

// rgbaKey orders colours.
func rgbaKey(c color.RGBA) uint32 {
	return uint32(c.R)<<24 | uint32(c.G)<<16 | uint32(c.B)<<8 | uint32(c.A)
}

// Layers returns the layers shown.
func (v *MapView) Layers() Layers { return v.layers }

// SetLayers shows the layers of set l and hides the others.
func (v *MapView) SetLayers(l Layers) {
	if l == v.layers {
		return
	}
	v.layers = l
	v.paintBuildings()
	v.terrain.show(l.Has(LayerFlood), l.Has(LayerFire))
}

// Update paints the states of snapshot s: building colours, cut and closed roads,
// water and fire.
func (v *MapView) Update(s *sim.Snapshot) {
	residents := v.layers.Has(LayerResidents)
	for i, st := range s.Buildings {
		if i < len(v.states) && v.states[i] != st {
			v.states[i] = st
			v.raster.set(i, st)
			if residents {
				v.buildings.SetColor(v.spans[i], buildingColor(st))
			}
		}
	}
	if !slices.Equal(v.cutEdges, s.CutEdges) {
		v.cutEdges = append(v.cutEdges[:0], s.CutEdges...)
		v.cut.setGeoms(v.edgeGeoms(v.cut.geoms[:0], s.CutEdges))
	}
	if !slices.Equal(v.shutEdges, s.ClosedEdges) {
		v.shutEdges = append(v.shutEdges[:0], s.ClosedEdges...)
		v.closed.setGeoms(v.edgeGeoms(v.closed.geoms[:0], s.ClosedEdges))
	}
	if v.terrain.update(s) {
		v.still.ok = false // the hillshade came with the first grid
	}
}

// paintBuildings colours every footprint and raster cell as the residents layer says.
func (v *MapView) paintBuildings() {
	on := v.layers.Has(LayerResidents)
	for i, st := range v.states {
		if !on {
			st = sim.Uninhabited
		}
		v.buildings.SetColor(v.spans[i], buildingColor(st))
	}
	v.raster.showResidents(on)
}

// edgeGeoms appends the geometry of network edges to dst.
func (v *MapView) edgeGeoms(dst []orb.Geometry, edges []int) []orb.Geometry {
	n := v.town.Network
	for _, e := range edges {
		if e >= 0 && e < n.EdgeCount() {
			dst = append(dst, n.Edge(e).Geometry)
		}
	}
	return dst
}

// stillRestFrames is how many frames the camera must stay put to be at rest: a
// frame drawn between two moves, the display outpacing the input, is not a rest.
const stillRestFrames = 2

// Draw draws the map in camera c's viewport: the still part from the kept image,
// drawn again when the camera leaves it (ahead of the zoom when the camera zooms) or
// comes to rest off its pixels, sharp on the first frame and at rest, then the live
// part.
func (v *MapView) Draw(dst *ebiten.Image, c *Camera) {
	last := v.lastCam
	v.lastCam = *c
	v.rest++
	if *c != last {
		v.rest = 0
	}
	resting := v.rest >= stillRestFrames
	if !v.still.covers(c, v.layers) || resting && !v.still.exact(c) {
		scale, first := c.Scale, last.Scale == 0
		switch {
		case resting || first:
		case c.Scale > last.Scale:
			scale *= stillLead
		case c.Scale < last.Scale:
			scale /= stillLead
		}
		v.still.keep(c, scale, v.layers, resting || first, v.drawStill)
	}
	v.still.draw(dst, c)
	v.drawLive(dst, c)
}

// drawStill draws the ground, the areas, the hillshade and the lines of the layers
// shown: sharp, each line at c's level of detail; else at the nearest level made so
// far, for a moving camera that must not wait.
func (v *MapView) drawStill(dst *ebiten.Image, c *Camera, sharp bool) {
	fillRect(dst, c.Bounds(), colorBackground)
	v.ground.Draw(dst, c)
	if v.layers.Has(LayerVillages) {
		v.villages.Draw(dst, c)
	}
	if v.layers.Has(LayerHazardZones) {
		v.zones.Draw(dst, c)
	}
	if v.layers.Has(LayerTerrain) {
		v.terrain.drawShade(dst, c)
	}
	for i := range v.lines {
		l := &v.lines[i]
		switch {
		case !v.layers.Has(l.layer):
		case l.shownAt(c.Scale):
			l.drawAhead(dst, c, sharp)
		default:
			l.comingAt(c.Scale)
		}
	}
}

// drawLive draws water and fire, closed and cut roads, and the buildings.
func (v *MapView) drawLive(dst *ebiten.Image, c *Camera) {
	v.terrain.drawHazards(dst, c)
	if v.layers.Has(LayerRoads) {
		if len(v.closed.geoms) > 0 {
			v.closed.draw(dst, c)
		}
		if len(v.cut.geoms) > 0 {
			v.cut.draw(dst, c)
		}
	}
	switch {
	case !v.layers.Has(LayerBuildings):
	case c.Scale >= buildingMeshMinScale && v.buildings.VerticesShown(c) <= buildingMeshBudget:
		v.buildings.Draw(dst, c)
	default:
		v.raster.draw(dst, c)
	}
}
