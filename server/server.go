// Package server hosts a drill for many seats: the command post, every village's
// cadres, the controller and the evaluators each join from their own desktop or browser
// with a join code. The server owns the world, its clock and its journal: every order
// a seat gives is checked against the role's policy, journaled and synced to disk before
// it is acknowledged, and each seat receives only what its role may see (lens.go). The
// wire protocol is package wire; the seat's side of it is session.Remote.
//
// One goroutine (Server.Run) owns the drill: connections hand it what their seats
// send, and it hands each connection its messages through a queue that never blocks
// the drill — a seat that falls too far behind is dropped and reconnects.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"drillsim/drill"
	"drillsim/journal"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/server/wire"
	"drillsim/sim"
	"drillsim/standin"
)

// SpeedMax is the speed at which the drill steps on as soon as every seat connected
// has taken the last tick: for rehearsals and tests.
const SpeedMax = -1

// Config says what drill to serve and how.
type Config struct {
	// Drill is the drill: scenario, town, plan, and in Commands the reference
	// response the seats nobody joined play when Idle says so.
	Drill *drill.Drill
	// Journal is the journal to start, or with Resume the one to continue.
	Journal string
	Resume  bool
	Seats   []Seat
	// Speed is the clock's rate at the start (scenario seconds per wall second), or
	// SpeedMax.
	Speed int
	// Idle is how the seats nobody joined by the start are played:
	// journal.PlayReference or journal.PlayIdle (the default), unless the
	// controller's seat chooses otherwise before the clock starts.
	Idle string
	// Wait is how long the drill waits at its start, and after a resume, for every
	// seat to join before the clock starts (default 2 minutes). A controller's speed
	// order starts it at once.
	Wait time.Duration
	// Grace is how long a drill served at SpeedMax waits for a seat that lost its
	// connection before it steps on without it (default 5 s).
	Grace time.Duration
	// Map is the town's map (GeoJSON) as the drill loaded it, which seats fetch
	// (default: the scenario's map file, or the demo town's).
	Map []byte
	// Mirror, when set, receives a copy of every journal line (those the journal
	// holds already first) before what it journals takes effect: the township's
	// replicated journal in a county drill (package federation).
	Mirror journal.Mirror
	// Township, when set, makes the drill one township of a county drill (county.go):
	// it steps no further than the county's clock allows (Allow), journals the
	// county's orders (Give), and tells Township.Stepped of every step.
	Township *Township
	// Log receives what the server does (default: discarded).
	Log *slog.Logger
	// QueueFrames is how many messages a seat's connection may have waiting before
	// the seat is dropped as too slow (default 512).
	QueueFrames int
	// QueueBytes is how many bytes of messages a seat's connection may have waiting
	// before the seat is dropped as too slow (default 16 MiB); a message alone in the
	// queue may be larger (a county's welcome).
	QueueBytes int64
}

// Server is a served drill. Make one with New, serve its Handler and call Run.
type Server struct {
	cfg     Config
	rec     *journal.Recorder
	world   *sim.World
	tickS   int64
	terrain *maps.Terrain
	areas   *areas
	track   *tracker
	ch      changes
	// events are every event of the drill.
	events []sim.Event
	// snap is the world as last sent, reused; its water and fire are refreshed
	// every cellsEvery of wall time (every step for a town's grid), last at cellsAt.
	snap       *sim.Snapshot
	cellsEvery time.Duration
	cellsAt    time.Time
	roles      map[scenarios.Role]*roleView
	seats      []*seatState
	obs        []observation.Observation
	// standIns play the seats nobody joined, when they play the reference.
	standIns *standin.Player
	// started says the clock has started (after the wait for the seats, also after a
	// resume); decided that the journal holds how the unjoined seats play.
	started, decided bool
	// unjoined is how the seats nobody joined will play (Config.Idle, or the
	// controller's choice before the start), or how they play once decided.
	unjoined string
	clock    clock
	stats    Stats
	log      *slog.Logger

	in chan func()
	// orders carry the seats' orders and observations to the drill's goroutine
	// apart from the rest of what seats send, and are taken first: an order waits
	// for no seat's ready or join, nor for the steps of a clock catching up.
	orders chan func()
	// holding says the orders being taken are journaled together (synced once);
	// held are the messages for the seats meanwhile, sent once the journal is
	// synced: no acknowledgement goes before its order is on disk.
	holding bool
	held    []heldMessage
	done    chan struct{}
	result  *Result
	failed  error
	// scenarios and townData are what seats fetch: the scenario per role, and the
	// town's map and terrain, compressed.
	scenarios map[scenarios.Role]*scenarios.Scenario
	files     *files
	limiter   *limiter
	// allowed is the last tick the county's clock allows a township's drill; county
	// maps the county's order numbers journaled to their commands' sequence numbers.
	allowed int64
	county  map[uint64]uint64
}

