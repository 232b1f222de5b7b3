package server_test

import (
	"context"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/server/wire"
	"drillsim/session"
	"drillsim/sim"
)

// TestTheServerHoldsSeatsToTheirRole has a village seat order another village's
// warning and dispatch the town's rescue team, and an evaluator give an order: each is
// refused with its typed reason and none is journaled, while the village's warning of
// itself is journaled and acknowledged.
func TestTheServerHoldsSeatsToTheirRole(t *testing.T) {
	d := drilltest.Builtin(t, "flood", false)
	own, other := d.Town.Villages[1].Name, d.Town.Villages[2].Name
	seats := servertest.Seats(t, scenarios.VillageRole(own), scenarios.RoleEvaluator)
	jpath := filepath.Join(t.TempDir(), "flood.journal")
	sv := serve(t, server.Config{Drill: d, Journal: jpath, Seats: seats, Speed: 60, Wait: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	village, err := session.Dial(ctx, sv.URL, seats[0].Code, session.RemoteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer village.Close()
	evaluator, err := session.Dial(ctx, sv.URL, seats[1].Code, session.RemoteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer evaluator.Close()
	warn := func(v string) scenarios.Order {
		return scenarios.Order{Order: scenarios.OrderWarn, Scope: scenarios.Scope{Villages: []string{v}}, Channel: scenarios.ChannelSMS}
	}
	type seatOrder struct {
		r   *session.Remote
		seq uint64
	}
	refusals := map[seatOrder]sim.ReasonCode{
		{village, village.Send(warn(other))}: sim.ReasonOtherVillage,
		{village, village.Send(scenarios.Order{Order: scenarios.OrderDispatch, Unit: "rescue-1", To: own, Task: scenarios.TaskRescue})}: sim.ReasonOtherVillagesUnit,
		{village, village.Send(scenarios.Order{Order: scenarios.OrderCloseRoad, Road: "滨河路"})}:                                          sim.ReasonRoleMayNot,
		{evaluator, evaluator.Send(warn(own))}: sim.ReasonRoleMayNot,
	}
	village.Send(warn(own))
	got := map[seatOrder]sim.ReasonCode{}
	for len(got) < len(refusals) {
		for _, r := range []*session.Remote{village, evaluator} {
			for _, e := range r.Advance(0) {
				if e.Kind == scenarios.EventRejected {
					got[seatOrder{r, e.Seq}] = e.Reason.Code
				}
			}
		}
		wctx, wcancel := context.WithTimeout(ctx, 200*time.Millisecond)
		village.Wait(wctx)
		wcancel()
		if ctx.Err() != nil {
			t.Fatalf("waiting for the refusals: got %v", got)
		}
	}
	for o, want := range refusals {
		if got[o] != want {
			t.Errorf("%s's order %d refused with %q, want %q", o.r.Role().Chinese(), o.seq, got[o], want)
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		j, err := journal.Open(jpath)
		if err != nil {
			t.Fatal(err)
		}
		if cmds := j.Commands(); len(cmds) > 0 {
			if len(cmds) != 1 || cmds[0].Order.Scope.Villages[0] != own || cmds[0].Order.Role != scenarios.VillageRole(own) {
				t.Fatalf("the journal holds %+v, want the village's warning of itself alone", cmds)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the village's own warning was never journaled")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestTheServerGuardsItsDoor opens seats the ways an attacker would: from a page of
// another origin (refused), with a wrong code (refused, and after five tries from one
// address, refused before the handshake), and with a message over the size limit (the
// connection closed).
func TestTheServerGuardsItsDoor(t *testing.T) {
	d := drilltest.Builtin(t, "flood", false)
	seats := servertest.Seats(t, scenarios.RoleCommand)
	sv := serve(t, server.Config{Drill: d, Journal: filepath.Join(t.TempDir(), "flood.journal"), Seats: seats, Speed: 60, Wait: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	wsURL := "ws" + strings.TrimPrefix(sv.URL, "http") + server.PathSocket
	_, resp, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{HTTPHeader: http.Header{"Origin": {"http://evil.example"}}})
	if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("a page of another origin opened a seat's socket: %v", err)
	}

	ws, _, err := websocket.Dial(ctx, wsURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	hello, _ := wire.EncodeClient(&wire.ClientMessage{Hello: &wire.Hello{Version: wire.Version, Code: seats[0].Code}})
	ws.SetReadLimit(wire.MaxServerMessage)
	ws.Write(ctx, websocket.MessageBinary, hello)
	if _, _, err := ws.Read(ctx); err != nil {
		t.Fatal(err)
	}
	ws.Write(ctx, websocket.MessageBinary, make([]byte, wire.MaxClientMessage+1))
	for {
		if _, _, err := ws.Read(ctx); err != nil {
			var ce websocket.CloseError
			if !errors.As(err, &ce) || ce.Code != websocket.StatusMessageTooBig {
				t.Errorf("a message over the limit ended the connection with %v, want status %d", err, websocket.StatusMessageTooBig)
			}
			break
		}
	}

	for i := range 5 {
		var refused *session.RefusedError
		if _, err := session.Dial(ctx, sv.URL, "0000-0000-0000", session.RemoteOptions{}); !errors.As(err, &refused) {
			t.Fatalf("try %d with a wrong code: %v", i+1, err)
		}
	}
	_, resp, err = websocket.Dial(ctx, wsURL, nil)
	if err == nil || resp == nil || resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("the sixth wrong code in a row was let in to the handshake: %v", err)
	}
}
