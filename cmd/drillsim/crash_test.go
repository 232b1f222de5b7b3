//go:build !window

package main

import (
	"errors"
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
// it with SIGKILL at random moments of its run (spread over the time one whole journaled
// run takes on this machine) at least 50 times, resumes each journal with the
// binary, and checks that every resumed drill ends in the state of the uninterrupted
// run and that its journal holds every order of the order file: nothing acknowledged
// (journaled) was lost, and nothing was applied twice.
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
	start := time.Now()
	if got := hashOf("run", "landslide", "--orders", "reference", "--journal", filepath.Join(dir, "whole.journal")); got != want {
		t.Fatalf("the journaled drill ends in state %s, the unjournaled one in %s", got, want)
	}
	whole := time.Since(start)
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
		time.Sleep(time.Duration((0.05 + 0.9*rng.Float64()) * float64(whole)))
		_ = cmd.Process.Kill() // SIGKILL: no deferred write, no flush
		var exit *exec.ExitError
		killed := errors.As(cmd.Wait(), &exit) && !exit.Exited()
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
