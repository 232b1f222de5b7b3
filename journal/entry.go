package journal

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Kind says what a journal entry records.
type Kind string

// The kinds of journal entries.
const (
	// KindCommand is an order given to the world by any role.
	KindCommand Kind = "command"
	// KindObservation is an evaluator's observation; it does not change the world.
	KindObservation Kind = "observation"
	// KindEnd marks a drill that ran to its end; nothing follows it.
	KindEnd Kind = "end"
	// KindSeats records, at the start of a served drill, how the seats nobody had
	// joined are played: by their role's reference response, or not at all.
	KindSeats Kind = "seats"
)

// Origin names who sent a command or an observation in a served drill: the seat (its
// number in the drill's list of seats, from 1) and the seat's own number for the
// order, which a seat that lost its connection sends again with the order, so that
// the order is applied once. The zero Origin is a command given in this process.
type Origin struct {
	Seat     int    `json:"seat"`
	ClientID uint64 `json:"client_id"`
}

// Seats says how the seats of a served drill that nobody joined are played: Play is
// PlayReference (their role's reference response) or PlayIdle, for the roles listed.
type Seats struct {
	Play  string           `json:"play"`
	Roles []scenarios.Role `json:"roles"`
}

// The ways of playing a seat nobody joined.
const (
	PlayReference = "reference"
	PlayIdle      = "idle"
)

// Entry is one line of a journal after the header: a command, an observation or the
// end of the drill, with the world's tick and state hash at the moment it was
// journaled, and the hash that chains it to the line before it.
type Entry struct {
	// N numbers the entries from 1; entry N stands on line N+1, after the header.
	N    int   `json:"n"`
	Tick int64 `json:"tick"`
	Kind Kind  `json:"kind"`
	// Command is the command as the world queued it: its tick and sequence number.
	Command     *sim.Command             `json:"command,omitempty"`
	Observation *observation.Observation `json:"observation,omitempty"`
	// From is who sent the command or observation in a served drill.
	From *Origin `json:"from,omitempty"`
	// Seats is how a served drill plays the seats nobody joined (a seats entry).
	Seats *Seats `json:"seats,omitempty"`
	// State is the world's state hash (16 hex digits) at the first entry journaled at
	// the entry's tick, before its command took effect; the tick's later entries
	// record the same (journals of earlier versions, each its own). Replay checks it.
	// It is "" in the entries of a recorder that records it only every so many ticks
	// (Recorder.StateEvery) between two that do; the end entry always holds it.
	State string `json:"state"`
	// Hash is the entry's chain hash in hex: SHA-256 of the previous line's hash
	// (32 bytes) followed by the entry's bytes without its hash field.
	Hash string `json:"hash,omitempty"`
}

// hashSuffixLen is the length of the `,"hash":"<64 hex digits>"}` that ends every line
// of a journal, before its newline.
const hashSuffixLen = len(`,"hash":""}`) + 2*sha256.Size

// chainHash returns SHA-256 of prev followed by body.
func chainHash(prev []byte, body []byte) [sha256.Size]byte {
	h := sha256.New()
	h.Write(prev)
	h.Write(body)
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// seal appends to dst the line for body, a JSON object without a hash field: body with
// `,"hash":"…"}` in place of its closing brace, chained to prev, and a newline. It
// returns the extended dst and the line's hash.
func seal(dst, prev, body []byte) ([]byte, [sha256.Size]byte) {
	sum := chainHash(prev, body)
	dst = append(dst, body[:len(body)-1]...)
	dst = append(dst, `,"hash":"`...)
	dst = hex.AppendEncode(dst, sum[:])
	dst = append(dst, `"}`...)
	dst = append(dst, '\n')
	return dst, sum
}

// unseal splits a journal line (without its newline) into the bytes its hash covers
// and the hash it claims, and checks that the claim holds for prev. It returns the
// line's hash, or an error saying what is wrong with the line.
func unseal(line, prev []byte) ([sha256.Size]byte, error) {
	var claimed [sha256.Size]byte
	n := len(line) - hashSuffixLen
	if n < 1 || line[0] != '{' || !bytes.HasPrefix(line[n:], []byte(`,"hash":"`)) || !bytes.HasSuffix(line, []byte(`"}`)) {
		return claimed, fmt.Errorf(`the line does not end with its chain hash ,"hash":"<64 hex digits>"}`)
	}
	if _, err := hex.Decode(claimed[:], line[n+len(`,"hash":"`):len(line)-2]); err != nil {
		return claimed, fmt.Errorf("the chain hash is not 64 hex digits")
	}
	body := make([]byte, 0, n+1)
	body = append(append(body, line[:n]...), '}')
	if got := chainHash(prev, body); got != claimed {
		return claimed, errHashMismatch
	}
	return claimed, nil
}

// errHashMismatch is unseal's error for a line whose bytes do not give its hash.
var errHashMismatch = fmt.Errorf("hash mismatch")

// marshalBody encodes v as the compact JSON object a journal line starts from. Hash
// fields must be empty so that they are left out.
func marshalBody(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	if len(b) < 2 || b[0] != '{' {
		return nil, fmt.Errorf("a journal line must be a JSON object, got %.20s", b)
	}
	return b, nil
}
