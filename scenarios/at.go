package scenarios

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// At is a moment in a scenario: seconds since its start, the simulation's clock.
//
// It is written either as an offset from the start, "+1h20m" (see ParseDuration), or
// as a clock time "23:40" or "23:40:30" in the start's time zone. A clock time names
// the first moment at or after the start that shows that time: in a scenario starting
// at 22:00, "23:40" is +1h40m and "01:30" is +3h30m, the next morning. So a clock time
// rolls over midnight exactly when the scenario runs past midnight; one that would
// only fall on the next day after the scenario has ended ("21:50" in a 22:00–06:00
// drill) is reported by Validate as outside the scenario, never moved before the start.
type At int64

// atHelp says how to write a moment; it ends every At error.
const atHelp = `write an offset from the start like "+1h20m" or a clock time like "23:40"`

// ParseAt reads an offset ("+1h20m") or a clock time ("23:40", "23:40:30") relative to
// start. A clock time with a zero start is an error.
func ParseAt(s string, start time.Time) (At, error) {
	if rest, ok := strings.CutPrefix(s, "+"); ok {
		d, err := ParseDuration(rest)
		if err != nil {
			return 0, failf("bad offset %q: %s", s, atHelp)
		}
		return At(d), nil
	}
	var h, m, sec int
	n, _ := fmt.Sscanf(s, "%d:%d:%d", &h, &m, &sec)
	if n < 2 || !isClockText(s) || h > 23 || m > 59 || sec > 59 {
		return 0, failf("bad time %q: %s", s, atHelp)
	}
	if start.IsZero() {
		return 0, failf("clock time %q needs the scenario start: write an offset like \"+1h20m\" instead", s)
	}
	day := time.Date(start.Year(), start.Month(), start.Day(), h, m, sec, 0, start.Location())
	if day.Before(start) {
		day = day.AddDate(0, 0, 1)
	}
	return At(day.Sub(start) / time.Second), nil
}

// isClockText reports whether s is exactly HH:MM or HH:MM:SS with one or two digits
// per hour and two for minutes and seconds.
func isClockText(s string) bool {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if len(p) != 2 && !(i == 0 && len(p) == 1) {
			return false
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// clockText renders a moment of scenario s as a date and clock time for messages,
// "07-16 01:30", or as an offset when the scenario has no start.
func (s *Scenario) clockText(t At) string {
	if s.Start.IsZero() {
		return t.String()
	}
	return t.Clock(s.Start.Time).Format("01-02 15:04")
}

// afterEnd says that moment t lies after the scenario's end, and, when t would be a
// clock time before the start read as the next day, that that is what happened.
func (s *Scenario) afterEnd(t At) error {
	if !s.Start.IsZero() && t < At(24*Hour) {
		return failf("%s (%v) is after the drill ends at %s (%v); a clock time before the start (%s) is read as that time the next day: nothing can happen before the drill starts, so give a time within it",
			s.clockText(t), t, s.clockText(s.End()), s.End(), s.Start.Format("15:04"))
	}
	return failf("%s (%v) is after the drill ends at %s (%v)", s.clockText(t), t, s.clockText(s.End()), s.End())
}

// String writes the moment as an offset, "+1h20m".
func (a At) String() string { return "+" + Duration(a).String() }

// Clock returns the wall-clock time of the moment in a scenario that starts at start.
func (a At) Clock(start time.Time) time.Time { return start.Add(time.Duration(a) * time.Second) }

// startKey carries the scenario start through YAML decoding so clock times resolve.
type startKey struct{}

// withStart returns a context from which At values read start.
func withStart(ctx context.Context, start time.Time) context.Context {
	return context.WithValue(ctx, startKey{}, start)
}

// UnmarshalYAML reads an offset or clock time, resolving clock times against the
// scenario start carried by ctx.
func (a *At) UnmarshalYAML(ctx context.Context, node ast.Node) error {
	s, err := scalarText(node, "a time")
	if err != nil {
		return err
	}
	start, _ := ctx.Value(startKey{}).(time.Time)
	v, err := ParseAt(s, start)
	if err != nil {
		return nodeProblem(node, "%v", err)
	}
	*a = v
	return nil
}

// MarshalYAML writes the moment as an offset.
func (a At) MarshalYAML() (any, error) { return a.String(), nil }