// seatState is one seat as the drill knows it.
type seatState struct {
	n    int // from 1
	seat Seat
	// joined says the seat has joined the drill since the server started.
	joined bool
	conn   *conn
	// lost is when the seat lost its connection (zero while connected or never
	// joined); ready is the last tick it has taken.
	lost  time.Time
	ready int64
	// applied maps the seat's order numbers to the commands' sequence numbers
	// (0 for an observation); maxID is the highest applied.
	applied map[uint64]uint64
	maxID   uint64
}

// Stats are the server's figures: steps taken, how late the clock stepped, and the
// bytes sent to the seats.
type Stats struct {
	Steps int
	// LateSteps counts steps taken more than one tick's wall time after they were
	// due; MaxLate is the latest, in ticks' wall time.
	LateSteps int
	MaxLate   float64
	// BytesSent is every byte of every message sent, by seat (index from 0).
	BytesSent []int64
	Dropped   int
}

// Result is how the drill ended.
type Result struct {
	World  *sim.World
	Events []sim.Event
}

// New opens the journal (a new one, or the one to resume, replayed to its last entry)
// and returns the server of the drill, not yet running.
func New(cfg Config) (*Server, error) {
	if cfg.Drill == nil || len(cfg.Seats) == 0 {
		return nil, errors.New("a served drill needs its drill and at least one seat")
	}
	if cfg.Idle == "" {
		cfg.Idle = journal.PlayIdle
	}
	if cfg.Idle != journal.PlayIdle && cfg.Idle != journal.PlayReference {
		return nil, fmt.Errorf("seats nobody joined play %q: say %s or %s", cfg.Idle, journal.PlayReference, journal.PlayIdle)
	}
	if cfg.Wait <= 0 {
		cfg.Wait = 2 * time.Minute
	}
	if cfg.Grace <= 0 {
		cfg.Grace = 5 * time.Second
	}
	if cfg.QueueFrames <= 0 {
		cfg.QueueFrames = 512
	}
	if cfg.QueueBytes <= 0 {
		cfg.QueueBytes = 16 << 20
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, log: cfg.Log, in: make(chan func(), 256), orders: make(chan func(), 256), done: make(chan struct{}),
		roles: map[scenarios.Role]*roleView{}, scenarios: map[scenarios.Role]*scenarios.Scenario{}, limiter: newLimiter()}
	s.unjoined = cfg.Idle
	d := cfg.Drill
	var past []sim.Event
	if cfg.Resume {
		j, err := journal.Open(cfg.Journal)
		if err != nil {
			return nil, err
		}
		if j.Finished() {
			return nil, fmt.Errorf("the drill journaled in %s has ended: review it with `drillsim replay %s`", cfg.Journal, cfg.Journal)
		}
		_, rec, err := journal.Resume(cfg.Journal, d.Town, d.Scenario, func(e sim.Event) { past = append(past, e) })
		if err != nil {
			return nil, err
		}
		s.rec = rec
		s.obs = j.Observations()
		s.resumeSeats(j)
	} else {
		w, err := d.NewWorld(sim.Options{})
		if err != nil {
			return nil, err
		}
		if s.rec, err = journal.Start(cfg.Journal, w); err != nil {
			return nil, err
		}
	}
	if cfg.Mirror != nil {
		if err := s.rec.MirrorTo(cfg.Mirror); err != nil {
			s.rec.Close()
			return nil, err
		}
	}
	s.world = s.rec.World()
	s.tickS = s.world.TickSeconds()
	s.rec.StateEvery(max(1, StateEverySeconds/s.tickS))
	s.snap = s.world.Snapshot()
	snap := s.snap
	s.terrain = snap.Terrain
	if s.terrain != nil && len(s.terrain.Elev) > bigGrid {
		s.cellsEvery = time.Second
	}
	s.areas = newAreas(d.Town, s.terrain, d.Scenario)
	s.track = newTracker(snap, snap.Villages)
	for i, seat := range cfg.Seats {
		st := &seatState{n: i + 1, seat: seat, applied: map[uint64]uint64{}}
		s.seats = append(s.seats, st)
		s.roleView(seat.Role)
	}
	s.stats.BytesSent = make([]int64, len(s.seats))
	if cfg.Resume {
		s.originsFrom(cfg.Journal)
		s.events = past
		for _, r := range s.roles {
			r.take(past, s.track)
		}
	}
	s.clock = clock{speed: cfg.Speed, tickS: s.tickS}
	var err error
	if s.files, err = newFiles(d, cfg.Map, s.terrain); err != nil {
		s.rec.Close()
		return nil, err
	}
	return s, nil
}

