package scenarios

import "testing"

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want Duration
	}{
		{"90s", 90},
		{"10m", 600},
		{"2h30m", 9000},
		{"8h", 28800},
		{"1h0m5s", 3605},
		{"0s", 0},
		{"25h", 90000},
	}
	for _, tt := range tests {
		got, err := ParseDuration(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDurationRejects(t *testing.T) {
	for _, in := range []string{"", "10", "m", "1.5h", "-5m", "+5m", "30m2h", "5m5m", "1d", "5 m", "99999999999h"} {
		if d, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) = %d, want an error", in, d)
		}
	}
}

func TestDurationStringRoundTrips(t *testing.T) {
	for _, d := range []Duration{0, 1, 59, 60, 3600, 3661, 9000, 86400} {
		back, err := ParseDuration(d.String())
		if err != nil || back != d {
			t.Errorf("%d -> %q -> %d, %v", d, d.String(), back, err)
		}
	}
	if got := Duration(-90).String(); got != "-1m30s" {
		t.Errorf("Duration(-90).String() = %q, want -1m30s", got)
	}
}

func TestDurationChinese(t *testing.T) {
	for _, tc := range []struct {
		d    Duration
		want string
	}{
		{0, "0秒"}, {45 * Second, "45秒"}, {30 * Minute, "30分钟"}, {2*Hour + 30*Minute, "2小时30分"},
		{Hour + 10*Minute + 50*Second, "1小时10分50秒"}, {4 * Hour, "4小时"}, {-90 * Second, "-1分30秒"},
	} {
		if got := tc.d.Chinese(); got != tc.want {
			t.Errorf("Duration(%d).Chinese() = %q, want %q", tc.d, got, tc.want)
		}
	}
}
