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

// otherOrder tells the feed of an order another seat gave that concerns this one: a
// village's cadres hear of the town's orders about their village and its response
// level, the town's seats of every village's orders. Practised alone, the seat sees
// the town act around it.
func (g *Game) otherOrder(e *sim.Event) {
	if e.Kind != scenarios.EventOrder || e.Role == g.role || e.Order == scenarios.OrderPause || e.Order == scenarios.OrderSpeed {
		return
	}
	if g.village >= 0 {
		own := g.session.Town().Villages[g.village].Name
		concerns := e.Order == scenarios.OrderActivateResponse || e.Village == own || g.places.VillageOf(e.Zone) == own ||
			g.places.VillageOf(e.Place) == own || g.places.VillageOf(e.Shelter) == own
		for _, p := range e.Places {
			concerns = concerns || p == own || g.places.VillageOf(p) == own
		}
		if !concerns {
			return
		}
	} else if e.Role.Village() == "" {
		return
	}
	g.feed.Note(e.T, noteOtherOrder, bilingual(func(l i18n.Language) string {
		return i18n.RoleName(e.Role, l) + ": " + g.eventOrderText(e, l)
	}), -1)
}

// eventOrderText says what the order of event e did, in l.
func (g *Game) eventOrderText(e *sim.Event, l i18n.Language) string {
	places := i18n.Join(e.Places, l)
	switch e.Order {
	case scenarios.OrderWarn:
		return i18n.TextWarnScope.In(l) + " " + places + " " + i18n.ChannelName(e.Channel, l)
	case scenarios.OrderEvacuate:
		return i18n.OrderKindName(e.Order, l) + " " + places + "→" + e.Shelter
	case scenarios.OrderDispatch:
		return g.unitName(e.Unit) + "→" + e.Place + " " + i18n.TaskName(e.Task, l)
	case scenarios.OrderOpenShelter:
		return i18n.TextOpenShelter.In(l) + " " + e.Shelter
	case scenarios.OrderActivateResponse:
		return i18n.TextActivate.In(l) + " " + levelName(e.Level)
	case scenarios.OrderReport, scenarios.OrderReleaseInfo, scenarios.OrderAnswer:
		if e.Text != "" {
			return i18n.OrderKindName(e.Order, l) + ": " + e.Text
		}
	case scenarios.OrderCloseRoad, scenarios.OrderOpenRoad:
		return i18n.OrderKindName(e.Order, l) + " " + e.Road
	}
	return i18n.OrderKindName(e.Order, l)
}

// levelName is a response level as events write it ("IV"), as a reader does: Ⅳ级.
func levelName(s string) string {
	if lv, err := scenarios.ParseLevel(s); err == nil {
		return lv.Chinese()
	}
	return s
}
