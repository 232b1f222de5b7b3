package scenarios

import (
	"math"
	"slices"
	"testing"
)

func TestFloodRiseInterpolates(t *testing.T) {
	f := Flood{Hydrograph: []RiverRise{{At: At(Hour), RiseM: 0}, {At: At(3 * Hour), RiseM: 4}, {At: At(5 * Hour), RiseM: 3}}}
	tests := []struct {
		t    At
		want float64
	}{{0, 0}, {At(Hour), 0}, {At(2 * Hour), 2}, {At(3 * Hour), 4}, {At(4 * Hour), 3.5}, {At(8 * Hour), 3}}
	for _, tt := range tests {
		if got := f.RiseAt(tt.t); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("RiseAt(%v) = %g, want %g", tt.t, got, tt.want)
		}
	}
}

func TestLandslideTriggerAt(t *testing.T) {
	w := Weather{Rain: []RainRate{{At: 0, MMPerH: 30}}}
	byRain := Landslide{Trigger: LandslideTrigger{RainMM: 60, Window: 3 * Hour}}
	if got, ok := byRain.TriggerAt(w, 10*Second, At(8*Hour)); !ok || got != At(2*Hour) {
		t.Errorf("60 mm at 30 mm/h: TriggerAt = %v, %v; want +2h", got, ok)
	}
	short := Landslide{Trigger: LandslideTrigger{RainMM: 60, Window: Hour}}
	if got, ok := short.TriggerAt(w, 10*Second, At(8*Hour)); ok {
		t.Errorf("a 1 h window at 30 mm/h never holds 60 mm, got %v", got)
	}
	at := At(90 * Minute)
	byTime := Landslide{Trigger: LandslideTrigger{At: &at}}
	if got, ok := byTime.TriggerAt(w, 10*Second, At(Hour)); ok || got != at {
		t.Errorf("a trigger after the end: got %v, %v", got, ok)
	}
}

func TestHazardsListAndThreatened(t *testing.T) {
	h := Hazards{
		Floods:     []Flood{{ID: "f", Zones: []string{"A", "B"}, Villages: []string{"v1"}}},
		Landslides: []Landslide{{ID: "l", Zone: "C", Villages: []string{"v1", "v2"}}},
	}
	if got := h.Types(); !slices.Equal(got, []HazardType{HazardFlood, HazardLandslide}) {
		t.Errorf("Types = %v", got)
	}
	if got := h.ThreatenedZones(); !slices.Equal(got, []string{"A", "B", "C"}) {
		t.Errorf("ThreatenedZones = %v", got)
	}
	if got := h.ThreatenedVillages(); !slices.Equal(got, []string{"v1", "v2"}) {
		t.Errorf("ThreatenedVillages = %v", got)
	}
	if got := h.List()[1].Path; got != "$.hazards.landslide[0]" {
		t.Errorf("Path = %q", got)
	}
}
