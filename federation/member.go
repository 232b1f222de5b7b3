package federation

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"

	"github.com/nats-io/nats.go/jetstream"

	"drillsim/drill"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// Member is a served drill's part in a county drill, as township t: it steps the
// drill as the county clock allows, journals the county command post's orders at the
// ticks they name, and after every step reports to the county its Ready (tick and
// state hash), its Status, and the outcome of each county order carried out or
// refused. Give its Stepped to the server's Config as the township's, then Follow
// with the server.
type Member struct {
	js  jetstream.JetStream
	t   Township
	log *slog.Logger
	// clocks follow the plan's requirements, nil without a plan. Only the drill's
	// goroutine (Stepped) uses them and lent and received.
	clocks         *scoring.Clocks
	lent, received []Loan

	mu sync.Mutex
	// orders maps the commands of county orders to the orders' numbers; done holds
	// the outcomes of commands whose number Follow had not noted yet.
	orders map[uint64]uint64
	done   map[uint64]Outcome
}

// NewMember prepares drill d to take part in its county drill as township t.
func NewMember(js jetstream.JetStream, t Township, d *drill.Drill, log *slog.Logger) (*Member, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m := &Member{js: js, t: t, log: log, orders: map[uint64]uint64{}, done: map[uint64]Outcome{}}
	if d.Plan != nil {
		m.clocks = scoring.NewClocks(d.Plan, d.Scenario)
	}
	return m, nil
}

// Served is what a member needs of the server that serves its township's drill: to
// let the drill step up to a tick, to journal a county order in it, and to know when
// it has ended. The federation knows the server by this alone.
type Served interface {
	Allow(tick int64)
	Give(n uint64, c sim.Command) (sim.Command, error)
	Done() <-chan struct{}
}

// Follow reads the county's stream until ctx is done or the drill ends: each county
// order is journaled in srv's drill at its tick (once, however often it is
// delivered), and each tick of the county clock lets the drill step to it, in the
// order the county said them. It returns nil then, or the first error.
func (m *Member) Follow(ctx context.Context, srv Served) error {
	cons, err := m.js.OrderedConsumer(ctx, m.t.countyStream(), jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{m.t.clockSubject(), m.t.ordersSubject()},
		DeliverPolicy:  jetstream.DeliverLastPerSubjectPolicy,
	})
	if err != nil {
		return fmt.Errorf("township %s cannot follow the county: %w", m.t.Town, err)
	}
	it, err := cons.Messages()
	if err != nil {
		return fmt.Errorf("township %s cannot follow the county: %w", m.t.Town, err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-ctx.Done():
		case <-srv.Done():
		}
		it.Stop()
	}()
	for {
		msg, err := it.Next()
		if ctx.Err() != nil || isDone(srv) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("township %s lost the county: %w", m.t.Town, err)
		}
		if msg.Subject() == m.t.clockSubject() {
			tick, err := strconv.ParseInt(string(msg.Data()), 10, 64)
			if err != nil {
				return fmt.Errorf("township %s: the county clock says %q, not a tick", m.t.Town, msg.Data())
			}
			srv.Allow(tick)
			continue
		}
		if err := m.give(srv, msg); err != nil {
			if isDone(srv) {
				return nil
			}
			return err
		}
	}
}

// isDone reports whether srv's drill has ended.
func isDone(srv Served) bool {
	select {
	case <-srv.Done():
		return true
	default:
		return false
	}
}

// give journals the county order of msg in srv's drill.
func (m *Member) give(srv Served, msg jetstream.Msg) error {
	n, err := strconv.ParseUint(msg.Subject()[strings.LastIndexByte(msg.Subject(), '.')+1:], 10, 64)
	if err != nil {
		return fmt.Errorf("township %s: a county order on %s has no number", m.t.Town, msg.Subject())
	}
	var c sim.Command
	if err := json.Unmarshal(msg.Data(), &c); err != nil {
		return fmt.Errorf("township %s: county order %d is not a command: %w", m.t.Town, n, err)
	}
	got, err := srv.Give(n, c)
	if err != nil {
		return fmt.Errorf("township %s: county order %d: %w", m.t.Town, n, err)
	}
	if got.Tick != c.Tick {
		m.log.Warn("a county order came after its tick: it applies later here than the county said", "township", m.t.Town, "order", n, "tick", c.Tick, "applied", got.Tick)
	}
	m.mu.Lock()
	m.orders[got.Seq] = n
	out, ok := m.done[got.Seq]
	delete(m.done, got.Seq)
	m.mu.Unlock()
	if ok {
		m.tellOutcome(n, out)
	}
	return nil
}

