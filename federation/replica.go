package federation

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Replica copies a township's journal into its stream, line n as the stream's message
// n: a journal.Mirror. Each line is published with the expectation that the stream
// holds exactly the lines before it, so a copy never has a gap or a line twice, and a
// server that lost its township (a standby has written after it) is refused rather
// than forking the journal. Publish returns once the stream's replicas hold the line.
type Replica struct {
	js      jetstream.JetStream
	t       Township
	timeout time.Duration
	// held is how many lines the stream holds.
	held int
}

// ReplicaConfig says how a township's journal stream is kept.
type ReplicaConfig struct {
	// Replicas is how many servers of the cluster hold the stream (1, or 3 for a
	// cluster that survives one server's loss).
	Replicas int
	// Timeout bounds each line's publication (default 5 s).
	Timeout time.Duration
}

// NewReplica opens the stream of t's journal, making it when it is missing.
func NewReplica(ctx context.Context, js jetstream.JetStream, t Township, cfg ReplicaConfig) (*Replica, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	s, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:     t.journalStream(),
		Subjects: []string{t.journalSubject()},
		Storage:  jetstream.FileStorage,
		Replicas: max(cfg.Replicas, 1),
		// A journal is kept whole: no limits, nothing discarded.
		Retention: jetstream.LimitsPolicy,
	})
	if err != nil {
		return nil, fmt.Errorf("township %s: cannot open the stream of its journal: %w", t.Town, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("township %s: %w", t.Town, err)
	}
	return &Replica{js: js, t: t, timeout: cfg.Timeout, held: int(info.State.LastSeq)}, nil
}

// Line publishes line n of the journal unless the stream holds it already.
func (r *Replica) Line(n int, line []byte) error {
	if n <= r.held {
		return nil
	}
	if n != r.held+1 {
		return fmt.Errorf("township %s: the stream holds %d lines of the journal, not the %d before line %d", r.t.Town, r.held, n-1, n)
	}
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	defer cancel()
	_, err := r.js.Publish(ctx, r.t.journalSubject(), line,
		jetstream.WithExpectStream(r.t.journalStream()),
		jetstream.WithExpectLastSequence(uint64(n-1)),
		jetstream.WithMsgID(r.t.Town+":"+strconv.Itoa(n)))
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence {
		return fmt.Errorf("township %s: the stream of its journal has moved on without this server (a standby serves the township now): stop serving it", r.t.Town)
	}
	if err != nil {
		return fmt.Errorf("township %s: line %d did not reach the stream of its journal: %w", r.t.Town, n, err)
	}
	r.held = n
	return nil
}
