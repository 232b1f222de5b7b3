package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
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

// served is a drill served on loopback for a test.
type served struct {
	srv    *server.Server
	http   *httptest.Server
	cancel context.CancelFunc
}

// serve starts cfg's drill on a loopback address; the test's end stops it.
func serve(t *testing.T, cfg server.Config) *served {
	t.Helper()
	s, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h, err := s.Handler(server.HandlerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	sv := &served{srv: s, http: httptest.NewServer(h), cancel: cancel}
	go s.Run(ctx)
	t.Cleanup(func() {
		cancel()
		sv.http.Close()
	})
	return sv
}

// bot is a seat played by a scripted participant.
type bot struct {
	seat server.Seat
	cmds []sim.Command
	opt  session.RemoteOptions
	// before, when set, runs once the seat has joined, before it plays.
	before func(*session.Remote)
}

// play plays every bot against the server at address until the drill ends, and
// fails the test for a bot that could not play to the end.
func play(t *testing.T, address string, bots []bot) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, len(bots))
	for i, b := range bots {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.opt.HoldReady = true
			r, err := dialRetrying(ctx, address, b.seat.Code, b.opt)
			if err != nil {
				errs[i] = err
				return
			}
			defer r.Close()
			if b.before != nil {
				b.before(r)
			}
			errs[i] = session.Play(ctx, r, b.cmds)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("seat %d (%s): %v", i+1, bots[i].seat.Role.Chinese(), err)
		}
	}
}

// dialRetrying dials until the server answers or ctx ends.
func dialRetrying(ctx context.Context, address, code string, opt session.RemoteOptions) (*session.Remote, error) {
	for {
		r, err := session.Dial(ctx, address, code, opt)
		var refused *session.RefusedError
		if err == nil || ctx.Err() != nil || errorsAs(err, &refused) {
			return r, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// combinedRoles are the sixteen seats of the loopback drill: the command post, every
// village of the demo town, the controller, two evaluators and a second desk at the
// command post whose bot stays idle.
func combinedRoles(d *drill.Drill) []scenarios.Role {
	roles := []scenarios.Role{scenarios.RoleCommand}
	for _, v := range d.Town.Villages {
		roles = append(roles, scenarios.VillageRole(v.Name))
	}
	return append(roles, scenarios.RoleController, scenarios.RoleEvaluator, scenarios.RoleEvaluator, scenarios.RoleCommand)
}

// combinedBots are bots for seats, each playing its role's share of the reference
// response of drill d, but the last seat, which stays idle.
func combinedBots(d *drill.Drill, seats []server.Seat) []bot {
	bots := make([]bot, len(seats))
	for i, s := range seats {
		bots[i] = bot{seat: s}
		if i < len(seats)-1 {
			bots[i].cmds = session.RoleCommands(d.Commands, s.Role)
		}
	}
	return bots
}

// headlessHash runs cmds headless on a new world of d, as drillsim run does, and
// returns the final state hash.
func headlessHash(t *testing.T, d *drill.Drill, cmds []sim.Command) uint64 {
	t.Helper()
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sim.Run(w, cmds, func(sim.Event) {}, nil)
	return w.StateHash()
}

// TestSixteenSeatsPlayTheCombinedDrill serves the combined drill at the speed max to
// sixteen bots — the command post, eleven villages, the controller, two evaluators
// and an idle seat — each giving its role's share of the reference response, and
// checks that the journal holds the reference response, every order at its tick, and
// that the drill ends in the state of the headless run of the same orders at the same
// ticks.
func TestSixteenSeatsPlayTheCombinedDrill(t *testing.T) {
	d, err := drill.Builtin("combined", true)
	if err != nil {
		t.Fatal(err)
	}
	seats := seatsOf(t, combinedRoles(d)...)
	jpath := filepath.Join(t.TempDir(), "combined.journal")
	sv := serve(t, server.Config{Drill: d, Journal: jpath, Seats: seats, Speed: server.SpeedMax, Wait: time.Minute})
	play(t, sv.http.URL, combinedBots(d, seats))
	<-sv.srv.Done()
	if err := sv.srv.Err(); err != nil {
		t.Fatal(err)
	}
	got := sv.srv.Result().World.StateHash()
	j, err := journal.Open(jpath)
	if err != nil {
		t.Fatal(err)
	}
	if want := headlessHash(t, d, j.Commands()); got != want {
		t.Errorf("the served drill ends in state %016x, the headless run of its journal's orders in %016x", got, want)
	}
	sameOrders(t, j.Commands(), d.Commands, true)
}

// sameOrders checks that the journal's commands are the reference ones, each once,
// and (when atTheirTicks) each at the tick the reference gives it. Commands of one
// tick may come in any order: the seats sent them at once.
func sameOrders(t *testing.T, journaled, reference []sim.Command, atTheirTicks bool) {
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

// seatsOf returns a seat for each role.
func seatsOf(t *testing.T, roles ...scenarios.Role) []server.Seat {
	t.Helper()
	seats, err := server.NewSeats(roles)
	if err != nil {
		t.Fatal(err)
	}
	return seats
}
