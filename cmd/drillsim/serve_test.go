//go:build !window

package main

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/server"
	"drillsim/server/servertest"
)

// flakyProxy forwards TCP connections to a server and cuts one of them now and then,
// as village Wi-Fi does: seats must reconnect and lose nothing.
type flakyProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	live   []net.Conn
	cuts   int
	stop   chan struct{}
}

// newFlakyProxy listens on loopback and forwards to target, cutting a random live
// connection every 100 to 400 ms (a seeded draw).
func newFlakyProxy(t *testing.T, target string) *flakyProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &flakyProxy{ln: ln, target: target, stop: make(chan struct{})}
	go p.accept()
	go p.cut(rand.New(rand.NewPCG(24, 7)))
	t.Cleanup(func() { close(p.stop); ln.Close() })
	return p
}

func (p *flakyProxy) accept() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close() // the server is down: the seat tries again
			continue
		}
		p.mu.Lock()
		p.live = append(p.live, c, s)
		p.mu.Unlock()
		go func() { io.Copy(s, c); s.Close() }()
		go func() { io.Copy(c, s); c.Close() }()
	}
}

func (p *flakyProxy) cut(rng *rand.Rand) {
	for {
		select {
		case <-p.stop:
			return
		case <-time.After(time.Duration(100+rng.IntN(300)) * time.Millisecond):
		}
		p.mu.Lock()
		if n := len(p.live) / 2; n > 0 {
			i := 2 * rng.IntN(n)
			p.live[i].Close()
			p.live[i+1].Close()
			p.live = append(p.live[:i], p.live[i+2:]...)
			p.cuts++
		}
		p.mu.Unlock()
	}
}

// TestServedDrillSurvivesDropsAndSIGKILL serves the combined drill with the real
// binary at the speed max to sixteen bots (the command post, eleven villages, the
// controller, two evaluators and an idle seat) through a connection that cuts seats
// off at random, kills the server with SIGKILL mid-drill and starts it again with
// --resume. Every seat reconnects to the same drill; the journal holds every order of
// the reference response once, none lost and none applied twice; and the drill ends
// in the state hash the server prints, that of drillsim run of the same orders at the
// same ticks.
func TestServedDrillSurvivesDropsAndSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and plays a drill with sixteen seats")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "drillsim")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	d := drilltest.Builtin(t, "combined", true)
	seats := servertest.Seats(t, servertest.CombinedRoles(d)...)
	codes := filepath.Join(dir, "codes.json")
	if err := server.WriteSeats(codes, seats); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	j := filepath.Join(dir, "combined.journal")
	serveArgs := []string{"--addr", addr, "--seats", codes, "--speed", "max", "--wait", "1m", "--web", dir}
	start := func(args ...string) (*exec.Cmd, *bytes.Buffer) {
		var out bytes.Buffer
		cmd := exec.Command(bin, append(append([]string{"serve"}, args...), serveArgs...)...)
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &out
	}
	// The browser client is not part of this test: an empty folder stands for it.
	for _, f := range []string{"index.html", "wasm_exec.js", "drillsim.wasm"} {
		os.WriteFile(filepath.Join(dir, f), nil, 0o644)
	}
	first, firstOut := start("combined", "--journal", j)
	proxy := newFlakyProxy(t, addr)

	killed := make(chan *exec.Cmd, 1)
	var secondOut *bytes.Buffer
	go func() {
		// Kill the server once a third of the orders are journaled.
		for {
			if jr, err := journal.Open(j); err == nil && len(jr.Commands()) >= len(d.Commands)/3 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		first.Process.Kill()
		first.Wait()
		cmd, out := start("--resume", j)
		secondOut = out
		killed <- cmd
	}()
	servertest.Play(t, proxy.ln.Addr().String(), servertest.CombinedBots(d, seats))
	var second *exec.Cmd
	select {
	case second = <-killed:
	case <-time.After(time.Minute):
		t.Fatalf("the drill ended before the server was killed:\n%s", firstOut)
	}
	done := make(chan error, 1)
	go func() { done <- second.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("the resumed server failed: %v\n%s", err, secondOut)
		}
	case <-time.After(time.Minute):
		second.Process.Kill()
		t.Fatalf("the resumed server did not end with the drill:\n%s", secondOut)
	}
	t.Logf("the connection cut seats off %d times", proxy.cuts)
	jr := servertest.JournaledOnce(t, j, d.Commands)
	want := strconv.FormatUint(servertest.HeadlessHash(t, d, jr.Commands()), 16)
	m := stateHashLine.FindSubmatch(secondOut.Bytes())
	if m == nil {
		t.Fatalf("the resumed server printed no state hash:\n%s", secondOut)
	}
	if got := string(m[1]); got != want && "0"+got != want && got != "0"+want {
		t.Errorf("the served drill ends in state %s, drillsim run of its journal's orders in %s", got, want)
	}
	if proxy.cuts == 0 {
		t.Error("the connection never cut a seat off")
	}
}

// TestBotSaysItsMistakesInItsLanguage requires a bot's mistakes (no code, a --ca file
// that holds no certificate, a server out of reach) said in Chinese and, with --lang
// en, in English, the file and the address as written.
func TestBotSaysItsMistakesInItsLanguage(t *testing.T) {
	notPEM := filepath.Join(t.TempDir(), "cert.pem")
	if err := os.WriteFile(notPEM, []byte("not a certificate\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args   []string
		status int
		zh, en string
	}{
		{[]string{"bot", "127.0.0.1:1"}, 2, "drillsim bot: 请写出演练服务器的地址，并用 --code 给出席位码", "drillsim bot: name the drill server's address and give the seat's --code"},
		{[]string{"bot", "127.0.0.1:1", "--code", "ABCD-EFGH", "--ca", notPEM}, 2, "drillsim bot: --ca " + notPEM + " 中没有 PEM 证书", "drillsim bot: --ca " + notPEM + " holds no PEM certificate"},
		{[]string{"bot", "127.0.0.1:1", "--code", "ABCD-EFGH"}, 1, "drillsim bot: 无法加入 127.0.0.1:1 的演练：", "drillsim bot: cannot join the drill at 127.0.0.1:1: "},
	} {
		code, _, errOut := drillsim(t, c.args...)
		if code != c.status || !strings.Contains(errOut, c.zh) {
			t.Errorf("%v: exit %d, %q; want %d and %q", c.args, code, errOut, c.status, c.zh)
		}
		code, _, errOut = drillsim(t, append(c.args, "--lang", "en")...)
		if code != c.status || !strings.Contains(errOut, c.en) {
			t.Errorf("%v --lang en: exit %d, %q; want %d and %q", c.args, code, errOut, c.status, c.en)
		}
	}
}
