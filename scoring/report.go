package scoring

import (
	"fmt"

	"drillsim/maps"
)

// Report is the after-action report (演练评估报告) of a drill, laid out and with its
// charts drawn, ready to write as HTML or PDF.
type Report struct {
	Assessment *Assessment
	Lang       Lang
	// Charts are the figures: the requirement timeline, the response times against
	// the time allowed, the residents by state, and the map at key moments.
	Charts []Chart
	doc    reportDoc
}

// NewReport draws the charts of the report of a in lang, the map snapshots on town
// (the map the drill ran on). It needs the CJK font (see cjkFont).
func NewReport(a *Assessment, town *maps.Town, lang Lang) (*Report, error) {
	cs, err := newChartStyle()
	if err != nil {
		return nil, err
	}
	r := &Report{Assessment: a, Lang: lang}
	for _, draw := range []func(*chartStyle, Lang) (Chart, error){a.timelineChart, a.responseChart, a.peopleChart} {
		c, err := draw(cs, lang)
		if err != nil {
			return nil, fmt.Errorf("cannot draw a chart: %w", err)
		}
		r.Charts = append(r.Charts, c)
	}
	for i, t := range a.keyMoments() {
		c, err := a.mapChart(cs, lang, town, t, fmt.Sprintf("map-%d.png", i+1))
		if err != nil {
			return nil, fmt.Errorf("cannot draw the map: %w", err)
		}
		r.Charts = append(r.Charts, c)
	}
	r.doc = a.reportDocOf(lang, r.Charts)
	return r, nil
}

// keyMoments are the moments the map is drawn at: when the most people were in
// danger (or, when nobody was, when the most roads were cut), and the end.
func (a *Assessment) keyMoments() []int64 {
	end := a.EndS()
	peak := int64(-1)
	if a.Outcome.PeakInDanger > 0 {
		peak = a.Outcome.PeakInDangerS
	} else {
		most := 0
		for _, c := range a.Outcome.Cuts {
			if n := len(a.Outcome.CutAt(c.CutS)); n > most {
				most, peak = n, c.CutS
			}
		}
	}
	if peak < 0 || peak == end {
		return []int64{end}
	}
	return []int64{peak, end}
}
