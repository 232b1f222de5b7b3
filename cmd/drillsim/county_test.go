package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestCountyFlagsAreChecked refuses the county flags given without what they need, in
// Chinese and, with --lang en, in English.
func TestCountyFlagsAreChecked(t *testing.T) {
	cases := []struct {
		args   []string
		zh, en string
	}{
		{[]string{"serve", "flood", "--township", "fubao"}, "请用 --county nats://host:port 给出县级消息服务器", "give its broker with --county"},
		{[]string{"serve", "flood", "--county", "nats://127.0.0.1:1"}, "--county 需要本乡镇的编号：--township NAME", "--township NAME"},
		{[]string{"serve", "flood", "--county", "nats://127.0.0.1:1", "--township", "fubao", "--standby", "--resume", "x.journal"}, "而不是 --resume", "not --resume"},
		{[]string{"county"}, "请列出各乡镇：--towns", "name the townships"},
		{[]string{"county", "--towns", "a", "--listen", "nowhere"}, `--listen "nowhere"：请写成 host:port`, "say host:port"},
	}
	for _, c := range cases {
		code, _, errOut := drillsim(t, c.args...)
		if code != 2 || !strings.Contains(errOut, c.zh) {
			t.Errorf("drillsim %s: exit %d, %q; want 2 and %q", strings.Join(c.args, " "), code, errOut, c.zh)
		}
		code, _, errOut = drillsim(t, append(c.args, "--lang", "en")...)
		if code != 2 || !strings.Contains(errOut, c.en) {
			t.Errorf("drillsim %s --lang en: exit %d, %q; want 2 and %q", strings.Join(c.args, " "), code, errOut, c.en)
		}
	}
}

// TestServeSaysAnUnreachableBrokerInItsLanguage requires a county's broker out of
// reach said in Chinese, the library's words kept after it, and in English with
// --lang en.
func TestServeSaysAnUnreachableBrokerInItsLanguage(t *testing.T) {
	dir := t.TempDir()
	args := []string{"serve", "flood", "--addr", "127.0.0.1:0", "--county", "nats://127.0.0.1:1", "--township", "x", "--journal", filepath.Join(dir, "x.journal")}
	code, _, errOut := drillsim(t, args...)
	if code != 1 || !strings.Contains(errOut, "drillsim serve: 无法连接 nats://127.0.0.1:1 的县级消息服务器：nats: ") || !strings.Contains(errOut, "那里是否在运行 drillsim county？") {
		t.Errorf("in Chinese: exit %d, %q", code, errOut)
	}
	code, _, errOut = drillsim(t, append(args, "--lang", "en")...)
	if code != 1 || !strings.Contains(errOut, "drillsim serve: cannot reach the county's broker at nats://127.0.0.1:1: nats: ") {
		t.Errorf("in English: exit %d, %q", code, errOut)
	}
}

