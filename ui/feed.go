package ui

import (
	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Feed is the inject and message list a role sees: injects addressed to it (all of
// them for the controller and evaluators), notable happenings, and the rejection of
// its orders and the tasks its units gave up, with the reason, newest last, each
// unread until marked read.
type Feed struct {
	role  scenarios.Role
	Items []FeedItem
}

// FeedItem is one entry of the feed.
type FeedItem struct {
	T    int64
	Kind scenarios.EventKind
	// From and To name the sender and receiver of an inject.
	From, To string
	// Hazard is the type of the hazard a hazard event concerns.
	Hazard scenarios.HazardType
	// i18n.Text is an inject's text.
	Text string
	// Order, Unit, Count and Reason are what a rejection or an arrival concerns: the
	// kind of order refused and why, the unit (an id) and how many arrived.
	Order  scenarios.OrderKind
	Unit   string
	Count  int
	Reason i18n.Bilingual
	Read   bool
}

// NewFeed returns the feed of role r.
func NewFeed(r scenarios.Role) *Feed { return &Feed{role: r} }

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
			f.Items = append(f.Items, FeedItem{T: e.T, Kind: e.Kind, From: e.From, To: e.Role.Chinese(), Text: e.Text})
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