// Stepped reports the step to the county: on the drill's goroutine, after each step,
// and at the start with the drill's past (a resumed drill's: its units lent before).
func (m *Member) Stepped(w *sim.World, snap *sim.Snapshot, events []sim.Event) {
	if m.clocks != nil {
		m.clocks.Observe(events)
	}
	for i := range events {
		e := &events[i]
		if e.Role != scenarios.RoleCounty || e.Cause != scenarios.CauseOrder {
			continue
		}
		tick := e.T / w.TickSeconds() // a resumed drill's past events come at its start
		switch {
		case e.Kind == scenarios.EventOrder && e.Order == scenarios.OrderLend:
			m.lent = append(m.lent, Loan{Unit: e.Unit, Kind: e.UnitKind, Town: e.Place, Tick: tick})
		case e.Kind == scenarios.EventOrder && e.Order == scenarios.OrderReceive:
			m.received = append(m.received, Loan{Unit: e.Unit, Kind: e.UnitKind, Town: e.From, Tick: tick})
		}
		if e.Kind == scenarios.EventOrder || e.Kind == scenarios.EventRejected {
			m.outcome(e.Seq, Outcome{Town: m.t.Town, Tick: tick, Count: e.Count, Refused: e.Reason})
		}
	}
	state := strconv.FormatUint(w.StateHash(), 16)
	st := Status{Town: m.t.Town, Tick: w.Tick(), TickS: w.TickSeconds(), End: (w.Scenario().Duration.Seconds() + w.TickSeconds() - 1) / w.TickSeconds(), State: state, Counts: snap.Counts,
		Lent: m.lent, Received: m.received, Entry: w.EntryPlace(), Done: w.Done()}
	for _, u := range snap.Units {
		if u.State == sim.UnitIdle && u.Village == "" && !m.isReceived(u.ID) {
			st.Free = append(st.Free, UnitStatus{ID: u.ID, Name: u.Name, Kind: u.Kind})
		}
	}
	if m.clocks != nil {
		for _, win := range m.clocks.Windows() {
			switch state, _ := win.StateAt(w.Now()); {
			case state == scoring.ClockOverdue:
				st.Overdue = append(st.Overdue, win.Requirement.ID)
				fallthrough
			case state.Running():
				st.Open = append(st.Open, win.Requirement.ID)
			}
		}
	}
	m.publish(m.t.statusSubject(), st)
	m.publish(m.t.readySubject(), Ready{Town: m.t.Town, Tick: w.Tick(), State: state})
}

// isReceived reports whether unit id came from another township.
func (m *Member) isReceived(id string) bool {
	for _, l := range m.received {
		if l.Unit == id {
			return true
		}
	}
	return false
}

// outcome tells the county what became of the county order behind command seq, or
// keeps it until Follow notes the order's number.
func (m *Member) outcome(seq uint64, out Outcome) {
	m.mu.Lock()
	n, ok := m.orders[seq]
	if !ok {
		m.done[seq] = out
	}
	m.mu.Unlock()
	if ok {
		m.tellOutcome(n, out)
	}
}

// tellOutcome publishes the outcome of county order n.
func (m *Member) tellOutcome(n uint64, out Outcome) {
	out.N = n
	m.publish(m.t.outcomeSubject(), out)
}

// publish sends v on subject without waiting: the county keeps the last of each.
func (m *Member) publish(subject string, v any) {
	b, err := json.Marshal(v)
	if err == nil {
		err = m.js.Conn().Publish(subject, b)
	}
	if err != nil {
		m.log.Warn("the county cannot be told", "subject", subject, "err", err)
	}
}