// lockedBuffer is a buffer written by one goroutine and read by another.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestCountyDrillFromTheCommandLine runs drillsim county and two townships' drillsim
// serve --county in process at the speed max; the county post types a lend and a
// response level. The lent unit leaves one township and arrives in the other at the
// ticks the county prints, and each township's final state hash is drillsim run's of
// its scenario with an order file holding the county's orders at those ticks.
func TestCountyDrillFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	broker := fmt.Sprintf("nats://127.0.0.1:%d", port)
	typed, typing := io.Pipe()
	defer typing.Close()
	var countyOut, countyErr lockedBuffer
	countyDone := make(chan int, 1)
	go func() {
		countyDone <- runCountyFrom([]string{"--towns", "fubao,xianshi", "--listen", fmt.Sprintf("127.0.0.1:%d", port), "--store", filepath.Join(dir, "broker"),
			"--speed", "max", "--every", "100ms"}, typed, &countyOut, &countyErr)
	}()
	type served struct {
		code        int
		out, errOut string
	}
	serve := func(scenario, town string) chan served {
		done := make(chan served, 1)
		go func() {
			var out, errOut bytes.Buffer
			args := []string{"serve", scenario, "--addr", "127.0.0.1:0", "--wait", "100ms", "--journal", filepath.Join(dir, town+".journal"),
				"--county", broker, "--township", town, "--standby-addr", "10.0.0.12:8080"}
			for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
				out.Reset()
				errOut.Reset()
				code := run(args, &out, &errOut)
				early := strings.Contains(errOut.String(), "无法连接") || strings.Contains(errOut.String(), "the county has no bucket")
				if code == 0 || !early || time.Now().After(deadline) { // else the county was not up yet
					done <- served{code, out.String(), errOut.String()}
					return
				}
			}
		}()
		return done
	}
	lender, receiver := serve("flood", "fubao"), serve("landslide", "xianshi")
	for deadline := time.Now().Add(time.Minute); !strings.Contains(countyOut.String(), "county board"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the county never showed its board:\n%s\n%s", countyOut.String(), countyErr.String())
		}
	}
	fmt.Fprintln(typing, "lend fubao rescue-1 xianshi 30m")
	fmt.Fprintln(typing, "level xianshi II")
	a, b := <-lender, <-receiver
	if code := <-countyDone; code != 0 {
		t.Fatalf("drillsim county: exit %d\n%s", code, countyErr.String())
	}
	for _, s := range []served{a, b} {
		if s.code != 0 {
			t.Fatalf("drillsim serve: exit %d\n%s", s.code, s.errOut)
		}
	}
	out := countyOut.String()
	lent := regexp.MustCompile(`lent: rescue-1 \(rescue_team ×12\) leaves fubao at tick (\d+), arrives in xianshi at (\S+) at tick (\d+) as fubao/rescue-1`).FindStringSubmatch(out)
	raised := regexp.MustCompile(`county order \d+ → xianshi at tick (\d+): activate_response`).FindStringSubmatch(out)
	if lent == nil || raised == nil {
		t.Fatalf("the county did not say it lent rescue-1 and raised xianshi's level:\n%s", out)
	}
	if !strings.Contains(out, "rescue-1→xianshi@"+lent[1]) || !strings.Contains(out, "fubao/rescue-1←fubao@"+lent[3]) {
		t.Errorf("the county's board does not show rescue-1 lent to xianshi at tick %s and received at %s:\n%s", lent[1], lent[3], out)
	}
	tick := func(s string) int {
		var n int
		fmt.Sscan(s, &n)
		return n
	}
	// at is the offset of a tick in an order file: ticks are 10 s in both scenarios.
	at := func(s string) string { return fmt.Sprintf("+%ds", tick(s)*10) }
	level := fmt.Sprintf("  - {at: \"%s\", role: 县指挥部, order: activate_response, level: II}\n", at(raised[1]))
	receive := fmt.Sprintf("  - {at: \"%s\", role: 县指挥部, order: receive, unit: fubao/rescue-1, kind: rescue_team, count: 12, town: fubao, to: %s, text: 镇综合应急救援队一分队}\n", at(lent[3]), lent[2])
	if tick(raised[1]) > tick(lent[3]) {
		level, receive = receive, level // an order file keeps time order
	}
	orders := map[string]string{
		"fubao":   fmt.Sprintf("scenario: flood\norders:\n  - {at: \"%s\", role: 县指挥部, order: lend, unit: rescue-1, town: xianshi}\n", at(lent[1])),
		"xianshi": "scenario: landslide\norders:\n" + level + receive,
	}
	hash := regexp.MustCompile(`state hash: ([0-9a-f]{16})`)
	for _, c := range []struct {
		town, scenario, servedOut string
	}{{"fubao", "flood", a.out}, {"xianshi", "landslide", b.out}} {
		path := writeFile(t, c.town+".orders.yaml", orders[c.town])
		code, runOut, runErr := drillsim(t, "run", c.scenario, "--orders", path)
		if code != 0 {
			t.Fatalf("drillsim run %s: exit %d\n%s", c.town, code, runErr)
		}
		servedHash, headless := hash.FindStringSubmatch(c.servedOut), hash.FindStringSubmatch(runOut)
		if servedHash == nil || headless == nil || servedHash[1] != headless[1] {
			t.Errorf("%s: served state %v, drillsim run of the same orders %v", c.town, servedHash, headless)
		}
	}
}
