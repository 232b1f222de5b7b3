// Package servertest holds what the tests of a served drill share: the sixteen seats
// of the loopback drill, bots that play them, and the checks of what a drill
// journaled against the orders it was meant to play.
package servertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/session"
	"drillsim/sim"
)

// Bot is a seat played by a scripted participant.
type Bot struct {
	Seat server.Seat
	Cmds []sim.Command
	Opt  session.RemoteOptions
	// Before, when set, runs once the seat has joined, before it plays.
	Before func(*session.Remote)
}

// Play plays every bot against the server at address until the drill ends, and
// fails the test for a bot that could not play to the end.
func Play(t testing.TB, address string, bots []Bot) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, len(bots))
	for i, b := range bots {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Opt.HoldReady = true
			r, err := DialRetrying(ctx, address, b.Seat.Code, b.Opt)
			if err != nil {
				errs[i] = err
				return
			}
			defer r.Close()
			if b.Before != nil {
				b.Before(r)
			}
			errs[i] = session.Play(ctx, r, b.Cmds)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("seat %d (%s): %v", i+1, bots[i].Seat.Role.Chinese(), err)
		}
	}
}

// DialRetrying dials until the server answers, refuses the seat, or ctx ends.
func DialRetrying(ctx context.Context, address, code string, opt session.RemoteOptions) (*session.Remote, error) {
	for {
		r, err := session.Dial(ctx, address, code, opt)
		var refused *session.RefusedError
		if err == nil || ctx.Err() != nil || errors.As(err, &refused) {
			return r, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// CombinedRoles are the sixteen seats of the loopback drill: the command post, every
// village of the demo town, the controller, two evaluators and a second desk at the
// command post whose bot stays idle.
func CombinedRoles(d *drill.Drill) []scenarios.Role {
	roles := []scenarios.Role{scenarios.RoleCommand}
	for _, v := range d.Town.Villages {
		roles = append(roles, scenarios.VillageRole(v.Name))
	}
	return append(roles, scenarios.RoleController, scenarios.RoleEvaluator, scenarios.RoleEvaluator, scenarios.RoleCommand)
}

// Seats returns a seat with a new code for each role.
func Seats(t testing.TB, roles ...scenarios.Role) []server.Seat {
	t.Helper()
	seats, err := server.NewSeats(roles)
	if err != nil {
		t.Fatal(err)
	}
	return seats
}

// CombinedBots are bots for seats, each playing its role's share of the reference
// response of drill d, but the last seat, which stays idle.
func CombinedBots(d *drill.Drill, seats []server.Seat) []Bot {
	bots := make([]Bot, len(seats))
	for i, s := range seats {
		bots[i] = Bot{Seat: s}
		if i < len(seats)-1 {
			bots[i].Cmds = session.RoleCommands(d.Commands, s.Role)
		}
	}
	return bots
}

// HeadlessHash runs cmds headless on a new world of d, as drillsim run does, and
// returns the final state hash.
func HeadlessHash(t testing.TB, d *drill.Drill, cmds []sim.Command) uint64 {
	t.Helper()
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sim.Run(w, cmds, func(sim.Event) {}, nil)
	return w.StateHash()
}

// SameOrders checks that the journal's commands are the reference ones, each once,
// and (when atTheirTicks) each at the tick the reference gives it. Commands of one
// tick may come in any order: the seats sent them at once.
func SameOrders(t testing.TB, journaled, reference []sim.Command, atTheirTicks bool) {
	t.Helper()
	key := func(c sim.Command) string {
		if c.Order.Role == "" {
			c.Order.Role = scenarios.RoleCommand
		}
		b, _ := json.Marshal(c.Order)
		if atTheirTicks {
			return fmt.Sprintf("%d %s", c.Tick, b)
		}
		return string(b)
	}
	count := map[string]int{}
	for _, c := range reference {
		count[key(c)]++
	}
	for _, c := range journaled {
		count[key(c)]--
	}
	for k, n := range count {
		switch {
		case n > 0:
			t.Errorf("the journal lacks the order %s", k)
		case n < 0:
			t.Errorf("the journal holds the order %s %d times too many", k, -n)
		}
	}
}

// Served is a drill served on loopback for a test.
type Served struct {
	*server.Server
	// URL is where the seats join (http://host:port).
	URL  string
	stop func()
}

// Serve starts cfg's drill at addr (host:port; a free loopback port when empty,
// waiting up to 10 s for addr to be free, as a standby taking over an address does);
// the test's end stops it.
func Serve(tb testing.TB, cfg server.Config, addr string) *Served {
	tb.Helper()
	s, err := server.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	h, err := s.Handler(server.HandlerOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	var ln net.Listener
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if ln, err = net.Listen("tcp", addr); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	hs := &http.Server{Handler: h}
	go hs.Serve(ln)
	go s.Run(ctx)
	sv := &Served{Server: s, URL: "http://" + ln.Addr().String(), stop: func() { cancel(); hs.Close() }}
	tb.Cleanup(sv.Stop)
	return sv
}

// Stop stops the server at once: its drill and its listener.
func (s *Served) Stop() { s.stop() }

// JournaledOnce opens the journal at path and checks that it holds the end of the
// drill and every order of reference once, at whatever tick; it returns the journal.
func JournaledOnce(tb testing.TB, path string, reference []sim.Command) *journal.Journal {
	tb.Helper()
	j, err := journal.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	if !j.Finished() {
		tb.Fatal("the journal does not hold the end of the drill")
	}
	SameOrders(tb, j.Commands(), reference, false)
	return j
}
