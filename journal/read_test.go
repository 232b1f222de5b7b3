package journal

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/observation"
	"drillsim/scenarios"
)

// smallJournal writes a journal of the flood drill's first four commands and an
// observation and returns its bytes split into lines (each with its newline).
func smallJournal(t *testing.T) [][]byte {
	t.Helper()
	d := loadFlood(t)
	path := filepath.Join(t.TempDir(), "small.journal")
	rec, err := Start(path, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Commands[:4] {
		for rec.World().Tick()+1 < c.Tick {
			if _, err := rec.Step(); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := rec.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := rec.Observe(observation.Observation{Item: "4.2", Rating: observation.RatingP, HasTime: true, At: scenarios.At(rec.World().Now()), Evaluator: "李"}); err != nil {
		t.Fatal(err)
	}
	rec.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	return lines[:len(lines)-1]
}

// joinLines joins lines, leaving out those at the indexes in skip.
func joinLines(lines [][]byte, skip ...int) []byte {
	var b []byte
	for i, l := range lines {
		if !containsInt(skip, i) {
			b = append(b, l...)
		}
	}
	return b
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// replaceAfter returns a copy of data with the first occurrence of old after offset
// from replaced by new.
func replaceAfter(data []byte, from int, old, new string) []byte {
	i := bytes.Index(data[from:], []byte(old))
	if i < 0 {
		panic("replaceAfter: " + old + " not found")
	}
	out := bytes.Clone(data[:from+i])
	out = append(out, new...)
	return append(out, data[from+i+len(old):]...)
}

// overwriteAfter returns a copy of data with the byte after the first occurrence of
// marker after offset from set to c.
func overwriteAfter(data []byte, from int, marker string, c byte) []byte {
	out := bytes.Clone(data)
	out[from+bytes.Index(data[from:], []byte(marker))+len(marker)] = c
	return out
}

func TestReadTellsWhatIsWrong(t *testing.T) {
	lines := smallJournal(t)
	if len(lines) != 6 {
		t.Fatalf("the small journal has %d lines, want a header and 5 entries", len(lines))
	}
	whole := joinLines(lines)
	line3 := len(lines[0]) + len(lines[1]) // offset of entry 2's line
	line4 := line3 + len(lines[2])
	eventLog := []byte(`{"format":"drillsim events 1","scenario":"flood"}` + "\n")
	for _, tc := range []struct {
		name    string
		data    []byte
		entries int    // whole entries read
		torn    string // the torn tail's message, if any
		damage  string // the error's message, if any
	}{
		{name: "intact", data: whole, entries: 5},
		{name: "torn tail", data: append(bytes.Clone(whole), lines[5][:40]...), entries: 5,
			torn: "x.journal:7: torn last line (40 bytes and no end of line): the program stopped or the power went while it was written; it was never acknowledged, and resuming drops it"},
		{name: "flipped byte", data: replaceAfter(whole, line3, `"tick":`, `"tick":9`), entries: 1,
			damage: "x.journal:3: entry 2: hash mismatch: this entry was edited, or entries before it were removed, added or reordered"},
		{name: "flipped hash digit", data: overwriteAfter(whole, line4, `"hash":"`, 'x'), entries: 2,
			damage: "x.journal:4: entry 3: the chain hash is not 64 hex digits"},
		{name: "removed entry", data: joinLines(lines, 2), entries: 1,
			damage: "x.journal:3: entry 2: missing: this line holds entry 3, so entry 2 was removed or moved"},
		{name: "removed entries", data: joinLines(lines, 2, 3), entries: 1,
			damage: "x.journal:3: entry 2: missing: this line holds entry 4, so entries 2 to 3 were removed or moved"},
		{name: "renumbered after a removal", data: replaceAfter(joinLines(lines, 2), line3, `"n":3`, `"n":2`), entries: 1,
			damage: "x.journal:3: entry 2: hash mismatch: this entry was edited, or entries before it were removed, added or reordered"},
		{name: "repeated entry", data: joinLines(append(lines[:3:3], lines[2:]...)), entries: 2,
			damage: "x.journal:4: entry 3: missing: this line holds entry 2 again, after entry 2: entries were repeated or moved"},
		{name: "edited header", data: replaceAfter(whole, 0, `"seed":`, `"seed":1`), entries: 0,
			damage: "x.journal:1: header: hash mismatch: the header was edited"},
		{name: "an event log", data: eventLog, damage: `x.journal:1: header: not a drillsim journal: its first line must be the header {"format": "drillsim journal 1", ...}`},
		{name: "empty", data: nil, damage: "x.journal:1: header: the journal is empty: it is not a drillsim journal, or the drill never started"},
		{name: "torn header", data: lines[0][:30],
			torn:   "x.journal:1: torn last line (30 bytes and no end of line): the program stopped or the power went while it was written; it was never acknowledged, and resuming drops it",
			damage: "x.journal:1: header: the header line is torn: the drill never started journaling; start a new journal"},
		{name: "line without hash", data: append(joinLines(lines[:2]), "{\"n\":2}\n"...), entries: 1,
			damage: `x.journal:3: entry 2: the line does not end with its chain hash ,"hash":"<64 hex digits>"}`},
		{name: "empty line", data: append(joinLines(lines[:2]), "\n"...), entries: 1,
			damage: "x.journal:3: entry 2: an empty line: the file was edited"},
		{name: "garbage line", data: append(joinLines(lines[:2]), "\x00\x00\x00\n"...), entries: 1,
			damage: "x.journal:3: entry 2: not a journal entry (invalid character '\\x00' looking for beginning of value): the line was damaged or edited"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, err := Read(bytes.NewReader(tc.data), "x.journal")
			var gotDamage string
			if err != nil {
				var d *Damage
				if !errors.As(err, &d) {
					t.Fatalf("error %v is not a *Damage", err)
				}
				gotDamage = err.Error()
			}
			if gotDamage != tc.damage {
				t.Errorf("error:\n got %s\nwant %s", gotDamage, tc.damage)
			}
			var gotTorn string
			if j.Torn != nil {
				gotTorn = j.Torn.Error()
			}
			if gotTorn != tc.torn {
				t.Errorf("torn tail:\n got %s\nwant %s", gotTorn, tc.torn)
			}
			if len(j.Entries) != tc.entries {
				t.Errorf("read %d whole entries, want %d", len(j.Entries), tc.entries)
			}
		})
	}
}

func TestReadSummary(t *testing.T) {
	lines := smallJournal(t)
	j, err := Read(bytes.NewReader(joinLines(lines)), "x.journal")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(j.Commands()); got != 4 {
		t.Errorf("%d commands, want 4", got)
	}
	for i, c := range j.Commands() {
		if c.Seq != uint64(i+1) {
			t.Errorf("command %d has sequence number %d", i+1, c.Seq)
		}
	}
	if obs := j.Observations(); len(obs) != 1 || obs[0].Evaluator != "李" {
		t.Errorf("observations %+v, want the one by 李", obs)
	}
	if j.Finished() {
		t.Error("a journal without an end entry reads as finished")
	}
	if want := j.Entries[4].Hash; j.Head() != want {
		t.Errorf("head %s, want the last entry's hash %s", j.Head(), want)
	}
	if j.Header.Drill.Scenario != "flood" || !strings.HasPrefix(j.Header.Program, "drillsim") {
		t.Errorf("header %+v, want the flood drill written by drillsim", j.Header)
	}
}
