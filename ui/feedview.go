package ui

import (
	"fmt"
	"image/color"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// feedKindTexts name the feed's items that are events but not injects.
var feedKindTexts = map[scenarios.EventKind]i18n.Text{
	scenarios.EventRejected:             i18n.TextRejected,
	scenarios.EventTaskDone:             i18n.TextTaskAbandoned,
	scenarios.EventHazardStarted:        i18n.TextHazardStarted,
	scenarios.EventReinforcementArrived: i18n.TextReinforcementArrived,
	scenarios.EventFireContained:        i18n.TextFireContained,
}

// noteTexts name the window's own notes.
var noteTexts = [...]i18n.Text{
	noteClockStarted: i18n.TextNoteClockStarted,
	noteClockMet:     i18n.TextClockMet,
	noteClockLate:    i18n.TextClockLate,
	noteClockOverdue: i18n.TextClockLate,
	noteAlarm:        i18n.TextNoteAlarm,
	noteShelterFull:  i18n.TextNoteShelterFull,
	noteAnswer:       i18n.TextNoteAnswer,
	noteOtherOrder:   i18n.TextNoteOtherOrder,
}

// feedLine is the heading of a feed item: time, then sender and receiver or what
// kind of item it is.
func (g *Game) feedLine(it FeedItem) string {
	t := clockTime(g, it.T)
	switch {
	case it.Note != noteNone:
		return t + " " + noteTexts[it.Note].In(g.lang)
	case it.Kind == scenarios.EventInject:
		return t + " " + it.From + "→" + i18n.RoleName(it.To, g.lang)
	}
	if name, ok := feedKindTexts[it.Kind]; ok {
		if it.Hazard != "" {
			return t + " " + name.In(g.lang) + " " + i18n.HazardName(it.Hazard, g.lang)
		}
		return t + " " + name.In(g.lang)
	}
	return t + " " + i18n.EventKindName(it.Kind, g.lang)
}

// feedText is the body of a feed item: an inject's text, the refused order and why,
// the unit that gave up its task and why, the units arrived, or a note's words.
func (g *Game) feedText(it FeedItem) string {
	if it.Note != noteNone {
		return it.Says.In(g.lang)
	}
	switch it.Kind {
	case scenarios.EventRejected:
		s := i18n.OrderKindName(it.Order, g.lang)
		if it.Unit != "" {
			s += " " + g.unitName(it.Unit)
		}
		return s + ": " + it.Reason.In(g.lang)
	case scenarios.EventTaskDone:
		return g.unitName(it.Unit) + ": " + it.Reason.In(g.lang)
	case scenarios.EventReinforcementArrived:
		return fmt.Sprintf("%s ×%d", g.unitName(it.Unit), it.Count)
	}
	return it.Text
}

// feedColor is the colour of a feed item: alarms, refusals, deadlines missed and full
// shelters red; deadlines met green; unread items amber.
func (g *Game) feedColor(it FeedItem) color.Color {
	switch {
	case it.Kind == scenarios.EventRejected, it.Note == noteAlarm, it.Note == noteClockLate, it.Note == noteClockOverdue, it.Note == noteShelterFull:
		return colorAlert
	case it.Note == noteClockMet:
		return colorOK
	case !it.Read:
		return colorUnread
	}
	return colorPanelDim
}

// feedAction does what a click on a feed item offers besides reading it: a full
// shelter's notice asks where the others should go instead.
func (g *Game) feedAction(it FeedItem) {
	if it.Note == noteShelterFull && !g.session.Done() {
		g.offerOtherShelter(it)
	}
}

// alarms raise the feed's alarms for the seat's own area: the first casualty, and
// people in danger whenever there come to be some.
type alarms struct {
	casualty, danger bool
}

// observe looks at the events of a step and the latest figures.
func (a *alarms) observe(g *Game, events []sim.Event) {
	own := ""
	if g.village >= 0 {
		own = g.session.Town().Villages[g.village].Name
	}
	for i := range events {
		e := &events[i]
		if e.Kind != scenarios.EventCasualty || a.casualty || own != "" && e.Village != own {
			continue
		}
		a.casualty = true
		where := e.Zone
		if where == "" {
			where = e.Village
		}
		g.feed.Note(e.T, noteAlarm, bilingual(func(l i18n.Language) string {
			return fmt.Sprintf(i18n.TextAlarmCasualty.In(l), where, e.Count, i18n.HazardName(e.HazardType, l))
		}), -1)
	}
	c := g.seatCounts()
	switch {
	case c.InDanger > 0 && !a.danger:
		a.danger = true
		g.feed.Note(g.snap.T, noteAlarm, bilingual(func(l i18n.Language) string {
			area := own
			if area == "" {
				area = i18n.TextTheTown.In(l)
			}
			return fmt.Sprintf(i18n.TextAlarmDanger.In(l), area, c.InDanger)
		}), -1)
	case c.InDanger == 0:
		a.danger = false
	}
}

// bilingual is the text say gives in each language.
func bilingual(say func(l i18n.Language) string) i18n.Bilingual {
	return i18n.Bilingual{say(i18n.Chinese), say(i18n.English)}
}
