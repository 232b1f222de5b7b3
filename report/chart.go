package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"

	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"drillsim/i18n"
	"drillsim/scoring"
)

// Chart is one figure of a report: a title and its PNG image.
type Chart struct {
	Name  string // a file name for the figure, such as "timeline.png"
	Title string
	PNG   []byte
}

// chartTypeface names the CJK font in chart font caches.
const chartTypeface = "WenQuanYi Micro Hei"

// chartStyle draws chart text with the CJK font, without touching gonum/plot's
// global defaults.
type chartStyle struct {
	font    font.Font
	handler text.Handler
}

// newChartStyle loads the CJK font for charts.
func newChartStyle() (*chartStyle, error) {
	ttf, err := cjkFont()
	if err != nil {
		return nil, err
	}
	face, err := opentype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("the CJK font: %w", err)
	}
	f := font.Font{Typeface: chartTypeface}
	return &chartStyle{font: f, handler: text.Plain{Fonts: font.NewCache(font.Collection{{Font: f, Face: face}})}}, nil
}

// text restyles st to draw with the CJK font at size (its own size when 0).
func (cs *chartStyle) text(st *text.Style, size vg.Length) {
	if size == 0 {
		size = st.Font.Size
	}
	st.Font = font.From(cs.font, size)
	st.Handler = cs.handler
}

// newPlot returns a plot with a title and axis labels, every text in the CJK font.
func (cs *chartStyle) newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.TextHandler = cs.handler
	p.Title.Text, p.X.Label.Text, p.Y.Label.Text = title, xLabel, yLabel
	cs.text(&p.Title.TextStyle, 13)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		cs.text(&ax.Label.TextStyle, 10)
		cs.text(&ax.Tick.Label, 9)
	}
	cs.text(&p.Legend.TextStyle, 9)
	return p
}

// png renders p as a PNG of w by h centimetres at 120 dots per inch.
func renderPNG(p *plot.Plot, w, h vg.Length) ([]byte, error) {
	c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(120))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// chart colours.
var (
	colorMet     = color.RGBA{R: 46, G: 139, B: 87, A: 255}
	colorLate    = color.RGBA{R: 220, G: 120, B: 0, A: 255}
	colorMissed  = color.RGBA{R: 200, G: 30, B: 30, A: 255}
	colorAllowed = color.RGBA{R: 150, G: 150, B: 150, A: 255}
)

// rowColor is the colour of a requirement's result.
func rowColor(r scoring.RequirementScore) color.Color {
	switch {
	case r.Met:
		return colorMet
	case r.Stopped:
		return colorLate
	}
	return colorMissed
}

// clockTicks marks a time axis in scenario seconds with the drill's own clock
// times every whole hour (or every few hours on long drills).
type clockTicks struct{ a assessed }

// Ticks returns the hour marks between min and max.
func (ct clockTicks) Ticks(min, max float64) []plot.Tick {
	step := 3600.0
	for (max-min)/step > 10 {
		step *= 2
	}
	var ticks []plot.Tick
	for t := math.Ceil(min/step) * step; t <= max; t += step {
		ticks = append(ticks, plot.Tick{Value: t, Label: ct.a.clock(int64(t))})
	}
	return ticks
}

// timelineChart draws each applicable requirement's window as a bar from its start
// to its stop (or to the end of the drill when never done), coloured by result, with
// a mark at its deadline.
func (a assessed) timelineChart(cs *chartStyle, l i18n.Language) (Chart, error) {
	p := cs.newPlot(l.Pick("预案要求时间线（竖线为时限）", "Requirement windows (ticks mark the deadlines)"), l.Pick("时间", "Time"), l.Pick("条款", "Clause"))
	var names []string
	row := 0
	for _, r := range a.Scorecard.Rows {
		if !r.Applicable {
			continue
		}
		y := float64(row)
		stop := a.EndS()
		if r.Stopped {
			stop = r.StopS
		}
		if stop == r.StartS {
			stop = r.StartS + 60 // a response at once still shows
		}
		bar, err := plotter.NewLine(plotter.XYs{{X: float64(r.StartS), Y: y}, {X: float64(stop), Y: y}})
		if err != nil {
			return Chart{}, err
		}
		bar.Color, bar.Width = rowColor(r), vg.Points(7)
		deadline, err := plotter.NewLine(plotter.XYs{{X: float64(r.StartS + r.AllowedS), Y: y - 0.35}, {X: float64(r.StartS + r.AllowedS), Y: y + 0.35}})
		if err != nil {
			return Chart{}, err
		}
		deadline.Width = vg.Points(1.5)
		p.Add(bar, deadline)
		names = append(names, r.Requirement.Clause)
		row++
	}
	if len(names) == 0 {
		names = []string{"--"} // no requirement applied: an empty chart, not a panic
	}
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -1, float64(len(names))
	p.X.Min, p.X.Max = 0, float64(a.EndS())
	p.X.Tick.Marker = clockTicks{a}
	p.Add(plotter.NewGrid())
	png, err := renderPNG(p, 17*vg.Centimeter, vg.Length(3+0.6*float64(len(names)))*vg.Centimeter)
	return Chart{Name: "timeline.png", Title: p.Title.Text, PNG: png}, err
}

