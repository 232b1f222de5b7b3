package server_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"

	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/server/servertest"
	"drillsim/server/wire"
	"drillsim/session"
)

// recorder is an HTTP client whose connections keep every byte the server sends.
type recorder struct {
	mu    sync.Mutex
	conns []*recordedConn
}

// recordedConn is a connection that keeps what it reads.
type recordedConn struct {
	net.Conn
	mu  sync.Mutex
	got bytes.Buffer
}

func (c *recordedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.mu.Lock()
	c.got.Write(p[:n])
	c.mu.Unlock()
	return n, err
}

// client returns the HTTP client that records.
func (r *recorder) client() *http.Client {
	var d net.Dialer
	return &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		rc := &recordedConn{Conn: c}
		r.mu.Lock()
		r.conns = append(r.conns, rc)
		r.mu.Unlock()
		return rc, nil
	}}}
}

// seatStreams returns, for each WebSocket connection recorded, every byte the
// server sent on it after the handshake, and the messages they carry.
func (r *recorder) seatStreams(t *testing.T) (raw []byte, messages [][]byte) {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.conns {
		c.mu.Lock()
		b := bytes.Clone(c.got.Bytes())
		c.mu.Unlock()
		if !bytes.HasPrefix(b, []byte("HTTP/1.1 101")) {
			continue // the town's map or terrain, fetched over plain HTTP
		}
		i := bytes.Index(b, []byte("\r\n\r\n"))
		frames := b[i+4:]
		raw = append(raw, frames...)
		messages = append(messages, wsMessages(t, frames)...)
	}
	return raw, messages
}

// wsMessages splits the unmasked WebSocket frames a server sent into messages.
func wsMessages(t *testing.T, b []byte) [][]byte {
	t.Helper()
	var out [][]byte
	var cur []byte
	for len(b) >= 2 {
		fin, op := b[0]&0x80 != 0, b[0]&0x0f
		if b[0]&0x40 != 0 {
			t.Fatal("a compressed frame: the recording seat asked for none")
		}
		n, h := int(b[1]&0x7f), 2
		switch n {
		case 126:
			n, h = int(binary.BigEndian.Uint16(b[2:])), 4
		case 127:
			n, h = int(binary.BigEndian.Uint64(b[2:])), 10
		}
		if len(b) < h+n {
			break // the last frame, cut by the end of the connection
		}
		if op == 0 || op == 1 || op == 2 {
			cur = append(cur, b[h:h+n]...)
			if fin {
				out = append(out, cur)
				cur = nil
			}
		}
		b = b[h+n:]
	}
	return out
}

// TestAVillageSeatReceivesNothingItMustNotSee plays the combined drill with sixteen
// seats, an evaluator noting an observation, and records every byte the server sends
// to the seat of 桂花村, the one village with an inject of its own. In those bytes
// there is no inject or message addressed to another role, no unit of another
// village, no event or figure placed in another village, no observation and no
// score; its own inject is there.
func TestAVillageSeatReceivesNothingItMustNotSee(t *testing.T) {
	d, seats, sv, _ := serveCombined(t)
	const own = "桂花村"
	const secret = "评估员私下记录：桂花村转移组织混乱"
	var rec recorder
	bots := servertest.CombinedBots(d, seats)
	for i := range bots {
		switch bots[i].Seat.Role {
		case scenarios.VillageRole(own):
			bots[i].Opt = session.RemoteOptions{Client: rec.client(), Uncompressed: true}
		case scenarios.RoleEvaluator:
			bots[i].Before = func(r *session.Remote) {
				if err := r.Observe(observation.Observation{Item: "E05", Rating: observation.RatingM, Comment: secret, Evaluator: "评估员甲"}); err != nil {
					t.Error(err)
				}
			}
		}
	}
	servertest.Play(t, sv.URL, bots)
	raw, messages := rec.seatStreams(t)
	if len(messages) < 100 {
		t.Fatalf("recorded %d messages to %s's seat: the recording missed the drill", len(messages), own)
	}
	var forbidden []string
	sawOwn := false
	for _, in := range d.Scenario.Injects {
		if in.To == scenarios.VillageRole(own) {
			sawOwn = bytes.Contains(raw, []byte(in.Text))
			continue
		}
		forbidden = append(forbidden, in.Text, `"inject":"`+in.ID+`"`)
	}
	if !sawOwn {
		t.Errorf("%s's seat never received its own inject", own)
	}
	for _, u := range d.Scenario.Units {
		if u.Village != own {
			forbidden = append(forbidden, `"`+u.ID+`"`)
		}
	}
	for _, v := range d.Town.Villages {
		if v.Name != own {
			forbidden = append(forbidden, v.Name)
		}
	}
	forbidden = append(forbidden, secret, "评估员甲", `"observed"`, `"observations"`, `"score`, `"points"`, `"grade"`)
	for _, f := range forbidden {
		if i := bytes.Index(raw, []byte(f)); i >= 0 {
			t.Errorf("%s's seat received %q: …%s…", own, f, raw[max(0, i-120):min(len(raw), i+len(f)+40)])
		}
	}
	for _, m := range messages {
		msg, err := wire.DecodeServer(m)
		if err != nil {
			t.Fatalf("a message the seat cannot read: %v", err)
		}
		if msg.Observed != nil || msg.Welcome != nil && len(msg.Welcome.Observations) > 0 {
			t.Errorf("%s's seat received an observation", own)
		}
		if w := msg.Welcome; w != nil && (len(w.Scenario.Injects) > 0 || strings.Contains(string(m), "hydrograph")) {
			t.Errorf("%s's seat received the scenario's script", own)
		}
	}
}
