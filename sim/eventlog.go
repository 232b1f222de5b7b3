package sim

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"drillsim/internal/sniff"
	"drillsim/scenarios"
)

// EventLogHeader is the first line of an event log: which drill the events are of, so
// that scoring can refuse a log of another scenario or map.
type EventLogHeader struct {
	Format       string `json:"format"` // always EventLogFormat
	Scenario     string `json:"scenario"`
	ScenarioHash string `json:"scenario_hash"`
	MapHash      string `json:"map_hash"`
	Seed         uint64 `json:"seed"`
	Start        string `json:"start"` // the scenario's start, RFC 3339
	TickS        int64  `json:"tick_s"`
}

// EventLogFormat names the format and its version. Version 2 gives every event its
// cause (Event.Cause), without which scoring cannot tell what participants did from
// what the world did; a version 1 log is refused, to be written again.
const EventLogFormat = "drillsim events 2"

// eventLogFormatV1 is the format of logs written before events said their cause.
const eventLogFormatV1 = "drillsim events 1"

// ScenarioHash is a short hash of everything a scenario says (as JSON), which changes
// whenever anything that shapes the drill changes.
func ScenarioHash(s *scenarios.Scenario) string {
	b, _ := json.Marshal(s) // a scenario is plain data: it always marshals
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// Header returns the event log header of the world's drill.
func (w *World) Header() EventLogHeader {
	return EventLogHeader{Format: EventLogFormat, Scenario: w.scn.ID, ScenarioHash: ScenarioHash(w.scn), MapHash: w.town.Hash,
		Seed: w.pcgSeed, Start: w.scn.Start.Time.Format("2006-01-02T15:04:05Z07:00"), TickS: w.tickS}
}

// EventLogWriter writes an event log: the header, then one JSON event per line.
type EventLogWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewEventLogWriter writes the header to w and returns a writer for the events.
func NewEventLogWriter(w io.Writer, h EventLogHeader) (*EventLogWriter, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	if err := enc.Encode(h); err != nil {
		return nil, err
	}
	return &EventLogWriter{bw: bw, enc: enc}, nil
}

// Write appends one event.
func (lw *EventLogWriter) Write(e *Event) error { return lw.enc.Encode(e) }

// Flush writes out what is buffered.
func (lw *EventLogWriter) Flush() error { return lw.bw.Flush() }

// eventLogFile is what an event log looks like at its two ends: lines of JSON text,
// none longer than maxEventLine.
var eventLogFile = sniff.Kind{Name: "a drillsim event log", MaxLine: maxEventLine, Starts: "{", Next: `"`, Ends: "}"}

// maxEventLine is the longest line of an event log: one event is a few hundred bytes.
const maxEventLine = 1 << 20

// ReadEventLogFile reads the event log at path (see ReadEventLog), refusing a file that
// is binary or runs on without lines after reading its first and last 64 KB.
func ReadEventLogFile(path string) (EventLogHeader, []Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return EventLogHeader{}, nil, scenarios.Failf("cannot read the event log: %v", err)
	}
	defer f.Close()
	if err := sniff.CheckFile(f, path, eventLogFile); err != nil {
		return EventLogHeader{}, nil, err
	}
	return ReadEventLog(f, path)
}

// ReadEventLog reads an event log, naming source and the line of anything wrong.
func ReadEventLog(r io.Reader, source string) (EventLogHeader, []Event, error) {
	var h EventLogHeader
	var events []Event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), maxEventLine)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		if line == 1 {
			err := json.Unmarshal(b, &h)
			if err == nil && h.Format == eventLogFormatV1 {
				return h, nil, scenarios.Failf("%s:1: an event log of an earlier drillsim, whose events do not say their cause, so it cannot be scored fairly: write it again with `drillsim run %s --out` (with its orders, or --resume and its journal)", source, h.Scenario)
			}
			if err != nil || h.Format != EventLogFormat {
				return h, nil, scenarios.Failf("%s:1: not a drillsim event log (its first line must be the header {\"format\": %q, ...}); write one with `drillsim run --out`", source, EventLogFormat)
			}
			continue
		}
		var e Event
		if err := json.Unmarshal(b, &e); err != nil {
			return h, nil, scenarios.Failf("%s:%d: not an event: %v", source, line, err)
		}
		if e.Kind == "" {
			return h, nil, scenarios.Failf("%s:%d: the event has no kind", source, line)
		}
		if len(events) > 0 && e.T < events[len(events)-1].T {
			return h, nil, scenarios.Failf("%s:%d: time goes backwards (%d after %d): events must be in the order they happened", source, line, e.T, events[len(events)-1].T)
		}
		events = append(events, e)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return h, nil, scenarios.Failf("%s:%d: the line runs on past 1 MB without an end: an event is a few hundred bytes, so this is no event log written by `drillsim run --out`", source, line+1)
	} else if err != nil {
		return h, nil, fmt.Errorf("%s:%d: %w", source, line+1, err)
	}
	if line == 0 {
		return h, nil, scenarios.Failf("%s: the event log is empty", source)
	}
	return h, events, nil
}

// Check reports whether a log's header belongs to the world's scenario and map.
func (h EventLogHeader) Check(scn *scenarios.Scenario, mapHash string) error {
	if h.Scenario != scn.ID || h.ScenarioHash != ScenarioHash(scn) {
		return scenarios.Failf("the event log is of scenario %q (hash %s), not of %q (hash %s): score it against the scenario it was run with", h.Scenario, h.ScenarioHash, scn.ID, ScenarioHash(scn))
	}
	if h.MapHash != mapHash {
		return scenarios.Failf("the event log was run on map %s, not on this map (%s): score it with the map it was run on", h.MapHash, mapHash)
	}
	return nil
}
