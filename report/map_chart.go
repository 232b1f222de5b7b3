package report

import (
	"image/color"
	"slices"
	"strconv"

	"github.com/paulmach/orb"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
)

// mapLayer draws one layer of the town in its metres, all in one style: lines
// (roads, rivers), filled polygons (hazard zones) or points (buildings, shelters).
type mapLayer struct {
	lines    []orb.LineString
	polygons []orb.Ring
	points   []orb.Point
	line     draw.LineStyle
	fill     color.Color
	glyph    draw.GlyphStyle
}

// Plot draws the layer on the plot's canvas.
func (m *mapLayer) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	pt := func(p orb.Point) vg.Point { return vg.Point{X: trX(p[0]), Y: trY(p[1])} }
	for _, ring := range m.polygons {
		if len(ring) < 3 {
			continue
		}
		poly := make([]vg.Point, len(ring))
		for i, p := range ring {
			poly[i] = pt(p)
		}
		c.FillPolygon(m.fill, c.ClipPolygonXY(poly))
		if m.line.Width > 0 {
			c.StrokeLines(m.line, c.ClipLinesXY(poly)...)
		}
	}
	for _, ls := range m.lines {
		if len(ls) < 2 {
			continue
		}
		line := make([]vg.Point, len(ls))
		for i, p := range ls {
			line[i] = pt(p)
		}
		c.StrokeLines(m.line, c.ClipLinesXY(line)...)
	}
	for _, p := range m.points {
		if v := pt(p); c.Contains(v) {
			c.DrawGlyph(m.glyph, v)
		}
	}
}

// outerRings returns the outer ring of every polygon of mp.
func outerRings(mp orb.MultiPolygon) []orb.Ring {
	var rings []orb.Ring
	for _, p := range mp {
		if len(p) > 0 {
			rings = append(rings, p[0])
		}
	}
	return rings
}

// hazardZoneColor is the translucent fill of a hazard zone by hazard type.
func hazardZoneColor(hazard string) color.Color {
	switch scenarios.HazardType(hazard) {
	case scenarios.HazardFlood:
		return color.NRGBA{R: 30, G: 110, B: 230, A: 70}
	case scenarios.HazardFire:
		return color.NRGBA{R: 230, G: 80, B: 0, A: 70}
	}
	return color.NRGBA{R: 150, G: 90, B: 30, A: 80}
}

// shelterOccupancy returns how many evacuees each shelter had received by second t,
// from the sheltered events, by shelter name.
func (a assessed) shelterOccupancy(t int64) map[string]int {
	occ := map[string]int{}
	for i := range a.Events {
		e := &a.Events[i]
		if e.T > t {
			break
		}
		if e.Kind == scenarios.EventSheltered {
			occ[e.Shelter] += e.Count
		}
	}
	return occ
}

