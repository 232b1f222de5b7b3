package session

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"

	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/server/wire"
	"drillsim/sim"
)

// Served is a Session of a drill whose clock a server keeps: the window does not
// step it but takes, each frame, what came.
type Served interface {
	Session
	// Speed is the served drill's clock rate (scenario seconds per wall second; 0
	// paused, negative as fast as the seats keep up).
	Speed() int
	// Changed reports whether something came since the last Advance.
	Changed() bool
	// Unjoined is how the seats nobody joined are played (journal.PlayReference or
	// PlayIdle), and whether this seat may still choose: the controller's, before
	// the clock starts. ChooseUnjoined chooses.
	Unjoined() (play string, open bool)
	ChooseUnjoined(play string)
}

// Remote is a seat of a drill served by drillsim serve: the server keeps the world,
// its clock and its journal; Remote holds what the seat's role sees of it, sends the
// seat's orders and takes in what the server sends. A lost connection is made again
// with the seat's code, the events missed come with the welcome, and the orders not
// acknowledged yet are sent again (the server applies each once, by its number).
// Advance, Send and the other Session methods must be called from one goroutine.
type Remote struct {
	base *url.URL
	code string
	opt  RemoteOptions

	role     scenarios.Role
	seat     int
	header   sim.EventLogHeader
	scenario *scenarios.Scenario
	plan     *scenarios.Plan
	town     *maps.Town
	terrain  *maps.Terrain

	snap   sim.Snapshot
	all    []sim.Event
	recent []sim.Event
	have   int // events of the seat's stream held
	obs    []observation.Observation
	speed  int
	// unjoined is how the seats nobody joined play, as the server last said or the
	// seat chose; started says the clock has started, which settled it.
	unjoined string
	started  bool
	// seqs maps the sequence numbers of the seat's own commands to the numbers Send
	// returned for them, which the seat's events carry instead.
	seqs   map[uint64]uint64
	nextID uint64

	mu      sync.Mutex
	inbox   []*wire.ServerMessage
	pending []outgoing // orders and observations not acknowledged yet, by number
	ready   int64
	stream  int // events of the stream received (by the connection)
	err     error
	wake    chan struct{} // the writer's
	news    chan struct{} // Wait's
	cancel  context.CancelFunc
}

// outgoing is a message waiting for its acknowledgement.
type outgoing struct {
	id  uint64
	msg []byte
}

// RemoteOptions tune a Remote.
type RemoteOptions struct {
	// HoldReady leaves telling the server that a tick was taken to Ready (a bot that
	// gives its orders for the next tick first); by default Advance tells it.
	HoldReady bool
	// Client fetches the town and opens the WebSocket (default http.DefaultClient).
	Client *http.Client
	// OnAck, when set, is called on the connection's goroutine with the number Send
	// returned for each order (or Observe's) the server acknowledged.
	OnAck func(seq uint64)
	// Uncompressed asks the server not to compress: for a seat whose traffic is to
	// be read as it goes (the server's tests of what a role receives).
	Uncompressed bool
}

// localSeq is where the numbers Send returns start: far above any drill's own
// sequence numbers, so that the seat's events tell its orders from others'.
const localSeq = 1 << 40

// Dial joins the drill served at address (host:port, or an http:// or https:// URL)
// as the seat of code: it takes the welcome, fetches the town and its terrain, and
// keeps the connection (making it again when lost) until Close.
func Dial(ctx context.Context, address, code string, opt RemoteOptions) (*Remote, error) {
	base, err := baseURL(address)
	if err != nil {
		return nil, err
	}
	if opt.Client == nil {
		opt.Client = http.DefaultClient
	}
	r := &Remote{base: base, code: code, opt: opt, seqs: map[uint64]uint64{}, ready: -1,
		wake: make(chan struct{}, 1), news: make(chan struct{}, 1)}
	ws, welcome, err := r.connect(ctx)
	if err != nil {
		return nil, err
	}
	if err := r.fetchTown(ctx, welcome); err != nil {
		ws.CloseNow()
		return nil, err
	}
	r.role, r.seat, r.header, r.scenario, r.plan = welcome.Role, welcome.Seat, welcome.Header, welcome.Scenario, welcome.Plan
	r.nextID = welcome.Acked
	if err := r.welcome(welcome); err != nil {
		ws.CloseNow()
		return nil, err
	}
	r.all = append(r.all, r.recent...)
	r.recent = r.recent[:0]
	cctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go r.keep(cctx, ws)
	return r, nil
}

