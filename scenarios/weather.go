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

// FireDanger is the fuel moisture of the Canadian Forest Fire Weather Index System from
// At until the next entry of the series: the Fine Fuel Moisture Code (0-101) and the
// Buildup Index (≥ 0) a fire's rate of spread depends on.
type FireDanger struct {
	At   At      `yaml:"at"`
	FFMC float64 `yaml:"ffmc"`
	BUI  float64 `yaml:"bui"`
}

// Weather is the scripted weather: step series, each value holding until the next
// entry; before the first entry there is no rain and no wind, and the fire model's
// default fuel moisture. (The fire weather's fields are left out of the scenario's JSON,
// and so of its hash, when unset.)
type Weather struct {
	Rain       []RainRate   `yaml:"rain,omitempty"`
	Wind       []WindState  `yaml:"wind,omitempty"`
	FireDanger []FireDanger `yaml:"fire_danger,omitempty" json:"FireDanger,omitempty"`
	// Hourly is a CFFDRS hourly weather file (CSV, relative to the scenario file: WS in
	// km/h and WD in degrees from, optionally FFMC and BUI, one row an hour from the
	// start; see ReadHourlyWeather), read into Wind and FireDanger in place of writing
	// them.
	Hourly string `yaml:"hourly,omitempty" json:"Hourly,omitempty"`
	// FoliarMoisture is the foliar moisture content of conifers in % (crowning); 0 takes
	// the fire model's default.
	FoliarMoisture float64 `yaml:"foliar_moisture,omitempty" json:"FoliarMoisture,omitempty"`
	// GrassCuring is the percent of the grass that is dead and dry; 0 takes the fire
	// model's default.
	GrassCuring float64 `yaml:"grass_curing,omitempty" json:"GrassCuring,omitempty"`
	// GreenUp says the deciduous trees are in leaf (summer): mixed and broadleaf forests
	// burn as the FBP System's green types, not its leafless ones.
	GreenUp bool `yaml:"green_up,omitempty" json:"GreenUp,omitempty"`
}

// FireDangerAt returns the fuel moisture codes at moment t, and false before the first
// entry (or with none).
func (w Weather) FireDangerAt(t At) (FireDanger, bool) {
	var fd FireDanger
	ok := false
	for _, d := range w.FireDanger {
		if d.At > t {
			break
		}
		fd, ok = d, true
	}
	fd.At = t
	return fd, ok
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

// checkFireDanger checks the fuel moisture series and the season's figures.
func (v *validator) checkFireDanger() {
	w := v.s.Weather
	times := make([]At, len(w.FireDanger))
	for i, d := range w.FireDanger {
		times[i] = d.At
		p := pathIndex("$.weather.fire_danger", i)
		if !(d.FFMC >= 0 && d.FFMC <= 101) {
			v.add(p+".ffmc", "FFMC %g is outside 0-101", d.FFMC)
		}
		if !(d.BUI >= 0 && d.BUI <= 1000) {
			v.add(p+".bui", "BUI %g is outside 0-1000", d.BUI)
		}
	}
	v.checkSeries("$.weather.fire_danger", times)
	if !(w.FoliarMoisture >= 0 && w.FoliarMoisture <= 300) {
		v.add("$.weather.foliar_moisture", "foliar moisture %g %% is outside 0-300 (0 takes the default)", w.FoliarMoisture)
	}
	if !(w.GrassCuring >= 0 && w.GrassCuring <= 100) {
		v.add("$.weather.grass_curing", "grass curing %g %% is outside 0-100 (0 takes the default)", w.GrassCuring)
	}
}
