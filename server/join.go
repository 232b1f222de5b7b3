package server

import (
	"fmt"
	"time"

	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server/wire"
	"drillsim/sim"
)

// join takes connection c to the seat whose code hello gives, on the drill's
// goroutine, and queues its welcome. A connection already on the seat is told it was
// taken over and closed: the newest connection of a seat wins.
func (s *Server) join(c *conn, hello *wire.Hello) error {
	var st *seatState
	for _, x := range s.seats {
		if sameCode(hello.Code, x.seat.Code) {
			st = x
		}
	}
	if st == nil {
		return errUnknownCode
	}
	if old := st.conn; old != nil {
		old.bye("this seat was taken by a newer connection with its code", false)
	}
	st.conn, st.joined, st.lost = c, true, time.Time{}
	st.ready = -1
	r := s.roles[st.seat.Role]
	// A seat ahead of a resumed drill (which went back to its journal's last entry)
	// gets no events until the drill has caught up with it: it has them already.
	from := min(hello.Have, len(r.stream))
	snap := s.snap
	w := &wire.Welcome{
		Seat: st.n, Role: st.seat.Role, Header: s.world.Header(), Scenario: s.scenarios[st.seat.Role],
		Plan: s.cfg.Drill.Plan, Acked: st.maxID, Speed: s.clock.shown(),
		From: from, Events: r.stream[from:], View: r.whole(s.track, snap),
	}
	if st.seat.Role.SeesAll() {
		w.Observations = s.obs
	}
	w.Unjoined, w.Started = s.unjoined, s.decided
	s.log.Info("a seat joins", "seat", st.n, "role", st.seat.Role, "from", c.addr)
	s.sendMsg(st, &wire.ServerMessage{Welcome: w})
	return nil
}

// leave notes that connection c has ended.
func (s *Server) leave(c *conn) {
	for _, st := range s.seats {
		if st.conn == c {
			st.conn, st.lost = nil, time.Now()
			s.log.Info("a seat leaves", "seat", st.n, "role", st.seat.Role)
		}
	}
}

// seatOf returns the seat connection c holds, or nil when it holds none any more.
func (s *Server) seatOf(c *conn) *seatState {
	for _, st := range s.seats {
		if st.conn == c {
			return st
		}
	}
	return nil
}

// take acts on message m from connection c.
func (s *Server) take(c *conn, m *wire.ClientMessage) {
	st := s.seatOf(c)
	if st == nil {
		return
	}
	switch {
	case m.Order != nil:
		s.order(st, m.Order)
	case m.Observe != nil:
		s.observe(st, m.Observe)
	case m.Ready != nil:
		st.ready = max(st.ready, *m.Ready)
	case m.Unjoined != nil:
		s.chooseUnjoined(st, m.Unjoined)
	}
}

// chooseUnjoined takes the controller's choice u of how the seats nobody has joined
// when the clock starts are played, and acknowledges it; the journal records the
// choice as the clock starts (Server.start). Another seat's choice, a choice once
// the clock has started, a play of neither kind, or the reference response of a
// drill served without one is refused with the reason.
func (s *Server) chooseUnjoined(st *seatState, u *wire.Unjoined) {
	if _, ok := st.applied[u.ID]; ok {
		s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: u.ID}})
		return
	}
	var why string
	switch {
	case st.seat.Role != scenarios.RoleController:
		why = "only the controller (导调) chooses how the seats nobody joined are played"
	case s.decided:
		why = fmt.Sprintf("the clock has started: the seats nobody joined play as chosen then (%s)", s.unjoined)
	case u.Play != journal.PlayReference && u.Play != journal.PlayIdle:
		why = fmt.Sprintf("the seats nobody joined play %q: say %s or %s", u.Play, journal.PlayReference, journal.PlayIdle)
	case u.Play == journal.PlayReference && len(s.cfg.Drill.Commands) == 0:
		why = "this drill is served without a reference response (示范处置) for the seats nobody joined to play"
	}
	if why != "" {
		e := sim.Event{T: s.world.Now(), Kind: scenarios.EventRejected, Role: st.seat.Role, Reason: sim.Reason{Code: sim.ReasonText, Args: []string{why}}}
		s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: u.ID, Refused: &e}})
		return
	}
	s.unjoined = u.Play
	st.applied[u.ID] = 0
	st.maxID = max(st.maxID, u.ID)
	s.log.Info("the controller chooses how the seats nobody joined play", "seat", st.n, "play", u.Play)
	s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: u.ID}})
}