// baseURL reads a server's address.
func baseURL(address string) (*url.URL, error) {
	if !strings.Contains(address, "://") {
		address = "http://" + address
	}
	u, err := url.Parse(address)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("%q is not a drill server's address: give host:port, or http://host:port", address)
	}
	u.Path, u.RawQuery, u.Fragment = "", "", ""
	return u, nil
}

// endpoint is the URL of path on the server, with the seat's code.
func (r *Remote) endpoint(path string, ws bool) string {
	u := *r.base
	u.Path = path
	if ws {
		u.Scheme = map[string]string{"http": "ws", "https": "wss"}[u.Scheme]
	} else {
		u.RawQuery = url.Values{"code": {r.code}}.Encode()
	}
	return u.String()
}

// connect opens the seat's WebSocket, says hello with the events held and reads the
// welcome.
func (r *Remote) connect(ctx context.Context) (*websocket.Conn, *wire.Welcome, error) {
	ws, _, err := websocket.Dial(ctx, r.endpoint("/seat", true), dialOptions(r.opt))
	if err != nil {
		return nil, nil, fmt.Errorf("cannot reach the drill server at %s: %w", r.base.Host, err)
	}
	ws.SetReadLimit(wire.MaxServerMessage)
	r.mu.Lock()
	have := r.stream
	r.mu.Unlock()
	hello, _ := wire.EncodeClient(&wire.ClientMessage{Hello: &wire.Hello{Version: wire.Version, Code: r.code, Have: have}})
	if err := ws.Write(ctx, websocket.MessageBinary, hello); err != nil {
		ws.CloseNow()
		return nil, nil, fmt.Errorf("the drill server at %s: %w", r.base.Host, err)
	}
	m, err := readMessage(ctx, ws)
	if err != nil {
		ws.CloseNow()
		return nil, nil, err
	}
	if m.Bye != nil {
		ws.CloseNow()
		return nil, nil, &RefusedError{Reason: m.Bye.Reason}
	}
	if m.Welcome == nil {
		ws.CloseNow()
		return nil, nil, errors.New("the drill server did not welcome the seat")
	}
	r.mu.Lock()
	r.stream = max(r.stream, m.Welcome.From+len(m.Welcome.Events))
	r.mu.Unlock()
	return ws, m.Welcome, nil
}

// readMessage reads and decodes one message of the server.
func readMessage(ctx context.Context, ws *websocket.Conn) (*wire.ServerMessage, error) {
	_, data, err := ws.Read(ctx)
	if err != nil {
		return nil, fmt.Errorf("the connection to the drill server: %w", err)
	}
	m, err := wire.DecodeServer(data)
	if err != nil {
		return nil, fmt.Errorf("the drill server sent %w", err)
	}
	return m, nil
}

// fetchTown fetches and loads the town's map and terrain, and checks the map is the
// drill's. Seats in one process share a town already loaded (bots, or a window
// that joins again): a town is read only.
func (r *Remote) fetchTown(ctx context.Context, w *wire.Welcome) error {
	key := w.Header.MapHash
	if f := w.View.Full; f != nil && f.Cells > 0 {
		key += "+terrain"
	}
	v, _ := towns.LoadOrStore(key, &sharedTown{})
	st := v.(*sharedTown)
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.town == nil {
		if err := r.loadTown(ctx, w); err != nil {
			return err
		}
		st.town, st.terrain = r.town, r.terrain
	}
	r.town, r.terrain = st.town, st.terrain
	return nil
}

// towns are the towns loaded in this process, by map hash (and terrain).
var towns sync.Map

// ShareTown gives the seats this process dials later a town it has loaded already,
// with the terrain grid of its drill (nil for none): a server and its bots in one
// process (the load benchmark) load a county once, not once a seat.
func ShareTown(town *maps.Town, terrain *maps.Terrain) {
	key := town.Hash
	if terrain != nil {
		key += "+terrain"
	}
	towns.Store(key, &sharedTown{town: town, terrain: terrain})
}

