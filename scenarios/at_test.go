package scenarios

import (
	"testing"
	"time"
)

func TestParseAt(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	night := time.Date(2026, 7, 15, 22, 0, 0, 0, shanghai)
	tests := []struct {
		in   string
		want At
	}{
		{"+0s", 0},
		{"+1h20m", 4800},
		{"22:00", 0},
		{"23:40", 6000},
		{"23:40:30", 6030},
		{"01:30", 3*3600 + 1800}, // after midnight: the next morning
		{"6:00", 8 * 3600},
		{"21:59", 24*3600 - 60}, // before the start: the next day, which Validate rejects
	}
	for _, tt := range tests {
		got, err := ParseAt(tt.in, night)
		if err != nil || got != tt.want {
			t.Errorf("ParseAt(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseAtRejects(t *testing.T) {
	start := time.Date(2026, 7, 15, 22, 0, 0, 0, time.UTC)
	for _, in := range []string{"", "1h", "+", "+-5m", "24:00", "12:60", "12", "12:5", "a:bc", "12:00:00:00", "12:00 ", "-1h"} {
		if got, err := ParseAt(in, start); err == nil {
			t.Errorf("ParseAt(%q) = %v, want an error", in, got)
		}
	}
	if _, err := ParseAt("23:40", time.Time{}); err == nil {
		t.Error("a clock time without a start must be an error")
	}
	if got, err := ParseAt("+10m", time.Time{}); err != nil || got != 600 {
		t.Errorf("an offset needs no start: got %v, %v", got, err)
	}
}

func TestAtClock(t *testing.T) {
	start := time.Date(2026, 7, 15, 22, 0, 0, 0, time.FixedZone("CST", 8*3600))
	got := At(3*3600 + 1800).Clock(start)
	if got.Format("2006-01-02 15:04") != "2026-07-16 01:30" {
		t.Errorf("Clock = %v, want 2026-07-16 01:30", got)
	}
	if s := At(4800).String(); s != "+1h20m" {
		t.Errorf("String = %q", s)
	}
}
