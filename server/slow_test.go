package server_test

import (
	"context"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"drillsim/drill/drilltest"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/server/wire"
	"drillsim/session"
)

// TestASlowSeatIsDroppedAndTheDrillGoesOn joins a village seat from a client that
// says hello and then reads nothing, through a tiny receive buffer, while the command
// post plays along: the server drops the silent seat once its queue is full, and the
// drill steps on and serves the command post without it.
func TestASlowSeatIsDroppedAndTheDrillGoesOn(t *testing.T) {
	d := drilltest.Builtin(t, "flood", false)
	seats := servertest.Seats(t, scenarios.RoleCommand, scenarios.VillageRole(d.Town.Villages[0].Name))
	sv := serve(t, server.Config{Drill: d, Journal: filepath.Join(t.TempDir(), "flood.journal"), Seats: seats, Speed: 600, Wait: time.Minute, QueueFrames: 4})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	tiny := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetReadBuffer(1024)
		}
		return c, err
	}}}
	ws, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(sv.URL, "http")+server.PathSocket, &websocket.DialOptions{HTTPClient: tiny})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	hello, _ := wire.EncodeClient(&wire.ClientMessage{Hello: &wire.Hello{Version: wire.Version, Code: seats[1].Code}})
	if err := ws.Write(ctx, websocket.MessageBinary, hello); err != nil {
		t.Fatal(err)
	}

	post, err := session.Dial(ctx, sv.URL, seats[0].Code, session.RemoteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer post.Close()
	for sv.Stats().Dropped == 0 {
		if err := post.Wait(ctx); err != nil {
			t.Fatalf("the silent seat was never dropped: %v (server stats %+v)", err, sv.Stats())
		}
		post.Advance(0)
	}
	steps := sv.Stats().Steps
	for sv.Stats().Steps < steps+30 {
		if err := post.Wait(ctx); err != nil {
			t.Fatalf("the drill stood still after the silent seat was dropped: %v", err)
		}
		post.Advance(0)
	}
}
