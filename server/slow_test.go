package server_test

import (
	"context"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/session"
)

// stallingListener accepts connections whose writes can be made to stall, as those
// of a seat that stopped reading do once its network's buffers are full: the
// server's queue for the seat then fills at the pace the drill sends, whatever the
// kernel's buffers would hold.
type stallingListener struct {
	net.Listener
	mu    sync.Mutex
	conns []*stallingConn
}

func (l *stallingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	sc := &stallingConn{Conn: c, closed: make(chan struct{})}
	l.mu.Lock()
	l.conns = append(l.conns, sc)
	l.mu.Unlock()
	return sc, nil
}

// stall makes every write to the connections accepted so far wait until the
// connection is closed; later connections write as usual.
func (l *stallingListener) stall() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, c := range l.conns {
		c.stalled.Store(true)
	}
}

// stallingConn is a connection of a stallingListener.
type stallingConn struct {
	net.Conn
	stalled atomic.Bool
	closed  chan struct{}
	once    sync.Once
}

func (c *stallingConn) Write(p []byte) (int, error) {
	if c.stalled.Load() {
		<-c.closed
		return 0, net.ErrClosed
	}
	return c.Conn.Write(p)
}

func (c *stallingConn) Close() error {
	c.once.Do(func() { close(c.closed) })
	return c.Conn.Close()
}

// TestASeatThatStopsReadingIsDroppedAndCatchesUp serves the flood drill at a tick
// every 25 ms to two seats of one village and the controller; one village seat's
// connection stops taking what the server writes. The server drops that seat once
// its queue holds QueueFrames messages, while the drill steps on; the seat connects
// again by itself and, when the controller has paused the clock, holds the same
// events and view as the other seat of its village.
func TestASeatThatStopsReadingIsDroppedAndCatchesUp(t *testing.T) {
	d := drilltest.Builtin(t, "flood", false)
	village := scenarios.VillageRole(d.Town.Villages[1].Name)
	seats := servertest.Seats(t, village, village, scenarios.RoleController)
	const queue = 8
	tickS := int(d.Scenario.Tick.Seconds())
	sv := serve(t, server.Config{Drill: d, Journal: filepath.Join(t.TempDir(), "flood.journal"), Seats: seats,
		Speed: tickS * 40, Wait: time.Hour, QueueFrames: queue})
	h, err := sv.Handler(server.HandlerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := &stallingListener{Listener: inner}
	hs := &http.Server{Handler: h}
	go hs.Serve(ln)
	defer hs.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dial := func(url, code string, opt session.RemoteOptions) *session.Remote {
		r, err := session.Dial(ctx, url, code, opt)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(r.Close)
		return r
	}
	acked := make(chan uint64, 4)
	healthy := dial(sv.URL, seats[0].Code, session.RemoteOptions{})
	controller := dial(sv.URL, seats[2].Code, session.RemoteOptions{OnAck: func(seq uint64) { acked <- seq }})
	slow := dial("http://"+ln.Addr().String(), seats[1].Code, session.RemoteOptions{})
	ln.stall()
	stalledAt := sv.Stats().Steps

	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for !ok() {
			if ctx.Err() != nil {
				t.Fatalf("waited in vain for %s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	waitFor("the seat that stopped reading to be dropped", func() bool { return sv.Stats().Dropped == 1 })
	droppedAt := sv.Stats().Steps
	if droppedAt-stalledAt < queue {
		t.Errorf("the seat was dropped %d steps after it stopped reading, before its queue of %d could fill", droppedAt-stalledAt, queue)
	}
	waitFor("the drill to step on without the seat", func() bool { return sv.Stats().Steps >= droppedAt+queue })

	// The seat connects again through a connection that reads; the controller pauses
	// the clock, and every seat takes what was sent up to the pause.
	pause := controller.Send(scenarios.Order{Order: scenarios.OrderPause})
	select {
	case seq := <-acked:
		if seq != pause {
			t.Fatalf("the controller's pause acknowledged as %d, sent as %d", seq, pause)
		}
	case <-ctx.Done():
		t.Fatal("the controller's pause was never acknowledged")
	}
	st := sv.Stats()
	if st.Dropped != 1 {
		t.Errorf("%d seats dropped, want the one that stopped reading", st.Dropped)
	}
	last := int64(st.Steps)
	for _, r := range []*session.Remote{healthy, slow} {
		waitFor("every village seat to hold the tick of the pause", func() bool {
			r.Advance(0)
			return r.Snapshot().Tick == last
		})
		if err := r.Err(); err != nil {
			t.Fatalf("a village seat ended: %v", err)
		}
	}
	if last < int64(droppedAt+queue) {
		t.Fatalf("the drill paused at tick %d, the seat was dropped at step %d", last, droppedAt)
	}
	a, b := healthy.Snapshot(), slow.Snapshot()
	if a.T != b.T || a.Counts != b.Counts || !slices.Equal(a.Units, b.Units) || !slices.Equal(a.Buildings, b.Buildings) || !slices.Equal(a.Shelters, b.Shelters) {
		t.Errorf("the seat that caught up sees another world than the other seat of its village:\n%+v\n%+v", b.Counts, a.Counts)
	}
	ea, eb := healthy.Events(), slow.Events()
	if len(ea) != len(eb) {
		t.Fatalf("the seat that caught up holds %d events, the other seat of its village %d", len(eb), len(ea))
	}
	for i := range ea {
		if ea[i].T != eb[i].T || ea[i].Kind != eb[i].Kind || ea[i].Seq != eb[i].Seq {
			t.Errorf("event %d: %+v, the other seat %+v", i, eb[i], ea[i])
		}
	}
}
