package federation

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/server"
	"drillsim/server/servertest"
)

// serveTownship serves cfg's drill at addr as the township's server, holding own
// until stop, which stops the server and its renewals at once, as a server that dies.
func serveTownship(t *testing.T, addr string, cfg server.Config, own *Ownership) (sv *servertest.Served, stop func()) {
	t.Helper()
	sv = servertest.Serve(t, cfg, addr)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go func() {
		if err := own.Keep(ctx); err != nil {
			t.Errorf("the township server lost its hold while serving: %v", err)
		}
	}()
	return sv, func() { cancel(); sv.Stop() }
}

// TestAStandbyTakesTheTownshipOverFromItsJournalStream serves the combined drill to
// its sixteen bots from a township server whose journal is copied line by line into
// the county's JetStream before each order is acknowledged. A third of the way in, the
// server stops dead and its disk is wiped; a standby waits for the server's hold on
// the township to lapse, takes it, restores the journal from the stream, resumes the
// drill at the same address, and the bots reconnect with their codes. The drill ends
// with every order of the reference response journaled once (none acknowledged and
// lost, none applied twice) in the state of the headless run of the same orders; the
// stream holds the standby's journal byte for byte; and the old server, should it
// come back, can neither renew its hold nor write to the journal.
func TestAStandbyTakesTheTownshipOverFromItsJournalStream(t *testing.T) {
	_, js := startBroker(t)
	ctx := context.Background()
	town := Township{Drill: "combined", Town: "fubao"}
	// The hold lapses 3 s after its last renewal (every second): long enough for a
	// server on a busy machine to renew it, short enough for a test.
	const ttl = 3 * time.Second
	owners, err := OpenOwners(ctx, js, town.Drill, ttl, 1)
	if err != nil {
		t.Fatal(err)
	}

	d := drilltest.Builtin(t, "combined", true)
	seats := servertest.Seats(t, servertest.CombinedRoles(d)...)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	dirA := t.TempDir()
	ownA, err := owners.Claim(ctx, town, "server-a")
	if err != nil {
		t.Fatal(err)
	}
	replicaA := waitReplica(t, js, town, 1)
	cfg := server.Config{Drill: d, Journal: filepath.Join(dirA, "fubao.journal"), Seats: seats, Speed: server.SpeedMax, Wait: time.Minute, Mirror: replicaA}
	_, stopA := serveTownship(t, addr, cfg, ownA)

	var acked atomic.Int64
	bots := servertest.CombinedBots(d, seats)
	for i := range bots {
		bots[i].Opt.OnAck = func(uint64) { acked.Add(1) }
	}
	standby := make(chan *servertest.Served, 1)
	jB := filepath.Join(t.TempDir(), "fubao.journal")
	go func() {
		for {
			if j, err := journal.Open(cfg.Journal); err == nil && len(j.Commands()) >= len(d.Commands)/3 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		stopA()
		os.RemoveAll(dirA)
		died := time.Now()

		waitCtx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		ownB, err := owners.Await(waitCtx, town, "server-b")
		if err != nil {
			t.Error(err)
			close(standby)
			return
		}
		lines, err := Restore(waitCtx, js, town, jB)
		if err != nil {
			t.Error(err)
			close(standby)
			return
		}
		replicaB, err := NewReplica(waitCtx, js, town, ReplicaConfig{})
		if err != nil {
			t.Error(err)
			close(standby)
			return
		}
		b, _ := serveTownship(t, addr, server.Config{Drill: d, Journal: jB, Resume: true, Seats: seats, Speed: server.SpeedMax, Wait: time.Minute, Mirror: replicaB}, ownB)
		t.Logf("the standby took the township over %v after its server stopped (hold TTL %v), from %d journal lines", time.Since(died).Round(time.Millisecond), ttl, lines)
		standby <- b
	}()
	servertest.Play(t, addr, bots)
	b, ok := <-standby
	if !ok {
		t.FailNow()
	}
	select {
	case <-b.Done():
	case <-time.After(time.Minute):
		t.Fatal("the standby's drill did not end with the bots'")
	}
	if err := b.Err(); err != nil {
		t.Fatal(err)
	}

	j := servertest.JournaledOnce(t, jB, d.Commands)
	if n := acked.Load(); n < int64(len(d.Commands)) {
		t.Errorf("the seats had %d orders acknowledged, the reference response has %d", n, len(d.Commands))
	}
	if got, want := b.Result().World.StateHash(), servertest.HeadlessHash(t, d, j.Commands()); got != want {
		t.Errorf("the drill ends in state %016x, the headless run of its orders in %016x", got, want)
	}

	copyPath := filepath.Join(t.TempDir(), "copy.journal")
	if _, err := Restore(ctx, js, town, copyPath); err != nil {
		t.Fatal(err)
	}
	onDisk, _ := os.ReadFile(jB)
	inStream, _ := os.ReadFile(copyPath)
	if !bytes.Equal(onDisk, inStream) {
		t.Errorf("the stream holds %d bytes of journal, the standby's disk %d: they differ", len(inStream), len(onDisk))
	}

	if err := replicaA.Line(replicaA.held+1, []byte("{}\n")); err == nil || !strings.Contains(err.Error(), "standby") {
		t.Errorf("the old server wrote to the journal stream after the standby took over: %v", err)
	}
	keepCtx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	if err := ownA.Keep(keepCtx); err == nil {
		t.Error("the old server renewed its hold on a township the standby serves")
	}
	var taken *TakenError
	if _, err := owners.Claim(ctx, town, "server-c"); !errors.As(err, &taken) || taken.Server != "server-b" {
		t.Errorf("a third server claiming the township: %v, want it taken by server-b", err)
	}
}
