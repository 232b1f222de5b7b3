package hazard

import "fmt"

// RainPoint is one point of a rainfall series: from time T (seconds since the scenario
// start) the rain falls at MMPerHour until the next point.
type RainPoint struct {
	T         int64
	MMPerHour float64
}

// Rainfall is a scripted rainfall series, piecewise constant: no rain before the first
// point, each point's intensity until the next point, and the last point's intensity
// from then on (end a storm with a point of 0 mm/h). Scenarios use it for landslide
// triggers and to tell participants how hard it rains.
type Rainfall struct {
	points []RainPoint
	// fallen[i] is the rain in mm fallen from the first point up to point i.
	fallen []float64
}

// NewRainfall returns the rainfall series through points, which it copies. It returns an
// error naming the point when there are none, when a time does not strictly increase or
// when an intensity is negative or not a finite number.
func NewRainfall(points []RainPoint) (*Rainfall, error) {
	err := checkSeries("rainfall", len(points),
		func(i int) int64 { return points[i].T },
		func(i int) float64 { return points[i].MMPerHour })
	if err != nil {
		return nil, err
	}
	fallen := make([]float64, len(points))
	for i, p := range points {
		if p.MMPerHour < 0 {
			return nil, fmt.Errorf("hazard: rainfall point %d has %v mm/h; intensities cannot be negative", i, p.MMPerHour)
		}
		if i > 0 {
			prev := points[i-1]
			fallen[i] = fallen[i-1] + prev.MMPerHour*float64(p.T-prev.T)/3600
		}
	}
	return &Rainfall{points: append([]RainPoint(nil), points...), fallen: fallen}, nil
}

// At returns the intensity in mm/h at time t.
func (r *Rainfall) At(t int64) float64 {
	i := r.segment(t)
	if i < 0 {
		return 0
	}
	return r.points[i].MMPerHour
}

// Total returns the rain in mm fallen from the start of the series up to time t.
func (r *Rainfall) Total(t int64) float64 {
	i := r.segment(t)
	if i < 0 {
		return 0
	}
	p := r.points[i]
	return r.fallen[i] + p.MMPerHour*float64(t-p.T)/3600
}

// Between returns the rain in mm fallen from time from to time to (0 when to is not
// after from).
func (r *Rainfall) Between(from, to int64) float64 {
	if to <= from {
		return 0
	}
	return r.Total(to) - r.Total(from)
}

// segment returns the index of the point in force at t, -1 before the first.
func (r *Rainfall) segment(t int64) int {
	p := r.points
	return segmentAt(len(p), t, func(i int) int64 { return p[i].T })
}
