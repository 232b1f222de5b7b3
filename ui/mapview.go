package ui

import (
	"image/color"
	"math"
	"slices"
	"sort"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/paulmach/orb"

	"drillsim/maps"
	"drillsim/sim"
)

// MapView draws a Town and the snapshots of its drill: areas and buildings filled once
// into meshes, lines stroked again only when the zoom changes enough to matter, and
// the snapshot's states painted over them.
type MapView struct {
	town    *maps.Town
	terrain TerrainLayer

	areas     Mesh // landcover, villages, water, hazard zones
	buildings Mesh
	spans     []Span // per building, its vertices in buildings
	states    []sim.BuildingState

	lines      []lineLayer
	cut        lineLayer
	closed     lineLayer
	lineBucket int // the zoom bucket the line meshes were stroked for
	cutEdges   []int
	shutEdges  []int
}

// lineLayer is lines of one width and colour.
type lineLayer struct {
	widthPx float64
	color   color.RGBA
	geoms   []orb.Geometry
	mesh    Mesh
}

// noBucket marks line meshes not stroked yet.
const noBucket = math.MinInt32

// NewMapView prepares the drawing of town t.
func NewMapView(t *maps.Town) *MapView {
	v := &MapView{town: t, lineBucket: noBucket}
	fill := func(g orb.Geometry, c color.RGBA) { v.areas.AddArea(g, c) }
	for _, lc := range t.Landcover {
		c := colorLandcover
		if lc.Fuel == "farmland" || lc.Fuel == "grass" {
			c = colorFarmland
		}
		fill(lc.Area, c)
	}
	for _, vl := range t.Villages {
		fill(vl.Area, colorVillageFill)
	}
	for _, w := range t.Waterways {
		if w.Kind == maps.KindWater {
			fill(w.Geom, colorWater)
		}
	}
	for _, z := range t.HazardZones {
		c, ok := hazardZoneColors[z.Hazard]
		if !ok {
			c = colorHazardZoneOther
		}
		fill(z.Area, c)
	}
	v.spans = make([]Span, len(t.Buildings))
	v.states = make([]sim.BuildingState, len(t.Buildings))
	for i, b := range t.Buildings {
		v.spans[i] = v.buildings.AddArea(b.Footprint, buildingColor(sim.Uninhabited))
	}
	v.lines = v.lineLayers()
	v.cut = lineLayer{widthPx: 4, color: colorCut}
	v.closed = lineLayer{widthPx: 4, color: colorClosed}
	return v
}

// lineLayers groups the town's lines into layers, drawn in order: rivers, village
// borders, road casings, then roads from the thinnest class to the widest.
func (v *MapView) lineLayers() []lineLayer {
	t := v.town
	rivers := lineLayer{widthPx: 3, color: colorRiver}
	streams := lineLayer{widthPx: 1.5, color: colorRiver}
	for _, w := range t.Waterways {
		switch w.Kind {
		case maps.KindRiver:
			rivers.geoms = append(rivers.geoms, w.Geom)
		case maps.KindStream:
			streams.geoms = append(streams.geoms, w.Geom)
		}
	}
	borders := lineLayer{widthPx: 1.2, color: colorVillageEdge}
	for _, vl := range t.Villages {
		borders.geoms = append(borders.geoms, vl.Area)
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
		if a.widthPx != b.widthPx {
			return a.widthPx < b.widthPx
		}
		return rgbaKey(a.color) < rgbaKey(b.color)
	})
	layers := []lineLayer{streams, rivers, borders}
	casing := map[float64]*lineLayer{}
	var casings []*lineLayer
	for _, s := range styles {
		if s.widthPx < 2 {
			continue
		}
		c := casing[s.widthPx]
		if c == nil {
			c = &lineLayer{widthPx: s.widthPx + 1.5, color: roadCasing}
			casing[s.widthPx] = c
			casings = append(casings, c)
		}
		c.geoms = append(c.geoms, byStyle[s]...)
	}
	for _, c := range casings {
		layers = append(layers, *c)
	}
	for _, s := range styles {
		layers = append(layers, lineLayer{widthPx: s.widthPx, color: s.color, geoms: byStyle[s]})
	}
	return layers
}

