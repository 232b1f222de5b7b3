// Package wire is the protocol between the drill server and its seats: the messages
// each side sends over one WebSocket, as JSON objects, and the checks a decoder makes
// before anything acts on a message, so that a broken or hostile peer gets an error
// and never a panic. It knows nothing of the network: the server and the remote
// session (package session) carry its bytes.
//
// A seat opens with a Hello carrying its join code and how much of its stream it holds
// already. The server answers with a Welcome: the seat's role, the drill as that role
// may see it (scenario, plan, events, a full View), and the highest order number of
// the seat it has applied. Then every tick brings a Frame (the new events the role
// sees and what changed in its view), every order an Ack once it is journaled, and a
// Bye ends the connection with its reason. Everything a seat receives has passed the
// role's policy first (see package server).
package wire

import (
	"encoding/json"
	"errors"
	"fmt"

	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Version names the protocol; a Hello of another version is refused with a Bye.
const Version = "drillsim seats 1"

// MaxClientMessage bounds what a seat may send in one message: an order or an
// observation with its comment fits many times over. The server drops a seat that
// sends more.
const MaxClientMessage = 16 << 10

// MaxServerMessage bounds what a seat accepts in one message: a welcome to a drill
// of a large county, with every event of a long drill, stays well below it.
const MaxServerMessage = 64 << 20

// MaxText bounds an order's free text and an observation's comment, in bytes.
const MaxText = 2000

// ClientMessage is what a seat sends: exactly one of its parts.
type ClientMessage struct {
	Hello   *Hello   `json:"hello,omitempty"`
	Order   *Order   `json:"order,omitempty"`
	Observe *Observe `json:"observe,omitempty"`
	// Ready says the seat has taken the frame of this tick: a drill served at the
	// speed max steps on once every seat connected is ready.
	Ready *int64 `json:"ready,omitempty"`
	// Unjoined is the controller's choice, before the clock starts, of how the
	// seats nobody joined are played.
	Unjoined *Unjoined `json:"unjoined,omitempty"`
}

// Unjoined is the controller's choice of how the seats nobody has joined when the
// clock starts are played: Play is "reference" (their role's reference response) or
// "idle". It is numbered as orders are, and acknowledged or refused as they are.
type Unjoined struct {
	ID   uint64 `json:"id"`
	Play string `json:"play"`
}

// Hello opens a seat's connection.
type Hello struct {
	Version string `json:"version"`
	Code    string `json:"code"`
	// Have is how many events of the seat's stream the seat holds already (0 on a
	// first connection): the welcome carries those after them.
	Have int `json:"have"`
}

// Order is an order a seat gives, with the seat's own number for it (from 1, rising),
// which the seat sends again with the order after a lost connection: the server
// applies an order once.
type Order struct {
	ID    uint64          `json:"id"`
	Order scenarios.Order `json:"order"`
}

// Observe is an evaluator's observation, numbered as orders are.
type Observe struct {
	ID          uint64                  `json:"id"`
	Observation observation.Observation `json:"observation"`
}

// ServerMessage is what the server sends a seat: exactly one of its parts.
type ServerMessage struct {
	Welcome *Welcome `json:"welcome,omitempty"`
	Frame   *Frame   `json:"frame,omitempty"`
	Ack     *Ack     `json:"ack,omitempty"`
	// Observed is an evaluator's observation, sent to the seats that see them.
	Observed *observation.Observation `json:"observed,omitempty"`
	Bye      *Bye                     `json:"bye,omitempty"`
}

// Welcome answers a seat's Hello: the drill as the seat's role sees it.
type Welcome struct {
	// Seat is the seat's number in the drill's list (from 1); Role its role.
	Seat int            `json:"seat"`
	Role scenarios.Role `json:"role"`
	// Header names the drill; the town is fetched apart (TownPath, TerrainPath).
	Header sim.EventLogHeader `json:"header"`
	// Scenario is the scenario as the role may see it: the controller and the
	// evaluators the whole of it, the others without the script (injects, how the
	// hazards evolve), a village with its own units and hazards only.
	Scenario *scenarios.Scenario `json:"scenario"`
	// Plan holds the plan's requirements the role follows.
	Plan *scenarios.Plan `json:"plan"`
	// Acked is the highest order number of this seat the drill has applied: the
	// seat sends again those after it it still holds.
	Acked uint64 `json:"acked"`
	// Speed is the clock's rate, scenario seconds per wall second; 0 is paused.
	Speed int `json:"speed"`
	// From is the index in the seat's stream of the first of Events.
	From   int         `json:"from"`
	Events []sim.Event `json:"events"`
	// View is the whole view of the role as the drill stands.
	View View `json:"view"`
	// Observations are the evaluators' observations so far, for the roles that see
	// them.
	Observations []observation.Observation `json:"observations,omitempty"`
	// Unjoined is how the seats nobody joined are played ("reference" or "idle"):
	// chosen so far, or settled when Started says the clock has started. The
	// controller may choose until then (ClientMessage.Unjoined).
	Unjoined string `json:"unjoined,omitempty"`
	Started  bool   `json:"started,omitempty"`
}

// Frame is what one tick (or a change of speed) brought a seat.
type Frame struct {
	Speed  int         `json:"speed"`
	From   int         `json:"from"`
	Events []sim.Event `json:"events,omitempty"`
	View   View        `json:"view"`
}

// Ack answers an order or an observation once the drill has journaled it (synced to
// disk), or refused it: Seq is the command's sequence number (0 for an
// observation), or Refused the rejection saying why.
type Ack struct {
	ID      uint64     `json:"id"`
	Seq     uint64     `json:"seq,omitempty"`
	Refused *sim.Event `json:"refused,omitempty"`
}

// Bye closes a connection, saying why.
type Bye struct {
	Reason string `json:"reason"`
	// Retry says the seat may connect again (a server shutting down, a seat taken
	// over by a newer connection does not).
	Retry bool `json:"retry,omitempty"`
}

// EncodeClient encodes a seat's message.
func EncodeClient(m *ClientMessage) ([]byte, error) { return json.Marshal(m) }

// EncodeServer encodes a server's message.
func EncodeServer(m *ServerMessage) ([]byte, error) { return json.Marshal(m) }

// DecodeClient decodes and checks a message a seat sent: its size, that it holds
// exactly one part, and that the part is whole (an order with its number and a known
// kind, text within MaxText, a hello of this protocol version).
func DecodeClient(data []byte) (*ClientMessage, error) {
	m, err := decodeOne[ClientMessage](data, MaxClientMessage, "a seat's", "hello, order, observe, ready and unjoined",
		func(m *ClientMessage) []bool {
			return []bool{m.Hello != nil, m.Order != nil, m.Observe != nil, m.Ready != nil, m.Unjoined != nil}
		})
	if err != nil {
		return nil, err
	}
	switch {
	case m.Hello != nil:
		if m.Hello.Version != Version {
			return nil, fmt.Errorf("protocol %q, not %q: the seat and the server are different versions of drillsim", m.Hello.Version, Version)
		}
		if m.Hello.Have < 0 || len(m.Hello.Code) > 64 {
			return nil, errors.New("a hello with a negative count or an overlong code")
		}
	case m.Order != nil:
		o := &m.Order.Order
		if m.Order.ID == 0 {
			return nil, errors.New("an order without its number")
		}
		if !o.Order.Valid() {
			return nil, fmt.Errorf("unknown order kind %q", o.Order)
		}
		if len(o.Text) > MaxText || len(o.Items) > 64 || len(o.Scope.Villages)+len(o.Scope.Zones) > 256 {
			return nil, errors.New("an order too long: its text, items or scope")
		}
	case m.Observe != nil:
		if m.Observe.ID == 0 {
			return nil, errors.New("an observation without its number")
		}
		if len(m.Observe.Observation.Comment) > MaxText {
			return nil, errors.New("an observation's comment longer than allowed")
		}
	case m.Unjoined != nil:
		if m.Unjoined.ID == 0 {
			return nil, errors.New("a choice of how the unjoined seats play without its number")
		}
	case *m.Ready < 0:
		return nil, errors.New("ready for a negative tick")
	}
	return m, nil
}

// DecodeServer decodes and checks a message the server sent: that it holds exactly
// one part, and that a view's indexes are well formed (ApplyView checks them against
// the seat's own view).
func DecodeServer(data []byte) (*ServerMessage, error) {
	m, err := decodeOne[ServerMessage](data, MaxServerMessage, "a server's", "welcome, frame, ack, observed and bye",
		func(m *ServerMessage) []bool {
			return []bool{m.Welcome != nil, m.Frame != nil, m.Ack != nil, m.Observed != nil, m.Bye != nil}
		})
	if err != nil {
		return nil, err
	}
	switch {
	case m.Welcome != nil:
		w := m.Welcome
		if w.Scenario == nil || w.Plan == nil || w.From < 0 || w.Seat < 1 {
			return nil, errors.New("a welcome without its scenario or plan, or with a negative index")
		}
		if w.Scenario.Tick <= 0 {
			return nil, errors.New("a welcome whose scenario has no tick")
		}
		return m, w.View.check()
	case m.Frame != nil:
		if m.Frame.From < 0 {
			return nil, errors.New("a frame with a negative index")
		}
		return m, m.Frame.View.check()
	case m.Ack != nil && m.Ack.ID == 0:
		return nil, errors.New("an acknowledgement without the order's number")
	}
	return m, nil
}

// decodeOne decodes a message of at most limit bytes from whom ("a seat's") into a
// new M and checks that exactly one of the parts set reports (named in parts) is there.
func decodeOne[M any](data []byte, limit int, whom, parts string, set func(*M) []bool) (*M, error) {
	if len(data) > limit {
		return nil, fmt.Errorf("a message of %d bytes, more than %d", len(data), limit)
	}
	var m M
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("not %s message: %w", whom, err)
	}
	n := 0
	for _, s := range set(&m) {
		if s {
			n++
		}
	}
	if n != 1 {
		return nil, fmt.Errorf("%s message holds one of %s, not %d", whom, parts, n)
	}
	return &m, nil
}
