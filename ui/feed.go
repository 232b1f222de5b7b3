package ui

import (
	"slices"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Feed is the inject and message list a role sees: injects addressed to it (all of
// them for the controller and evaluators), notable happenings, the rejection of its
// orders and the tasks its units gave up, with the reason, and the window's own notes
// (a requirement's clock started or ended, an alarm, a shelter full), newest last,
// each unread until marked read.
type Feed struct {
	role  scenarios.Role
	Items []FeedItem
	// Open is the item shown whole, -1 for none.
	Open int
}

// FeedItem is one entry of the feed.
type FeedItem struct {
	T    int64
	Kind scenarios.EventKind
	// From names the sender of an inject, To the seat it is addressed to.
	From string
	To   scenarios.Role
	// Hazard is the type of the hazard a hazard event concerns.
	Hazard scenarios.HazardType
	// Text is an inject's text.
	Text string
	// Order, Unit, Count and Reason are what a rejection or an arrival concerns: the
	// kind of order refused and why, the unit (an id) and how many arrived.
	Order  scenarios.OrderKind
	Unit   string
	Count  int
	Reason i18n.Bilingual
	// Note is the kind of a note of the window's own (Kind is then ""), Says what it
	// says, and Ref what it is about: a requirement's index among the clocks, or a
	// shelter's index in the town.
	Note noteKind
	Says i18n.Bilingual
	Ref  int
	Read bool
}

// noteKind is a kind of the window's own notes in the feed.
type noteKind uint8

// The notes: a requirement's clock started, ended in time or late, passed its
// deadline; an alarm (the first casualty, people in danger); a shelter full; an
// answer given in a tabletop; another seat's order.
const (
	noteNone noteKind = iota
	noteClockStarted
	noteClockMet
	noteClockLate
	noteClockOverdue
	noteAlarm
	noteShelterFull
	noteAnswer
	noteOtherOrder
)

// NewFeed returns the feed of role r.
func NewFeed(r scenarios.Role) *Feed { return &Feed{role: r, Open: -1} }

// Note adds a note of the window's own at second t, among the items in time order
// (a clock's start is known once its events are in, after later ones).
func (f *Feed) Note(t int64, k noteKind, says i18n.Bilingual, ref int) {
	i := len(f.Items)
	for i > 0 && f.Items[i-1].T > t {
		i--
	}
	f.Items = slices.Insert(f.Items, i, FeedItem{T: t, Note: k, Says: says, Ref: ref})
	if f.Open >= i {
		f.Open++
	}
}

// Add takes the events of a step into the feed; sent reports whether a command
// sequence number is one of this interface's, for rejections, and say says reasons.
func (f *Feed) Add(events []sim.Event, sent func(seq uint64) bool, say func(sim.Reason) i18n.Bilingual) {
	for i := range events {
		e := &events[i]
		switch e.Kind {
		case scenarios.EventInject:
			if !f.role.Sees(e.Role) {
				continue
			}
			f.Items = append(f.Items, FeedItem{T: e.T, Kind: e.Kind, From: e.From, To: e.Role, Text: e.Text})
		case scenarios.EventRejected:
			if !f.role.SeesAll() && !sent(e.Seq) {
				continue
			}
			f.Items = append(f.Items, FeedItem{T: e.T, Kind: e.Kind, Order: e.Order, Unit: e.Unit, Reason: say(e.Reason)})
		case scenarios.EventTaskDone:
			if e.Reason.IsZero() || !f.role.SeesAll() && !sent(e.Seq) {
				continue // a task done, not abandoned, is in the order list
			}
			f.Items = append(f.Items, FeedItem{T: e.T, Kind: e.Kind, Unit: e.Unit, Reason: say(e.Reason)})
		case scenarios.EventHazardStarted, scenarios.EventReinforcementArrived, scenarios.EventFireContained:
			f.Items = append(f.Items, FeedItem{T: e.T, Kind: e.Kind, Hazard: e.HazardType, Unit: e.Unit, Count: max(e.Count, 1)})
		}
	}
}

// Unread counts the items not read yet.
func (f *Feed) Unread() int {
	n := 0
	for _, it := range f.Items {
		if !it.Read {
			n++
		}
	}
	return n
}

// MarkRead marks item i read; MarkAllRead every item.
func (f *Feed) MarkRead(i int) {
	if i >= 0 && i < len(f.Items) {
		f.Items[i].Read = true
	}
}

// MarkAllRead marks every item read.
func (f *Feed) MarkAllRead() {
	for i := range f.Items {
		f.Items[i].Read = true
	}
}
