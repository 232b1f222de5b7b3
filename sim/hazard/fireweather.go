package hazard

import (
	"fmt"
	"math"
)

// Fire weather defaults, for a scenario or weather file that does not give them.
const (
	// DefaultFFMC and DefaultBUI are the Fine Fuel Moisture Code and Buildup Index the
	// FBP System's reference implementation takes when none is given (cffdrs fbp()).
	DefaultFFMC = 90
	DefaultBUI  = 60
	// DefaultFMC is the foliar moisture content of conifer needles, %: the value Van
	// Wagner (1977, "Conditions for the start and spread of crown fire", Can. J. For. Res.
	// 7) worked with, in the middle of the FBP System's seasonal 85-120 % (ST-X-3 eq.
	// 6-8). It matters only for crowning.
	DefaultFMC = 100
)

// FireWeather is the weather a fire burns in: the 10-m open wind and the Canadian Fire
// Weather Index System's fuel moisture codes the FBP System takes.
type FireWeather struct {
	// WindKmh is the 10-m open wind speed, km/h.
	WindKmh float64
	// WindFromDeg is the compass direction the wind blows from, degrees clockwise from
	// north (a north wind, 0°, drives the fire south).
	WindFromDeg float64
	// FFMC is the Fine Fuel Moisture Code (0-101), BUI the Buildup Index (≥ 0).
	FFMC, BUI float64
	// FMC is the foliar moisture content of conifers, %.
	FMC float64
}

// DefaultFireWeather returns calm weather with the default moisture codes.
func DefaultFireWeather() FireWeather {
	return FireWeather{FFMC: DefaultFFMC, BUI: DefaultBUI, FMC: DefaultFMC}
}

// check returns an error naming the first value out of its range.
func (w FireWeather) check() error {
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	switch {
	case !(w.WindKmh >= 0) || !finite(w.WindKmh):
		return fmt.Errorf("hazard: wind %v km/h is not a speed ≥ 0", w.WindKmh)
	case !finite(w.WindFromDeg):
		return fmt.Errorf("hazard: wind direction %v° is not a compass direction", w.WindFromDeg)
	case !(w.FFMC >= 0 && w.FFMC <= 101):
		return fmt.Errorf("hazard: FFMC %v is outside 0-101", w.FFMC)
	case !(w.BUI >= 0) || !finite(w.BUI):
		return fmt.Errorf("hazard: BUI %v is not ≥ 0", w.BUI)
	case !(w.FMC > 0 && w.FMC <= 300):
		return fmt.Errorf("hazard: foliar moisture %v %% is outside 0-300", w.FMC)
	}
	return nil
}
