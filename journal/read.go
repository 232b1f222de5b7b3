package journal

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"drillsim/internal/sniff"
	"drillsim/observation"
	"drillsim/sim"
)

// Journal is a journal as read: its header, its whole entries in order and, when the
// file ends in the middle of a line, that torn line.
type Journal struct {
	// Name is the file the journal was read from, for messages.
	Name    string
	Header  Header
	Entries []Entry
	// Torn is the last line when it has no end of line: an append cut short by a crash
	// or a power cut. It was never acknowledged; resuming drops it.
	Torn *TornTail

	whole int64             // bytes of the header and whole entries
	head  [sha256.Size]byte // hash of the last whole line
}

// TornTail is a journal's last line cut short. As an error it is a warning: the
// entries before it are whole.
type TornTail struct {
	Name  string
	Line  int
	Bytes int
}

// Error says where the torn line is and what it means.
func (t *TornTail) Error() string {
	return fmt.Sprintf("%s:%d: torn last line (%d bytes and no end of line): the program stopped or the power went while it was written; it was never acknowledged, and resuming drops it", t.Name, t.Line, t.Bytes)
}

// Damage is what makes a journal unusable: a line that is not what it claims to be.
// Entry is 0 for the header.
type Damage struct {
	Name    string
	Line    int
	Entry   int
	Problem string
}

// Error names the file, line and entry and says what is wrong.
func (d *Damage) Error() string {
	if d.Entry == 0 {
		return fmt.Sprintf("%s:%d: header: %s", d.Name, d.Line, d.Problem)
	}
	return fmt.Sprintf("%s:%d: entry %d: %s", d.Name, d.Line, d.Entry, d.Problem)
}

// journalFile is what a journal looks like at its two ends: lines of JSON text, none
// longer than maxLine. A file that is not is refused before it is read whole.
var journalFile = sniff.Kind{Name: "a drillsim journal", MaxLine: maxLine, Starts: "{", Next: `"`}

// maxLine is the longest line of a journal or an event log: one command, observation or
// event, never more than a few kilobytes.
const maxLine = 1 << 20

// Open reads the journal at path. A torn last line is not an error: it is reported in
// the journal's Torn. A damaged journal gives a *Damage error together with the
// journal as read up to the damage.
func Open(path string) (*Journal, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the journal: %w", err)
	}
	defer f.Close()
	if err := sniff.CheckFile(f, path, journalFile); err != nil {
		return nil, err
	}
	return Read(f, path)
}

// Read reads a journal from r; name is its file name for messages. It checks the
// hash chain line by line, the entry numbers, and that each entry is one well-formed
// command, observation or end, in tick order, with command sequence numbers counting
// up from 1. See Open for what it returns.
func Read(r io.Reader, name string) (*Journal, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("cannot read the journal %s: %w", name, err)
	}
	j := &Journal{Name: name}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	if last := lines[len(lines)-1]; !bytes.HasSuffix(last, []byte{'\n'}) {
		lines = lines[:len(lines)-1]
		if len(last) > 0 {
			j.Torn = &TornTail{Name: name, Line: len(lines) + 1, Bytes: len(last)}
		}
	}
	if len(lines) == 0 {
		problem := "the journal is empty: it is not a drillsim journal, or the drill never started"
		if j.Torn != nil {
			problem = "the header line is torn: the drill never started journaling; start a new journal"
		}
		return j, &Damage{Name: name, Line: 1, Problem: problem}
	}
	if err := j.readHeader(lines[0]); err != nil {
		return j, err
	}
	r2 := entryReader{j: j}
	for i, line := range lines[1:] {
		if err := r2.read(line[:len(line)-1], i+2); err != nil {
			return j, err
		}
	}
	return j, nil
}

// readHeader reads the first line.
func (j *Journal) readHeader(line []byte) error {
	damage := func(problem string) error { return &Damage{Name: j.Name, Line: 1, Problem: problem} }
	line = line[:len(line)-1]
	if err := json.Unmarshal(line, &j.Header); err != nil || j.Header.Format != Format {
		return damage(fmt.Sprintf("not a drillsim journal: its first line must be the header {\"format\": %q, ...}", Format))
	}
	head, err := unseal(line, nil)
	if err == errHashMismatch {
		return damage("hash mismatch: the header was edited")
	}
	if err != nil {
		return damage(err.Error())
	}
	if j.Header.Drill.Scenario == "" || j.Header.Drill.TickS <= 0 {
		return damage("it names no scenario or no tick length")
	}
	j.head = head
	j.whole = int64(len(line) + 1)
	return nil
}

// entryReader checks entries one after another against what came before.
type entryReader struct {
	j        *Journal
	commands uint64 // commands read
	tick     int64  // tick of the last entry
	ended    bool
}

