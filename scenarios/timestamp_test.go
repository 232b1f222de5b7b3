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
