package journal

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestSealedLineFailsOnAnyChangedByte(t *testing.T) {
	prev := chainHash(nil, []byte(`{"format":"x"}`))
	body := []byte(`{"n":1,"tick":12,"kind":"command","state":"00000000000000aa"}`)
	line, sum := seal(nil, prev[:], body)
	if !bytes.HasSuffix(line, []byte("\n")) || bytes.Count(line, []byte("\n")) != 1 {
		t.Fatalf("sealed line %q is not one line", line)
	}
	line = line[:len(line)-1]
	got, err := unseal(line, prev[:])
	if err != nil || got != sum {
		t.Fatalf("unseal(seal(body)) = %x, %v; want %x", got, err, sum)
	}
	other := chainHash(nil, []byte("another start"))
	if _, err := unseal(line, other[:]); err != errHashMismatch {
		t.Errorf("unseal after another line: %v, want a hash mismatch", err)
	}
	for i := range line {
		changed := bytes.Clone(line)
		changed[i] ^= 0x01
		if _, err := unseal(changed, prev[:]); err == nil {
			t.Errorf("flipping a bit of byte %d (%q) went unnoticed", i, line[i])
		}
	}
}

// forge writes a journal whose chain holds, from the header and entry bodies given,
// as only someone rewriting every hash could.
func forge(header string, bodies ...string) []byte {
	line, head := seal(nil, nil, []byte(header))
	out := line
	for _, b := range bodies {
		line, head = seal(nil, head[:], []byte(b))
		out = append(out, line...)
	}
	return out
}

func TestReadRefusesEntriesThatCannotBe(t *testing.T) {
	header := fmt.Sprintf(`{"format":%q,"program":"test","drill":{"scenario":"flood","tick_s":10}}`, Format)
	cmd := func(n, tick, seq, at int) string {
		return fmt.Sprintf(`{"n":%d,"tick":%d,"kind":"command","command":{"tick":%d,"seq":%d,"order":{"Order":"pause"}},"state":"0"}`, n, tick, at, seq)
	}
	for _, tc := range []struct {
		name    string
		entries []string
		want    string
	}{
		{"entry after the end", []string{`{"n":1,"tick":5,"kind":"end","state":"0"}`, cmd(2, 5, 1, 6)}, "entry 2: an entry after the end of the drill"},
		{"tick going back", []string{cmd(1, 5, 1, 6), cmd(2, 4, 2, 6)}, "entry 2: tick 4 goes back from tick 5"},
		{"sequence skipping", []string{cmd(1, 5, 1, 6), cmd(2, 5, 3, 6)}, "entry 2: command sequence number 3 where 2 comes next"},
		{"command in the past", []string{cmd(1, 5, 1, 5)}, "entry 1: the command applies at tick 5, not after tick 5 when it was journaled"},
		{"unknown kind", []string{`{"n":1,"tick":0,"kind":"note","state":"0"}`}, `entry 1: unknown kind "note" (a journal holds command, observation, seats and end entries)`},
		{"command without order", []string{`{"n":1,"tick":0,"kind":"command","state":"0"}`}, "entry 1: a command entry must hold a command (and who sent it) and nothing else"},
		{"empty observation", []string{`{"n":1,"tick":0,"kind":"observation","state":"0"}`}, "entry 1: an observation entry must hold an observation (and who sent it) and nothing else"},
		{"end with a command", []string{`{"n":1,"tick":0,"kind":"end","command":{"tick":1},"state":"0"}`}, "entry 1: the end entry holds nothing but the tick and state"},
	} {
		_, err := Read(bytes.NewReader(forge(header, tc.entries...)), "f.journal")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := Read(bytes.NewReader(forge(`{"format":"drillsim journal 1","drill":{"tick_s":10}}`)), "f.journal"); err == nil || !strings.Contains(err.Error(), "it names no scenario or no tick length") {
		t.Errorf("a header naming no scenario: %v", err)
	}
	if j, err := Read(bytes.NewReader(forge(header, cmd(1, 5, 1, 6), cmd(2, 7, 2, 9))), "f.journal"); err != nil || len(j.Entries) != 2 {
		t.Errorf("a well-formed forged journal: %v", err)
	}
}