// responseChart draws, for each applicable requirement, its response time in minutes
// beside the time allowed; a duty never done is drawn to the end of the drill.
func (a assessed) responseChart(cs *chartStyle, l i18n.Language) (Chart, error) {
	p := cs.newPlot(l.Pick("响应用时与限时（分钟）", "Response time against time allowed (minutes)"), l.Pick("条款", "Clause"), l.Pick("分钟", "Minutes"))
	var took, allowed plotter.Values
	var names []string
	var colors []color.Color
	for _, r := range a.Scorecard.Rows {
		if !r.Applicable {
			continue
		}
		resp := r.ResponseS
		if !r.Stopped {
			resp = a.EndS() - r.StartS
		}
		took = append(took, float64(resp)/60)
		allowed = append(allowed, float64(r.AllowedS)/60)
		names = append(names, r.Requirement.Clause)
		colors = append(colors, rowColor(r))
	}
	if len(names) == 0 {
		took, allowed, names, colors = plotter.Values{0}, plotter.Values{0}, []string{"--"}, []color.Color{colorMet}
	}
	w := vg.Points(9)
	allowedBars, err := plotter.NewBarChart(allowed, w)
	if err != nil {
		return Chart{}, err
	}
	allowedBars.Color, allowedBars.LineStyle.Width, allowedBars.Offset = colorAllowed, 0, -w/2
	tookBars := make([]*plotter.BarChart, len(took))
	for i := range took {
		v := make(plotter.Values, len(took))
		v[i] = took[i]
		if tookBars[i], err = plotter.NewBarChart(v, w); err != nil {
			return Chart{}, err
		}
		tookBars[i].Color, tookBars[i].LineStyle.Width, tookBars[i].Offset = colors[i], 0, w/2
		p.Add(tookBars[i])
	}
	p.Add(allowedBars)
	p.Legend.Add(l.Pick("限时", "allowed"), allowedBars)
	p.Legend.Add(l.Pick("实际用时", "took"), tookBars[0])
	p.Legend.Top = true
	p.NominalX(names...)
	p.Y.Min = 0
	png, err := renderPNG(p, 17*vg.Centimeter, 8*vg.Centimeter)
	return Chart{Name: "response.png", Title: p.Title.Text, PNG: png}, err
}

// peopleChart draws the residents by state over time, from the status events.
func (a assessed) peopleChart(cs *chartStyle, l i18n.Language) (Chart, error) {
	p := cs.newPlot(l.Pick("群众状态随时间变化", "Residents by state over time"), l.Pick("时间", "Time"), l.Pick("人数", "People"))
	series := []struct {
		label i18n.Text
		c     color.Color
		of    func(sp scoring.StatusPoint) int
	}{
		{i18n.TextUnwarned, color.RGBA{R: 120, G: 120, B: 120, A: 255}, func(sp scoring.StatusPoint) int { return sp.Counts.Unwarned }},
		{i18n.TextWarned, color.RGBA{R: 230, G: 160, B: 0, A: 255}, func(sp scoring.StatusPoint) int { return sp.Counts.Warned }},
		{i18n.TextMoving, color.RGBA{R: 40, G: 110, B: 220, A: 255}, func(sp scoring.StatusPoint) int { return sp.Counts.Moving }},
		{i18n.TextSheltered, colorMet, func(sp scoring.StatusPoint) int { return sp.Counts.Sheltered }},
		{i18n.TextInDanger, colorMissed, func(sp scoring.StatusPoint) int { return sp.Counts.InDanger }},
	}
	for _, s := range series {
		xys := make(plotter.XYs, len(a.Outcome.Series))
		for i, sp := range a.Outcome.Series {
			xys[i] = plotter.XY{X: float64(sp.T), Y: float64(s.of(sp))}
		}
		if len(xys) == 0 {
			continue
		}
		line, err := plotter.NewLine(xys)
		if err != nil {
			return Chart{}, err
		}
		line.Color, line.Width = s.c, vg.Points(1.5)
		p.Add(line)
		p.Legend.Add(s.label.In(l), line)
	}
	p.Legend.Top = true
	p.X.Min, p.X.Max = 0, float64(a.EndS())
	p.Y.Min = 0
	p.X.Tick.Marker = clockTicks{a}
	p.Add(plotter.NewGrid())
	png, err := renderPNG(p, 17*vg.Centimeter, 8*vg.Centimeter)
	return Chart{Name: "people.png", Title: p.Title.Text, PNG: png}, err
}