// roleView returns the view of role, made the first time.
func (s *Server) roleView(role scenarios.Role) *roleView {
	r, ok := s.roles[role]
	if !ok {
		l := newLens(role, s.areas)
		r = newRoleView(l)
		s.roles[role] = r
		s.scenarios[role] = l.scenario(s.cfg.Drill.Scenario)
	}
	return r
}

// resumeSeats takes up how the journal says the seats nobody joined are played, and
// the reference commands of theirs not journaled yet.
func (s *Server) resumeSeats(j *journal.Journal) {
	play := j.Seats()
	if play == nil {
		return // the drill had not started
	}
	s.decided, s.unjoined = true, play.Play
	if play.Play == journal.PlayReference {
		s.standIns = standin.New(s.cfg.Drill.Commands, play.Roles, s.rec.World().Tick(), j.Commands())
	}
}

// originsFrom rebuilds each seat's applied orders from the journal's origins.
func (s *Server) originsFrom(path string) {
	j, err := journal.Open(path)
	if err != nil {
		return
	}
	for _, o := range j.Origins() {
		if o.Seat < 1 || o.Seat > len(s.seats) {
			continue
		}
		st := s.seats[o.Seat-1]
		st.applied[o.ClientID] = o.Seq
		st.maxID = max(st.maxID, o.ClientID)
	}
}

// Done is closed when the drill has ended (or failed: see Err).
func (s *Server) Done() <-chan struct{} { return s.done }

// Result returns the world and events of the ended drill, after Done.
func (s *Server) Result() *Result { return s.result }

// Err returns why the drill stopped short, after Done: a journal that could not be
// written. Nil when it ran to its end.
func (s *Server) Err() error { return s.failed }

// Stats returns the server's figures so far. Safe to call from any goroutine while
// Run runs.
func (s *Server) Stats() Stats {
	got := make(chan Stats, 1)
	select {
	case s.in <- func() { st := s.stats; st.BytesSent = slices.Clone(st.BytesSent); got <- st }:
		select { // the drill may end before its loop takes the question
		case st := <-got:
			return st
		case <-s.done:
			return s.stats
		}
	case <-s.done:
		return s.stats
	}
}

// Seats returns the seats of the drill.
func (s *Server) Seats() []Seat { return s.cfg.Seats }

// Run runs the drill until it ends or ctx is done, then closes the journal. It
// returns the journal's error, if any.
func (s *Server) Run(ctx context.Context) error {
	defer close(s.done)
	defer s.rec.Close()
	lobby := time.NewTimer(s.cfg.Wait)
	defer lobby.Stop()
	step := time.NewTimer(time.Hour)
	defer step.Stop()
	s.tellTownship(s.events)
	for {
		s.takeOrders(nil)
		s.maybeStart()
		ok, until := s.canStepMax()
		s.clock.arm(step, time.Now(), s.started && s.allows(), ok, until)
		select {
		case <-ctx.Done():
			s.all(func(c *conn) { c.byeLast("the server is shutting down: join again when it is back", true) })
			return s.failed
		case f := <-s.orders:
			s.takeOrders(f)
		case f := <-s.in:
			f()
		case <-lobby.C:
			if !s.started {
				s.start()
			}
		case now := <-step.C:
			s.steps(now)
		}
		if s.failed != nil || s.world.Done() {
			s.finish()
			return s.failed
		}
	}
}

