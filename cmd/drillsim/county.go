package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"drillsim/federation"
	"drillsim/scenarios"
	"drillsim/server"
)

// runCounty is `drillsim county --towns a,b,… [--listen host:port] [--speed x60|max]`:
// the county's server and its command post (县指挥部). It runs the county's broker
// (NATS with JetStream, in this process), which the townships' servers join
// (drillsim serve … --county nats://host:port --township NAME), keeps the county's
// clock, shows every township's status, and gives the county's orders typed on its
// input: lend a unit from one township to another, raise a township's response level,
// warn its villages, release information.
func runCounty(args []string, stdout, stderr io.Writer) int {
	return runCountyFrom(args, os.Stdin, stdout, stderr)
}

// runCountyFrom is runCounty reading the county's orders from in.
func runCountyFrom(args []string, in io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("county", flag.ContinueOnError)
	towns := fs.String("towns", "", "the county drill's townships, by id, comma-separated (pinyin: ASCII letters, digits, '-', '_')")
	drillID := fs.String("drill", "county", "the county drill's id")
	listen := fs.String("listen", "0.0.0.0:4222", "where the county's broker takes the townships' servers, host:port")
	store := fs.String("store", "", "the broker's folder for its streams (default drills/<drill>-broker)")
	speedArg := fs.String("speed", "x60", "the county clock's rate: x1, x10, x60, x300, or max (as fast as every township keeps up)")
	every := fs.Duration("every", 10*time.Second, "how often the township board is printed")
	hold := fs.Duration("hold", 5*time.Second, "how long after its server's last renewal a township is taken over by its standby")
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim county --towns a,b,… [--drill id] [--listen host:port] [--speed x60|max]\n\nThe county command post (县指挥部) of a county drill: it runs the broker the townships'\nservers join, keeps the county clock, shows the townships and gives county orders, typed:\n  lend <from> <unit> <to> [road time, default 30m]   区域协作: lend a unit to another township\n  level <town> <IV|III|II|I>                          raise a township's response level\n  warn <town> <village> <loudspeaker|sms|door_to_door>\n  info <town> <text>                                  release public information\n  status                                              print the board now")
		fs.PrintDefaults()
	}
	if _, err := parseFlags(fs, args, stderr); err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "county", *langArg)
	if !ok {
		return 2
	}
	fail := func(status int, err error) int {
		sayProblem(stderr, "county", err, lang)
		return status
	}
	names := splitList(*towns)
	if len(names) == 0 {
		return fail(2, scenarios.Failf("name the townships: --towns fubao,xianshi,…"))
	}
	speed, err := parseSpeed(*speedArg)
	if err != nil {
		return fail(2, err)
	}
	host, portText, err := net.SplitHostPort(*listen)
	port, perr := strconv.Atoi(portText)
	if err != nil || perr != nil {
		return fail(2, scenarios.Failf("--listen %q: say host:port", *listen))
	}
	if *store == "" {
		*store = filepath.Join("drills", *drillID+"-broker")
	}
	broker, err := federation.StartBroker(federation.BrokerConfig{Name: *drillID, Dir: *store, Host: host, Port: port})
	if err != nil {
		return fail(1, scenarios.Failf("cannot start the county's broker on %s (its streams in %s): %v; give another --listen or --store", *listen, *store, err))
	}
	defer broker.Close()
	opened := func(err error) int {
		return fail(1, scenarios.Failf("cannot open county drill %s on its broker: %v", *drillID, err))
	}
	nc, err := nats.Connect(broker.URL())
	if err != nil {
		return opened(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return opened(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if _, err := federation.OpenOwners(ctx, js, *drillID, *hold, 1); err != nil {
		return opened(err)
	}
	county, err := federation.OpenCounty(ctx, js, *drillID, names)
	if err != nil {
		return opened(err)
	}
	defer county.Close()
	fmt.Fprintf(stdout, "县指挥部 county command post: drill %s, broker %s\n", *drillID, broker.URL())
	for _, t := range names {
		fmt.Fprintf(stdout, "  乡镇 township %s: drillsim serve <scenario> --county nats://<this machine>:%d --county-drill %s --township %s\n", t, port, *drillID, t)
	}
	post := &countyPost{county: county, out: stdout}
	go post.read(ctx, in)
	fmt.Fprintln(stdout, "等待各乡镇接入 waiting for every township…")
	last, err := post.awaitTownships(ctx, len(names))
	if err != nil {
		return fail(1, scenarios.Failf("stopped before every township joined: %v", err))
	}
	var interval time.Duration
	if speed != server.SpeedMax {
		interval = time.Duration(county.Statuses()[0].TickS) * time.Second / time.Duration(speed)
	}
	driven := make(chan error, 1)
	go func() { driven <- county.Drive(ctx, last, interval) }()
	board := time.NewTicker(*every)
	defer board.Stop()
	for {
		select {
		case err := <-driven:
			post.board()
			if err != nil && !errors.Is(err, context.Canceled) {
				return fail(1, scenarios.Failf("the county drill failed: %v", err))
			}
			return 0
		case <-board.C:
			post.board()
		}
	}
}

// countyPost is the county command post's seat on the terminal: the board of the
// townships and the orders typed.
type countyPost struct {
	county *federation.County
	mu     sync.Mutex
	out    io.Writer
}

// printf prints a line to the post's output.
func (p *countyPost) printf(format string, a ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.out, format+"\n", a...)
}

// awaitTownships waits until n townships have reported and returns the last tick of
// the longest drill.
func (p *countyPost) awaitTownships(ctx context.Context, n int) (int64, error) {
	for {
		if st := p.county.Statuses(); len(st) == n {
			last := int64(0)
			for _, s := range st {
				last = max(last, s.End)
			}
			return last, nil
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// board prints every township's status.
func (p *countyPost) board() {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.out, "—— 县指挥部 county board, clock tick %d ——\n", p.county.Allowed())
	fmt.Fprintln(p.out, "乡镇 town     时刻 tick  危险 danger  转移中 moving  安置 sheltered  伤亡 casualties  未完成要求 open (超时 overdue)  可调队伍 free  支援 lent/received")
	for _, s := range p.county.Statuses() {
		var loans []string
		for _, l := range s.Lent {
			loans = append(loans, fmt.Sprintf("%s→%s@%d", l.Unit, l.Town, l.Tick))
		}
		for _, l := range s.Received {
			loans = append(loans, fmt.Sprintf("%s←%s@%d", l.Unit, l.Town, l.Tick))
		}
		done := ""
		if s.Done {
			done = " 结束 ended"
		}
		fmt.Fprintf(p.out, "%-12s %6d%s  %6d  %6d  %6d  %6d  %d (%d) %v  %d  %s\n", s.Town, s.Tick, done, s.Counts.InDanger, s.Counts.Moving,
			s.Counts.Sheltered, s.Counts.Casualties, len(s.Open), len(s.Overdue), s.Overdue, len(s.Free), strings.Join(loans, " "))
	}
}

// read takes the county's orders from in, one a line, until in ends or ctx is done.
func (p *countyPost) read(ctx context.Context, in io.Reader) {
	sc := bufio.NewScanner(in)
	for sc.Scan() && ctx.Err() == nil {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			p.give(ctx, strings.Fields(line))
		}
	}
}

// give carries out one typed order, saying what came of it.
func (p *countyPost) give(ctx context.Context, f []string) {
	order := func(town string, o scenarios.Order) {
		n, tick, err := p.county.Order(ctx, town, o, federation.Lead)
		if err != nil {
			p.printf("县指挥部 county: %v", err)
			return
		}
		p.printf("县指挥部令 county order %d → %s at tick %d: %s", n, town, tick, o.Order)
	}
	switch {
	case f[0] == "status":
		p.board()
	case f[0] == "lend" && (len(f) == 4 || len(f) == 5):
		travel := "30m"
		if len(f) == 5 {
			travel = f[4]
		}
		d, err := scenarios.ParseDuration(travel)
		if err != nil {
			p.printf("县指挥部 county: road time %q: %v", travel, err)
			return
		}
		go func() {
			g, err := p.county.Lend(ctx, f[1], f[3], f[2], d.Seconds())
			if err != nil {
				p.printf("县指挥部 county: 未能调派 not lent: %v", err)
				return
			}
			p.printf("区域协作 lent: %s (%s ×%d) leaves %s at tick %d, arrives in %s at %s at tick %d as %s", g.Unit, g.Kind, g.Count, g.From, g.Leaves, g.To, g.Entry, g.Arrives, g.ID)
		}()
	case f[0] == "level" && len(f) == 3:
		l, err := scenarios.ParseLevel(f[2])
		if err != nil {
			p.printf("县指挥部 county: %v", err)
			return
		}
		order(f[1], scenarios.Order{Order: scenarios.OrderActivateResponse, Level: l})
	case f[0] == "warn" && len(f) == 4:
		order(f[1], scenarios.Order{Order: scenarios.OrderWarn, Scope: scenarios.Scope{Villages: []string{f[2]}}, Channel: scenarios.Channel(f[3])})
	case f[0] == "info" && len(f) >= 3:
		order(f[1], scenarios.Order{Order: scenarios.OrderReleaseInfo, Text: strings.Join(f[2:], " ")})
	default:
		p.printf("县指挥部 county: 无法识别 unknown order %q: lend <from> <unit> <to> [30m] | level <town> <IV|III|II|I> | warn <town> <village> <channel> | info <town> <text> | status", strings.Join(f, " "))
	}
}