// read checks the entry on line number lineNo (its bytes without the newline) and
// adds it to the journal.
func (r *entryReader) read(line []byte, lineNo int) error {
	want := len(r.j.Entries) + 1
	damage := func(format string, args ...any) error {
		return &Damage{Name: r.j.Name, Line: lineNo, Entry: want, Problem: fmt.Sprintf(format, args...)}
	}
	if len(line) == 0 {
		return damage("an empty line: the file was edited")
	}
	var e Entry
	if err := json.Unmarshal(line, &e); err != nil {
		return damage("not a journal entry (%v): the line was damaged or edited", err)
	}
	switch {
	case e.N == want+1:
		return damage("missing: this line holds entry %d, so entry %d was removed or moved", e.N, want)
	case e.N > want:
		return damage("missing: this line holds entry %d, so entries %d to %d were removed or moved", e.N, want, e.N-1)
	case e.N < want:
		return damage("missing: this line holds entry %d again, after entry %d: entries were repeated or moved", e.N, want-1)
	}
	head, err := unseal(line, r.j.head[:])
	if err == errHashMismatch {
		return damage("hash mismatch: this entry was edited, or entries before it were removed, added or reordered")
	}
	if err != nil {
		return damage("%v", err)
	}
	if problem := r.check(&e); problem != "" {
		return damage("%s", problem)
	}
	r.j.Entries = append(r.j.Entries, e)
	r.j.head = head
	r.j.whole += int64(len(line) + 1)
	return nil
}

// check returns what is wrong with an entry whose chain hash holds, or "".
func (r *entryReader) check(e *Entry) string {
	switch {
	case r.ended:
		return "an entry after the end of the drill"
	case e.Tick < r.tick:
		return fmt.Sprintf("tick %d goes back from tick %d", e.Tick, r.tick)
	}
	r.tick = e.Tick
	switch e.Kind {
	case KindCommand:
		switch {
		case e.Command == nil || e.Observation != nil || e.Seats != nil:
			return "a command entry must hold a command (and who sent it) and nothing else"
		case e.Command.Seq != r.commands+1:
			return fmt.Sprintf("command sequence number %d where %d comes next", e.Command.Seq, r.commands+1)
		case e.Command.Tick <= e.Tick:
			return fmt.Sprintf("the command applies at tick %d, not after tick %d when it was journaled", e.Command.Tick, e.Tick)
		}
		r.commands++
		return ""
	case KindObservation:
		if e.Observation == nil || e.Command != nil || e.Seats != nil {
			return "an observation entry must hold an observation (and who sent it) and nothing else"
		}
		return ""
	case KindSeats:
		if e.Seats == nil || e.Command != nil || e.Observation != nil || e.From != nil {
			return "a seats entry must hold the seats and nothing else"
		}
		if e.Seats.Play != PlayReference && e.Seats.Play != PlayIdle {
			return fmt.Sprintf("the seats are played %q: a journal knows %s and %s", e.Seats.Play, PlayReference, PlayIdle)
		}
		return ""
	case KindEnd:
		if e.Command != nil || e.Observation != nil || e.Seats != nil || e.From != nil {
			return "the end entry holds nothing but the tick and state"
		}
		r.ended = true
		return ""
	}
	return fmt.Sprintf("unknown kind %q (a journal holds %s, %s, %s and %s entries)", e.Kind, KindCommand, KindObservation, KindSeats, KindEnd)
}

// Finished reports whether the journal ends with the end of the drill.
func (j *Journal) Finished() bool {
	return len(j.Entries) > 0 && j.Entries[len(j.Entries)-1].Kind == KindEnd
}

// Commands returns the journaled commands in order.
func (j *Journal) Commands() []sim.Command {
	var cmds []sim.Command
	for _, e := range j.Entries {
		if e.Kind == KindCommand {
			cmds = append(cmds, *e.Command)
		}
	}
	return cmds
}

// Observations returns the journaled evaluator observations in order.
func (j *Journal) Observations() []observation.Observation {
	var obs []observation.Observation
	for _, e := range j.Entries {
		if e.Kind == KindObservation {
			obs = append(obs, *e.Observation)
		}
	}
	return obs
}

// Seats returns how the served drill journaled plays the seats nobody joined, or nil
// when the journal says nothing of it (a drill not served, or not started yet).
func (j *Journal) Seats() *Seats {
	for _, e := range j.Entries {
		if e.Kind == KindSeats {
			return e.Seats
		}
	}
	return nil
}

// Origins returns the origin of each entry that has one, in journal order.
func (j *Journal) Origins() []OriginOf {
	var out []OriginOf
	for _, e := range j.Entries {
		if e.From == nil {
			continue
		}
		o := OriginOf{Origin: *e.From}
		if e.Command != nil {
			o.Seq = e.Command.Seq
		}
		out = append(out, o)
	}
	return out
}

// OriginOf is the origin of a journaled command (its sequence number Seq) or
// observation (Seq 0).
type OriginOf struct {
	Origin
	Seq uint64
}

// Head returns the hash of the last whole line in hex. Noting it down (in the
// evaluation record, say) pins the journal: an entry cut from its end, which the
// chain alone cannot show, then shows as a different head.
func (j *Journal) Head() string {
	return fmt.Sprintf("%x", j.head)
}