// rgbaKey orders colours.
func rgbaKey(c color.RGBA) uint32 {
	return uint32(c.R)<<24 | uint32(c.G)<<16 | uint32(c.B)<<8 | uint32(c.A)
}

// lineBucketOf is the zoom bucket of scale s: lines are stroked again when the scale
// moves by half a doubling, so widths on screen stay within 20% of their style.
func lineBucketOf(s float64) int { return int(math.Round(math.Log2(s) * 2)) }

// stroke triangulates l at a width of widthPx pixels at the scale of bucket.
func (l *lineLayer) stroke(bucket int) {
	if bucket == noBucket {
		return
	}
	scale := math.Exp2(float64(bucket) / 2)
	l.mesh.Reset()
	l.mesh.Stroke = &vector.StrokeOptions{Width: float32(l.widthPx / scale), LineJoin: vector.LineJoinBevel}
	// Lines go into the mesh a few thousand points at a time: one path per line
	// would allocate for each, one path for all would overflow a batch.
	const pointsPerPath = 4000
	var p vector.Path
	points := 0
	for _, g := range l.geoms {
		geometryPath(&p, g)
		points += pointCount(g)
		if points >= pointsPerPath {
			l.mesh.AddPath(&p, l.color)
			p, points = vector.Path{}, 0
		}
	}
	if points > 0 {
		l.mesh.AddPath(&p, l.color)
	}
}

// pointCount is how many points the lines and rings of g have.
func pointCount(g orb.Geometry) int {
	switch g := g.(type) {
	case orb.LineString:
		return len(g)
	case orb.Ring:
		return len(g)
	case orb.MultiLineString:
		n := 0
		for _, l := range g {
			n += len(l)
		}
		return n
	case orb.Polygon:
		n := 0
		for _, r := range g {
			n += len(r)
		}
		return n
	case orb.MultiPolygon:
		n := 0
		for _, p := range g {
			n += pointCount(p)
		}
		return n
	}
	return 0
}

// Update paints the states of snapshot s: building colours, cut and closed roads,
// water and fire.
func (v *MapView) Update(s *sim.Snapshot) {
	for i, st := range s.Buildings {
		if i < len(v.states) && v.states[i] != st {
			v.states[i] = st
			v.buildings.SetColor(v.spans[i], buildingColor(st))
		}
	}
	if !slices.Equal(v.cutEdges, s.CutEdges) {
		v.cutEdges = append(v.cutEdges[:0], s.CutEdges...)
		v.cut.geoms = v.edgeGeoms(v.cut.geoms[:0], s.CutEdges)
		v.cut.stroke(v.lineBucket)
	}
	if !slices.Equal(v.shutEdges, s.ClosedEdges) {
		v.shutEdges = append(v.shutEdges[:0], s.ClosedEdges...)
		v.closed.geoms = v.edgeGeoms(v.closed.geoms[:0], s.ClosedEdges)
		v.closed.stroke(v.lineBucket)
	}
	v.terrain.update(s)
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

// Draw draws the map as camera c sees it.
func (v *MapView) Draw(dst *ebiten.Image, c *Camera) {
	if b := lineBucketOf(c.Scale); b != v.lineBucket {
		v.lineBucket = b
		for i := range v.lines {
			v.lines[i].stroke(b)
		}
		v.cut.stroke(b)
		v.closed.stroke(b)
	}
	v.areas.Draw(dst, c)
	v.terrain.drawShade(dst, c)
	v.terrain.drawHazards(dst, c)
	for i := range v.lines {
		v.lines[i].mesh.Draw(dst, c)
	}
	v.closed.mesh.Draw(dst, c)
	v.cut.mesh.Draw(dst, c)
	v.buildings.Draw(dst, c)
}
