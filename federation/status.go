package federation

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/nats-io/nats.go/jetstream"

	"drillsim/scenarios"
	"drillsim/sim"
)

// Status is what a township shows the county command post (县指挥部) after each step
// of its drill: its clock and state, its figures, the plan's requirements whose clocks
// run, the units it could lend, those it has lent and received, and where units lent
// to it arrive. The county never reads a township's world: only this.
type Status struct {
	Town  string `json:"town"`
	Tick  int64  `json:"tick"`
	TickS int64  `json:"tick_s"`
	// End is the last tick of the township's drill.
	End   int64  `json:"end"`
	State string `json:"state"`
	// Counts are the township's figures (sim.Counts).
	Counts sim.Counts `json:"counts"`
	// Open are the plan's requirements (their ids) whose clocks have started and not
	// stopped; Overdue those of them past their time.
	Open    []string `json:"open,omitempty"`
	Overdue []string `json:"overdue,omitempty"`
	// Free are the units the township could lend now: its own, idle, not a village's.
	Free []UnitStatus `json:"free,omitempty"`
	// Lent are the units lent to other townships, Received those lent to it.
	Lent     []Loan `json:"lent,omitempty"`
	Received []Loan `json:"received,omitempty"`
	// Entry is the place of the township's map where units lent to it arrive.
	Entry string `json:"entry"`
	// Done is set once the township's drill has ended.
	Done bool `json:"done,omitempty"`
}

// UnitStatus is a unit a township could lend.
type UnitStatus struct {
	ID   string             `json:"id"`
	Name string             `json:"name"`
	Kind scenarios.UnitKind `json:"kind"`
}

// Loan is a unit lent from one township to another, as one of them saw it: at Tick
// it left the lender (Lent) or arrived at the receiver (Received).
type Loan struct {
	Unit string             `json:"unit"`
	Kind scenarios.UnitKind `json:"kind"`
	Town string             `json:"town"` // the other township
	Tick int64              `json:"tick"`
}

// Outcome is what became of county order N in its township at Tick: carried out
// (concerning Count units or people, as its order event says), or refused with
// Refused.
type Outcome struct {
	N       uint64     `json:"n"`
	Town    string     `json:"town"`
	Tick    int64      `json:"tick"`
	Count   int        `json:"count,omitempty"`
	Refused sim.Reason `json:"refused,omitzero"`
}

// outcomeSubject is the subject of the outcomes of the county's orders to the township.
func (t Township) outcomeSubject() string { return "drill." + t.Drill + ".town." + t.Town + ".outcome" }

// hearStatus keeps each township's last status and the outcomes of the county's orders,
// from the status stream (which keeps each township's last status, so that a county
// post that starts late sees every township at once).
func (c *County) hearStatus(ctx context.Context) error {
	all := Township{Drill: c.t.Drill, Town: "*"}
	s, err := c.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:              c.t.statusStream(),
		Subjects:          []string{all.statusSubject(), all.outcomeSubject()},
		Storage:           jetstream.MemoryStorage,
		MaxMsgsPerSubject: 1,
	})
	if err != nil {
		return fmt.Errorf("drill %s: cannot open the townships' status stream: %w", c.t.Drill, err)
	}
	cons, err := s.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{})
	if err != nil {
		return fmt.Errorf("drill %s: cannot hear the townships' status: %w", c.t.Drill, err)
	}
	c.statusSub, err = cons.Consume(c.hearOne)
	if err != nil {
		return fmt.Errorf("drill %s: cannot hear the townships' status: %w", c.t.Drill, err)
	}
	return nil
}

// hearOne keeps a township's status or an order's outcome.
func (c *County) hearOne(m jetstream.Msg) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if strings.HasSuffix(m.Subject(), ".outcome") {
		var o Outcome
		if json.Unmarshal(m.Data(), &o) == nil {
			c.outcomes[o.N] = o
			c.changedLocked()
		}
		return
	}
	var st Status
	if json.Unmarshal(m.Data(), &st) == nil && st.Tick >= c.status[st.Town].Tick {
		c.status[st.Town] = st
		c.changedLocked()
	}
}

// Statuses returns the last status heard of each township of the county, in the
// county's order of its townships; a township not heard from yet is missing.
func (c *County) Statuses() []Status {
	c.mu.Lock()
	defer c.mu.Unlock()
	var all []Status
	for _, town := range c.towns {
		if st, ok := c.status[town]; ok {
			all = append(all, st)
		}
	}
	return all
}

// StatusOf returns township town's last status, and false when none was heard.
func (c *County) StatusOf(town string) (Status, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	st, ok := c.status[town]
	return st, ok
}

// AwaitOutcome waits until the township of county order n reports what became of it.
func (c *County) AwaitOutcome(ctx context.Context, n uint64) (Outcome, error) {
	for {
		c.mu.Lock()
		o, ok := c.outcomes[n]
		changed := c.changed
		c.mu.Unlock()
		if ok {
			return o, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return Outcome{}, fmt.Errorf("county order %d: its township has not said what became of it: %w", n, ctx.Err())
		}
	}
}
