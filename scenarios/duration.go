package scenarios

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// Duration is a length of simulated time in whole seconds, written "90s", "10m",
// "2h30m" or "8h": hours, minutes and seconds in that order, each at most once, each a
// whole number.
type Duration int64

// Common durations.
const (
	Second Duration = 1
	Minute Duration = 60 * Second
	Hour   Duration = 60 * Minute
)

// durationHelp says how to write a duration; it ends every duration error.
const durationHelp = `write hours, minutes and seconds like "90s", "10m", "2h30m" or "8h"`

// ParseDuration reads a duration such as "2h30m". "0s" is zero; signs, fractions,
// days and empty strings are errors.
func ParseDuration(s string) (Duration, error) {
	if s == "" {
		return 0, failf("empty duration: %s", durationHelp)
	}
	var total Duration
	rest := s
	lastUnit := -1
	for rest != "" {
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 0 || n == len(rest) {
			return 0, failf("bad duration %q: %s", s, durationHelp)
		}
		v, err := strconv.ParseInt(rest[:n], 10, 64)
		if err != nil || v > 1e9 {
			return 0, failf("duration %q is too long: %s", s, durationHelp)
		}
		unit := strings.IndexByte("hms", rest[n])
		if unit < 0 {
			return 0, failf("bad unit %q in duration %q: %s", rest[n], s, durationHelp)
		}
		if unit <= lastUnit {
			return 0, failf("bad duration %q: units must come once each, in the order h, m, s; %s", s, durationHelp)
		}
		lastUnit = unit
		total += Duration(v) * [...]Duration{Hour, Minute, Second}[unit]
		rest = rest[n+1:]
	}
	return total, nil
}

// String writes the duration the way ParseDuration reads it: "2h30m", "45s", "0s".
// A negative duration gets a leading minus sign.
func (d Duration) String() string { return d.write(durationUnits{"0s", "h", "m", "m", "s"}) }

// Chinese writes the duration as a Chinese report does: "2小时30分", "45秒", "30分钟",
// "0秒". A negative duration gets a leading minus sign.
func (d Duration) Chinese() string {
	return d.write(durationUnits{"0秒", "小时", "分", "分钟", "秒"})
}

// durationUnits are the words a duration is written with: the zero duration, and the
// units after hours, minutes, minutes alone (no hours or seconds beside them) and seconds.
type durationUnits struct{ zero, h, m, mAlone, s string }

// write writes the duration's hours, minutes and seconds that are not zero, in u.
func (d Duration) write(u durationUnits) string {
	if d == 0 {
		return u.zero
	}
	var b strings.Builder
	if d < 0 {
		b.WriteByte('-')
		d = -d
	}
	h, m, s := d/Hour, d%Hour/Minute, d%Minute
	if h > 0 {
		fmt.Fprintf(&b, "%d%s", h, u.h)
	}
	switch {
	case m > 0 && h == 0 && s == 0:
		fmt.Fprintf(&b, "%d%s", m, u.mAlone)
	case m > 0:
		fmt.Fprintf(&b, "%d%s", m, u.m)
	}
	if s > 0 {
		fmt.Fprintf(&b, "%d%s", s, u.s)
	}
	return b.String()
}

// Seconds returns the duration as an int64 number of seconds: the simulation's unit.
func (d Duration) Seconds() int64 { return int64(d) }

// UnmarshalYAML reads a duration string, reporting errors at the value's position.
func (d *Duration) UnmarshalYAML(_ context.Context, node ast.Node) error {
	s, err := scalarText(node, "a duration")
	if err != nil {
		return err
	}
	v, err := ParseDuration(s)
	if err != nil {
		return nodeProblem(node, "%v", err)
	}
	*d = v
	return nil
}

// MarshalYAML writes the duration as ParseDuration reads it.
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }
