package federation

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Owners says which server serves each township of a county drill: one key per
// township in a JetStream key-value bucket, taken by compare-and-set and kept alive by
// its owner; an entry not renewed within the bucket's TTL lapses, and a standby takes
// the township over.
type Owners struct {
	kv  jetstream.KeyValue
	ttl time.Duration
}

// OpenOwners opens the owners bucket of the drill (making it when it is missing)
// whose entries lapse ttl after their last renewal.
func OpenOwners(ctx context.Context, js jetstream.JetStream, drill string, ttl time.Duration, replicas int) (*Owners, error) {
	t := Township{Drill: drill, Town: "county"}
	if err := t.check(); err != nil {
		return nil, err
	}
	if ttl < 100*time.Millisecond {
		return nil, fmt.Errorf("an owner's TTL of %v is too short to renew: give at least 100 ms", ttl)
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:   t.ownersBucket(),
		TTL:      ttl,
		History:  1,
		Storage:  jetstream.FileStorage,
		Replicas: max(replicas, 1),
	})
	if err != nil {
		return nil, fmt.Errorf("drill %s: cannot open the bucket of the townships' owners: %w", drill, err)
	}
	return &Owners{kv: kv, ttl: ttl}, nil
}

// JoinOwners opens the owners bucket of the drill as the county made it (OpenOwners),
// with the TTL the county set: what a township's server does, so that every township
// of the drill renews its hold as often as the bucket needs.
func JoinOwners(ctx context.Context, js jetstream.JetStream, drill string) (*Owners, error) {
	t := Township{Drill: drill, Town: "county"}
	if err := t.check(); err != nil {
		return nil, err
	}
	kv, err := js.KeyValue(ctx, t.ownersBucket())
	if err != nil {
		return nil, fmt.Errorf("drill %s: the county has no bucket of the townships' owners (is drillsim county running this drill?): %w", drill, err)
	}
	st, err := kv.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("drill %s: %w", drill, err)
	}
	if st.TTL() < 100*time.Millisecond {
		return nil, fmt.Errorf("drill %s: the townships' owners bucket keeps its entries %v, too short to renew", drill, st.TTL())
	}
	return &Owners{kv: kv, ttl: st.TTL()}, nil
}

// Ownership is a server's hold on a township.
type Ownership struct {
	o      *Owners
	key    string
	server string
	rev    uint64
}

// TakenError says another server holds the township.
type TakenError struct {
	Town, Server string
}

func (e *TakenError) Error() string {
	return fmt.Sprintf("township %s is served by %s", e.Town, e.Server)
}

// Claim takes t for server when nobody holds it.
func (o *Owners) Claim(ctx context.Context, t Township, server string) (*Ownership, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	rev, err := o.kv.Create(ctx, t.Town, []byte(server))
	if errors.Is(err, jetstream.ErrKeyExists) {
		holder := "another server"
		if e, gerr := o.kv.Get(ctx, t.Town); gerr == nil {
			holder = string(e.Value())
		}
		return nil, &TakenError{Town: t.Town, Server: holder}
	}
	if err != nil {
		return nil, fmt.Errorf("cannot claim township %s: %w", t.Town, err)
	}
	return &Ownership{o: o, key: t.Town, server: server, rev: rev}, nil
}

// Await claims t for server as soon as its owner's hold lapses (trying every tenth
// of the TTL), or returns ctx's error: what a standby waits in.
func (o *Owners) Await(ctx context.Context, t Township, server string) (*Ownership, error) {
	for {
		own, err := o.Claim(ctx, t, server)
		var taken *TakenError
		if !errors.As(err, &taken) {
			return own, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(o.ttl / 10):
		}
	}
}

// Keep renews the hold every third of the TTL until ctx is done (it then returns
// nil) or a renewal fails: the hold lapsed and another server may serve the township,
// so this one must stop.
func (own *Ownership) Keep(ctx context.Context) error {
	tick := time.NewTicker(own.o.ttl / 3)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		rev, err := own.o.kv.Update(ctx, own.key, []byte(own.server), own.rev)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("township %s: %s lost its hold: %w", own.key, own.server, err)
		}
		own.rev = rev
	}
}