// sharedTown is a town loaded once for every seat of its drill in this process.
type sharedTown struct {
	mu      sync.Mutex
	town    *maps.Town
	terrain *maps.Terrain
}

// loadTown fetches and loads the town's map and terrain.
func (r *Remote) loadTown(ctx context.Context, w *wire.Welcome) error {
	data, err := r.fetch(ctx, "/town")
	if err != nil {
		return err
	}
	r.town, err = maps.Load(data, maps.LoadOptions{Source: "the map of the drill at " + r.base.Host})
	if err != nil {
		return err
	}
	if r.town.Hash != w.Header.MapHash {
		return fmt.Errorf("the drill server sent map %s for a drill on map %s", r.town.Hash, w.Header.MapHash)
	}
	if f := w.View.Full; f != nil && f.Cells > 0 {
		if data, err = r.fetch(ctx, "/terrain"); err != nil {
			return err
		}
		if r.terrain, err = wire.DecodeTerrain(data); err != nil {
			return fmt.Errorf("the drill server sent %w", err)
		}
	}
	return nil
}

// fetch gets path from the server with the seat's code.
func (r *Remote) fetch(ctx context.Context, path string) ([]byte, error) {
	data, err := fetch(ctx, r.opt.Client, r.endpoint(path, false))
	if err != nil {
		return nil, fmt.Errorf("cannot fetch the drill's %s: %w", strings.TrimPrefix(path, "/"), err)
	}
	return data, nil
}

// keep carries the connection: it reads what the server sends into the inbox and
// sends the seat's messages, and makes the connection again when it is lost, until
// ctx ends or the server says goodbye for good.
func (r *Remote) keep(ctx context.Context, ws *websocket.Conn) {
	backoff := 100 * time.Millisecond
	for {
		err := r.carry(ctx, ws)
		ws.CloseNow()
		if ctx.Err() != nil || r.failed() {
			return
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
			var w *wire.Welcome
			ws, w, err = r.connect(ctx)
			if err == nil {
				r.deliver(&wire.ServerMessage{Welcome: w})
				backoff = 100 * time.Millisecond
				break
			}
			if r.failedBy(err) {
				return
			}
			backoff = min(2*backoff, 5*time.Second)
		}
	}
}

// RefusedError is the server's refusal of a seat: an unknown code, a drill ended.
type RefusedError struct{ Reason string }

func (e *RefusedError) Error() string { return "the drill server refused the seat: " + e.Reason }

// failedBy takes err, a connection refused by the server, as the end of the seat;
// other errors (a network down, a server restarting) are tried again.
func (r *Remote) failedBy(err error) bool {
	var refused *RefusedError
	if !errors.As(err, &refused) {
		return false
	}
	r.mu.Lock()
	r.err = err
	r.mu.Unlock()
	r.notify()
	return true
}

// failed reports whether the seat has ended for good.
func (r *Remote) failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err != nil
}

// carry reads and writes over one connection until it fails.
func (r *Remote) carry(ctx context.Context, ws *websocket.Conn) error {
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go r.write(cctx, ws)
	for {
		m, err := readMessage(cctx, ws)
		if err != nil {
			return err
		}
		if m.Bye != nil && !m.Bye.Retry {
			r.mu.Lock()
			r.err = errors.New(m.Bye.Reason)
			r.mu.Unlock()
			r.notify()
			return r.err
		}
		if m.Bye != nil {
			return errors.New(m.Bye.Reason)
		}
		r.deliver(m)
	}
}

// deliver puts m in the inbox for the next Advance, taking acknowledged messages off
// the pending list.
func (r *Remote) deliver(m *wire.ServerMessage) {
	r.mu.Lock()
	if a := m.Ack; a != nil {
		for i, o := range r.pending {
			if o.id == a.ID {
				r.pending = append(r.pending[:i], r.pending[i+1:]...)
				break
			}
		}
	}
	if f := m.Frame; f != nil {
		r.stream = max(r.stream, f.From+len(f.Events))
	}
	r.inbox = append(r.inbox, m)
	r.mu.Unlock()
	if m.Ack != nil && r.opt.OnAck != nil {
		r.opt.OnAck(localSeq + m.Ack.ID)
	}
	r.notify()
}

