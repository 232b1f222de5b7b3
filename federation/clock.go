package federation

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Ready is a township's report that its world has stepped to Tick and stands in
// State (its state hash, in hex). At is when the county heard it (not sent).
type Ready struct {
	Town  string    `json:"town"`
	Tick  int64     `json:"tick"`
	State string    `json:"state"`
	At    time.Time `json:"-"`
}

// County is the county drill's one clock: it says up to which tick every township may
// step (a stream that keeps its last tick, so that a township that comes back reads
// where the clock stands at once) and hears each township's Ready.
type County struct {
	js    jetstream.JetStream
	t     Township
	towns []string
	sub   *nats.Subscription

	// said serialises what the county says (its clock and its orders), so that an
	// order for tick T is in the stream before the clock allows T; allowed is the
	// last tick the clock allowed, next the number of the next county order.
	said    sync.Mutex
	allowed int64
	next    uint64

	statusSub jetstream.ConsumeContext

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every Ready, Status and Outcome
	last     map[string]Ready
	heard    []Ready
	status   map[string]Status
	outcomes map[uint64]Outcome
}

// OpenCounty opens the clock of drill for the townships towns.
func OpenCounty(ctx context.Context, js jetstream.JetStream, drill string, towns []string) (*County, error) {
	t := Township{Drill: drill, Town: "county"}
	if err := t.check(); err != nil {
		return nil, err
	}
	for _, town := range towns {
		if err := (Township{Drill: drill, Town: town}).check(); err != nil {
			return nil, err
		}
	}
	stream, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:              t.countyStream(),
		Subjects:          []string{t.clockSubject(), Township{Drill: drill, Town: "*"}.ordersSubject()},
		Storage:           jetstream.FileStorage,
		MaxMsgsPerSubject: 1,
	})
	if err != nil {
		return nil, fmt.Errorf("drill %s: cannot open the county's stream: %w", drill, err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("drill %s: %w", drill, err)
	}
	c := &County{js: js, t: t, towns: towns, changed: make(chan struct{}), last: map[string]Ready{}, outcomes: map[uint64]Outcome{},
		status: map[string]Status{}, next: info.State.LastSeq + 1}
	if err := c.hearStatus(ctx); err != nil {
		return nil, err
	}
	sub, err := js.Conn().Subscribe(Township{Drill: drill, Town: "*"}.readySubject(), c.hear)
	if err != nil {
		return nil, fmt.Errorf("drill %s: cannot hear the townships: %w", drill, err)
	}
	c.sub = sub
	return c, js.Conn().Flush()
}

// hear keeps a township's Ready.
func (c *County) hear(m *nats.Msg) {
	var r Ready
	if json.Unmarshal(m.Data, &r) != nil {
		return // not a Ready: nothing a township sends
	}
	r.At = time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Tick > c.last[r.Town].Tick || c.last[r.Town].Town == "" {
		c.last[r.Town] = r
	}
	c.heard = append(c.heard, r)
	c.changedLocked()
}

// changedLocked wakes those who wait for what the county hears; c.mu is held.
func (c *County) changedLocked() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// Advance lets every township step to tick.
func (c *County) Advance(ctx context.Context, tick int64) error {
	c.said.Lock()
	defer c.said.Unlock()
	if _, err := c.js.Publish(ctx, c.t.clockSubject(), strconv.AppendInt(nil, tick, 10)); err != nil {
		return fmt.Errorf("the county clock cannot move to tick %d: %w", tick, err)
	}
	c.allowed = max(c.allowed, tick)
	return nil
}

// Allowed returns the last tick the county clock allowed.
func (c *County) Allowed() int64 {
	c.said.Lock()
	defer c.said.Unlock()
	return c.allowed
}

// AwaitReady waits until every township has reported standing at tick (or later),
// or at the end of its drill, and returns their reports, or returns ctx's error naming the townships waited for.
func (c *County) AwaitReady(ctx context.Context, tick int64) ([]Ready, error) {
	for {
		c.mu.Lock()
		var behind []string
		got := make([]Ready, 0, len(c.towns))
		for _, town := range c.towns {
			if r, ok := c.last[town]; ok && (r.Tick >= tick || c.status[town].Done) {
				got = append(got, r)
			} else {
				behind = append(behind, town)
			}
		}
		changed := c.changed
		c.mu.Unlock()
		if len(behind) == 0 {
			return got, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return nil, fmt.Errorf("the county clock at tick %d waits for %v: %w", tick, behind, ctx.Err())
		}
	}
}

// Heard returns every Ready heard so far, in the order heard.
func (c *County) Heard() []Ready {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Ready(nil), c.heard...)
}

// Close stops hearing the townships.
func (c *County) Close() error {
	c.statusSub.Stop()
	return c.sub.Unsubscribe()
}

// FollowClock steps township t's world as the county clock allows until ctx is done:
// step brings the world to the tick given (never past it) and returns its state hash;
// each time, the township reports Ready. It starts from where the clock stands. It
// returns nil when ctx is done, or step's or the broker's error.
func FollowClock(ctx context.Context, js jetstream.JetStream, t Township, step func(tick int64) (uint64, error)) error {
	if err := t.check(); err != nil {
		return err
	}
	cons, err := js.OrderedConsumer(ctx, t.countyStream(), jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{t.clockSubject()},
		DeliverPolicy:  jetstream.DeliverLastPerSubjectPolicy,
	})
	if err != nil {
		return fmt.Errorf("township %s cannot follow the county clock: %w", t.Town, err)
	}
	it, err := cons.Messages()
	if err != nil {
		return fmt.Errorf("township %s cannot follow the county clock: %w", t.Town, err)
	}
	go func() { <-ctx.Done(); it.Stop() }()
	for {
		m, err := it.Next()
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return fmt.Errorf("township %s lost the county clock: %w", t.Town, err)
		}
		tick, err := strconv.ParseInt(string(m.Data()), 10, 64)
		if err != nil {
			return fmt.Errorf("township %s: the county clock says %q, not a tick", t.Town, m.Data())
		}
		state, err := step(tick)
		if err != nil {
			return fmt.Errorf("township %s at tick %d: %w", t.Town, tick, err)
		}
		b, _ := json.Marshal(Ready{Town: t.Town, Tick: tick, State: strconv.FormatUint(state, 16)})
		if err := js.Conn().Publish(t.readySubject(), b); err != nil {
			return fmt.Errorf("township %s cannot report tick %d: %w", t.Town, tick, err)
		}
	}
}
