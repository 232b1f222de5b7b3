//go:build !window

package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"drillsim/journal"
	"drillsim/scenarios"
)

// stateHashLine finds the final state hash in run's summary.
var stateHashLine = regexp.MustCompile(`state hash: ([0-9a-f]+)`)

// TestRunSurvivesSIGKILL builds the real binary, starts a journaled drill with it, kills
// it with SIGKILL at random points of its journal (once the journal has grown to a size
// drawn at random between its header and its whole length, so the kill lands while the
// drill journals however fast the machine loads the town) at least 50 times, resumes
// each journal with the binary, and checks that every resumed drill ends in the state
// of the uninterrupted run and that its journal holds every order of the order file:
// nothing acknowledged (journaled) was lost, and nothing was applied twice.
func TestRunSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it some hundred times")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "drillsim")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	hashOf := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(bin, args...).CombinedOutput()
		m := stateHashLine.FindSubmatch(out)
		if err != nil || m == nil {
			t.Fatalf("drillsim %v: %v\n%s", args, err, out)
		}
		return string(m[1])
	}
	want := hashOf("run", "landslide", "--orders", "reference")
	orders, err := scenarios.LoadReferenceOrders("landslide")
	if err != nil {
		t.Fatal(err)
	}
	whole := filepath.Join(dir, "whole.journal")
	if got := hashOf("run", "landslide", "--orders", "reference", "--journal", whole); got != want {
		t.Fatalf("the journaled drill ends in state %s, the unjournaled one in %s", got, want)
	}
	full, err := os.Stat(whole)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2026, 11))
	kills := 0
	for attempt := 0; kills < 50; attempt++ {
		if attempt == 300 {
			t.Fatalf("only %d of %d attempts killed the drill while it journaled", kills, attempt)
		}
		j := filepath.Join(dir, "drill"+strconv.Itoa(attempt)+".journal")
		cmd := exec.Command(bin, "run", "landslide", "--orders", "reference", "--journal", j)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		target := 1 + rng.Int64N(full.Size())
		killAtJournalSize(j, target, done)
		_ = cmd.Process.Kill() // SIGKILL: no deferred write, no flush
		<-done
		exit := cmd.ProcessState
		killed := exit != nil && !exit.Exited()
		if _, err := os.Stat(j); err != nil {
			continue // killed before the journal existed: nothing to resume
		}
		if killed {
			kills++
		}
		if got := hashOf("run", "--resume", j, "--orders", "reference"); got != want {
			t.Fatalf("attempt %d: the resumed drill ends in state %s, the uninterrupted one in %s", attempt, got, want)
		}
		jr, err := journal.Open(j)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(jr.Commands()); n != len(orders.Orders) || !jr.Finished() {
			t.Fatalf("attempt %d: the journal holds %d commands (finished %v), the orders %d", attempt, n, jr.Finished(), len(orders.Orders))
		}
	}
}

// killAtJournalSize returns once the journal at path holds at least size bytes, or the
// drill writing it has ended (done closed). It polls every 100 µs: a journaled order is
// synced to disk before it takes effect, which takes longer than that.
func killAtJournalSize(path string, size int64, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		default:
		}
		if fi, err := os.Stat(path); err == nil && fi.Size() >= size {
			return
		}
		time.Sleep(100 * time.Microsecond)
	}
}
