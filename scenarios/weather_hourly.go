package scenarios

import (
	"fmt"
	"io/fs"
	"math"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// HourlyWeather is one hour of a fire weather file.
type HourlyWeather struct {
	// WindKmh is the 10-m open wind speed in km/h, WindFromDeg the direction it blows
	// from in degrees clockwise from north.
	WindKmh, WindFromDeg float64
	// FFMC and BUI are the hour's Fine Fuel Moisture Code and Buildup Index; HasFFMC and
	// HasBUI say whether the file gives them (an hour without one keeps the last hour's).
	FFMC, BUI       float64
	HasFFMC, HasBUI bool
}

// ReadHourlyWeather reads a fire weather file in the Canadian Forest Fire Danger Rating
// System's CSV layout (as the FWI System's calculators and fire growth models write
// it): a header row naming the columns, then one row an hour. It takes the columns WS
// (10-m wind speed, km/h) and WD (the direction the wind blows from, degrees), and, when
// present, FFMC and BUI; column names are matched without regard to case and others
// (date, HOUR, TEMP, RH, ISI ...) are ignored. An empty FFMC or BUI cell keeps the
// hour before's value. Errors name the file, the line and the column, and say what to
// write.
func ReadHourlyWeather(data []byte, source string) ([]HourlyWeather, error) {
	records, lines, err := CSVRecords(data, source)
	if err != nil {
		return nil, err
	}
	if len(records) == 0 {
		return nil, fmt.Errorf("%s: the file is empty; write a header row with WS and WD, then a row an hour", source)
	}
	header := records[0]
	col := map[string]int{}
	for i, name := range header {
		key := strings.ToUpper(strings.TrimSpace(name))
		if _, seen := col[key]; !seen {
			col[key] = i
		}
	}
	for _, need := range []string{"WS", "WD"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s:%d: no %s column; the header needs WS (wind speed, km/h) and WD (wind direction, degrees from), and may add FFMC and BUI", source, lines[0], need)
		}
	}
	var hours []HourlyWeather
	var last HourlyWeather
	for k, rec := range records[1:] {
		if blankRow(rec) {
			continue
		}
		h := HourlyWeather{FFMC: last.FFMC, BUI: last.BUI, HasFFMC: last.HasFFMC, HasBUI: last.HasBUI}
		for _, f := range []struct {
			name     string
			into     *float64
			has      *bool
			min, max float64
		}{
			{"WS", &h.WindKmh, nil, 0, 400},
			{"WD", &h.WindFromDeg, nil, 0, 360},
			{"FFMC", &h.FFMC, &h.HasFFMC, 0, 101},
			{"BUI", &h.BUI, &h.HasBUI, 0, 1000},
		} {
			i, ok := col[f.name]
			if !ok {
				continue
			}
			cell := ""
			if i < len(rec) {
				cell = strings.TrimSpace(rec[i])
			}
			if cell == "" && f.has != nil {
				continue
			}
			v, err := strconv.ParseFloat(cell, 64)
			if err != nil || math.IsNaN(v) || v < f.min || v > f.max {
				return nil, fmt.Errorf("%s:%d: %s is %q; write a number from %g to %g", source, lines[k+1], header[i], cell, f.min, f.max)
			}
			*f.into = v
			if f.has != nil {
				*f.has = true
			}
		}
		hours = append(hours, h)
		last = h
	}
	if len(hours) == 0 {
		return nil, fmt.Errorf("%s: no hours below the header; write a row an hour", source)
	}
	return hours, nil
}

// readHourly fills the wind and fuel moisture series from the Hourly file: hour h holds
// from h hours after the start. A scenario gives its wind and fuel moisture either
// there or written out, not both.
func (s *Scenario) readHourly() error {
	w := &s.Weather
	if len(w.Wind) > 0 || len(w.FireDanger) > 0 {
		return &Problem{Pos: s.pos.Of("$.weather.hourly"), Msg: "weather gives both an hourly file and wind or fire_danger entries; give one or the other"}
	}
	name := path.Join(s.dir, filepath.ToSlash(w.Hourly))
	data, err := fs.ReadFile(s.files, name)
	if err != nil {
		return &Problem{Pos: s.pos.Of("$.weather.hourly"), Msg: fmt.Sprintf("cannot read hourly weather %q: %v; the path is relative to the scenario file", w.Hourly, err)}
	}
	hours, err := ReadHourlyWeather(data, w.Hourly)
	if err != nil {
		return err
	}
	for i, h := range hours {
		at := At(i) * At(Hour)
		w.Wind = append(w.Wind, WindState{At: at, SpeedMS: h.WindKmh / 3.6, FromDeg: math.Mod(h.WindFromDeg, 360)})
		switch {
		case h.HasFFMC && h.HasBUI:
			w.FireDanger = append(w.FireDanger, FireDanger{At: at, FFMC: h.FFMC, BUI: h.BUI})
		case h.HasFFMC || h.HasBUI:
			return &Problem{Pos: s.pos.Of("$.weather.hourly"), Msg: fmt.Sprintf("hourly weather %q gives FFMC or BUI from hour %d but not both; give both, or neither for the fire model's defaults", w.Hourly, i)}
		}
	}
	return nil
}