// heldMessage is a message for a seat held until the orders being taken are synced.
type heldMessage struct {
	st *seatState
	b  []byte
}

// takeOrders acts on first (when not nil) and on the orders and observations
// waiting, without waiting for more. Their journal entries are synced to disk once
// for them all (group commit: orders that come together wait for one sync, not for
// each other's), and what they bring the seats is sent after the sync.
func (s *Server) takeOrders(first func()) {
	if first == nil && len(s.orders) == 0 {
		return
	}
	s.rec.Hold()
	s.holding = true
	if first != nil {
		first()
	}
	for range len(s.orders) {
		(<-s.orders)()
	}
	s.holding = false
	held := s.held
	s.held = s.held[:0]
	if err := s.rec.Release(); err != nil {
		s.failed = err
		return
	}
	for _, m := range held {
		s.send(m.st, m.b)
	}
}

// all calls f for every seat's live connection.
func (s *Server) all(f func(*conn)) {
	for _, st := range s.seats {
		if st.conn != nil {
			f(st.conn)
		}
	}
}

// maybeStart starts the drill once every seat has joined.
func (s *Server) maybeStart() {
	if s.started {
		return
	}
	for _, st := range s.seats {
		if !st.joined {
			return
		}
	}
	s.start()
}

// start starts the clock: the seats nobody has joined are played as Idle says, and the
// journal records which.
func (s *Server) start() {
	s.started = true
	s.clock.start(time.Now())
	if s.decided {
		return // a resumed drill: its journal says how its unjoined seats play
	}
	s.decided = true
	var roles []scenarios.Role
	for _, st := range s.seats {
		if !slices.Contains(roles, st.seat.Role) && !s.roleJoined(st.seat.Role) {
			roles = append(roles, st.seat.Role)
		}
	}
	if err := s.rec.Seats(journal.Seats{Play: s.unjoined, Roles: roles}); err != nil {
		s.failed = err
		return
	}
	if s.unjoined == journal.PlayReference {
		s.standIns = standin.New(s.cfg.Drill.Commands, roles, s.rec.World().Tick(), s.rec.Commands())
	}
	s.log.Info("the drill starts", "speed", s.clock.speed, "unjoined", roles, "played", s.unjoined)
}

// roleJoined reports whether some seat of role has joined.
func (s *Server) roleJoined(role scenarios.Role) bool {
	return slices.ContainsFunc(s.seats, func(st *seatState) bool { return st.seat.Role == role && st.joined })
}

// canStepMax reports whether a drill at SpeedMax may step: it has started, and every
// seat that joined has taken the last tick, or lost its connection longer than the
// grace ago. The second result is when a lost seat's grace runs out, if one is
// waited for.
func (s *Server) canStepMax() (bool, time.Time) {
	if !s.started || s.clock.speed != SpeedMax {
		return false, time.Time{}
	}
	var until time.Time
	tick := s.world.Tick()
	for _, st := range s.seats {
		switch {
		case !st.joined:
		case st.conn != nil:
			if st.ready < tick {
				return false, time.Time{}
			}
		case time.Since(st.lost) < s.cfg.Grace:
			if t := st.lost.Add(s.cfg.Grace); until.IsZero() || t.Before(until) {
				until = t
			}
		}
	}
	return until.IsZero(), until
}

// steps takes the steps due at now: one at SpeedMax, at the timed speeds every step
// whose time has come (a few at most, should the server have fallen behind).
func (s *Server) steps(now time.Time) {
	for n := 0; n < maxCatchUp && s.clock.isDue(now) && s.allows() && !s.world.Done() && s.failed == nil; n++ {
		if n > 0 {
			s.takeOrders(nil)
		}
		s.step(now)
		if s.clock.speed == SpeedMax {
			return
		}
	}
}