// order checks order o of seat st against its role's policy, journals it (synced to
// disk) and acknowledges it; an order the seat sent before is acknowledged again, not
// applied twice.
func (s *Server) order(st *seatState, o *wire.Order) {
	if seq, ok := st.applied[o.ID]; ok {
		s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: o.ID, Seq: seq}})
		return
	}
	ord := o.Order
	ord.Role = st.seat.Role
	if reason := s.refuse(&ord); !reason.IsZero() {
		e := sim.Event{T: s.world.Now(), Kind: scenarios.EventRejected, Role: ord.Role, Order: ord.Order, Unit: ord.Unit, Reason: reason}
		s.log.Info("an order refused", "seat", st.n, "role", st.seat.Role, "order", ord.Order, "reason", reason.Code)
		s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: o.ID, Refused: &e}})
		return
	}
	c, err := s.rec.ApplyFrom(sim.Command{Tick: s.world.Tick() + 1, Order: ord}, &journal.Origin{Seat: st.n, ClientID: o.ID})
	if err != nil {
		e := sim.Event{T: s.world.Now(), Kind: scenarios.EventRejected, Role: ord.Role, Order: ord.Order, Unit: ord.Unit,
			Reason: sim.Reason{Code: sim.ReasonNotJournaled, Args: []string{err.Error()}}}
		s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: o.ID, Refused: &e}})
		s.failed = err
		return
	}
	st.applied[o.ID] = c.Seq
	st.maxID = max(st.maxID, o.ID)
	s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: o.ID, Seq: c.Seq}})
	switch ord.Order {
	case scenarios.OrderPause:
		s.clock.set(0, time.Now())
	case scenarios.OrderSpeed:
		s.clock.set(int(ord.Factor), time.Now())
		if !s.started {
			s.start()
		}
	}
}

// observe journals an evaluator's observation (synced to disk), acknowledges it and
// passes it to the seats that see observations.
func (s *Server) observe(st *seatState, o *wire.Observe) {
	if _, ok := st.applied[o.ID]; ok {
		s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: o.ID}})
		return
	}
	refuse := func(why string) {
		e := sim.Event{T: s.world.Now(), Kind: scenarios.EventRejected, Role: st.seat.Role, Reason: sim.Reason{Code: sim.ReasonText, Args: []string{why}}}
		s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: o.ID, Refused: &e}})
	}
	if !st.seat.Role.Observes() {
		refuse(st.seat.Role.Chinese() + " takes no observations: the evaluators (评估) record them")
		return
	}
	obs := o.Observation
	if err := s.rec.ObserveFrom(obs, &journal.Origin{Seat: st.n, ClientID: o.ID}); err != nil {
		refuse(err.Error())
		return
	}
	st.applied[o.ID] = 0
	st.maxID = max(st.maxID, o.ID)
	s.obs = append(s.obs, obs)
	s.sendMsg(st, &wire.ServerMessage{Ack: &wire.Ack{ID: o.ID}})
	for _, other := range s.seats {
		if other != st && other.conn != nil && other.seat.Role.SeesAll() {
			s.sendMsg(other, &wire.ServerMessage{Observed: &obs})
		}
	}
}

// refuse returns why the role of order o may not give it, by the role's policy: the
// kind of order (Role.MayGive), a unit of another village (MayCommand), or a village
// or zone outside the role's area (MayActIn). The engine checks the rest.
func (s *Server) refuse(o *scenarios.Order) sim.Reason {
	r := o.Role
	if reason := sim.RoleRefusal(r, o.Order); !reason.IsZero() {
		return reason
	}
	if o.Unit != "" {
		if v, ok := s.unitVillage(o.Unit); ok && !r.MayCommand(v) {
			return sim.Reason{Code: sim.ReasonOtherVillagesUnit, Args: []string{v, o.Unit}}
		}
	}
	places := append(append([]string{}, o.Scope.Villages...), o.Scope.Zones...)
	for _, p := range places {
		if v := s.areas.places.VillageOf(p); !r.MayActIn(v) {
			return sim.Reason{Code: sim.ReasonOtherVillage, Args: []string{v, p}}
		}
	}
	return sim.Reason{}
}

// unitVillage returns the village of the scenario's unit id, false for no such unit.
func (s *Server) unitVillage(id string) (string, bool) {
	for _, u := range s.cfg.Drill.Scenario.Units {
		if u.ID == id {
			return u.Village, true
		}
	}
	return "", false
}
