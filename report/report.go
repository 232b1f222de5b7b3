// Package report renders a drill's assessment: the after-action report (演练评估报告)
// as self-contained HTML or PDF with its charts and map snapshots, the tables as XLSX,
// CSV or JSON, and the terminal tables of drillsim score and run. It is the only
// package that draws charts (gonum/plot) or writes PDF (fpdf); grading itself is
// scoring's.
package report

import (
	"fmt"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/scoring"
)

// Report is the after-action report (演练评估报告) of a drill, laid out and with its
// charts drawn, ready to write as HTML or PDF.
type Report struct {
	Assessment *scoring.Assessment
	Lang       i18n.Language
	// Charts are the figures: the requirement timeline, the response times against
	// the time allowed, the residents by state, and the map at key moments.
	Charts []Chart
	// Villages are the assessments of the villages the hazards threaten, each on its
	// own duties (scoring.AssessSeat), for the report's table by village.
	Villages []scoring.Assessment
	doc      reportDoc
}

// New draws the charts of the report of assessment in lang, the map snapshots on
// town (the map the drill ran on). It needs the CJK font (see cjkFont).
func New(assessment *scoring.Assessment, town *maps.Town, lang i18n.Language) (*Report, error) {
	cs, err := newChartStyle()
	if err != nil {
		return nil, err
	}
	a := assessed{assessment}
	r := &Report{Assessment: assessment, Lang: lang}
	for _, draw := range []func(*chartStyle, i18n.Language) (Chart, error){a.timelineChart, a.responseChart, a.peopleChart} {
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
	r.Villages = assessment.AssessVillages(scenarios.NewPlaces(town))
	r.doc = a.reportDocOf(lang, r.Charts, r.Villages)
	return r, nil
}

// keyMoments are the moments the map is drawn at: when the most people were in
// danger (or, when nobody was, when the most roads were cut), and the end.
func (a assessed) keyMoments() []int64 {
	end := a.EndS()
	peak := int64(-1)
	if a.Outcome.PeakInDanger > 0 {
		peak = a.Outcome.PeakInDangerS
	} else {
		_, peak = a.Outcome.MostCut()
	}
	if peak < 0 || peak == end {
		return []int64{end}
	}
	return []int64{peak, end}
}

// assessed is an assessment as the report lays it out: the figures, tables and lines
// of the report are its methods.
type assessed struct{ *scoring.Assessment }
