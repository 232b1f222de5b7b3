package server_test

import (
	"context"
	"flag"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/session"
	"drillsim/sim"
)

// loadWall is how long BenchmarkThreeHundredSeats plays the county at ×60.
var loadWall = flag.Duration("seats.wall", 20*time.Second, "wall time BenchmarkThreeHundredSeats plays the county drill for")

// loadProfile is where BenchmarkThreeHundredSeats writes a CPU profile of its play
// alone (without the county's making, the baseline and the seats' joining), its
// samples labelled side=server or side=bots.
var loadProfile = flag.String("seats.profile", "", "file for a CPU profile of BenchmarkThreeHundredSeats's play, labelled side=server|bots")

// loadSeats is how many seats the load benchmark fills with bots.
const loadSeats = 300

// orderEveryS is how often, in wall seconds, each bot that gives orders gives one.
const orderEveryS = 15

// countingListener counts the bytes written to every connection it accepts.
type countingListener struct {
	net.Listener
	written atomic.Int64
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	return &countingConn{Conn: c, n: &l.written}, err
}

type countingConn struct {
	net.Conn
	n *atomic.Int64
}

func (c *countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.n.Add(int64(n))
	return n, err
}

// loadOrder is the order a seat of role gives again and again in the load benchmark,
// or false for a role that gives none: a village warns itself by SMS, the command
// post sends a follow-up report.
func loadOrder(role scenarios.Role) (scenarios.Order, bool) {
	switch {
	case role.Village() != "":
		return scenarios.Order{Order: scenarios.OrderWarn, Scope: scenarios.Scope{Villages: []string{role.Village()}}, Channel: scenarios.ChannelSMS}, true
	case role == scenarios.RoleCommand:
		return scenarios.Order{Order: scenarios.OrderReport, Report: scenarios.ReportFollowup, Text: "续报"}, true
	}
	return scenarios.Order{}, false
}

// BenchmarkThreeHundredSeats serves the county flood at ×60 to 300 bots on loopback
// (the command post, villages of the county, the controller and evaluators), each
// that gives orders giving one every 15 s, for -seats.wall (20 s by default), and
// reports the orders' round trip (sent to acknowledged: checked, journaled with
// fsync), how late the server's clock stepped, and the bytes each seat received per
// second on the wire. The baseline is the same drill with the same orders applied in
// process through a journaling session; ratios are to it. Targets: round trip p95 at
// most 50 ms, no step late by more than a tick, 20 KB/s a seat.
func BenchmarkThreeHundredSeats(b *testing.B) {
	d, mapData := drilltest.County(b, "county24h")
	roles := []scenarios.Role{scenarios.RoleCommand, scenarios.RoleController, scenarios.RoleEvaluator, scenarios.RoleEvaluator}
	for i := 0; len(roles) < loadSeats; i++ {
		roles = append(roles, scenarios.VillageRole(d.Town.Villages[i%len(d.Town.Villages)].Name))
	}
	for b.Loop() {
		base := inProcessBaseline(b, d, roles)
		seats := servertest.Seats(b, roles...)
		if w, err := d.NewWorld(sim.Options{}); err == nil {
			session.ShareTown(d.Town, w.Snapshot().Terrain)
		}
		srv, err := server.New(server.Config{Drill: d, Map: mapData, Journal: filepath.Join(b.TempDir(), "county.journal"),
			Seats: seats, Speed: 60, Wait: 2 * time.Minute, QueueFrames: 4096})
		if err != nil {
			b.Fatal(err)
		}
		h, err := srv.Handler(server.HandlerOptions{})
		if err != nil {
			b.Fatal(err)
		}
		hs := httptest.NewUnstartedServer(h)
		ln := &countingListener{Listener: hs.Listener}
		hs.Listener = ln
		ctx, cancel := context.WithCancel(context.Background())
		// The server's goroutines (the drill's, and each connection's reader and
		// writer) carry the label side=server, the bots' side=bots: a CPU profile
		// tells what the server costs apart from its bots (pprof -tagfocus).
		pprof.Do(ctx, pprof.Labels("side", "server"), func(context.Context) {
			hs.Start()
			go srv.Run(ctx)
		})

		var mu sync.Mutex
		var rtts []time.Duration
		var wg sync.WaitGroup
		type bot struct {
			i int
			r *session.Remote
		}
		joined := make(chan bot, len(seats))
		sent := make([]sentOrders, len(seats))
		for i, seat := range seats {
			sent[i].at = map[uint64]time.Time{}
			wg.Add(1)
			go pprof.Do(ctx, pprof.Labels("side", "bots"), func(context.Context) {
				defer wg.Done()
				opt := session.RemoteOptions{OnAck: func(seq uint64) {
					if t0, ok := sent[i].take(seq); ok {
						mu.Lock()
						rtts = append(rtts, time.Since(t0))
						mu.Unlock()
					}
				}}
				dctx, dcancel := context.WithTimeout(ctx, 3*time.Minute)
				r, err := servertest.DialRetrying(dctx, hs.URL, seat.Code, opt)
				dcancel()
				if err != nil {
					b.Error(err)
					joined <- bot{i, nil}
					return
				}
				joined <- bot{i, r}
			})
		}
		var remotes []*session.Remote
		var bots []bot
		for range seats {
			if j := <-joined; j.r != nil {
				bots = append(bots, j)
				remotes = append(remotes, j.r)
			}
		}
		wg.Wait()
		// The clock has started: every seat joined. Bytes, CPU and the profile count
		// from here.
		if *loadProfile != "" {
			f, err := os.Create(*loadProfile)
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				b.Fatal(err)
			}
		}
		ln.written.Store(0)
		startStats := srv.Stats()
		cpu0 := processCPU()
		start := time.Now()
		var given atomic.Int64
		// How late a goroutine of this process wakes from a 1 ms sleep while the drill
		// plays: what the machine (its other processes, the bots) adds to every hand
		// over from one goroutine to another, of which an order's round trip has six.
		var wakeLate []time.Duration
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Since(start) < *loadWall {
				t0 := time.Now()
				time.Sleep(time.Millisecond)
				wakeLate = append(wakeLate, time.Since(t0)-time.Millisecond)
				time.Sleep(10 * time.Millisecond)
			}
		}()
		for _, bt := range bots {
			i, r := bt.i, bt.r
			wg.Add(1)
			go pprof.Do(ctx, pprof.Labels("side", "bots"), func(context.Context) {
				defer wg.Done()
				o, gives := loadOrder(r.Role())
				next := start.Add(time.Duration(i%orderEveryS) * time.Second)
				for time.Since(start) < *loadWall {
					r.Advance(0)
					if gives && time.Now().After(next) {
						sent[i].send(r, o)
						given.Add(1)
						next = next.Add(orderEveryS * time.Second)
					}
					wctx, wcancel := context.WithTimeout(ctx, 100*time.Millisecond)
					r.Wait(wctx)
					wcancel()
				}
			})
		}
		wg.Wait()
		wall := time.Since(start)
		cpu := processCPU() - cpu0
		if *loadProfile != "" {
			pprof.StopCPUProfile()
		}
		st := srv.Stats()
		written := ln.written.Load()
		cancel()
		hs.Close()
		for _, r := range remotes {
			r.Close()
		}
		if len(rtts) == 0 {
			b.Fatal("no order came back acknowledged")
		}
		slices.Sort(rtts)
		p95 := rtts[len(rtts)*95/100]
		perSeat := float64(written) / wall.Seconds() / float64(len(seats))
		b.ReportMetric(float64(p95)/1e6, "rtt_p95_ms")
		b.ReportMetric(float64(rtts[len(rtts)/2])/1e6, "rtt_p50_ms")
		b.ReportMetric(float64(len(rtts)), "orders")
		b.ReportMetric(float64(given.Load()-int64(len(rtts))), "orders_unacked")
		b.ReportMetric(float64(st.LateSteps-startStats.LateSteps), "late_steps")
		b.ReportMetric(st.MaxLate, "max_late_ticks")
		b.ReportMetric(float64(st.Steps-startStats.Steps), "steps")
		b.ReportMetric(perSeat/1024, "KB/s/seat")
		b.ReportMetric(float64(st.Dropped), "seats_dropped")
		b.ReportMetric(cpu.Seconds()/wall.Seconds(), "play_cpu_cores")
		slices.Sort(wakeLate)
		b.ReportMetric(float64(wakeLate[len(wakeLate)/2])/1e6, "wake_late_p50_ms")
		b.ReportMetric(float64(wakeLate[len(wakeLate)*95/100])/1e6, "wake_late_p95_ms")
		b.ReportMetric(float64(p95)/float64(base.p95), "x_rtt_p95_in_process")
		b.ReportMetric(base.stepMs, "in_process_step_ms")
	}
}

