package main

import (
	"context"
	"flag"
	"log/slog"
	"os"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"drillsim/drill"
	"drillsim/federation"
	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/server"
)

// countyFlags are drillsim serve's flags that make the drill one township of a county
// drill (docs/federation.md).
type countyFlags struct {
	broker, drill, township, standbyAddr *string
	standby                              *bool
}

// addCountyFlags adds the county flags to fs.
func addCountyFlags(fs *flag.FlagSet) countyFlags {
	return countyFlags{
		broker:      fs.String("county", "", "serve the drill as a township of the county drill whose broker is at this address (nats://host:port)"),
		drill:       fs.String("county-drill", "county", "the county drill's id (ASCII letters, digits, '-', '_'), as drillsim county names it"),
		township:    fs.String("township", "", "this township's id in the county drill (pinyin: ASCII letters, digits, '-', '_')"),
		standby:     fs.Bool("standby", false, "be the township's standby: wait until its server stops, restore its journal from the county's stream to --journal and serve it on"),
		standbyAddr: fs.String("standby-addr", "", "where the township's standby serves (host:port), printed on the seat sheet for the seats to reconnect to"),
	}
}

// check says what is wrong with the county flags given together.
func (f countyFlags) check(resume bool) error {
	switch {
	case *f.broker == "" && (*f.township != "" || *f.standby || *f.standbyAddr != ""):
		return scenarios.Failf("--township, --standby and --standby-addr serve a township of a county drill: give its broker with --county nats://host:port")
	case *f.broker != "" && *f.township == "":
		return scenarios.Failf("--county needs this township's id: --township NAME")
	case *f.standby && resume:
		return scenarios.Failf("a standby restores the journal from the county's stream: give it a new file with --journal, not --resume")
	}
	return nil
}

// countyTownship is a served drill's part in its county drill: its journal copied to
// the county's stream, its hold on the township, and its following of the county.
type countyTownship struct {
	nc  *nats.Conn
	t   federation.Township
	own *federation.Ownership
	// kept says how keeping the hold ended: nil when ctx was done, or why it was lost.
	kept   chan error
	member *federation.Member
	mirror *federation.Replica
	// lang is the language it says why it stops in, on the process's stderr.
	lang i18n.Language
}

// joinCounty connects to the county's broker and takes township f.township: at once,
// or for a standby once the township's server has stopped renewing its hold, when it
// restores the journal from the stream to jpath. It returns the part with what the
// server's Config needs; it says what it waits for and why it stops in lang.
func joinCounty(ctx context.Context, f countyFlags, d *drill.Drill, jpath, serverID string, log *slog.Logger, lang i18n.Language) (*countyTownship, error) {
	nc, err := nats.Connect(*f.broker, nats.Name("drillsim "+*f.township), nats.MaxReconnects(-1))
	if err != nil {
		return nil, scenarios.Failf("cannot reach the county's broker at %s: %v; is drillsim county running there?", *f.broker, err)
	}
	ok := false
	defer func() {
		if !ok {
			nc.Close()
		}
	}()
	t := federation.Township{Drill: *f.drill, Town: *f.township}
	joinFailed := func(err error) error {
		return scenarios.Failf("township %s cannot join county drill %s at %s: %v", t.Town, t.Drill, *f.broker, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, joinFailed(err)
	}
	owners, err := federation.JoinOwners(ctx, js, t.Drill)
	if err != nil {
		return nil, joinFailed(err)
	}
	c := &countyTownship{nc: nc, t: t, lang: lang}
	if *f.standby {
		sayProblem(os.Stderr, "serve", scenarios.Failf("standby: waiting for township %s's server to stop…", t.Town), lang)
		if c.own, err = owners.Await(ctx, t, serverID); err != nil {
			return nil, joinFailed(err)
		}
	} else if c.own, err = owners.Claim(ctx, t, serverID); err != nil {
		return nil, scenarios.Failf("cannot take township %s: %v; its standby serves it now; to serve it here, start as its standby (--standby)", t.Town, err)
	}
	// The hold is kept from the moment it is taken: making the world of a large map
	// may take longer than the hold lasts.
	c.kept = make(chan error, 1)
	go func() { c.kept <- c.own.Keep(ctx) }()
	if *f.standby {
		if _, err := federation.Restore(ctx, js, t, jpath); err != nil {
			return nil, scenarios.Failf("cannot restore township %s's journal from the county's stream to %s: %v", t.Town, jpath, err)
		}
	}
	if c.mirror, err = federation.NewReplica(ctx, js, t, federation.ReplicaConfig{Replicas: 1}); err != nil {
		return nil, joinFailed(err)
	}
	if c.member, err = federation.NewMember(js, t, d, log); err != nil {
		return nil, joinFailed(err)
	}
	ok = true
	return c, nil
}

// configure makes cfg the township's.
func (c *countyTownship) configure(cfg *server.Config) {
	cfg.Mirror = c.mirror
	cfg.Township = &server.Township{Stepped: c.member.Stepped}
	cfg.Speed = server.SpeedMax // the county's clock sets the pace
}

// run keeps the township's hold and follows the county until ctx is done or the
// drill ends; should the hold be lost or the county fail, it says why and calls stop.
func (c *countyTownship) run(ctx context.Context, s *server.Server, stop func()) {
	go func() {
		if err := <-c.kept; err != nil {
			sayProblem(os.Stderr, "serve", scenarios.Failf("township %s's hold is lost: %v; stopping (the standby serves the township)", c.t.Town, err), c.lang)
			stop()
		}
	}()
	go func() {
		if err := c.member.Follow(ctx, s); err != nil {
			sayProblem(os.Stderr, "serve", scenarios.Failf("the county drill failed: %v", err), c.lang)
			stop()
		}
	}()
}

// close leaves the broker.
func (c *countyTownship) close() { c.nc.Close() }
