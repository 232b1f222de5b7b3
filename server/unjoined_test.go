package server_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/session"
	"drillsim/sim"
)

// TestTheControllerChoosesHowUnjoinedSeatsPlay serves the flood drill (idle by
// default, with its reference response loaded) to the controller, one village and a
// second village that never joins. A village's choice, a play of no kind and a
// choice after the start are refused; the controller's choice of the reference
// response before the start is acknowledged, the journal records it for the village
// that never joined, and that village's reference orders are played.
func TestTheControllerChoosesHowUnjoinedSeatsPlay(t *testing.T) {
	d := drilltest.Builtin(t, "flood", true)
	var joins, absent string // a village that joins, and one with reference orders that does not
	for _, v := range d.Town.Villages {
		switch {
		case absent == "" && len(session.RoleCommands(d.Commands, scenarios.VillageRole(v.Name))) > 0:
			absent = v.Name
		case joins == "":
			joins = v.Name
		}
	}
	seats := servertest.Seats(t, scenarios.RoleController, scenarios.VillageRole(joins), scenarios.VillageRole(absent))
	jpath := filepath.Join(t.TempDir(), "flood.journal")
	sv := serve(t, server.Config{Drill: d, Journal: jpath, Seats: seats, Speed: 0, Idle: journal.PlayIdle, Wait: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	acked := make(chan uint64, 8)
	controller, err := session.Dial(ctx, sv.URL, seats[0].Code, session.RemoteOptions{OnAck: func(seq uint64) { acked <- seq }})
	if err != nil {
		t.Fatal(err)
	}
	defer controller.Close()
	village, err := session.Dial(ctx, sv.URL, seats[1].Code, session.RemoteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer village.Close()
	if play, open := controller.Unjoined(); play != journal.PlayIdle || !open {
		t.Fatalf("the controller's seat is told the unjoined seats play %q, choice open %v; want idle, open", play, open)
	}
	if _, open := village.Unjoined(); open {
		t.Error("a village's seat may choose how the unjoined seats play")
	}
	// refusal waits for the next refusal r's seat receives and returns its text.
	refusal := func(r *session.Remote) string {
		t.Helper()
		for {
			for _, e := range r.Advance(0) {
				if e.Kind == scenarios.EventRejected {
					return strings.Join(e.Reason.Args, " ")
				}
			}
			if err := r.Wait(ctx); err != nil {
				t.Fatalf("waiting for a refusal: %v", err)
			}
		}
	}
	village.ChooseUnjoined(journal.PlayReference)
	if why := refusal(village); !strings.Contains(why, "only the controller") {
		t.Errorf("a village's choice refused with %q", why)
	}
	controller.ChooseUnjoined("everyone")
	if why := refusal(controller); !strings.Contains(why, `play "everyone"`) {
		t.Errorf("a choice of no kind refused with %q", why)
	}
	<-acked // the refusal's
	controller.ChooseUnjoined(journal.PlayReference)
	<-acked
	if play, open := controller.Unjoined(); play != journal.PlayReference || !open {
		t.Errorf("after its choice the controller's seat says the unjoined seats play %q, open %v", play, open)
	}
	// The controller starts the clock; a choice after the start is refused.
	controller.Send(scenarios.Order{Order: scenarios.OrderSpeed, Factor: 3000})
	for controller.Advance(0); controller.Snapshot().Tick == 0; controller.Advance(0) {
		if err := controller.Wait(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if _, open := controller.Unjoined(); open {
		t.Error("the controller's seat may still choose once the clock has started")
	}
	controller.ChooseUnjoined(journal.PlayIdle)
	if why := refusal(controller); !strings.Contains(why, "the clock has started") {
		t.Errorf("a choice after the start refused with %q", why)
	}
	// The village that never joined plays its reference orders: wait for its first.
	ref := session.RoleCommands(d.Commands, scenarios.VillageRole(absent))
	if len(ref) == 0 {
		t.Fatalf("the flood's reference response gives %s no order: the test shows nothing", absent)
	}
	for controller.Snapshot().Tick < ref[0].Tick {
		if err := controller.Wait(ctx); err != nil {
			t.Fatal(err)
		}
		controller.Advance(0)
	}
	sv.Stop()
	<-sv.Done()
	j, err := journal.Open(jpath)
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Seats(); got == nil || got.Play != journal.PlayReference || !slices.Equal(got.Roles, []scenarios.Role{scenarios.VillageRole(absent)}) {
		t.Errorf("the journal records the unjoined seats as %+v, want the reference response for %s", got, absent)
	}
	if !slices.ContainsFunc(j.Commands(), func(c sim.Command) bool { return c.Order.Role == scenarios.VillageRole(absent) }) {
		t.Errorf("no order of %s journaled by tick %d, its first reference order at tick %d", absent, controller.Snapshot().Tick, ref[0].Tick)
	}
}
