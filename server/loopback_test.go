package server_test

import (
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/server"
	"drillsim/server/servertest"
)

// serve starts cfg's drill on a free loopback port; the test's end stops it.
func serve(t *testing.T, cfg server.Config) *servertest.Served {
	return servertest.Serve(t, cfg, "")
}

// serveCombined serves the combined drill with its reference response (which seats
// nobody joined would play) at the speed max to the sixteen seats of
// servertest.CombinedRoles, journaled at the returned path.
func serveCombined(t *testing.T) (*drill.Drill, []server.Seat, *servertest.Served, string) {
	d := drilltest.Builtin(t, "combined", true)
	seats := servertest.Seats(t, servertest.CombinedRoles(d)...)
	jpath := filepath.Join(t.TempDir(), "combined.journal")
	return d, seats, serve(t, server.Config{Drill: d, Journal: jpath, Seats: seats, Speed: server.SpeedMax, Wait: time.Minute}), jpath
}

// TestSixteenSeatsPlayTheCombinedDrill serves the combined drill at the speed max to
// sixteen bots — the command post, eleven villages, the controller, two evaluators
// and an idle seat — each giving its role's share of the reference response, and
// checks that the journal holds the reference response, every order at its tick, and
// that the drill ends in the state of the headless run of the same orders at the same
// ticks.
func TestSixteenSeatsPlayTheCombinedDrill(t *testing.T) {
	d, seats, sv, jpath := serveCombined(t)
	servertest.Play(t, sv.URL, servertest.CombinedBots(d, seats))
	<-sv.Done()
	if err := sv.Err(); err != nil {
		t.Fatal(err)
	}
	got := sv.Result().World.StateHash()
	j, err := journal.Open(jpath)
	if err != nil {
		t.Fatal(err)
	}
	if want := servertest.HeadlessHash(t, d, j.Commands()); got != want {
		t.Errorf("the served drill ends in state %016x, the headless run of its journal's orders in %016x", got, want)
	}
	servertest.SameOrders(t, j.Commands(), d.Commands, true)
}
