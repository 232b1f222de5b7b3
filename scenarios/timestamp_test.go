package scenarios

import (
	"testing"
	"time"
)

func TestParseTimestamp(t *testing.T) {
	want := time.Date(2026, 7, 15, 22, 0, 0, 0, ChinaStandardTime)
	for _, in := range []string{"2026-07-15T22:00:00+08:00", "2026-07-15T14:00:00Z", "2026-07-15T22:00", "2026-07-15 22:00", "2026-07-15 22:00:00"} {
		got, err := ParseTimestamp(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseTimestamp(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "22:00", "2026-07-15", "2026-13-01T00:00", "yesterday"} {
		if _, err := ParseTimestamp(in); err == nil {
			t.Errorf("ParseTimestamp(%q) must fail", in)
		}
	}
}

// TestTimestampKeepsItsZone requires a start written with an offset to keep it, named,
// whatever zone the machine is in: a drill's clock is the scenario's.
func TestTimestampKeepsItsZone(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2026-06-20T22:00:00+02:00", "2026-06-20 22:00 UTC+02:00"},
		{"2026-06-20T22:00:00-05:30", "2026-06-20 22:00 UTC-05:30"},
		{"2026-06-20T22:00:00Z", "2026-06-20 22:00 UTC"},
		{"2026-06-20T22:00:00+08:00", "2026-06-20 22:00 CST"},
		{"2026-06-20 22:00", "2026-06-20 22:00 CST"},
	} {
		for _, local := range []*time.Location{time.UTC, time.FixedZone("CEST", 2*3600), ChinaStandardTime} {
			saved := time.Local
			time.Local = local
			ts, err := ParseTimestamp(tc.in)
			time.Local = saved
			if err != nil || ts.String() != tc.want {
				t.Errorf("on a machine in %s, ParseTimestamp(%q) shows %q, %v; want %q", local, tc.in, ts.String(), err, tc.want)
			}
		}
	}
}
