package ui

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/drill/drilltest"
	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/session"
)

// TestTheControllersSeatChoosesHowUnjoinedSeatsPlay joins a served flood drill as
// the controller, whose window offers before the start how the seats nobody joined
// play; 按示范处置 chosen and the clock started with ×60, the journal records that the
// village nobody joined plays the reference response, and the choice is gone from
// the window.
func TestTheControllersSeatChoosesHowUnjoinedSeatsPlay(t *testing.T) {
	d := drilltest.Builtin(t, "flood", true)
	absent := scenarios.VillageRole(d.Town.Villages[2].Name)
	seats, err := server.NewSeats([]scenarios.Role{scenarios.RoleController, absent})
	if err != nil {
		t.Fatal(err)
	}
	jpath := filepath.Join(t.TempDir(), "flood.journal")
	srv, err := server.New(server.Config{Drill: d, Journal: jpath, Seats: seats, Wait: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	h, err := srv.Handler(server.HandlerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(h)
	defer hs.Close()
	ctx, stop := context.WithTimeout(context.Background(), time.Minute)
	defer stop()
	go srv.Run(ctx)
	r, err := session.Dial(ctx, hs.URL, seats[0].Code, session.RemoteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	g, in := playing(t, r, Config{})
	theHost.updatesPass(2)
	clickWidget(t, in, g, i18n.TextUnjoinedReference.In(i18n.Chinese))
	theHost.press(in, ebiten.Key3) // ×60: the clock starts
	for srv.Stats().Steps == 0 {
		if ctx.Err() != nil {
			t.Fatal("the drill never started")
		}
		theHost.updatesPass(1)
	}
	theHost.updatesPass(2)
	theHost.onUpdate(func() {
		for _, w := range g.panel.Widgets {
			if w.Label == i18n.TextUnjoinedReference.In(i18n.Chinese) {
				t.Error("the choice of how the unjoined seats play is offered once the clock has started")
			}
		}
	})
	stop()
	<-srv.Done()
	j, err := journal.Open(jpath)
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Seats(); got == nil || got.Play != journal.PlayReference || len(got.Roles) != 1 || got.Roles[0] != absent {
		t.Errorf("the journal records the unjoined seats as %+v, want %s playing the reference response", got, absent)
	}
}
