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
	if len(data) > MaxClientMessage {
		return nil, fmt.Errorf("a message of %d bytes, more than %d", len(data), MaxClientMessage)
	}
	var m ClientMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("not a seat's message: %w", err)
	}
	parts := 0
	for _, set := range []bool{m.Hello != nil, m.Order != nil, m.Observe != nil, m.Ready != nil} {
		if set {
			parts++
		}
	}
	if parts != 1 {
		return nil, fmt.Errorf("a seat's message holds one of hello, order, observe and ready, not %d", parts)
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
	case *m.Ready < 0:
		return nil, errors.New("ready for a negative tick")
	}
	return &m, nil
}

// DecodeServer decodes and checks a message the server sent: that it holds exactly
// one part, and that a view's indexes are well formed (ApplyView checks them against
// the seat's own view).
func DecodeServer(data []byte) (*ServerMessage, error) {
	if len(data) > MaxServerMessage {
		return nil, fmt.Errorf("a message of %d bytes, more than %d", len(data), MaxServerMessage)
	}
	var m ServerMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("not a server's message: %w", err)
	}
	parts := 0
	for _, set := range []bool{m.Welcome != nil, m.Frame != nil, m.Ack != nil, m.Observed != nil, m.Bye != nil} {
		if set {
			parts++
		}
	}
	if parts != 1 {
		return nil, fmt.Errorf("a server's message holds one of welcome, frame, ack, observed and bye, not %d", parts)
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
		return &m, w.View.check()
	case m.Frame != nil:
		if m.Frame.From < 0 {
			return nil, errors.New("a frame with a negative index")
		}
		return &m, m.Frame.View.check()
	case m.Ack != nil && m.Ack.ID == 0:
		return nil, errors.New("an acknowledgement without the order's number")
	}
	return &m, nil
}
