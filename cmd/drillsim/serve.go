package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/report"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/server"
)

// runServe is `drillsim serve <scenario> [--addr host:port] [--journal j | --resume j]
// [--seats codes.json] [--speed x1|x10|x60|x300|max]`: host one drill for many seats,
// each joining with its code from drillsim join or a browser, journaling every order
// before it is acknowledged; print the seats, write their sheet, and at the end print
// the outcome and state hash as drillsim run does, in --lang (Chinese first).
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", ":8080", "address to listen on, host:port")
	public := fs.String("public", "", "the server's address as the seats reach it, for the join links (default: this machine's network address and the port)")
	journalPath := fs.String("journal", "", "journal the drill to this new file (default drills/<scenario>-<YYYYMMDD-HHMMSS>.journal)")
	resumePath := fs.String("resume", "", "continue the drill journaled in this file, with the same seats and codes")
	seatsPath := fs.String("seats", "", "the seats and their codes: read when the file exists, else drawn and written there (default <journal>.seats.json)")
	sheetPath := fs.String("sheet", "", "write the printable seat sheet (PDF) here (default <journal>.seats.pdf)")
	speedArg := fs.String("speed", "x60", "the clock's rate at the start: x1, x10, x60, x300, or max (as fast as every seat keeps up)")
	idle := fs.String("idle", journal.PlayIdle, "seats nobody joined by the start: reference (play their role's reference response) or idle, unless the controller's seat chooses before the start")
	ordersArg := fs.String("orders", "", "the order file whose orders the unjoined seats play with --idle reference (default: a built-in scenario's reference response)")
	wait := fs.Duration("wait", 2*time.Minute, "how long the drill waits for every seat to join before its clock starts (a controller's speed order starts it at once)")
	evaluators := fs.Int("evaluators", 2, "how many evaluator (评估) seats a new seat list has")
	demPath := fs.String("dem", "", "terrain (.asc or .hgt) of a scenario file's own map")
	web := fs.String("web", "", "folder of the browser client (default drillsim-web beside this program, when built)")
	tlsCert := fs.String("tls-cert", "", "serve over TLS with this certificate (PEM)")
	tlsKey := fs.String("tls-key", "", "the certificate's key (PEM)")
	origins := fs.String("origin", "", "comma-separated host patterns of other pages allowed to open seats (besides the server's own)")
	langArg := addLangFlag(fs)
	county := addCountyFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim serve <scenario id or file.yaml> [--addr host:port] [--journal j | --resume j]\n                      [--seats codes.json] [--speed x1|x10|x60|x300|max] [--idle reference|idle]\n                      [--county nats://host:port --township NAME [--standby]\n                       [--standby-addr host:port]]\n\nHosts one drill: the command post, every village, the controller and the evaluators join\nwith their codes, from `drillsim join <address> <code>` or a browser at the join link.")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "serve", *langArg)
	if !ok {
		return 2
	}
	fail := func(status int, err error) int {
		sayProblem(stderr, "serve", err, lang)
		return status
	}
	speed, err := parseSpeed(*speedArg)
	if err != nil {
		return fail(2, err)
	}
	if *journalPath != "" && *resumePath != "" {
		return fail(2, scenarios.Failf("--journal starts a new journal and --resume continues one: give one of them"))
	}
	if (*tlsCert == "") != (*tlsKey == "") {
		return fail(2, scenarios.Failf("--tls-cert and --tls-key go together"))
	}
	if *idle != journal.PlayIdle && *idle != journal.PlayReference {
		return fail(2, scenarios.Failf("--idle %q: say reference or idle", *idle))
	}
	if err := county.check(*resumePath != ""); err != nil {
		return fail(2, err)
	}
	if len(pos) == 0 && *resumePath != "" {
		j, err := journal.Open(*resumePath)
		if err != nil {
			return fail(1, err)
		}
		name, err := journaled(j).ScenarioName("drillsim serve <file.yaml> --resume " + *resumePath)
		if err != nil {
			return fail(1, err)
		}
		pos = []string{name}
	}
	if len(pos) != 1 {
		return fail(2, scenarios.Failf("name one scenario (a built-in id or a .yaml file); `drillsim scenarios` lists the built-in ones"))
	}
	orders := *ordersArg
	if orders == "" && *idle == journal.PlayReference {
		orders = drill.ReferenceOrders
	}
	d, err := drill.Load(pos[0], drill.Options{Orders: orders, DEM: *demPath})
	if err != nil {
		return fail(1, err)
	}
	if orders == "" {
		// The controller may choose before the start that the unjoined seats play
		// the reference response: kept at hand when the scenario has one.
		if cmds, err := d.ReferenceCommands(); err == nil {
			d.Commands = cmds
		}
	}
	jpath := *journalPath
	if *resumePath != "" {
		jpath = *resumePath
	} else if jpath == "" {
		jpath = defaultJournalPath(d.Scenario.ID, time.Now())
	}
	if err := os.MkdirAll(filepath.Dir(jpath), 0o755); err != nil {
		return fail(1, scenarios.Failf("cannot make the journal's folder %s: %v", filepath.Dir(jpath), err))
	}
	if *seatsPath == "" {
		*seatsPath = strings.TrimSuffix(jpath, ".journal") + ".seats.json"
	}
	if *sheetPath == "" {
		*sheetPath = strings.TrimSuffix(*seatsPath, ".json") + ".pdf"
	}
	seats, err := seatList(*seatsPath, *resumePath != "" || *county.standby, d, *evaluators)
	if err != nil {
		return fail(1, err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fail(1, scenarios.Failf("cannot listen on %s: %v; give another --addr, or stop what listens there", *addr, err))
	}
	defer ln.Close()
	scheme := "http"
	if *tlsCert != "" {
		scheme = "https"
	}
	base := *public
	if base == "" {
		base = publicAddress(ln.Addr().(*net.TCPAddr))
	}
	if !strings.Contains(base, "://") {
		base = scheme + "://" + base
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg := server.Config{Drill: d, Journal: jpath, Resume: *resumePath != "", Seats: seats, Speed: speed, Idle: *idle, Wait: *wait, Log: log}
	var township *countyTownship
	if *county.broker != "" {
		if township, err = joinCounty(ctx, county, d, jpath, base, log, lang); err != nil {
			return fail(1, err)
		}
		defer township.close()
		township.configure(&cfg)
		cfg.Resume = cfg.Resume || *county.standby
	}
	s, err := server.New(cfg)
	if err != nil {
		return fail(1, scenarios.Failf("the drill cannot be served: %v", err))
	}
	webDir := *web
	if webDir == "" {
		webDir = besideProgram("drillsim-web")
	}
	h, err := s.Handler(server.HandlerOptions{Origins: splitList(*origins), Web: webDir})
	if err != nil {
		return fail(1, scenarios.Failf("the drill cannot be served: %v", err))
	}
	if err := writeSheet(*sheetPath, d.Scenario.Title, base, *county.standbyAddr, d.Scenario.Start.Time, seats); err != nil {
		return fail(1, err)
	}
	printSeats(stdout, base, webDir != "", seats, jpath, *seatsPath, *sheetPath)
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() {
		if *tlsCert != "" {
			served <- hs.ServeTLS(ln, *tlsCert, *tlsKey)
		} else {
			served <- hs.Serve(ln)
		}
	}()
	if township != nil {
		township.run(ctx, s, stop)
	}
	runErr := make(chan error, 1)
	go func() { runErr <- s.Run(ctx) }()
	select {
	case err = <-runErr:
	case err = <-served:
		stop()
		<-runErr
		return fail(1, scenarios.Failf("the server stopped: %v; resume with drillsim serve --resume %s", err, jpath))
	}
	// The seats get the last frame and the goodbye before the server goes.
	shutdown, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	hs.Shutdown(shutdown)
	cancel()
	if err != nil {
		return fail(1, scenarios.Failf("the drill stopped: %v; resume with drillsim serve --resume %s", err, jpath))
	}
	res := s.Result()
	if res == nil {
		sayProblem(stderr, "serve", scenarios.Failf("stopped; the drill is journaled in %s: resume it with drillsim serve --resume %s", jpath, jpath), lang)
		return 0
	}
	if err := report.WriteRunSummary(stdout, scoring.SummarizeRun(d.Plan, res.World, res.Events), d.Scenario, lang); err != nil {
		return fail(1, scenarios.Failf("cannot write the summary: %v", err))
	}
	return 0
}

// parseSpeed reads --speed: x1, x10, x60, x300 (the window's speeds) or max.
func parseSpeed(s string) (int, error) {
	if s == "max" {
		return server.SpeedMax, nil
	}
	n, err := strconv.Atoi(strings.TrimPrefix(strings.ToLower(s), "x"))
	if err != nil || n <= 0 {
		return 0, scenarios.Failf("--speed %q: say x1, x10, x60, x300 or max", s)
	}
	return n, nil
}

// seatList reads the seats file when it exists (it must, to resume: the seats keep
// their codes), or draws the default seats of drill d and writes them there.
func seatList(path string, resume bool, d *drill.Drill, evaluators int) ([]server.Seat, error) {
	if _, err := os.Stat(path); err == nil {
		seats, err := server.ReadSeats(path, d.Town)
		if err != nil {
			return nil, scenarios.Failf("cannot read %s %s: %v", "--seats", path, err)
		}
		return seats, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, scenarios.Failf("cannot read %s %s: %v", "--seats", path, err)
	}
	if resume {
		return nil, scenarios.Failf("the seats of the drill, %s, are missing: a resumed drill keeps its seats and codes; name the file with --seats", path)
	}
	seats, err := server.DefaultSeats(d.Town, evaluators)
	if err != nil {
		return nil, scenarios.Failf("cannot draw the seats: %v", err)
	}
	if err := server.WriteSeats(path, seats); err != nil {
		return nil, scenarios.Failf("cannot write %s %s: %v", "--seats", path, err)
	}
	return seats, nil
}

// publicAddress is the address seats on the network reach the listener at: its host
// when it names one, else this machine's first network address (loopback when it has
// none), with the port.
func publicAddress(a *net.TCPAddr) string {
	port := strconv.Itoa(a.Port)
	if !a.IP.IsUnspecified() {
		return net.JoinHostPort(a.IP.String(), port)
	}
	addrs, _ := net.InterfaceAddrs()
	for _, ad := range addrs {
		if ipn, ok := ad.(*net.IPNet); ok && !ipn.IP.IsLoopback() && ipn.IP.To4() != nil {
			return net.JoinHostPort(ipn.IP.String(), port)
		}
	}
	return net.JoinHostPort("127.0.0.1", port)
}

// joinLink is the link that opens seat code in a browser.
func joinLink(base, code string) string {
	return base + "/?" + url.Values{"code": {code}}.Encode()
}

// printSeats prints the address and each seat's code and link.
func printSeats(w io.Writer, base string, browser bool, seats []server.Seat, jpath, seatsPath, sheetPath string) {
	fmt.Fprintf(w, "演练服务器 drill server: %s\n", base)
	fmt.Fprintf(w, "日志 journal: %s   席位 seats: %s   席位表 sheet: %s\n", jpath, seatsPath, sheetPath)
	if !browser {
		fmt.Fprintln(w, "(no browser client beside this program: seats join with drillsim join; bash scripts/drillsim builds it)")
	}
	for i, s := range seats {
		role := s.Role.Chinese()
		fmt.Fprintf(w, "%3d  %s%s %s  %s\n", i+1, role, strings.Repeat(" ", max(0, 12-i18n.Width(role))), s.Code, joinLink(base, s.Code))
	}
}

// writeSheet writes the printable seat sheet; standby, when not empty, is the
// address of the township's standby server, where seats reconnect should the server
// stop.
func writeSheet(path, title, base, standby string, start time.Time, seats []server.Seat) error {
	sheet := report.SeatSheet{Title: title, Address: strings.TrimPrefix(strings.TrimPrefix(base, "http://"), "https://"), Standby: standby, Start: start}
	for _, s := range seats {
		sheet.Seats = append(sheet.Seats, report.SheetSeat{Role: s.Role.Chinese(), Code: s.Code, Link: joinLink(base, s.Code)})
	}
	f, err := os.Create(path)
	if err != nil {
		return scenarios.Failf("cannot write %s %s: %v", "--sheet", path, err)
	}
	err = report.WriteSeatSheet(f, sheet)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return scenarios.Failf("cannot write %s %s: %v", "--sheet", path, err)
	}
	return nil
}

// besideProgram returns the folder name beside this program when it exists, else "".
func besideProgram(name string) string {
	self, err := os.Executable()
	if err != nil {
		return ""
	}
	dir := filepath.Join(filepath.Dir(self), name)
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return dir
	}
	return ""
}

// splitList splits a comma-separated flag value.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
