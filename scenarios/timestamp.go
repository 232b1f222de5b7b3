package scenarios

import (
	"context"
	"fmt"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// ChinaStandardTime is the zone of Asia/Shanghai: UTC+8 all year round. Start times
// written without an offset are in it.
var ChinaStandardTime = time.FixedZone("CST", 8*3600)

// Timestamp is a date and time with its zone, such as a scenario's start,
// "2026-07-15T22:00:00+08:00". Written without an offset ("2026-07-15T22:00" or
// "2026-07-15 22:00") it is China Standard Time. Its zone is the drill's clock: every
// time of the drill is shown in it, named CST at UTC+8 and by its offset otherwise
// ("UTC+02:00"), whatever zone the machine is set to.
type Timestamp struct{ time.Time }

// ZoneAt returns the fixed zone of a UTC offset in seconds: CST at +8 hours, else
// named by the offset, "UTC+02:00", "UTC-05:30", "UTC".
func ZoneAt(offsetS int) *time.Location {
	if offsetS == 8*3600 {
		return ChinaStandardTime
	}
	if offsetS == 0 {
		return time.FixedZone("UTC", 0)
	}
	sign, o := '+', offsetS
	if o < 0 {
		sign, o = '-', -o
	}
	return time.FixedZone(fmt.Sprintf("UTC%c%02d:%02d", sign, o/3600, o%3600/60), offsetS)
}

// String writes the date, time and zone as reports show a drill's start:
// "2026-07-15 22:00 CST".
func (ts Timestamp) String() string { return ts.Format("2006-01-02 15:04 MST") }

// timestampLayouts are the accepted forms, offset first.
var timestampLayouts = []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02 15:04:05"}

// ParseTimestamp reads a date and time in one of the forms Timestamp describes.
func ParseTimestamp(s string) (Timestamp, error) {
	for i, layout := range timestampLayouts {
		var t time.Time
		var err error
		if i == 0 {
			t, err = time.Parse(layout, s)
		} else {
			t, err = time.ParseInLocation(layout, s, ChinaStandardTime)
		}
		if err == nil {
			_, offset := t.Zone()
			return Timestamp{t.In(ZoneAt(offset))}, nil
		}
	}
	return Timestamp{}, failf("bad date and time %q: write it like \"2026-07-15T22:00:00+08:00\"", s)
}

// UnmarshalYAML reads a date and time.
func (ts *Timestamp) UnmarshalYAML(_ context.Context, node ast.Node) error {
	s, err := scalarText(node, "a date and time")
	if err != nil {
		return err
	}
	v, err := ParseTimestamp(s)
	if err != nil {
		return nodeProblem(node, "%v", err)
	}
	*ts = v
	return nil
}

// MarshalYAML writes the timestamp in RFC 3339 form.
func (ts Timestamp) MarshalYAML() (any, error) { return ts.Format(time.RFC3339), nil }