// processCPU returns the CPU time the process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sentOrders are when one seat's orders were sent, by the number Send returned for
// each, until its acknowledgement takes it.
type sentOrders struct {
	mu sync.Mutex
	at map[uint64]time.Time
}

// send sends o from r and notes when.
func (s *sentOrders) send(r *session.Remote, o scenarios.Order) {
	t0 := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.at[r.Send(o)] = t0
}

// take returns when the order numbered seq was sent, and forgets it.
func (s *sentOrders) take(seq uint64) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t0, ok := s.at[seq]
	delete(s.at, seq)
	return t0, ok
}

// baseline is the same drill played in process: the orders' p95 from given to
// journaled and queued, and the mean wall time of a step of the engine.
type baseline struct {
	p95    time.Duration
	stepMs float64
}

// inProcessBaseline plays the county for as many ticks as the served run takes at
// ×60 in -seats.wall, with the same orders (each seat's, every 15 s of wall time at
// ×60: every 90 ticks) given through a journaling session in this process, which
// records the state as often as the server's.
func inProcessBaseline(b *testing.B, d *drill.Drill, roles []scenarios.Role) baseline {
	b.Helper()
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		b.Fatal(err)
	}
	rec, err := journal.Start(filepath.Join(b.TempDir(), "baseline.journal"), w)
	if err != nil {
		b.Fatal(err)
	}
	defer rec.Close()
	rec.StateEvery(max(1, server.StateEverySeconds/d.Scenario.Tick.Seconds()))
	ticks := int(loadWall.Seconds() * 60 / float64(d.Scenario.Tick.Seconds()))
	perTick := int64(orderEveryS * 60 / d.Scenario.Tick.Seconds())
	var rtts []time.Duration
	var stepping time.Duration
	for tick := range ticks {
		for i, role := range roles {
			o, gives := loadOrder(role)
			if !gives || int64(tick)%perTick != int64(i%orderEveryS)*perTick/orderEveryS {
				continue
			}
			o.Role = role
			t0 := time.Now()
			if _, err := rec.Apply(sim.Command{Tick: w.Tick() + 1, Order: o}); err != nil {
				b.Fatal(err)
			}
			rtts = append(rtts, time.Since(t0))
		}
		t0 := time.Now()
		if _, err := rec.Step(); err != nil {
			b.Fatal(err)
		}
		stepping += time.Since(t0)
	}
	slices.Sort(rtts)
	return baseline{p95: rtts[len(rtts)*95/100], stepMs: float64(stepping) / float64(ticks) / 1e6}
}
