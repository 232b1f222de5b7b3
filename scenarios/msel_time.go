package scenarios

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// mselTime reads the time of an inject from its sheet's time cell and, when the sheet
// has one, its date cell, for a scenario starting at start:
//
//   - an offset or a clock time as scenarios write them ("+1h20m", "23:40"; ParseAt);
//   - a 12-hour clock time ("07:29 PM", "7:29 a.m.", "下午7:29");
//   - a day and a time: "Day 2 07:29", "D2 19:29", "第2天 07:29" (day 1 is the start's),
//     "2026-07-15 22:10", "2026/7/15 22:10", "7/15/2026 7:29 PM";
//   - spreadsheet cells as workbooks store them: a fraction of a day for a time, days
//     since 1899-12-30 for a date and time.
//
// A time with a day must not fall before the start; a time of day alone is the first
// moment at or after the start that shows it.
func mselTime(timeCell, dateCell string, start time.Time) (At, error) {
	day, clock := dateCell, timeCell
	if serial, err := strconv.ParseFloat(clock, 64); err == nil && serial >= 1 && day == "" {
		day, clock = strconv.Itoa(int(serial)), fractionClock(serial-math.Floor(serial))
	} else if d, c, ok := splitDayTime(clock); ok && day == "" {
		day, clock = d, c
	}
	if rest, ok := strings.CutPrefix(clock, "+"); ok && day == "" {
		return ParseAt("+"+rest, start)
	}
	h, m, s, err := parseClock(clock)
	if err != nil {
		return 0, err
	}
	if day == "" {
		return ParseAt(fmt.Sprintf("%02d:%02d:%02d", h, m, s), start)
	}
	if start.IsZero() {
		return 0, failf("the day %q needs the scenario start", day)
	}
	date, err := parseDay(day, start)
	if err != nil {
		return 0, err
	}
	t := time.Date(date.Year(), date.Month(), date.Day(), h, m, s, 0, start.Location())
	if t.Before(start) {
		return 0, failf("%s is before the scenario's start %s", t.Format("2006-01-02 15:04"), start.Format("2006-01-02 15:04"))
	}
	return At(t.Sub(start) / time.Second), nil
}

// mselTimeHelp ends every error of a time cell.
const mselTimeHelp = `write an offset like "+1h20m", a time like "23:40" or "07:29 PM", or a day and time like "Day 2 07:29" or "2026-07-15 22:10"`

// fractionClock is the time of day a fraction of a day shows, as "15:04:05".
func fractionClock(f float64) string {
	secs := int(math.Round(f * 86400))
	return fmt.Sprintf("%02d:%02d:%02d", secs/3600%24, secs/60%60, secs%60)
}

var (
	// clock12 is a 12-hour time: 7:29 PM, 07:29:00 p.m.
	clock12 = regexp.MustCompile(`^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?$`)
	// clockCN is a time after a Chinese part of the day: 下午7:29, 上午 07:29.
	clockCN = regexp.MustCompile(`^(凌晨|早上|上午|中午|下午|晚上)\s*(\d{1,2}:\d{2}(?::\d{2})?)$`)
	// dayTime splits a day from the time after it: "Day 2 07:29", "2026-07-15 19:29", "7/15/2026 7:29 PM".
	dayTime = regexp.MustCompile(`^(\S+(?:\s*\d+天?)?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s*m\.?)?)$`)
	// dayNumber is a day of the exercise: Day 2, D2, D 2, 第2天.
	dayNumber = regexp.MustCompile(`^(?:day\s*|d\s*|第\s*)(\d{1,3})\s*天?$`)
)

// splitDayTime splits "Day 2 07:29" into its day and time; ok is false for a time alone.
func splitDayTime(s string) (day, clock string, ok bool) {
	s = strings.TrimSpace(s)
	if m := dayTime.FindStringSubmatch(strings.ToLower(s)); m != nil {
		return strings.TrimSpace(s[:len(m[1])]), strings.TrimSpace(s[len(s)-len(m[2]):]), true
	}
	return "", s, false
}

// parseClock reads a time of day: 24-hour "23:40" or "23:40:30", 12-hour "07:29 PM",
// Chinese "下午7:29", or a spreadsheet fraction of a day.
func parseClock(s string) (h, m, sec int, err error) {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f < 1 {
		s = fractionClock(f)
	}
	pm, twelve := false, false
	if c := clock12.FindStringSubmatch(strings.ToLower(s)); c != nil {
		s, pm, twelve = c[1]+":"+c[2], c[4] == "p", true
		if c[3] != "" {
			s += ":" + c[3]
		}
	} else if c := clockCN.FindStringSubmatch(s); c != nil {
		s, pm, twelve = c[2], c[1] == "下午" || c[1] == "晚上" || c[1] == "中午", true
	}
	if !isClockText(s) {
		return 0, 0, 0, failf("bad time %q: %s", s, mselTimeHelp)
	}
	fmt.Sscanf(s, "%d:%d:%d", &h, &m, &sec)
	if twelve {
		if h < 1 || h > 12 {
			return 0, 0, 0, failf("bad time %q: a 12-hour time's hour is 1 to 12", s)
		}
		switch {
		case pm && h < 12:
			h += 12
		case !pm && h == 12:
			h = 0
		}
	}
	if h > 23 || m > 59 || sec > 59 {
		return 0, 0, 0, failf("bad time %q: %s", s, mselTimeHelp)
	}
	return h, m, sec, nil
}

// dateLayouts are the calendar dates a day cell may hold: ISO, Chinese slashes, and
// the month-first dates of American sheets.
var dateLayouts = []string{"2006-01-02", "2006/1/2", "2006.1.2", "1/2/2006", "2006年1月2日"}

// parseDay reads the day of an inject: a day of the exercise ("Day 2": the day after
// the start's), a calendar date, or a spreadsheet's day number.
func parseDay(s string, start time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if m := dayNumber.FindStringSubmatch(strings.ToLower(s)); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n < 1 {
			return time.Time{}, failf("bad day %q: the exercise's first day is day 1", s)
		}
		return start.AddDate(0, 0, n-1), nil
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && n >= 1 && n < 2958466 {
		return time.Date(1899, 12, 30, 0, 0, 0, 0, start.Location()).AddDate(0, 0, int(n)), nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, s, start.Location()); err == nil {
			return t, nil
		}
	}
	return time.Time{}, failf("bad day %q: write a day of the exercise like \"Day 2\" or a date like \"2026-07-15\"", s)
}
