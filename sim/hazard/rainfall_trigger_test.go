package hazard

import (
	"strings"
	"testing"
)

func TestRainfallTriggerFiresWhenTheWindowHoldsEnoughRain(t *testing.T) {
	// 10 mm/h from 1 h to 2 h, 40 mm/h to 2.5 h, then dry; 25 mm in any 1-hour window.
	trigger := RainfallTrigger{Rain: storm(t), ThresholdMM: 25, WindowS: 3600}
	if err := trigger.Validate(); err != nil {
		t.Fatal(err)
	}
	first := int64(-1)
	for tick := int64(0); tick <= 12*3600; tick += 60 {
		if trigger.Triggered(tick) {
			first = tick
			break
		}
	}
	// The window ending at 7200+x holds 10*(3600-x)/3600 + 40*x/3600 mm: 25 at x = 1800.
	if first != 9000 {
		t.Errorf("first triggered at %d s, want 9000 s (25 mm in the hour ending then)", first)
	}
	if got := trigger.Fallen(9000); got != 25 {
		t.Errorf("Fallen(9000) = %v mm, want 25", got)
	}
	if trigger.Triggered(9000 + 3600) {
		t.Error("still triggered an hour after the rain stopped: the window must slide")
	}
}

func TestRainfallTriggerValidate(t *testing.T) {
	cases := []struct {
		rt   RainfallTrigger
		want string
	}{
		{RainfallTrigger{ThresholdMM: 50, WindowS: 86400}, "no rainfall series"},
		{RainfallTrigger{Rain: storm(t), ThresholdMM: 0, WindowS: 86400}, "threshold 0 mm"},
		{RainfallTrigger{Rain: storm(t), ThresholdMM: 50}, "window 0 s"},
	}
	for _, c := range cases {
		err := c.rt.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want it to mention %q", err, c.want)
		}
		if c.rt.Triggered(9000) {
			t.Errorf("invalid trigger (%s) fired", c.want)
		}
	}
}
