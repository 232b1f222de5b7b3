package hazard

// StagePoint is one point of a hydrograph: the river's rise above its normal level, in
// metres, at a time in seconds since the scenario start.
type StagePoint struct {
	T    int64
	Rise float64
}

// Hydrograph is a scripted river stage over time: piecewise linear between its points,
// level before the first point and after the last. It drives Flood.SetStage.
type Hydrograph struct {
	points []StagePoint
}

// NewHydrograph returns the hydrograph through points, which it copies. It returns an
// error naming the point when there are none, when a time does not strictly increase or
// when a rise is not a finite number.
func NewHydrograph(points []StagePoint) (*Hydrograph, error) {
	err := checkSeries("hydrograph", len(points),
		func(i int) int64 { return points[i].T },
		func(i int) float64 { return points[i].Rise })
	if err != nil {
		return nil, err
	}
	return &Hydrograph{points: append([]StagePoint(nil), points...)}, nil
}

// At returns the rise in metres at time t (seconds since the scenario start),
// interpolated linearly between the points around t.
func (h *Hydrograph) At(t int64) float64 {
	p := h.points
	i := segmentAt(len(p), t, func(i int) int64 { return p[i].T })
	switch {
	case i < 0:
		return p[0].Rise
	case i == len(p)-1:
		return p[i].Rise
	}
	a, b := p[i], p[i+1]
	frac := float64(t-a.T) / float64(b.T-a.T)
	return a.Rise + frac*(b.Rise-a.Rise)
}

// Points returns a copy of the hydrograph's points.
func (h *Hydrograph) Points() []StagePoint { return append([]StagePoint(nil), h.points...) }