// notify wakes a Wait.
func (r *Remote) notify() {
	select {
	case r.news <- struct{}{}:
	default:
	}
}

// write sends, over one connection, every pending message (again, after a lost
// connection) and then each new one, and the ticks taken, until ctx ends.
func (r *Remote) write(ctx context.Context, ws *websocket.Conn) {
	var sent uint64
	sentReady := int64(-1)
	for {
		r.mu.Lock()
		var out [][]byte
		for _, o := range r.pending {
			if o.id > sent {
				out = append(out, o.msg)
				sent = o.id
			}
		}
		ready := r.ready
		r.mu.Unlock()
		if ready > sentReady {
			b, _ := wire.EncodeClient(&wire.ClientMessage{Ready: &ready})
			out = append(out, b)
			sentReady = ready
		}
		for _, b := range out {
			if err := ws.Write(ctx, websocket.MessageBinary, b); err != nil {
				ws.CloseNow()
				return
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-r.wake:
		}
	}
}

// queue adds a message numbered id to the pending list and wakes the writer.
func (r *Remote) queue(id uint64, m *wire.ClientMessage) {
	b, err := wire.EncodeClient(m)
	if err != nil {
		return
	}
	r.mu.Lock()
	r.pending = append(r.pending, outgoing{id: id, msg: b})
	r.mu.Unlock()
	r.poke()
}

// poke wakes the writer.
func (r *Remote) poke() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// Ready tells the server the seat has taken the drill up to its tick (with
// HoldReady; otherwise Advance does).
func (r *Remote) Ready() {
	r.mu.Lock()
	r.ready = max(r.ready, r.snap.Tick)
	r.mu.Unlock()
	r.poke()
}

// Wait blocks until something comes from the server, ctx ends (its error) or the
// seat has ended (Err's).
func (r *Remote) Wait(ctx context.Context) error {
	for {
		r.mu.Lock()
		n, err := len(r.inbox), r.err
		r.mu.Unlock()
		if n > 0 {
			return nil
		}
		if err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-r.news:
		}
	}
}

// Err returns why the seat ended (the server refused its code, the drill ended, the
// seat was taken by another connection), or nil while it goes on.
func (r *Remote) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Close leaves the drill.
func (r *Remote) Close() {
	if r.cancel != nil {
		r.cancel()
	}
}

// Role returns the seat's role.
func (r *Remote) Role() scenarios.Role { return r.role }

// Seat returns the seat's number in the drill's list of seats.
func (r *Remote) Seat() int { return r.seat }

// Town returns the drill's town, as fetched from the server.
func (r *Remote) Town() *maps.Town { return r.town }

// Scenario returns the scenario as the seat's role may see it.
func (r *Remote) Scenario() *scenarios.Scenario { return r.scenario }

// Plan returns the drill's plan.
func (r *Remote) Plan() (*scenarios.Plan, error) { return r.plan, nil }

// Header names the drill.
func (r *Remote) Header() sim.EventLogHeader { return r.header }

// TickSeconds returns the length of a tick.
func (r *Remote) TickSeconds() int64 { return r.scenario.Tick.Seconds() }

// Speed returns the served clock's rate as last sent.
func (r *Remote) Speed() int { return r.speed }

// Changed reports whether messages wait for the next Advance.
func (r *Remote) Changed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.inbox) > 0
}

// Send queues order o for the server, which gives it as the seat's role at its next
// tick once it is journaled. It returns the number the seat's events carry for the
// order's command; a refusal comes with a later Advance.
func (r *Remote) Send(o scenarios.Order) uint64 {
	r.nextID++
	o.Role = r.role
	r.queue(r.nextID, &wire.ClientMessage{Order: &wire.Order{ID: r.nextID, Order: o}})
	return localSeq + r.nextID
}

