//go:build !window

package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server/servertest"
	"drillsim/sim"
)

// freeAddr is a loopback address nothing listens on.
func freeAddr(t *testing.T) (string, int) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String(), ln.Addr().(*net.TCPAddr).Port
}

// TestAStandbyServesATownshipOfACountyDrill runs a county drill of one township with the
// real binary: the township's server (drillsim serve --county) and its standby
// (--standby, waiting) start together; the county raises the township's response
// level; the server is killed with SIGKILL mid-drill; the standby takes the township
// over from the county's stream, and the county clock goes on to the end. The level
// order is journaled once (the standby is given it again and keeps the one it has),
// and the standby's drill ends in the state of drillsim run of the same order at the
// county's tick.
func TestAStandbyServesATownshipOfACountyDrill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and plays a county drill")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "drillsim")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	_, port := freeAddr(t)
	typed, typing := io.Pipe()
	defer typing.Close()
	var countyOut, countyErr lockedBuffer
	countyDone := make(chan int, 1)
	go func() {
		countyDone <- runCountyFrom([]string{"--towns", "fubao", "--listen", fmt.Sprintf("127.0.0.1:%d", port), "--store", filepath.Join(dir, "broker"),
			"--speed", "max", "--every", "50ms", "--hold", "1s"}, typed, &countyOut, &countyErr)
	}()
	broker := fmt.Sprintf("nats://127.0.0.1:%d", port)
	seats := filepath.Join(dir, "fubao.seats.json")
	start := func(args ...string) (*exec.Cmd, *bytes.Buffer) {
		var out bytes.Buffer
		args = append([]string{"serve", "flood", "--wait", "100ms", "--county", broker, "--township", "fubao", "--seats", seats}, args...)
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			out.Reset()
			cmd := exec.Command(bin, args...)
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done: // the county's broker was not up yet
				if time.Now().After(deadline) {
					t.Fatalf("drillsim serve ended at once:\n%s", &out)
				}
				continue
			case <-time.After(time.Second):
			}
			t.Cleanup(func() { cmd.Process.Kill(); <-done })
			return cmd, &out
		}
	}
	addr, _ := freeAddr(t)
	standbyAddr, _ := freeAddr(t)
	first, firstOut := start("--addr", addr, "--journal", filepath.Join(dir, "fubao.journal"), "--standby-addr", standbyAddr)
	_, standbyOut := start("--addr", standbyAddr, "--journal", filepath.Join(dir, "fubao-standby.journal"), "--standby")
	fmt.Fprintln(typing, "level fubao II")
	tickOf := regexp.MustCompile(`fubao\s+(\d+)`)
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
		if m := tickOf.FindAllStringSubmatch(countyOut.String(), -1); len(m) > 0 {
			if n, _ := strconv.Atoi(m[len(m)-1][1]); n >= 300 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the township never reached tick 300:\n%s\n%s", countyOut.String(), firstOut)
		}
	}
	first.Process.Kill()
	if code := <-countyDone; code != 0 {
		t.Fatalf("drillsim county: exit %d\n%s", code, countyErr.String())
	}
	for deadline := time.Now().Add(time.Minute); !stateHashLine.Match(standbyOut.Bytes()); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the standby printed no final state:\n%s", standbyOut)
		}
	}
	raised := regexp.MustCompile(`county order \d+ → fubao at tick (\d+): activate_response`).FindStringSubmatch(countyOut.String())
	if raised == nil {
		t.Fatalf("the county did not raise fubao's level:\n%s", countyOut.String())
	}
	tick, _ := strconv.ParseInt(raised[1], 10, 64)
	want := []sim.Command{{Tick: tick, Order: scenarios.Order{Role: scenarios.RoleCounty, Order: scenarios.OrderActivateResponse, Level: scenarios.LevelII}}}
	j, err := journal.Open(filepath.Join(dir, "fubao-standby.journal"))
	if err != nil {
		t.Fatal(err)
	}
	if !j.Finished() {
		t.Error("the standby's journal does not hold the end of the drill")
	}
	servertest.SameOrders(t, j.Commands(), want, true)
	headless := strconv.FormatUint(servertest.HeadlessHash(t, drilltest.Builtin(t, "flood", false), want), 16)
	if got := stateHashLine.FindSubmatch(standbyOut.Bytes())[1]; strings.TrimLeft(string(got), "0") != strings.TrimLeft(headless, "0") {
		t.Errorf("the standby's drill ends in state %s, drillsim run of the same order in %s", got, headless)
	}
	if stateHashLine.Match(firstOut.Bytes()) {
		t.Errorf("the township's first server ended the drill itself: it was not killed mid-drill:\n%s", firstOut)
	}
}
