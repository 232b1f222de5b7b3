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
// "2026-07-15 22:00") it is China Standard Time.
type Timestamp struct{ time.Time }

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
			return Timestamp{t}, nil
		}
	}
	return Timestamp{}, fmt.Errorf("bad date and time %q: write it like \"2026-07-15T22:00:00+08:00\"", s)
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
