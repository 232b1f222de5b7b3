package scenarios

// RainRate is the rainfall intensity from At until the next entry of the series.
type RainRate struct {
	At     At      `yaml:"at"`
	MMPerH float64 `yaml:"mm_per_h"`
}

// WindState is the wind from At until the next entry of the series.
type WindState struct {
	At      At      `yaml:"at"`
	SpeedMS float64 `yaml:"speed_ms"`
	// FromDeg is the direction the wind blows from, degrees clockwise from north.
	FromDeg float64 `yaml:"from_deg"`
}

// Weather is the scripted weather: step series, each value holding until the next
// entry; before the first entry there is no rain and no wind.
type Weather struct {
	Rain []RainRate  `yaml:"rain,omitempty"`
	Wind []WindState `yaml:"wind,omitempty"`
}

// RainAt returns the rainfall intensity in mm/h at moment t.
func (w Weather) RainAt(t At) float64 {
	rate := 0.0
	for _, r := range w.Rain {
		if r.At > t {
			break
		}
		rate = r.MMPerH
	}
	return rate
}

// WindAt returns the wind at moment t (zero before the first entry).
func (w Weather) WindAt(t At) WindState {
	var ws WindState
	for _, s := range w.Wind {
		if s.At > t {
			break
		}
		ws = s
	}
	ws.At = t
	return ws
}

// RainfallMM returns the rain in millimetres that falls from moment from to moment to
// (zero when to <= from). The series must be in time order, as Validate checks.
func (w Weather) RainfallMM(from, to At) float64 {
	total := 0.0
	for i, r := range w.Rain {
		end := to
		if i+1 < len(w.Rain) && w.Rain[i+1].At < end {
			end = w.Rain[i+1].At
		}
		begin := max(r.At, from)
		if end > begin {
			total += r.MMPerH * float64(end-begin) / 3600
		}
	}
	return total
}