// bigGrid is the size of a hazard grid (cells) whose water and fire the server sends
// once a second rather than every step: a county's, whose millions of cells cost a
// tick's time to go through.
const bigGrid = 1 << 19

// StateEverySeconds is how often, in scenario seconds, a served drill's journal
// records the world's state hash (journal.Recorder.StateEvery): a county's world
// takes 40 ms to hash, which the orders of every tick would wait for. Replay checks
// the world there and at the end.
const StateEverySeconds = 600

// maxCatchUp is how many steps a server that fell behind takes at once before it
// looks at its seats again.
const maxCatchUp = 10

// step plays the stand-ins' commands due, steps the world one tick and sends every
// seat its frame.
func (s *Server) step(now time.Time) {
	if s.standIns != nil {
		for _, c := range s.standIns.Due(s.world.Tick()) {
			if _, err := s.rec.Apply(c); err != nil {
				s.failed = err
				return
			}
		}
	}
	late := s.clock.stepped(now)
	s.stats.Steps++
	if late > 1 {
		s.stats.LateSteps++
	}
	s.stats.MaxLate = max(s.stats.MaxLate, late)
	events, err := s.rec.Step()
	if err != nil {
		s.failed = err
	}
	s.events = append(s.events, events...)
	cells := s.cellsEvery == 0 || now.Sub(s.cellsAt) >= s.cellsEvery || s.world.Done()
	if cells {
		s.cellsAt = now
	}
	s.world.SnapshotInto(s.snap, cells)
	s.track.update(s.snap, s.snap.Villages, &s.ch, cells)
	s.broadcast(events, s.snap)
	s.tellTownship(events)
}

// broadcast sends every connected seat the frame of its role for the tick.
func (s *Server) broadcast(events []sim.Event, snap *sim.Snapshot) {
	frames := map[scenarios.Role][]byte{}
	for role, r := range s.roles {
		from := len(r.stream)
		got := r.take(events, s.track)
		msg := wire.ServerMessage{Frame: &wire.Frame{Speed: s.clock.shown(), From: from, Events: got, View: r.change(s.track, &s.ch, snap)}}
		b, err := wire.EncodeServer(&msg)
		if err != nil {
			s.log.Error("cannot encode a frame", "role", role, "err", err)
			continue
		}
		frames[role] = b
	}
	for _, st := range s.seats {
		if st.conn != nil {
			s.send(st, frames[st.seat.Role])
		}
	}
}

// send queues message b for seat st's connection, dropping the seat when its queue
// is full (Config.QueueFrames, QueueBytes): a slow seat never holds up the drill.
func (s *Server) send(st *seatState, b []byte) {
	if s.holding {
		s.held = append(s.held, heldMessage{st, b})
		return
	}
	c := st.conn
	if c == nil || b == nil {
		return
	}
	if !c.queue(b, s.cfg.QueueBytes) {
		s.stats.Dropped++
		s.log.Warn("a seat falls behind: dropped, to reconnect", "seat", st.n, "role", st.seat.Role)
		c.bye("your connection fell behind the drill: reconnecting", true)
		s.leave(c)
		return
	}
	s.stats.BytesSent[st.n-1] += int64(len(b))
}

// sendMsg encodes m and queues it for st.
func (s *Server) sendMsg(st *seatState, m *wire.ServerMessage) {
	b, err := wire.EncodeServer(m)
	if err != nil {
		s.log.Error("cannot encode a message", "err", err)
		return
	}
	s.send(st, b)
}

// finish ends the drill: the last frames went out with the last step; every seat is
// told, and the result kept.
func (s *Server) finish() {
	reason := "the drill has ended"
	if s.failed != nil {
		reason = "the drill stopped: " + s.failed.Error()
	}
	s.all(func(c *conn) { c.byeLast(reason, false) })
	s.result = &Result{World: s.world, Events: s.events}
	s.log.Info("the drill ends", "state", fmt.Sprintf("%016x", s.world.StateHash()))
}