// Observe sends an evaluator's observation to be journaled and keeps it.
func (r *Remote) Observe(o observation.Observation) error {
	if !r.role.Observes() {
		return fmt.Errorf("%s takes no observations: the evaluators (评估) record them", r.role.Chinese())
	}
	if err := o.CheckItem(observation.DefaultItems); err != nil {
		return err
	}
	r.nextID++
	r.queue(r.nextID, &wire.ClientMessage{Observe: &wire.Observe{ID: r.nextID, Observation: o}})
	r.obs = append(r.obs, o)
	return nil
}

// Unjoined returns how the seats nobody joined are played (journal.PlayReference or
// PlayIdle), and whether this seat may still choose: the controller's, before the
// clock starts.
func (r *Remote) Unjoined() (play string, open bool) {
	return r.unjoined, r.role == scenarios.RoleController && !r.started
}

// ChooseUnjoined asks the server to play the seats nobody has joined when the clock
// starts by play (journal.PlayReference: their role's reference response, or
// PlayIdle); the journal records the choice as the clock starts. A refusal comes with
// a later Advance, as an order's does.
func (r *Remote) ChooseUnjoined(play string) {
	r.nextID++
	r.unjoined = play
	r.queue(r.nextID, &wire.ClientMessage{Unjoined: &wire.Unjoined{ID: r.nextID, Play: play}})
}

// Observations returns the evaluators' observations the seat has.
func (r *Remote) Observations() []observation.Observation { return r.obs }

// Advance takes in everything that came from the server and returns the events
// that came with it, oldest first; ticks is ignored, as the server keeps the clock.
func (r *Remote) Advance(int) []sim.Event {
	r.mu.Lock()
	inbox := r.inbox
	r.inbox = nil
	r.mu.Unlock()
	r.recent = r.recent[:0]
	for _, m := range inbox {
		var err error
		switch {
		case m.Welcome != nil:
			err = r.welcome(m.Welcome)
		case m.Frame != nil:
			r.speed, r.started = m.Frame.Speed, true
			r.events(m.Frame.From, m.Frame.Events)
			err = wire.ApplyView(&r.snap, &m.Frame.View, r.terrain)
		case m.Ack != nil:
			r.ack(m.Ack)
		case m.Observed != nil:
			r.obs = append(r.obs, *m.Observed)
		}
		if err != nil {
			r.mu.Lock()
			r.err = fmt.Errorf("the drill server sent %w", err)
			r.mu.Unlock()
			r.Close()
			break
		}
	}
	r.all = append(r.all, r.recent...)
	if !r.opt.HoldReady && len(inbox) > 0 {
		r.Ready()
	}
	return r.recent
}

// welcome takes in a welcome: the whole view, the events after those held.
func (r *Remote) welcome(w *wire.Welcome) error {
	r.speed, r.unjoined, r.started = w.Speed, w.Unjoined, w.Started
	r.events(w.From, w.Events)
	if r.role.SeesAll() && len(w.Observations) >= len(r.obs) {
		r.obs = append(r.obs[:0], w.Observations...)
	}
	return wire.ApplyView(&r.snap, &w.View, r.terrain)
}

// events takes in the stream's events from index from on, skipping those held, and
// gives the seat's own commands the numbers Send returned.
func (r *Remote) events(from int, events []sim.Event) {
	for i, e := range events {
		if from+i < r.have {
			continue
		}
		if local, ok := r.seqs[e.Seq]; ok {
			e.Seq = local
		}
		r.recent = append(r.recent, e)
		r.have++
	}
}

// ack takes in an acknowledgement: the command's number for the seat's events, or
// the refusal, as an event.
func (r *Remote) ack(a *wire.Ack) {
	if a.Seq != 0 {
		r.seqs[a.Seq] = localSeq + a.ID
	}
	if a.Refused != nil {
		e := *a.Refused
		e.Seq = localSeq + a.ID
		r.recent = append(r.recent, e)
	}
}

// Snapshot returns what the seat sees of the world. It changes with the next Advance.
func (r *Remote) Snapshot() *sim.Snapshot { return &r.snap }

// Events returns the events the seat has received, oldest first.
func (r *Remote) Events() []sim.Event { return r.all }

// Done reports whether the drill has reached its end.
func (r *Remote) Done() bool { return r.snap.T >= int64(r.scenario.Duration.Seconds()) }
