package server_test

import (
	"context"
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
	srv     *server.Server
	http    *httptest.Server
	journal string
	cancel  context.CancelFunc
	runErr  chan error
}

// serve starts cfg's drill on a loopback address.
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
	sv := &served{srv: s, http: httptest.NewServer(h), journal: cfg.Journal, cancel: cancel, runErr: make(chan error, 1)}
	go func() { sv.runErr <- s.Run(ctx) }()
	t.Cleanup(sv.stop)
	return sv
}

// stop stops the server.
func (sv *served) stop() {
	sv.cancel()
	sv.http.Close()
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

// combinedRoles are the seats of the loopback drill: the command post, every village
// of the demo town, the controller, two evaluators and a second desk at the command
// post that nobody plays (the idle seat).
func combinedRoles(t *testing.T, d *drill.Drill) []scenarios.Role {
	roles := []scenarios.Role{scenarios.RoleCommand}
	for _, v := range d.Town.Villages {
		roles = append(roles, scenarios.VillageRole(v.Name))
	}
	return append(roles, scenarios.RoleController, scenarios.RoleEvaluator, scenarios.RoleEvaluator, scenarios.RoleCommand)
}

// headlessHash runs the journal's commands headless, as drillsim run does, and
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

func TestSixteenSeatsPlayTheCombinedDrill(t *testing.T) {
	d, err := drill.Builtin("combined", true)
	if err != nil {
		t.Fatal(err)
	}
	seats := seatsOf(t, combinedRoles(t, d)...)
	jpath := filepath.Join(t.TempDir(), "combined.journal")
	sv := serve(t, server.Config{Drill: d, Journal: jpath, Seats: seats, Speed: server.SpeedMax, Wait: time.Minute})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, len(seats))
	for i, seat := range seats {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := session.Dial(ctx, sv.http.URL, seat.Code, session.RemoteOptions{HoldReady: true})
			if err != nil {
				errs[i] = err
				return
			}
			defer r.Close()
			var cmds []sim.Command
			if i != len(seats)-1 {
				cmds = session.RoleCommands(d.Commands, seat.Role)
			}
			errs[i] = session.Play(ctx, r, cmds)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("seat %d (%s): %v", i+1, seats[i].Role.Chinese(), err)
		}
	}
	<-sv.srv.Done()
	res := sv.srv.Result()
	j, err := journal.Open(jpath)
	if err != nil {
		t.Fatal(err)
	}
	got := res.World.StateHash()
	fmt.Println("served", got, "journal", headlessHash(t, d, j.Commands()), "reference", headlessHash(t, d, d.Commands), len(j.Commands()), len(d.Commands))
	st := sv.srv.Stats()
	fmt.Println(st)
}
