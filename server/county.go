package server

import (
	"errors"
	"fmt"

	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Township is how a served drill takes part in a county drill as one of its
// townships (package federation wires it to the county's broker): the county's clock
// bounds its own, and the county command post's orders are journaled in it like a
// seat's.
type Township struct {
	// Stepped, when set, is called on the drill's goroutine after every step with the
	// world, its snapshot and the step's events, and once when the drill is served,
	// before its first step, with the events of the drill so far (none, or a resumed
	// drill's past): what the township reports to the county. It must not keep them,
	// change them, nor block.
	Stepped func(w *sim.World, snap *sim.Snapshot, events []sim.Event)
}

// tellTownship tells a township's Stepped of the step whose events are events.
func (s *Server) tellTownship(events []sim.Event) {
	if t := s.cfg.Township; t != nil && t.Stepped != nil {
		t.Stepped(s.world, s.snap, events)
	}
}

// allows reports whether the drill may take a step: always, unless it is a township
// of a county drill, whose clock has not allowed the next tick yet.
func (s *Server) allows() bool {
	return s.cfg.Township == nil || s.world.Tick() < s.allowed
}

// Allow lets a township's drill step up to tick, and no further, as the county's
// clock says; a tick below one allowed already changes nothing. Safe to call from
// any goroutine.
func (s *Server) Allow(tick int64) {
	s.do(func() { s.allowed = max(s.allowed, tick) })
}

// Give journals the county command post's order number n, command c, at its tick
// and queues it, unless the drill holds order n already (a county order delivered
// twice is applied once: the journal records its number). It returns the command as
// journaled: its tick is c's unless the drill had passed c's tick, in which case it
// applies at the next one. Safe to call from any goroutine; it waits for the drill.
func (s *Server) Give(n uint64, c sim.Command) (sim.Command, error) {
	if s.cfg.Township == nil {
		return c, errors.New("this drill is not a township of a county drill: it takes no county orders")
	}
	if c.Order.Role != scenarios.RoleCounty {
		return c, fmt.Errorf("county order %d is given as %s, not as the county command post (县指挥部)", n, c.Order.Role.Chinese())
	}
	type result struct {
		c   sim.Command
		err error
	}
	got := make(chan result, 1)
	ok := s.do(func() {
		s.countyOrders()
		if seq, dup := s.county[n]; dup {
			got <- result{s.rec.Commands()[seq-1], nil}
			return
		}
		journaled, err := s.rec.ApplyFrom(c, &journal.Origin{Seat: CountySeat, ClientID: n})
		if err != nil {
			s.failed = err
		} else {
			s.county[n] = journaled.Seq
		}
		got <- result{journaled, err}
	})
	if !ok {
		return c, errors.New("the drill has ended: it takes no more county orders")
	}
	select {
	case r := <-got:
		return r.c, r.err
	case <-s.done:
		return c, errors.New("the drill has ended: it takes no more county orders")
	}
}

// CountySeat is the seat number the journal gives the county command post's orders
// (the seats of the drill count from 1).
const CountySeat = 0

// countyOrders makes the table of the county orders the journal holds, the first
// time it is needed (a resumed drill's journal may hold some).
func (s *Server) countyOrders() {
	if s.county != nil {
		return
	}
	s.county = map[uint64]uint64{}
	if !s.cfg.Resume {
		return
	}
	j, err := journal.Open(s.cfg.Journal)
	if err != nil {
		return
	}
	for _, o := range j.Origins() {
		if o.Seat == CountySeat {
			s.county[o.ClientID] = o.Seq
		}
	}
}
