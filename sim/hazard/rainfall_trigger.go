package hazard

import (
	"errors"
	"fmt"
	"math"
)

// RainfallTrigger fires a landslide when the rain fallen over a sliding window reaches a
// threshold, the way rainfall-threshold early warnings work (for example 50 mm in 24 h;
// Caine 1980 and the intensity-duration thresholds after it).
type RainfallTrigger struct {
	Rain        *Rainfall
	ThresholdMM float64
	// WindowS is the window's length in seconds, ending at the time asked about.
	WindowS int64
}

// Validate returns an error saying what to fix when the trigger has no rainfall series,
// a threshold that is not a positive number of millimetres, or a window that is not a
// positive number of seconds.
func (rt RainfallTrigger) Validate() error {
	if rt.Rain == nil {
		return errors.New("hazard: rainfall trigger has no rainfall series; give the scenario's rainfall")
	}
	if !(rt.ThresholdMM > 0) || math.IsInf(rt.ThresholdMM, 1) {
		return fmt.Errorf("hazard: rainfall trigger threshold %v mm is not a positive number of millimetres", rt.ThresholdMM)
	}
	if rt.WindowS <= 0 {
		return fmt.Errorf("hazard: rainfall trigger window %d s is not a positive number of seconds", rt.WindowS)
	}
	return nil
}

// Fallen returns the rain in mm fallen in the window ending at time t.
func (rt RainfallTrigger) Fallen(t int64) float64 {
	if rt.Rain == nil {
		return 0
	}
	return rt.Rain.Between(t-rt.WindowS, t)
}

// Triggered reports whether the rain fallen in the window ending at time t has reached
// the threshold. A trigger that fails Validate never fires.
func (rt RainfallTrigger) Triggered(t int64) bool {
	return rt.Validate() == nil && rt.Fallen(t) >= rt.ThresholdMM
}
