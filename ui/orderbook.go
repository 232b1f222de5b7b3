package ui

import (
	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// OrderStatus is how far an order has got, as its events tell.
type OrderStatus uint8

// The order statuses, in the order they follow each other; Rejected ends an order
// that never took effect.
const (
	StatusIssued   OrderStatus = iota // sent, not applied yet
	StatusEnRoute                     // applied: the order event came
	StatusOnScene                     // a dispatched unit reached its place
	StatusDone                        // the task is done
	StatusRejected                    // the world refused it; Reason says why
)

// statusTexts names the statuses.
var statusTexts = [...]i18n.Text{
	StatusIssued:   i18n.TextIssued,
	StatusEnRoute:  i18n.TextEnRoute,
	StatusOnScene:  i18n.TextOnScene,
	StatusDone:     i18n.TextDone,
	StatusRejected: i18n.TextStatusRejected,
}

// i18n.Text is the interface string of s for an order of kind k: orders that send no
// unit are applied, not en route, once their order event comes.
func (s OrderStatus) Text(k scenarios.OrderKind) i18n.Text {
	if s == StatusEnRoute && k != scenarios.OrderDispatch {
		return i18n.TextApplied
	}
	return statusTexts[s]
}

// OrderBook follows the orders this interface sent through their events.
type OrderBook struct {
	Entries []OrderEntry
}

// OrderEntry is one order sent and its status.
type OrderEntry struct {
	Seq    uint64
	T      int64 // scenario second it was sent at
	Order  scenarios.Order
	Status OrderStatus
	// Reason says why the world refused the order, in both languages.
	Reason i18n.Bilingual
}

// Sent records order o sent as command seq at second t.
func (b *OrderBook) Sent(seq uint64, t int64, o scenarios.Order) {
	b.Entries = append(b.Entries, OrderEntry{Seq: seq, T: t, Order: o})
}

// Has reports whether seq is one of the orders sent.
func (b *OrderBook) Has(seq uint64) bool { return b.find(seq) != nil }

func (b *OrderBook) find(seq uint64) *OrderEntry {
	for i := len(b.Entries) - 1; i >= 0; i-- {
		if b.Entries[i].Seq == seq {
			return &b.Entries[i]
		}
	}
	return nil
}

// Observe moves orders on by the events of a step, saying the reasons of refusals by
// say. A status never goes back.
func (b *OrderBook) Observe(events []sim.Event, say func(sim.Reason) i18n.Bilingual) {
	for i := range events {
		e := &events[i]
		if e.Seq == 0 {
			continue
		}
		o := b.find(e.Seq)
		if o == nil || o.Status == StatusRejected {
			continue
		}
		switch e.Kind {
		case scenarios.EventRejected:
			o.Status, o.Reason = StatusRejected, say(e.Reason)
		case scenarios.EventOrder:
			o.Status = max(o.Status, StatusEnRoute)
		case scenarios.EventUnitOnScene:
			o.Status = max(o.Status, StatusOnScene)
		case scenarios.EventTaskDone:
			o.Status = max(o.Status, StatusDone)
		}
	}
}

// Latest returns the entry of the last order that unit id was given, or nil.
func (b *OrderBook) Latest(unit string) *OrderEntry {
	for i := len(b.Entries) - 1; i >= 0; i-- {
		if b.Entries[i].Order.Unit == unit {
			return &b.Entries[i]
		}
	}
	return nil
}
