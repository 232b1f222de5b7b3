package ui

import (
	"cmp"
	"fmt"
	"image"
	"image/color"
	"slices"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// countdowns tell the plan requirements' clocks that are the seat's business (a
// village's cadres see their own): each says what started it, and the feed says so
// at the same moment; when one ends, or passes its deadline, the feed and the list
// say whether in time (达标) or not (超时).
type countdowns struct {
	// started is the event that started each requirement's clock (Kind "" until
	// one did); told marks what the feed was told: started, overdue, ended.
	started []sim.Event
	told    []clockTold
	rows    []deadlineRow // laid out, reused
	scroll  scroll
}

// clockTold is what the feed was told of one requirement's clock.
type clockTold struct{ started, overdue, ended bool }

// observe takes in the next events of the drill, one at a time, so that each clock
// knows the event that started it, and tells the feed what changed.
func (c *countdowns) observe(g *Game, events []sim.Event) {
	n := len(g.reqs.Windows())
	if len(c.started) < n {
		c.started = make([]sim.Event, n)
		c.told = make([]clockTold, n)
	}
	for i := range events {
		g.reqs.Observe(events[i : i+1])
		for k := range g.reqs.Windows() {
			w := &g.reqs.Windows()[k]
			if w.Started && c.started[k].Kind == "" {
				c.started[k] = events[i]
			}
		}
	}
	for k := range g.reqs.Windows() {
		w := &g.reqs.Windows()[k]
		told := &c.told[k]
		if w.Started && !told.started {
			told.started = true
			if !w.Stopped || !w.StopBeforeStart {
				g.feed.Note(w.StartS, noteClockStarted, g.clockStartText(k), k)
			}
		}
		st, _ := w.StateAt(g.snap.T)
		if st == scoring.ClockOverdue && !told.overdue {
			told.overdue = true
			g.feed.Note(w.StartS+w.AllowedS, noteClockOverdue, g.clockEndText(k, st), k)
		}
		if w.Started && w.Stopped && !told.ended {
			told.ended = true
			kind := noteClockMet
			if !w.Met {
				kind = noteClockLate
			}
			g.feed.Note(w.StopS, kind, g.clockEndText(k, st), k)
		}
	}
}

// clockStartText says in both languages what started requirement k's clock and what
// it asks, by when: 合江县气象台 暴雨橙色预警 22:10 → 30分钟内：接到预警后…（4.2.2）.
func (g *Game) clockStartText(k int) i18n.Bilingual {
	w := g.reqs.Windows()[k]
	var b i18n.Bilingual
	for l := range b {
		lang := i18n.Language(l)
		b[l] = fmt.Sprintf(i18n.TextClockStarted.In(lang), g.causeText(g.countdowns.started[k], lang), clockTime(g, w.StartS), formatAllowed(w.AllowedS, lang), requirementName(w.Requirement))
	}
	return b
}

// clockEndText says in both languages how requirement k's clock ended, or that it
// passed its deadline (st overdue).
func (g *Game) clockEndText(k int, st scoring.ClockState) i18n.Bilingual {
	w := g.reqs.Windows()[k]
	var b i18n.Bilingual
	for l := range b {
		lang := i18n.Language(l)
		switch {
		case st == scoring.ClockOverdue && !w.Stopped:
			b[l] = fmt.Sprintf(i18n.TextClockOverdueNote.In(lang), requirementName(w.Requirement), formatAllowed(w.AllowedS, lang))
		case w.Met:
			b[l] = fmt.Sprintf(i18n.TextClockMetNote.In(lang), requirementName(w.Requirement), formatAllowed(w.ResponseS, lang))
		default:
			b[l] = fmt.Sprintf(i18n.TextClockLateNote.In(lang), requirementName(w.Requirement), formatAllowed(w.ResponseS, lang), formatAllowed(w.AllowedS, lang))
		}
	}
	return b
}

// requirementName is a requirement as the panel names it: its title and clause.
func requirementName(r scenarios.Requirement) string {
	return r.Title + "（" + r.Clause + "）"
}

// clockTime is scenario second t as a time of day.
func clockTime(g *Game, t int64) string {
	return ScenarioTime(g.session.Scenario(), t).Format("15:04")
}

// formatAllowed says a span of seconds in words: 30分钟, 1小时30分钟.
func formatAllowed(s int64, l i18n.Language) string {
	h, m, sec := s/3600, s/60%60, s%60
	switch {
	case h > 0 && m > 0:
		return fmt.Sprintf(i18n.TextHoursMinutes.In(l), h, m)
	case h > 0:
		return fmt.Sprintf(i18n.TextHours.In(l), h)
	case m > 0 && sec > 0 && m < 10:
		return fmt.Sprintf(i18n.TextMinutesSeconds.In(l), m, sec)
	case m > 0:
		return fmt.Sprintf(i18n.TextMinutes.In(l), m)
	}
	return fmt.Sprintf(i18n.TextSeconds.In(l), sec)
}

// causeText says what event e was, as the cause of a clock: who sent an inject and
// what it says, a rainstorm warning by whom and of what colour, a hazard, an order
// by whom, or what happened where.
func (g *Game) causeText(e sim.Event, l i18n.Language) string {
	switch e.Kind {
	case scenarios.EventInject:
		return e.From + " " + e.Text
	case scenarios.EventRainWarning:
		return e.From + " " + i18n.RainWarningName(e.Level, l)
	case scenarios.EventHazardStarted:
		return i18n.EventKindName(e.Kind, l) + " " + i18n.HazardName(e.HazardType, l) + " " + e.Zone
	case scenarios.EventOrder, scenarios.EventResponseActivated, scenarios.EventReportSent:
		who := i18n.RoleName(e.Role, l)
		if e.Kind == scenarios.EventResponseActivated {
			return who + " " + i18n.EventKindName(e.Kind, l) + " " + levelName(e.Level)
		}
		return who + " " + i18n.OrderKindName(e.Order, l)
	}
	where := e.Village
	if e.Zone != "" {
		where = e.Zone
	}
	if e.Road != "" {
		where = e.Road
	}
	return i18n.EventKindName(e.Kind, l) + " " + where
}

// deadlineRow is one plan requirement as the side panel lists it.
type deadlineRow struct {
	k     int // the requirement's index among the windows
	State scoring.ClockState
	// LeftS is the seconds left before the deadline, negative once overdue.
	LeftS int64
}

// deadlineRows appends to rows the requirements that are the player's business (a
// village's cadres see their own) and have started: those timing first, the most
// urgent first, then those ended, the latest first.
func (g *Game) deadlineRows(rows []deadlineRow) []deadlineRow {
	for i := range g.reqs.Windows() {
		w := &g.reqs.Windows()[i]
		if !w.Started {
			continue
		}
		st, left := w.StateAt(g.snap.T)
		rows = append(rows, deadlineRow{k: i, State: st, LeftS: left})
	}
	windows := g.reqs.Windows()
	slices.SortStableFunc(rows, func(a, b deadlineRow) int {
		if ra, rb := a.State.Running(), b.State.Running(); ra != rb {
			if ra {
				return -1
			}
			return 1
		}
		if a.State.Running() {
			return cmp.Compare(a.LeftS, b.LeftS)
		}
		return cmp.Compare(windows[b.k].StopS, windows[a.k].StopS)
	})
	return rows
}

// clockColor is the colour of a requirement in state s: amber in the last quarter of
// its time, red when overdue or missed, green when met.
func clockColor(s scoring.ClockState) color.Color {
	switch s {
	case scoring.ClockClosing:
		return colorAmber
	case scoring.ClockOverdue, scoring.ClockMissed:
		return colorAlert
	case scoring.ClockMet:
		return colorOK
	case scoring.ClockWaiting:
		return colorPanelDim
	}
	return colorPanelText
}

// formatLeft writes seconds as h:mm:ss or m:ss, with a minus sign once overdue.
func formatLeft(s int64) string {
	sign := ""
	if s < 0 {
		sign, s = "-", -s
	}
	if s >= 3600 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%s%d:%02d", sign, s/60, s%60)
}

// deadlineH is one countdown: its clock and requirement, then what started it.
const deadlineH = 2 * rowH

// layoutDeadlines lays out, in rows entries, the countdowns of the requirements whose
// clock runs, then those ended with 达标 or 超时.
func (g *Game) layoutDeadlines(y, rows int) int {
	p := &g.panel
	c := &g.countdowns
	c.rows = g.deadlineRows(c.rows[:0])
	running := 0
	for _, r := range c.rows {
		if r.State.Running() {
			running++
		}
	}
	y = g.section(y, fmt.Sprintf("%s (%d)", i18n.TextDeadlines.In(g.lang), running))
	box := image.Rect(innerX, y, innerX+innerW, y+rows*deadlineH)
	if len(c.rows) == 0 {
		p.Line(image.Rect(innerX, y, box.Max.X, y+rowH), i18n.TextNoDeadlines.In(g.lang), g.fonts.Small, colorPanelDim)
		return box.Max.Y
	}
	from, to := p.List(box, len(c.rows), deadlineH, &c.scroll)
	w := innerW - scrollBarW
	for i, r := range c.rows[from:to] {
		ry := y + i*deadlineH
		win := g.reqs.Windows()[r.k]
		var head string
		switch {
		case r.State == scoring.ClockOverdue:
			head = i18n.TextClockLate.In(g.lang) + " " + formatLeft(-r.LeftS) + " " + requirementName(win.Requirement)
		case r.State.Running():
			head = i18n.TextTimeLeft.In(g.lang) + " " + formatLeft(r.LeftS) + " " + requirementName(win.Requirement)
		case r.State == scoring.ClockMet:
			head = i18n.TextClockMet.In(g.lang) + " " + requirementName(win.Requirement)
		default:
			head = i18n.TextClockLate.In(g.lang) + " " + requirementName(win.Requirement)
		}
		p.Line(image.Rect(innerX, ry, innerX+w, ry+rowH), head, g.fonts.Small, clockColor(r.State))
		cause := "← " + g.causeText(c.started[r.k], g.lang) + " " + clockTime(g, win.StartS) + " · " + formatAllowed(win.AllowedS, g.lang)
		p.Line(image.Rect(innerX+12, ry+rowH-2, innerX+w, ry+2*rowH-2), cause, g.fonts.Small, colorPanelDim)
	}
	return box.Max.Y
}