// mapChart draws the town at second t: roads and rivers, houses, the hazard zones,
// the roads cut at that moment in red, and each shelter with how many evacuees it
// holds. Cut roads are matched to the town's roads by name.
func (a assessed) mapChart(cs *chartStyle, l i18n.Language, town *maps.Town, t int64, name string) (Chart, error) {
	p := cs.newPlot(l.Pick("态势图 ", "Situation at ")+a.clock(t), "", "")
	p.HideAxes()
	water := &mapLayer{line: draw.LineStyle{Color: color.RGBA{R: 90, G: 160, B: 230, A: 255}, Width: vg.Points(1.2)}, fill: color.NRGBA{R: 90, G: 160, B: 230, A: 120}}
	for _, w := range town.Waterways {
		switch g := w.Geom.(type) {
		case orb.LineString:
			water.lines = append(water.lines, g)
		case orb.MultiLineString:
			water.lines = append(water.lines, g...)
		case orb.Polygon:
			water.polygons = append(water.polygons, outerRings(orb.MultiPolygon{g})...)
		case orb.MultiPolygon:
			water.polygons = append(water.polygons, outerRings(g)...)
		}
	}
	var zones []plot.Plotter
	for _, z := range town.HazardZones {
		zones = append(zones, &mapLayer{polygons: outerRings(z.Area), fill: hazardZoneColor(z.Hazard),
			line: draw.LineStyle{Color: hazardZoneColor(z.Hazard), Width: vg.Points(0.5)}})
	}
	roads := &mapLayer{line: draw.LineStyle{Color: color.Gray{Y: 150}, Width: vg.Points(0.5)}}
	cutRoads := &mapLayer{line: draw.LineStyle{Color: colorMissed, Width: vg.Points(2.5)}}
	var cutNames []string
	for _, c := range a.Outcome.CutAt(t) {
		cutNames = append(cutNames, c.Road)
	}
	for _, r := range town.Roads {
		if slices.Contains(cutNames, r.Name) {
			cutRoads.lines = append(cutRoads.lines, r.Line)
		} else {
			roads.lines = append(roads.lines, r.Line)
		}
	}
	houses := &mapLayer{glyph: draw.GlyphStyle{Color: color.Gray{Y: 90}, Radius: vg.Points(0.6), Shape: draw.BoxGlyph{}}}
	for _, b := range town.Buildings {
		houses.points = append(houses.points, b.Centroid)
	}
	shelters := &mapLayer{glyph: draw.GlyphStyle{Color: colorMet, Radius: vg.Points(4), Shape: draw.TriangleGlyph{}}}
	occ := a.shelterOccupancy(t)
	var labels plotter.XYLabels
	for _, s := range town.Shelters {
		shelters.points = append(shelters.points, s.Location)
		labels.XYs = append(labels.XYs, plotter.XY{X: s.Location[0], Y: s.Location[1]})
		labels.Labels = append(labels.Labels, shelterLabel(s, occ[s.Name]))
	}
	p.Add(zones...)
	p.Add(water, roads, houses, cutRoads, shelters)
	if len(labels.Labels) > 0 {
		lb, err := plotter.NewLabels(labels)
		if err != nil {
			return Chart{}, err
		}
		for i := range lb.TextStyle {
			cs.text(&lb.TextStyle[i], 7)
		}
		lb.Offset = vg.Point{X: vg.Points(5), Y: vg.Points(-3)}
		p.Add(lb)
	}
	bound := town.Core
	if bound.IsEmpty() {
		bound = town.Bounds
	}
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = bound.Min[0], bound.Max[0], bound.Min[1], bound.Max[1]
	width := 17 * vg.Centimeter
	height := width
	if dx := bound.Max[0] - bound.Min[0]; dx > 0 {
		height = vg.Length(min(1.3, max(0.4, (bound.Max[1]-bound.Min[1])/dx))) * width
	}
	p.Legend.Top = true
	p.Legend.Add(l.Pick("中断道路", "cut road"), cutRoads)
	p.Legend.Add(l.Pick("安置点（已安置人数/容量）", "shelter (sheltered/capacity)"), shelters)
	png, err := renderPNG(p, width, height)
	return Chart{Name: name, Title: p.Title.Text, PNG: png}, err
}

// shelterLabel names a shelter with its evacuees and capacity.
func shelterLabel(s maps.Shelter, n int) string {
	if s.Capacity > 0 {
		return s.Name + " " + strconv.Itoa(n) + "/" + strconv.Itoa(s.Capacity)
	}
	return s.Name + " " + strconv.Itoa(n)
}

// Thumbnail implements plot.Thumbnailer so a layer can stand in the legend.
func (m *mapLayer) Thumbnail(c *draw.Canvas) {
	mid := (c.Min.Y + c.Max.Y) / 2
	if m.line.Width > 0 && m.glyph.Shape == nil {
		c.StrokeLine2(m.line, c.Min.X, mid, c.Max.X, mid)
		return
	}
	c.DrawGlyph(m.glyph, vg.Point{X: (c.Min.X + c.Max.X) / 2, Y: mid})
}
